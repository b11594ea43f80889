/**
 * Property tests of parseObservationsCsv: any observations written as a data
 * file (either delimiter, either line ending, with or without a byte-order
 * mark, notes with quotes, delimiters and line breaks) read back exactly, on
 * the lines they were written; a bad cell is reported at its line and column;
 * no text makes it throw.
 */
import { formatPeriodCode, parsePeriod } from "@ivp/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseObservationsCsv } from "../src/parse-observations-csv.ts";
import { period, text } from "./plan-arbitrary.ts";

interface Row {
  readonly series: string;
  readonly area: string;
  readonly period: string | number;
  /** Thousandths, or null for a missing value. */
  readonly value: number | null;
  readonly origin: "" | "table" | "text" | "import" | "other";
  readonly source?: string;
  readonly note?: string;
  /** Thousandths, lower <= upper. */
  readonly interval?: readonly [number, number];
}

const trimmed = text.map((s) => s.trim());
const thousandths = fc.integer({ min: -10_000_000, max: 10_000_000 });

const row: fc.Arbitrary<Row> = fc.record(
  {
    series: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/),
    area: fc.constantFrom("", "GM0376", "wijk-1"),
    period,
    value: fc.option(thousandths, { nil: null }),
    origin: fc.constantFrom("", "table", "text", "import", "other"),
    source: trimmed,
    note: trimmed,
    interval: fc
      .tuple(thousandths, thousandths)
      .map(([a, b]): readonly [number, number] => (a <= b ? [a, b] : [b, a])),
  },
  { requiredKeys: ["series", "area", "period", "value", "origin"] },
);

const layout = fc.record({
  delimiter: fc.constantFrom(",", ";"),
  newline: fc.constantFrom("\n", "\r\n"),
  bom: fc.boolean(),
  missing: fc.constantFrom("", "."),
});

/** A number in thousandths as a person writes it: 12.5, or 12,5 in a semicolon file. */
function number(n: number, delimiter: string): string {
  const sign = n < 0 ? "-" : "";
  const digits = String(Math.abs(n)).padStart(4, "0");
  const fraction = digits.slice(-3).replace(/0+$/, "");
  const whole = digits.slice(0, -3);
  return fraction === ""
    ? `${sign}${whole}`
    : `${sign}${whole}${delimiter === ";" ? "," : "."}${fraction}`;
}

function field(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value)
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

const HEADER = ["series", "area", "period", "value", "origin", "source", "note", "lower", "upper"];

/** The data file's text and the line each row starts on. */
function write(
  rows: readonly Row[],
  options: { delimiter: string; newline: string; bom: boolean; missing: string },
) {
  const { delimiter, newline } = options;
  const records = [HEADER.join(delimiter)];
  const lines: number[] = [];
  let line = 2;
  for (const r of rows) {
    lines.push(line);
    const cells = [
      r.series,
      r.area,
      String(r.period),
      r.value === null ? options.missing : number(r.value, delimiter),
      r.origin,
      r.source ?? "",
      r.note ?? "",
      r.interval ? number(r.interval[0], delimiter) : "",
      r.interval ? number(r.interval[1], delimiter) : "",
    ].map((cell) => field(cell, delimiter));
    const record = cells.join(delimiter);
    records.push(record);
    line += 1 + (record.match(/\n/g)?.length ?? 0);
  }
  return { text: `${options.bom ? "\uFEFF" : ""}${records.join(newline)}${newline}`, lines };
}

const asNumber = (n: number) => n / 1000;

describe("parseObservationsCsv, property", () => {
  it("reads back any observations written as a data file, on the lines they were written", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), layout, (rows, options) => {
        const { text, lines } = write(rows, options);
        const result = parseObservationsCsv(text, "data.csv", { defaultArea: "GM0417" });
        if (!result.success) throw new Error(JSON.stringify(result.issues));
        expect(result.observations).toEqual(
          rows.map((r, i) => {
            const p = parsePeriod(r.period);
            if (!p.success) throw new Error("the generator makes valid periods");
            return {
              series: r.series,
              area: r.area || "GM0417",
              period: formatPeriodCode(p.data),
              value: r.value === null ? null : asNumber(r.value),
              origin: r.origin || "import",
              ...(r.source && { source: r.source }),
              ...(r.note && { quote: r.note }),
              ...(r.interval && {
                interval: { lower: asNumber(r.interval[0]), upper: asNumber(r.interval[1]) },
              }),
              ref: { kind: "file", file: "data.csv", line: lines[i], column: 1 },
            };
          }),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("reports a bad period or value at its line and column", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 6 }),
        layout,
        fc.nat(),
        fc.constantFrom(
          ["period", "2019-H3"],
          ["period", "2019-13"],
          ["period", "zomer"],
          ["value", "veertig"],
          ["value", "=1+1"],
          ["value", "1.2.3"],
        ),
        (rows, options, pick, [column, bad]) => {
          const index = pick % rows.length;
          const { text, lines } = write(rows, options);
          // Replace the cell in the written record: series, area, period and
          // value never hold a line break, so the record's first line has them.
          const all = text.replace(/^\uFEFF/, "").split(options.newline);
          const lineIndex = (lines[index] as number) - 1;
          const cells = (all[lineIndex] as string).split(options.delimiter);
          const at = column === "period" ? 2 : 3;
          cells[at] = bad;
          all[lineIndex] = cells.join(options.delimiter);
          const expectedColumn = cells.slice(0, at).join(options.delimiter).length + 2;
          const result = parseObservationsCsv(all.join(options.newline), "data.csv", {
            defaultArea: "GM0417",
          });
          expect(result.success).toBe(false);
          if (result.success) return;
          expect(result.issues.map((issue) => issue.location)).toContainEqual({
            file: "data.csv",
            line: lines[index],
            column: expectedColumn,
            field: column,
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws, and every problem has a line and column", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .array(
              fc.constantFrom(
                "series,period,value\n",
                "x,2019,1\n",
                ",",
                ";",
                '"',
                "\n",
                "\r\n",
                "2019-H3",
                "é",
                ".",
              ),
              {
                maxLength: 30,
              },
            )
            .map((parts) => parts.join("")),
        ),
        (input) => {
          const result = parseObservationsCsv(input, "data.csv", { defaultArea: "GM0417" });
          if (result.success) return;
          for (const issue of result.issues) {
            expect(issue.location?.line).toBeGreaterThanOrEqual(1);
            expect(issue.location?.column).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
