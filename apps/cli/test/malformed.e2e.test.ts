/**
 * The corpus of malformed inputs (test/fixtures/malformed, see its README):
 * for each kind of bad input, the exact message the built CLI gives, its exit
 * code, and that it writes nothing. Runs on a copy, so the fixtures never
 * change; paths in messages are relative to the copy.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { hasStackTrace, runIvp } from "./run-ivp.ts";

const FIXTURES = fileURLToPath(new URL("./fixtures/malformed", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "ivp-malformed-"));
cpSync(FIXTURES, dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs ivp in the copy of the corpus; the exit code and everything it printed. */
function ivp(...args: string[]): string {
  const run = runIvp(args, { cwd: dir });
  expect(hasStackTrace(`${run.stdout}${run.stderr}`)).toBe(false);
  return [`exit ${run.status}`, run.stderr.trimEnd(), run.stdout.trimEnd()]
    .filter((part) => part !== "")
    .join("\n");
}

/** `ivp table` of a case with --out: the message, and proof that no file was written. */
function tableOut(name: string): string {
  const out = join(dir, `${name}.out.csv`);
  const result = ivp("table", name, "cijfers", "--format", "csv", "--out", out);
  expect(existsSync(out)).toBe(false);
  return result;
}

describe("malformed plan files", () => {
  it("wrong type", () => {
    expect(ivp("validate", "wrong-type")).toMatchInlineSnapshot(`
      "exit 1
      wrong-type/plan.yaml:5:18  error  invalid-type  period.start: expected a number, got the text "2024a"
      1 error"
    `);
  });

  it("missing field", () => {
    expect(ivp("validate", "missing-field")).toMatchInlineSnapshot(`
      "exit 1
      missing-field/plan.yaml:1:1  error  missing-field  the required field "title" is missing (expected title: text)
      1 error"
    `);
  });

  it("unknown (misspelt) field", () => {
    expect(ivp("validate", "unknown-field")).toMatchInlineSnapshot(`
      "exit 1
      unknown-field/plan.yaml:6:1  error  unknown-field  misson: unknown field "misson" (expected one of the fields $schema, schemaVersion, id, title, subtitle, municipality, period, language, adoption, colophon, vision, mission, sections, priorities, themes, communication, partners, sources, references, governance, monitoring, conventions, areas, series, indicators, indicatorTables, tables, observations, claims, data, lint; did you mean "mission"?)
      1 error"
    `);
  });

  it("bad period", () => {
    expect(ivp("validate", "bad-period")).toMatchInlineSnapshot(`
      "exit 1
      bad-period/plan.yaml:21:36  error  invalid-value  indicators[0].baseline.period: "2023-H3" is not a period: unknown notation. Write a year (2017), a half year (2017-H1), a quarter (2017-Q3), a month (2017-10) or a range of months (2018-01..2018-10). (got the text "2023-H3")
      1 error"
    `);
  });

  it("duplicate ids", () => {
    expect(ivp("validate", "duplicate-ids")).toMatchInlineSnapshot(`
      "exit 1
      duplicate-ids/plan.yaml:13:11  error  duplicate-id  series[1].id: the id "woninginbraken" is used twice in series (give each entry its own id)
      duplicate-ids/plan.yaml:40:19  error  unknown-reference  tables[0].rows[1].series: unknown series "fietsendiefstal" (expected one of the ids in series)
      2 errors"
    `);
  });

  it("duplicate key", () => {
    expect(ivp("validate", "duplicate-key")).toMatchInlineSnapshot(`
      "exit 1
      duplicate-key/plan.yaml:7:1  error  yaml-syntax  Map keys must be unique (remove or rename one of the two keys)
      1 error"
    `);
  });

  it("YAML syntax error", () => {
    expect(ivp("validate", "yaml-syntax")).toMatchInlineSnapshot(`
      "exit 1
      yaml-syntax/plan.yaml:15:1  error  yaml-syntax  Flow map in block collection must be sufficiently indented and end with a } (check indentation and quoting)
      1 error"
    `);
  });

  it("tab as indentation (the first message names the cause)", () => {
    expect(ivp("validate", "tab-indent").split("\n").slice(0, 2).join("\n")).toMatchInlineSnapshot(`
      "exit 1
      tab-indent/plan.yaml:17:1  error  yaml-syntax  Tabs are not allowed as indentation (check indentation and quoting)"
    `);
  });

  it("a list instead of a mapping", () => {
    expect(ivp("validate", "not-a-mapping")).toMatchInlineSnapshot(`
      "exit 1
      not-a-mapping/plan.yaml:1:1  error  invalid-type  a plan file must be a mapping of fields (schemaVersion, id, title, municipality, ...)
      1 error"
    `);
  });

  it("empty plan file", () => {
    expect(ivp("validate", "empty-plan")).toMatchInlineSnapshot(`
      "exit 1
      empty-plan/plan.yaml:1:1  error  invalid-type  a plan file must be a mapping of fields (schemaVersion, id, title, municipality, ...)
      1 error"
    `);
  });

  it("unknown reference", () => {
    expect(ivp("validate", "unknown-reference")).toMatchInlineSnapshot(`
      "exit 1
      unknown-reference/plan.yaml:20:13  error  unknown-reference  indicators[0].source: unknown source "polities" (expected one of the ids in sources; did you mean "politie"?)
      1 error"
    `);
  });

  it("decimal comma", () => {
    expect(ivp("validate", "decimal-comma")).toMatchInlineSnapshot(`
      "exit 1
      decimal-comma/plan.yaml:23:24  error  invalid-type  indicators[0].baseline.value: expected a number, got the text "40,5" (write decimals with a point: 40.5)
      1 error"
    `);
  });

  it("a number beyond a double", () => {
    expect(ivp("validate", "huge-number")).toMatchInlineSnapshot(`
      "exit 1
      huge-number/plan.yaml:21:24  error  invalid-type  indicators[0].baseline.value: expected a number, got a number too large to store
      1 error"
    `);
  });

  it("a __proto__ field is an unknown field, not a prototype", () => {
    expect(ivp("validate", "proto-key").split(" (expected")[0]).toMatchInlineSnapshot(`
      "exit 1
      proto-key/plan.yaml:7:1  error  unknown-field  __proto__: unknown field "__proto__""
    `);
  });

  it("nested aliases (billion laughs) are refused, not expanded", () => {
    expect(ivp("validate", "alias-bomb")).toMatchInlineSnapshot(`
      "exit 1
      alias-bomb/plan.yaml:1:1  error  yaml-syntax  Excessive alias count indicates a resource exhaustion attack (a plan needs no YAML anchors or aliases; write the values out)
      1 error"
    `);
  });

  it("and the commands that need a valid plan write nothing", () => {
    expect(tableOut("wrong-type")).toMatchInlineSnapshot(`
      "exit 1
      ivp: wrong-type/plan.yaml:5:18  error  invalid-type  period.start: expected a number, got the text "2024a"
      1 problem in the plan; run 'ivp validate wrong-type' after fixing."
    `);
  });
});

describe("encodings and line endings", () => {
  it("a plan saved as Latin-1: the line and column of the first byte that is not UTF-8", () => {
    expect(ivp("validate", "latin1-plan")).toMatchInlineSnapshot(`
      "exit 1
      latin1-plan/plan.yaml:6:46  error  invalid-encoding  byte 0xE9 is not UTF-8: the file is probably Latin-1 or Windows-1252 (save the file as UTF-8 (in Excel: 'CSV UTF-8'; in an editor: encoding UTF-8); a byte-order mark and Windows line endings are fine)
      1 error"
    `);
  });

  it("a plan saved as UTF-16", () => {
    expect(ivp("validate", "utf16-plan")).toMatchInlineSnapshot(`
      "exit 1
      utf16-plan/plan.yaml:1:1  error  invalid-encoding  the file is UTF-16 text (save the file as UTF-8 (in Excel: 'CSV UTF-8'; in an editor: encoding UTF-8); a byte-order mark and Windows line endings are fine)
      1 error"
    `);
  });

  it("a NUL byte", () => {
    expect(ivp("validate", "nul-byte")).toMatchInlineSnapshot(`
      "exit 1
      nul-byte/plan.yaml:6:13  error  invalid-encoding  the file has a NUL byte: it is UTF-16 without a byte-order mark, or not text at all (save the file as UTF-8 (in Excel: 'CSV UTF-8'; in an editor: encoding UTF-8); a byte-order mark and Windows line endings are fine)
      1 error"
    `);
  });

  it("a byte-order mark and Windows line endings are fine", () => {
    expect(ivp("validate", "bom-crlf")).toMatchInlineSnapshot(`
      "exit 0
      bom-crlf/plan.yaml: valid (1 priority, 0 themes, 1 indicator, 1 table, 4 observations)"
    `);
  });

  it("with a byte-order mark and Windows line endings, places are still exact", () => {
    expect(ivp("validate", "bom-crlf-wrong-type")).toMatchInlineSnapshot(`
      "exit 1
      bom-crlf-wrong-type/plan.yaml:18:11  error  invalid-value  indicators[0].unit: the text "aantal" is not allowed (expected one of "count", "grade", "percentage", "rate-per-1000", "rate-per-10000", "rate-per-100000")
      1 error"
    `);
    const line = readFileSync(join(dir, "bom-crlf-wrong-type/plan.yaml"), "utf8").split("\r\n")[17];
    expect(line?.slice(10)).toBe("aantal");
  });

  it("a data file saved as Latin-1", () => {
    expect(ivp("validate", "data-latin1")).toMatchInlineSnapshot(`
      "exit 1
      data-latin1/data/politie.csv:3:58  error  invalid-encoding  byte 0xE9 is not UTF-8: the file is probably Latin-1 or Windows-1252 (save the file as UTF-8 (in Excel: 'CSV UTF-8'; in an editor: encoding UTF-8); a byte-order mark and Windows line endings are fine)
      1 error"
    `);
  });

  it("a data file saved as UTF-16", () => {
    expect(ivp("validate", "data-utf16")).toMatchInlineSnapshot(`
      "exit 1
      data-utf16/data/politie.csv:1:1  error  invalid-encoding  the file is UTF-16 text (save the file as UTF-8 (in Excel: 'CSV UTF-8'; in an editor: encoding UTF-8); a byte-order mark and Windows line endings are fine)
      1 error"
    `);
  });

  it("a data file with Windows line endings", () => {
    expect(ivp("validate", "data-crlf-not-a-number")).toMatchInlineSnapshot(`
      "exit 1
      data-crlf-not-a-number/data/politie.csv:4:29  error  invalid-data  value: "25.0.1" is not a number (expected a whole number such as 79 or 1.004 (a dot separates thousands); empty or . for a missing value)
      1 error"
    `);
  });
});

describe("malformed data files", () => {
  it("bad period", () => {
    expect(ivp("validate", "data-bad-period")).toMatchInlineSnapshot(`
      "exit 1
      data-bad-period/data/politie.csv:3:23  error  invalid-data  period: "2023-13" is not a period: the month must be 01-12. Write a year (2017), a half year (2017-H1), a quarter (2017-Q3), a month (2017-10) or a range of months (2018-01..2018-10).
      1 error"
    `);
  });

  it("not a number", () => {
    expect(ivp("validate", "data-not-a-number")).toMatchInlineSnapshot(`
      "exit 1
      data-not-a-number/data/politie.csv:3:28  error  invalid-data  value: "veertig" is not a number (expected a whole number such as 79 or 1.004 (a dot separates thousands); empty or . for a missing value)
      1 error"
    `);
  });

  it("a formula for a figure", () => {
    expect(ivp("validate", "data-formula-value")).toMatchInlineSnapshot(`
      "exit 1
      data-formula-value/data/politie.csv:3:28  error  invalid-data  value: "=HYPERLINK("http://example.com","40")" is not a number (expected a whole number such as 79 or 1.004 (a dot separates thousands); empty or . for a missing value)
      1 error"
    `);
  });

  it("a formula for a series", () => {
    expect(ivp("validate", "data-formula-series")).toMatchInlineSnapshot(`
      "exit 1
      data-formula-series/data/politie.csv:4:1  error  invalid-data  series: "=cmd|' /C calc'!A0" is not a series id (expected lower-case letters, digits and hyphens)
      1 error"
    `);
  });

  it("unknown series", () => {
    expect(ivp("validate", "data-unknown-series")).toMatchInlineSnapshot(`
      "exit 1
      data-unknown-series/data/politie.csv:4:1  error  unknown-reference  series: unknown series "fietsdiefstal" (expected an id from the plan's series or indicators; did you mean "fietsendiefstal"?)
      1 error"
    `);
  });

  it("wrong header", () => {
    expect(ivp("validate", "data-wrong-header")).toMatchInlineSnapshot(`
      "exit 1
      data-wrong-header/data/politie.csv:1:1  error  invalid-data  unknown column "serie" (expected columns series, area, period, value, origin, source, note, lower, upper)
      data-wrong-header/data/politie.csv:1:1  error  invalid-data  the header has no "series" column (expected columns series, area, period, value, origin, source, note, lower, upper)
      2 errors"
    `);
  });

  it("unclosed quote", () => {
    expect(ivp("validate", "data-unclosed-quote")).toMatchInlineSnapshot(`
      "exit 1
      data-unclosed-quote/data/politie.csv:5:47  error  csv-syntax  the quote that opens this field is never closed; a quote inside a quoted field is written twice ("")
      1 error"
    `);
  });

  it("a row with too many fields", () => {
    expect(ivp("validate", "data-field-count")).toMatchInlineSnapshot(`
      "exit 1
      data-field-count/data/politie.csv:4:1  error  invalid-data  has 8 fields, the header has 7
      1 error"
    `);
  });

  it("the same figure twice with different values", () => {
    expect(ivp("validate", "data-duplicate-figure")).toMatchInlineSnapshot(`
      "exit 1
      data-duplicate-figure/data/politie.csv:6:1  error  conflicting-figures  "Woninginbraken" 2023 staat er met 2 verschillende waarden: 40 in data-duplicate-figure/data/politie.csv; 44 in data-duplicate-figure/data/politie.csv.
          also at data-duplicate-figure/data/politie.csv:3:1
          fix: Controleer de cijfers bij de bron en gebruik overal hetzelfde.
      data-duplicate-figure/plan.yaml: not valid: 1 error"
    `);
  });

  it("a figure with more digits than a double holds", () => {
    expect(ivp("validate", "data-too-many-digits")).toMatchInlineSnapshot(`
      "exit 1
      data-too-many-digits/data/politie.csv:3:28  error  invalid-data  value: "99999999999999999999999" has more digits than ivp can hold exactly (expected at most 15 significant digits)
      1 error"
    `);
  });

  it("empty data file", () => {
    expect(ivp("validate", "data-empty")).toMatchInlineSnapshot(`
      "exit 1
      data-empty/data/politie.csv:1:1  error  invalid-data  the file is empty (expected a header line: series,area,period,value,origin,source,note,lower,upper)
      1 error"
    `);
  });

  it("a data file that does not exist", () => {
    expect(ivp("validate", "data-missing-file")).toMatchInlineSnapshot(`
      "exit 1
      data-missing-file/plan.yaml:44:5  error  file-not-found  data[1]: the data file data-missing-file/data/ontbreekt.csv does not exist
      1 error"
    `);
  });

  it("a data file that is a directory", () => {
    expect(ivp("validate", "data-directory")).toMatchInlineSnapshot(`
      "exit 1
      data-directory/plan.yaml:44:5  error  not-a-regular-file  data[1]: the data file data-directory/data/oud.csv is a directory, not a regular file (a data file is a CSV file; replace what is at this path with one)
      1 error"
    `);
  });

  it("and the commands that need valid data write nothing", () => {
    expect(tableOut("data-latin1")).toMatchInlineSnapshot(`
      "exit 1
      ivp: data-latin1/data/politie.csv:3:58  error  invalid-encoding  byte 0xE9 is not UTF-8: the file is probably Latin-1 or Windows-1252 (save the file as UTF-8 (in Excel: 'CSV UTF-8'; in an editor: encoding UTF-8); a byte-order mark and Windows line endings are fine)
      1 problem in the plan; run 'ivp validate data-latin1' after fixing."
    `);
  });
});

describe("counts beyond what the exact tests take (10^23)", () => {
  // Such a count once made the exact Poisson test search forever: every
  // command must finish, without a test for those figures.
  it.each([
    ["status", "huge-count"],
    ["table", "huge-count", "cijfers", "--mark-chance"],
    ["report", "huge-count", "--format", "md"],
    ["compare", "huge-count", "bom-crlf", "--format", "csv"],
  ])("ivp %s finishes", (...args) => {
    const run = runIvp(args, { cwd: dir, timeout: 20_000 });
    // ivp table --mark-chance writes its count of tests on stderr, nothing else.
    expect(run.stderr).toEqual(
      args[0] === "table"
        ? expect.stringMatching(/^\d+ verandering(en)? getoetst; [^\n]*\.\n$/)
        : "",
    );
    expect(run.status).toBe(0);
  });

  it("ivp status says there is no test for such a count", () => {
    expect(ivp("status", "huge-count", "--format", "json")).toContain('"reason": "not-a-count"');
  });
});

describe("malformed open-data files (ivp import)", () => {
  const importing = (file: string) => {
    const before = readFileSync(join(dir, "import/data/politie.csv"), "utf8");
    const result = ivp("import", `import/${file}`, "--plan", "import");
    expect(readFileSync(join(dir, "import/data/politie.csv"), "utf8")).toBe(before);
    return result;
  };

  it("a StatLine download saved as Latin-1", () => {
    expect(importing("statline-latin1.csv")).toMatchInlineSnapshot(`
      "exit 1
      ivp: import/statline-latin1.csv:9:3  byte 0xFA is not UTF-8: the file is probably Latin-1 or Windows-1252 (save the file as UTF-8 (StatLine and the OData API deliver UTF-8))
      Nothing was written."
    `);
  });

  it("a StatLine download saved as UTF-16", () => {
    expect(importing("statline-utf16.csv")).toMatchInlineSnapshot(`
      "exit 1
      ivp: import/statline-utf16.csv:1:1  the file is UTF-16 text (save the file as UTF-8 (StatLine and the OData API deliver UTF-8))
      Nothing was written."
    `);
  });

  it("a formula for a figure", () => {
    expect(importing("statline-formula.csv")).toMatchInlineSnapshot(`
      "exit 1
      ivp: import/statline-formula.csv:8:12  "=HYPERLINK("http://example.com","363")" is not a number (a whole number such as 79 or 1.004 (a dot separates thousands); empty or . for a missing value)
      Nothing was written."
    `);
  });

  it("OData rows with a negative count, a fractional count, a count as text with a decimal point: the row, nothing written", () => {
    expect(importing("odata-negative-count.json")).toMatchInlineSnapshot(`
      "exit 1
      ivp: import/odata-negative-count.json:4:5  GeregistreerdeMisdrijven_1 is -4, but a count is never negative (the number of registered crimes is a whole number, 0 or more; nothing was imported)
      Nothing was written."
    `);
    expect(importing("odata-fractional-count.json")).toMatchInlineSnapshot(`
      "exit 1
      ivp: import/odata-fractional-count.json:4:5  GeregistreerdeMisdrijven_1 is 2.5, but a count is a whole number (the number of registered crimes is a whole number, 0 or more; nothing was imported)
      Nothing was written."
    `);
    expect(importing("odata-count-as-text.json")).toMatchInlineSnapshot(`
      "exit 1
      ivp: import/odata-count-as-text.json:4:5  GeregistreerdeMisdrijven_1: "31.5" is not a count: a count is a whole number, and a dot separates thousands in groups of three (1.004) (the number of registered crimes is a whole number, 0 or more; nothing was imported)
      Nothing was written."
    `);
  });

  it('a StatLine count "36.3" is an error at its cell, never a fraction', () => {
    expect(importing("statline-fraction-count.csv")).toMatchInlineSnapshot(`
      "exit 1
      ivp: import/statline-fraction-count.csv:8:12  "36.3" is not a count: a count is a whole number, and a dot separates thousands in groups of three (1.004) (a whole number such as 79 or 1004)
      Nothing was written."
    `);
  });

  it('a StatLine count "1.004" is 1004: a thousands dot', () => {
    const result = ivp(
      "import",
      "import/statline-thousands-dot.csv",
      "--plan",
      "import",
      "--dry-run",
    );
    expect(result).toMatchInlineSnapshot(`
      "exit 0
      Read 6 figures from import/statline-thousands-dot.csv (StatLine CSV: Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente 2026).
      Would change in import/data/politie.csv:
        added    misdrijven-totaal  GM0376  2022  1004
        added    misdrijven-totaal  GM0376  2023  347
      2 added, 0 updated, 0 unchanged.
      Skipped 4 figures of areas that are not in the plan.
      Dry run: nothing was written."
    `);
  });

  it("a StatLine download cut off", () => {
    expect(importing("statline-truncated.csv")).toMatchInlineSnapshot(`
      "exit 1
      ivp: import/statline-truncated.csv:8:17  expected 3 fields (a name and 2 values), found 2
      Nothing was written."
    `);
  });

  it("an OData page cut off", () => {
    expect(importing("odata-truncated.json")).toMatchInlineSnapshot(`
      "exit 1
      ivp: import/odata-truncated.json:6:152  the page ends before its JSON is complete; the file may be cut off (an OData page is a JSON object with the rows in "value")
      Nothing was written."
    `);
  });
});

describe("huge inputs, generated here", () => {
  it("a 50 MB data file with a bad value on its last line: the line is exact", () => {
    const plan = join(dir, "huge-data");
    cpSync(join(dir, "bom-crlf"), plan, { recursive: true });
    writeFileSync(
      join(plan, "plan.yaml"),
      readFileSync(join(dir, "wrong-type/plan.yaml"), "utf8")
        .replace('"2024a"', "2024")
        .replace("  - data/politie.csv", "  - data/groot.csv"),
    );
    // Rows repeat each (series, month) with the same value, so they agree.
    const rows: string[] = ["series,area,period,value,origin,source,note"];
    let size = 0;
    for (let n = 0; size < 50_000_000; n++) {
      const series = n % 2 === 0 ? "woninginbraken" : "fietsendiefstal";
      const month = Math.floor(n / 2) % 600;
      const period = `${1980 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
      const row = `${series},GM0376,${period},${(month * 7) % 97},import,politie,"regel ${n}: een notitie, met een komma"`;
      rows.push(row);
      size += row.length + 1;
    }
    rows.push("woninginbraken,GM0376,2023-12,veertig,import,politie,de laatste regel");
    mkdirSync(join(plan, "data"), { recursive: true });
    writeFileSync(join(plan, "data/groot.csv"), `${rows.join("\n")}\n`);
    expect(ivp("validate", "huge-data")).toMatchInlineSnapshot(`
      "exit 1
      huge-data/data/groot.csv:548304:31  error  invalid-data  value: "veertig" is not a number (expected a whole number such as 79 or 1.004 (a dot separates thousands); empty or . for a missing value)
      1 error"
    `);
  }, 120_000);

  it("a 20,000-line plan with a bad id near its end: the line is exact", () => {
    const plan = join(dir, "huge-plan");
    cpSync(join(dir, "bom-crlf"), plan, { recursive: true });
    const entries: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const id = i === 4990 ? "Reeks 4990" : `reeks-${i}`;
      entries.push(`  - id: ${id}`, `    label: Reeks ${i}`, "    unit: count", "");
    }
    const text = readFileSync(join(dir, "wrong-type/plan.yaml"), "utf8")
      .replace('"2024a"', "2024")
      .replace("series:\n", `series:\n${entries.join("\n")}\n`);
    writeFileSync(join(plan, "plan.yaml"), text);
    expect(text.split("\n").length).toBeGreaterThan(20_000);
    expect(ivp("validate", "huge-plan")).toMatchInlineSnapshot(`
      "exit 1
      huge-plan/plan.yaml:19972:9  error  invalid-value  series[4990].id: an id uses lower-case letters, digits and hyphens, e.g. woninginbraken or tabel-1 (got the text "Reeks 4990") (expected Identifier: lower-case letters, digits and hyphens.)
      1 error"
    `);
  });
});

describe("plans that must not pass (issue 15)", () => {
  it("an unknown YAML tag is an error at the tag, not silently text", () => {
    expect(ivp("validate", "yaml-unknown-tag")).toMatchInlineSnapshot(`
      "exit 1
      yaml-unknown-tag/plan.yaml:6:10  error  yaml-tag  the YAML tag !!js/function is not part of the plan format (remove the tag; a plan uses no tags (quote a value to make it text))
      1 error"
    `);
  });

  it("thousands of nested brackets: a message at the start of the nesting, no stack overflow", () => {
    const plan = join(dir, "yaml-deep-nesting");
    cpSync(join(dir, "wrong-type"), plan, { recursive: true });
    const text = readFileSync(join(dir, "wrong-type/plan.yaml"), "utf8").replace('"2024a"', "2024");
    writeFileSync(join(plan, "plan.yaml"), `${text}extra: ${"[".repeat(10_000)}\n`);
    expect(ivp("validate", "yaml-deep-nesting")).toMatchInlineSnapshot(`
      "exit 1
      yaml-deep-nesting/plan.yaml:44:8  error  yaml-too-deep  the values nested here go more than 64 levels deep (past the limit at line 44, column 71) (a plan nests fewer than ten levels; check the brackets and the indentation)
      1 error"
    `);
  });

  it("thousands of ever deeper indented lines: the same", () => {
    const plan = join(dir, "yaml-deep-indentation");
    cpSync(join(dir, "wrong-type"), plan, { recursive: true });
    const text = readFileSync(join(dir, "wrong-type/plan.yaml"), "utf8").replace('"2024a"', "2024");
    const lines = Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i + 1)}k${i}:`);
    writeFileSync(join(plan, "plan.yaml"), `${text}extra:\n${lines.join("\n")} 1\n`);
    expect(ivp("validate", "yaml-deep-indentation")).toMatchInlineSnapshot(`
      "exit 1
      yaml-deep-indentation/plan.yaml:44:1  error  yaml-too-deep  the values nested here go more than 64 levels deep (past the limit at line 108, column 65) (a plan nests fewer than ten levels; check the brackets and the indentation)
      1 error"
    `);
  });

  it("a label of spaces and a zero-width space is empty", () => {
    expect(ivp("validate", "blank-label")).toMatchInlineSnapshot(`
      "exit 1
      blank-label/plan.yaml:13:35  error  invalid-value  series[1].label: must not be empty (it holds only white space or invisible characters) (got the text "  ​ ")
      1 error"
    `);
  });

  it("two areas whose ids and codes differ only in case", () => {
    expect(ivp("validate", "duplicate-ids-case")).toMatchInlineSnapshot(`
      "exit 1
      duplicate-ids-case/plan.yaml:10:11  error  duplicate-id  areas[1].id: the id "gm0376" is used twice in areas (as "GM0376" before; ids differ in more than case) (give each entry its own id)
      duplicate-ids-case/plan.yaml:10:68  error  duplicate-id  areas[1].code: the code "gm0376" is used twice in areas (as "GM0376" before; codes differ in more than case) (give each entry its own code)
      2 errors"
    `);
  });

  it("a relative target of -200% makes a count negative: an error at its line", () => {
    expect(ivp("validate", "negative-target")).toMatchInlineSnapshot(`
      "exit 1
      negative-target/plan.yaml:23:35  error  value-out-of-range  Het doel van "Woninginbraken" in de definitie van de indicator is een verandering van -200%: vanaf 40 is dat -40, maar een aantal is nooit negatief.
          fix: Controleer het percentage bij de bron: een daling is hooguit -100%.
      negative-target/plan.yaml: not valid: 1 error"
    `);
  });

  it("a data: entry outside the plan directory is refused by validate, status and import alike", () => {
    expect(ivp("validate", "data-outside-plan")).toMatchInlineSnapshot(`
      "exit 1
      data-outside-plan/plan.yaml:43:5  error  invalid-value  data[0]: a data file lies inside the plan directory: a relative path without .. (ivp reads no files outside it) (got the text "../wrong-type/data/politie.csv")
      1 error"
    `);
    expect(ivp("status", "data-outside-plan")).toMatchInlineSnapshot(`
      "exit 1
      ivp: data-outside-plan/plan.yaml:43:5  error  invalid-value  data[0]: a data file lies inside the plan directory: a relative path without .. (ivp reads no files outside it) (got the text "../wrong-type/data/politie.csv")
      1 problem in the plan; run 'ivp validate data-outside-plan' after fixing."
    `);
    expect(
      ivp(
        "import",
        fileURLToPath(
          new URL(
            "../../../fixtures/data/statline-geregistreerde-misdrijven-2022-2023.csv",
            import.meta.url,
          ),
        ),
        "--plan",
        "data-outside-plan",
      ),
    ).toMatchInlineSnapshot(`
      "exit 1
      ivp: data-outside-plan/plan.yaml:43:5  error  invalid-value  data[0]: a data file lies inside the plan directory: a relative path without .. (ivp reads no files outside it) (got the text "../wrong-type/data/politie.csv")
      1 problem in the plan; run 'ivp validate data-outside-plan' after fixing."
    `);
  });
});

describe("formula-like labels", () => {
  it("are a valid plan", () => {
    expect(ivp("validate", "formula-labels")).toMatchInlineSnapshot(`
      "exit 0
      formula-labels/plan.yaml: valid (1 priority, 0 themes, 1 indicator, 1 table, 4 observations)"
    `);
  });

  it("stay text in CSV output", () => {
    expect(ivp("table", "formula-labels", "cijfers", "--format", "csv").replaceAll("\r", "")).toBe(
      [
        "exit 0",
        "\uFEFFCategorie;2022;2023;2023 t.o.v. 2022",
        "'@SUM(A1:A9);48;40;-17%",
        '"\'=HYPERLINK(""http://example.com"",""klik"")";25;31;+24%',
      ].join("\n"),
    );
  });

  it("stay text in Markdown output", () => {
    expect(ivp("table", "formula-labels", "cijfers", "--format", "md")).toMatchInlineSnapshot(`
      "exit 0
      **Politiecijfers**

      | Categorie | 2022 | 2023 | 2023 t.o.v. 2022 |
      | --- | ---: | ---: | ---: |
      | '@SUM(A1:A9) | 48 | 40 | -17% |
      | '=HYPERLINK("http://example.com","klik") | 25 | 31 | +24% |"
    `);
  });
});
