/**
 * Spreadsheet formula injection: a plan whose every label, title, header and
 * name looks like a formula (`=HYPERLINK(...)`, `+1+1`, `-2+3`, `@SUM(...)`).
 * No cell of any CSV, TSV or Markdown output of any command may start a
 * formula (a leading `'` keeps it text), while figures such as `-17%` stay
 * numbers. The labels must still be there, so the test cannot pass by
 * printing nothing.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCsv } from "@ivp/plan-file";
import { STATLINE_FILE } from "@ivp/testkit/paths";
import { afterAll, describe, expect, it } from "vitest";
import { runIvp } from "./run-ivp.ts";

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+([.,]\d+)?%?°?$/;

const dir = mkdtempSync(join(tmpdir(), "ivp-formulas-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writePlan(name: string, code: string, municipality: string): string {
  const plan = join(dir, name);
  mkdirSync(join(plan, "data"), { recursive: true });
  writeFileSync(
    join(plan, "plan.yaml"),
    `schemaVersion: 1
id: ${name}
title: '=HYPERLINK("http://example.com/titel","titel")'
subtitle: '+subtitle'
municipality: { name: '${municipality}', code: ${code} }
period: { start: 2024, end: 2027 }
mission: '-mission'
sources:
  - { id: politie, name: '-politie', kind: open-data }
series:
  - { id: woninginbraken, label: '=HYPERLINK("http://example.com","klik")', codes: { police: "0.0.0" } }
  - { id: fietsendiefstal, label: '+1+1' }
  - { id: inwoners, label: '@inwoners' }
indicators:
  - id: woninginbraken
    label: '-2+3'
    unit: count
    direction: lower-is-better
    source: politie
    baseline: { value: 40, period: 2023 }
    targets: [{ kind: relative, value: 36, change: -10, period: 2027, asPrinted: '=36' }]
  - { id: fietsendiefstal, label: '@fiets', unit: count, direction: lower-is-better, source: politie }
priorities:
  - id: woninginbraken
    title: '=1+1'
    goals: '+goals'
    indicators: [woninginbraken]
indicatorTables:
  - id: doelen
    title: '@doelen'
    rows:
      - { indicator: woninginbraken, label: '=label', source: '-bron' }
tables:
  - id: cijfers
    title: '@SUM(A1:A2)'
    source: politie
    columns:
      - { id: jaar-2022, kind: value, period: 2022, header: '=2022' }
      - { id: jaar-2023, kind: value, period: 2023, header: '+2023' }
      - { id: ontwikkeling, kind: change, from: 2022, to: 2023, header: '-verschil' }
    rows:
      - { series: woninginbraken }
      - { series: fietsendiefstal, label: '@row' }
data:
  - data/politie.csv
`,
  );
  writeFileSync(
    join(plan, "data/politie.csv"),
    `series,area,period,value,origin,source,note
woninginbraken,${code},2022,48,import,politie,"=HYPERLINK(""http://example.com"",""noot"")"
woninginbraken,${code},2023,40,import,politie,+noot
fietsendiefstal,${code},2022,25,import,politie,-noot
fietsendiefstal,${code},2023,31,import,politie,@noot
inwoners,${code},2022,11000,import,politie,
inwoners,${code},2023,11100,import,politie,
`,
  );
  return plan;
}

const blaricum = writePlan("blaricum", "GM0376", "@Blaricum");
const eemnes = writePlan("eemnes", "GM0317", "=Eemnes");

function run(args: string[]): string {
  const result = runIvp(args, { cwd: dir });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout;
}

/**
 * ivp's own change and target texts in the report's Markdown, such as
 * "-10% t.o.v. basis" or "+24% vs 25 (2022)": generated from figures, never
 * from a label, so nothing a plan's author writes can run. (A spreadsheet that
 * imports the table shows them as a formula error; the report writes them so
 * for people.)
 */
const GENERATED_CHANGE = /^[+-]\d[\d.,]*% (t\.o\.v\.|from|vs\.?) [^=+@|]*$/;

/** Cells that a spreadsheet would run as formulas. */
function formulaCells(cells: readonly string[]): string[] {
  return cells.filter(
    (cell) => FORMULA_START.test(cell) && !NUMBER.test(cell.trim()) && !GENERATED_CHANGE.test(cell),
  );
}

/** The cells of ivp's CSV: a byte-order mark, then `;` between fields (Dutch spreadsheets). */
function csvCells(text: string, delimiter = ";"): string[] {
  const { records, error } = parseCsv(text.replace(/^\uFEFF/, ""), delimiter);
  expect(error).toBeUndefined();
  return records.flatMap((r) => r.fields);
}

function tsvCells(text: string): string[] {
  return text.split("\n").flatMap((line) => line.split("\t"));
}

/** The cells of Markdown tables, and every other line without its Markdown marks. */
function markdownCells(text: string): string[] {
  return text.split("\n").flatMap((line) => {
    // The row under a table's header: alignment, not content.
    if (/^\|[\s:|-]+\|$/.test(line)) return [];
    if (line.startsWith("|")) {
      return (
        line
          .replace(/\\\|/g, "\u0000")
          .split("|")
          .slice(1, -1)
          .map((cell) => cell.trim().replaceAll("\u0000", "\\|"))
          // A cell may open with Markdown emphasis or a link: what follows is what a spreadsheet reads.
          .map((cell) => cell.replace(/^(\*{1,2}|_|\[)/, ""))
      );
    }
    return [line.replace(/^(#+ |[-*] |> |\d+\. )/, "").replace(/^(\*{1,2}|_)/, "")];
  });
}

describe("formula-like labels in every CSV, TSV and Markdown output", () => {
  it.each([
    ["table csv", ["table", "blaricum", "cijfers", "--format", "csv"], csvCells],
    ["table tsv", ["table", "blaricum", "cijfers", "--format", "tsv"], tsvCells],
    ["table md", ["table", "blaricum", "cijfers", "--format", "md"], markdownCells],
    ["compare csv", ["compare", "blaricum", "eemnes", "--format", "csv"], csvCells],
    ["compare md", ["compare", "blaricum", "eemnes", "--format", "md"], markdownCells],
    ["report md", ["report", "blaricum", "--format", "md"], markdownCells],
  ] as const)("%s", (_name, args, cellsOf) => {
    const cells = cellsOf(run([...args]));
    expect(formulaCells(cells)).toEqual([]);
    // The labels are there, neutralised.
    expect(
      cells.some((cell) => cell.startsWith("'=") || cell.startsWith("'@") || cell.startsWith("'+")),
    ).toBe(true);
  });

  it("bulk: the Markdown overview and every Markdown report", () => {
    const out = join(dir, "bulk");
    const result = runIvp(
      [
        "bulk",
        STATLINE_FILE,
        "--out",
        out,
        "--template",
        "blaricum",
        "--format",
        "md",
        "--municipalities",
        "Blaricum,Eemnes",
        "--quiet",
      ],
      { cwd: dir },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const written = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith(".md"),
    );
    expect(written).toContain("index.md");
    expect(written).toHaveLength(3);
    const cells = written.flatMap((f) => markdownCells(readFileSync(join(out, f), "utf8")));
    expect(formulaCells(cells)).toEqual([]);
    expect(cells.some((cell) => cell.startsWith("'="))).toBe(true);
  });

  it("keeps figures and printed changes as numbers", () => {
    const cells = csvCells(run(["table", "blaricum", "cijfers", "--format", "csv"]));
    expect(cells).toEqual(expect.arrayContaining(["48", "40", "-17%", "+24%"]));
  });

  it("writes the same neutralised files with --out", () => {
    const out = join(dir, "tabel.csv");
    const result = runIvp(["table", "blaricum", "cijfers", "--format", "csv", "--out", out], {
      cwd: dir,
    });
    expect(result.status).toBe(0);
    expect(run(["table", "blaricum", "cijfers", "--format", "csv"])).toBe(
      readFileSync(out, "utf8"),
    );
  });

  it("uses both plans (the second plan's names are neutralised too)", () => {
    const cells = csvCells(run(["compare", blaricum, eemnes, "--format", "csv"]));
    expect(cells).toEqual(expect.arrayContaining(["'@Blaricum", "'=Eemnes"]));
  });
});
