import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { recordResults } from "./record.mjs";

test("a recording never replaces an earlier one of the same name", () => {
  const dir = mkdtempSync(join(tmpdir(), "ivp-bench-record-"));
  assert.equal(recordResults(dir, "2026-12-07-vm", "{1}", "# 1"), "2026-12-07-vm");
  assert.equal(recordResults(dir, "2026-12-07-vm", "{2}", "# 2"), "2026-12-07-vm-2");
  assert.equal(recordResults(dir, "2026-12-07-vm", "{3}", "# 3"), "2026-12-07-vm-3");
  assert.equal(readFileSync(join(dir, "2026-12-07-vm.json"), "utf8"), "{1}");
  assert.equal(readFileSync(join(dir, "2026-12-07-vm.md"), "utf8"), "# 1");
  assert.equal(readFileSync(join(dir, "2026-12-07-vm-2.md"), "utf8"), "# 2");
  assert.equal(readFileSync(join(dir, "2026-12-07-vm-3.json"), "utf8"), "{3}");
});

test("a name whose .md alone exists is skipped whole, and nothing half-written stays", () => {
  const dir = mkdtempSync(join(tmpdir(), "ivp-bench-record-"));
  writeFileSync(join(dir, "day-vm.md"), "kept");
  assert.equal(recordResults(dir, "day-vm", "{a}", "# a"), "day-vm-2");
  assert.equal(readFileSync(join(dir, "day-vm.md"), "utf8"), "kept");
  assert.deepEqual(readdirSync(dir).sort(), ["day-vm-2.json", "day-vm-2.md", "day-vm.md"]);
});
