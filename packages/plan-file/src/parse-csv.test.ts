import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv.ts";

describe("parseCsv", () => {
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
      expect(parseCsv('a,"open\n').error?.message).toContain("not closed");
    });

    it("reports text after a closing quote", () => {
      expect(parseCsv('a,"x"y\n').error).toMatchObject({ line: 1, column: 6 });
    });

    it("skips a byte-order mark", () => {
      expect(parseCsv("\uFEFFa,b\n").records[0]?.fields).toEqual(["a", "b"]);
    });
  });

  it("round-trips any table of fields", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", " ", "é", "1") });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text = rows
            .map((r) => r.map((f) => `"${f.replaceAll('"', '""')}"`).join(","))
            .join("\r\n");
          expect(parseCsv(text).records.map((r) => r.fields)).toEqual(rows);
        },
      ),
    );
  });
});
