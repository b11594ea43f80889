import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { LAREN_DIR, REPO_ROOT } from "@ivp/testkit/paths";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { readSheet } from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ivp } from "./run-ivp.ts";

/**
 * Exports people open (issue 13): `--format xlsx` of `ivp table`, `status`
 * and `compare` read back with a reader library (read-excel-file) hold
 * numbers, not text; `--format csv` is one Dutch spreadsheet convention
 * (byte-order mark, `;`, decimal comma) across the three commands.
 */
let dir = "";
let remove = async () => {};
beforeAll(async () => {
  ({ dir, remove } = await temporaryDirectory());
});
afterAll(() => remove());

const BLARICUM = join(REPO_ROOT, "examples/blaricum");
const EEMNES = join(REPO_ROOT, "examples/eemnes");

describe("--format xlsx (built CLI)", () => {
  it("ivp table: counts and changes are numbers (Laren's Tabel 2, as printed)", async () => {
    const out = join(dir, "tabel-2.xlsx");
    const run = ivp(["table", LAREN_DIR, "tabel-2", "--format", "xlsx", "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const rows = await readSheet(await readFile(out));
    expect(rows[0]?.[0]).toBe("Categorie");
    const burglary = rows.find((row) => row[0] === "woninginbraken");
    // 90 79 77 79, then +3% (77 -> 79), region -8%, Jan-Jun +59%, Jul-Dec -42%, as fractions.
    expect(burglary).toEqual(["woninginbraken", 90, 79, 77, 79, 0.03, -0.08, 0.59, -0.42]);
    for (const value of burglary?.slice(1) ?? []) expect(typeof value).toBe("number");
  });

  it("ivp status: baselines, figures and changes are numbers", async () => {
    const out = join(dir, "status.xlsx");
    expect(ivp(["status", LAREN_DIR, "--format", "xlsx", "--out", out]).code).toBe(0);
    const rows = await readSheet(await readFile(out));
    expect(rows[0]?.slice(0, 5)).toEqual([
      "indicator",
      "omschrijving",
      "eenheid",
      "nulmeting periode",
      "nulmeting",
    ]);
    const numbers = rows.slice(1).flatMap((row) => [row[4], row[8]]);
    expect(numbers.filter((v) => v !== null).length).toBeGreaterThan(5);
    for (const value of numbers) if (value !== null) expect(typeof value).toBe("number");
  });

  it("ivp compare: counts are numbers", async () => {
    const out = join(dir, "compare.xlsx");
    expect(ivp(["compare", BLARICUM, EEMNES, "--format", "xlsx", "--out", out]).code).toBe(0);
    const rows = await readSheet(await readFile(out));
    const counts = rows.slice(1).map((row) => row[5]);
    expect(counts.length).toBeGreaterThan(0);
    for (const value of counts) if (value !== null) expect(typeof value).toBe("number");
  });

  it("needs --out: an .xlsx file is not for a terminal", () => {
    const run = ivp(["table", LAREN_DIR, "tabel-2", "--format", "xlsx"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--format xlsx writes a file: give it with --out FILE.xlsx");
  });
});

describe("--format csv (built CLI): one convention in every command", () => {
  it.each([
    ["table", ["table", LAREN_DIR, "tabel-2"]],
    ["status", ["status", LAREN_DIR]],
    ["compare", ["compare", BLARICUM, EEMNES]],
  ])("ivp %s writes a BOM, ; between fields and a decimal comma", (_, args) => {
    const run = ivp([...args, "--format", "csv"]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("\uFEFF")).toBe(true);
    const header = run.stdout.slice(1).split("\r\n")[0] ?? "";
    expect(header.split(";").length).toBeGreaterThan(2);
    expect(run.stdout).not.toMatch(/;\d+\.\d+;/);
  });
});

describe("ivp compare (built CLI): changes and rates per 10,000", () => {
  it("shows each count's change against the year before, and says per how many inhabitants", () => {
    const run = ivp(["compare", BLARICUM, EEMNES, "--per", "10000"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n").map((line) => line.trim().split(/\s{2,}/));
    // The shared StatLine export: Blaricum 363 -> 347 (-4.4%), Eemnes 233 -> 264 (+13.3%);
    // inhabitants (examples/blaricum/bronnen): Blaricum 12 358 on 1 January 2022, so
    // 363 / 12 358 x 10 000 = 293.7; the other years have no inhabitants figure (".").
    expect(lines[1]).toEqual([
      "periode",
      "Blaricum",
      "t.o.v. jaar ervoor",
      "per 10.000 inw.",
      "Eemnes",
      "t.o.v. jaar ervoor",
      "per 10.000 inw.",
    ]);
    expect(lines[2]).toEqual(["2022", "363", "293,7", "233", "."]);
    expect(lines[3]).toEqual(["2023", "347", "-4%", ".", "264", "+13%", "."]);
  });

  it("refuses another --per", () => {
    const run = ivp(["compare", BLARICUM, EEMNES, "--per", "100"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--per must be 1000, 10000 or 100000");
  });
});
