import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeSyntheticDataset } from "@ivp/importers/node";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ivp } from "./run-ivp.ts";

/**
 * `ivp bulk` renders reports on worker threads (--jobs): the output must be
 * the same bytes as one thread's, in both layouts and every format. A
 * generated set of 24 municipalities, 2021-2023.
 */
const NAMES = Array.from({ length: 24 }, (_, i) => `Synthetisch ${String(i + 1).padStart(3, "0")}`);

let dir = "";
let remove = async () => {};
const files: Record<string, string> = {};

beforeAll(async () => {
  ({ dir, remove } = await temporaryDirectory());
  for (const format of ["odata", "statline"] as const) {
    const written = await writeSyntheticDataset({
      seed: 7,
      startYear: 2021,
      years: 3,
      municipalities: NAMES,
      pageSize: 500,
      dir: join(dir, format),
      format,
    });
    files[format] = written.files[0] as string;
  }
});
afterAll(() => remove());

/** Every file under `root` with its bytes. */
async function contents(root: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    result.set(path.slice(root.length + 1), await readFile(path, "utf8"));
  }
  return result;
}

describe("ivp bulk --jobs", () => {
  for (const [layout, format] of [
    ["odata", "html"],
    ["statline", "html"],
    ["statline", "md"],
  ] as const) {
    it(`writes the same ${format} files from ${layout} with 1 and 3 workers`, async () => {
      const outputs = [];
      for (const jobs of ["1", "3"]) {
        const out = join(dir, `${layout}-${format}-${jobs}`);
        const run = ivp([
          "bulk",
          files[layout] as string,
          "--out",
          out,
          "--format",
          format,
          "--jobs",
          jobs,
          "--quiet",
        ]);
        expect(run.stderr).toBe("");
        expect(run.status).toBe(0);
        outputs.push(await contents(out));
      }
      const [one, three] = outputs as [Map<string, string>, Map<string, string>];
      // 24 reports and the three overview files.
      expect(one.size).toBe(NAMES.length + 3);
      expect([...three.keys()].sort()).toEqual([...one.keys()].sort());
      for (const [path, text] of one) expect(three.get(path), path).toBe(text);
    });
  }

  it("refuses a --jobs that is not a whole number from 1 to 64", () => {
    for (const jobs of ["0", "1.5", "x", "65"]) {
      const run = ivp([
        "bulk",
        files.statline as string,
        "--out",
        join(dir, "never"),
        "--jobs",
        jobs,
      ]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("--jobs must be a whole number from 1 to 64");
    }
  });
});
