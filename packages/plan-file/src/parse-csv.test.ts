import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv.ts";
import { parseObservationsCsv } from "./parse-observations-csv.ts";

/** RFC 4180: quote a field that has the delimiter, a quote or a line break; double its quotes. */
function field(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

const text = fc.string({ unit: "grapheme" });
const records = fc.array(fc.array(text, { minLength: 2, maxLength: 5 }), {
  minLength: 1,
  maxLength: 6,
});

describe("parseCsv", () => {
  it.each([",", ";"])("reads back any records written as CSV with %j", (delimiter) => {
    fc.assert(
      fc.property(records, fc.constantFrom("\n", "\r\n"), (rows, newline) => {
        const csv = rows
          .map((r) => r.map((f) => field(f, delimiter)).join(delimiter))
          .join(newline);
        const parsed = parseCsv(csv, delimiter);
        expect(parsed.error).toBeUndefined();
        // Line breaks inside quoted fields keep a "\r" of CRLF files; compare without it.
        expect(parsed.records.map((r) => r.fields.map((f) => f.replaceAll("\r\n", "\n")))).toEqual(
          rows.map((r) => r.map((f) => (newline === "\r\n" ? f.replaceAll("\r\n", "\n") : f))),
        );
      }),
    );
  });

  it("gives each record the line it starts on and each field its column", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.stringMatching(/^[a-z0-9]{0,6}$/), { minLength: 2, maxLength: 4 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          // Every row has a comma, so no line is blank and every row is a record.
          const csv = rows.map((r) => r.join(",")).join("\n");
          const parsed = parseCsv(csv);
          expect(parsed.records.map((r) => r.fields)).toEqual(rows);
          for (const record of parsed.records) {
            const line = csv.split("\n")[record.line - 1] ?? "";
            record.fields.forEach((f, i) => {
              const column = record.columns[i] ?? 0;
              expect(line.slice(column - 1, column - 1 + f.length)).toBe(f);
            });
          }
        },
      ),
    );
  });

  it("never throws: bad quoting is an error with a line and column", () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const parsed = parseCsv(input);
        if (parsed.error) {
          expect(parsed.error.line).toBeGreaterThanOrEqual(1);
          expect(parsed.error.column).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });

  describe("edge cases", () => {
    it.each([
      ['a,"b\nc"\n', [["a", "b\nc"]]],
      ['"x ""y"""\n', [['x "y"']]],
      [
        "a,b\n\n\nc,d",
        [
          ["a", "b"],
          ["c", "d"],
        ],
      ],
      ["\uFEFFa,b\n", [["a", "b"]]],
    ])("%j", (input, expected) => {
      expect(parseCsv(input).records.map((r) => r.fields)).toEqual(expected);
    });

    it.each([
      ['a,"b\n', "the quote that opens this field is never closed"],
      ['"a"b\n', 'unexpected "b" after a closing quote'],
    ])("%j is an error", (input, message) => {
      expect(parseCsv(input).error?.message).toContain(message);
    });
  });
});

describe("parseObservationsCsv", () => {
  it("reads back any counts written as a data file, a missing value staying missing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }), {
          minLength: 1,
          maxLength: 12,
        }),
        (values) => {
          const csv = [
            "series,area,period,value,origin,source,note",
            ...values.map(
              (v, i) => `totaal,GM0376,${2000 + i},${v ?? ""},import,politie,"StatLine: a, b"`,
            ),
          ].join("\n");
          const parsed = parseObservationsCsv(csv, "d.csv", { defaultArea: "GM0376" });
          expect(
            parsed.success && parsed.observations.map((o) => [o.period, o.value, o.quote]),
          ).toEqual(values.map((v, i) => [String(2000 + i), v, "StatLine: a, b"]));
        },
      ),
    );
  });
});

describe("parseCsv positions", () => {
  it("splits records and remembers where fields start", () => {
    const { records, error } = parseCsv('series,value\r\n"a, b",7\n\nc,"say ""hi"""\n');
    expect(error).toBeUndefined();
    expect(records).toEqual([
      { line: 1, fields: ["series", "value"], columns: [1, 8] },
      { line: 2, fields: ["a, b", "7"], columns: [1, 8] },
      { line: 4, fields: ["c", 'say "hi"'], columns: [1, 3] },
    ]);
  });

  it("reads a field with a line break inside quotes", () => {
    const { records } = parseCsv('a,"x\ny"\nb,z');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ["a", "x\ny"]],
      [3, ["b", "z"]],
    ]);
  });

  describe("edge cases", () => {
    it("reports an unclosed quote", () => {
      expect(parseCsv('a,"open\n').error).toMatchObject({ line: 1, column: 3 });
    });

    it("reports text after a closing quote", () => {
      expect(parseCsv('a,"x"y\n').error).toMatchObject({ line: 1, column: 6 });
    });

    it("skips a byte-order mark", () => {
      expect(parseCsv("\uFEFFa,b\n").records[0]?.fields).toEqual(["a", "b"]);
    });
  });
});
