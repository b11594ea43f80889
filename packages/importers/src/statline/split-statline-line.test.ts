import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitStatlineLine } from "./split-statline-line.ts";

const quote = (field: string) => `"${field.replaceAll('"', '""')}"`;

describe("splitStatlineLine", () => {
  it("reads back any fields written the way StatLine writes them, with each field's column", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: "grapheme" }).map((s) => s.replace(/[\r\n]/g, "")),
          { minLength: 1, maxLength: 8 },
        ),
        (fields) => {
          const line = fields.map(quote).join(";");
          const result = splitStatlineLine(line);
          expect(result).toHaveProperty("fields", fields);
          let column = 1;
          const columns = fields.map((f) => {
            const at = column;
            column += quote(f).length + 1;
            return at;
          });
          expect(result).toHaveProperty("columns", columns);
        },
      ),
    );
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = splitStatlineLine(text);
        expect("fields" in result || "message" in result).toBe(true);
      }),
    );
  });

  it.each([
    ['"Laren (NH.)";"482";"480"', ["Laren (NH.)", "482", "480"]],
    ['""', [""]],
    ["", [""]],
    ['"a";;"c"', ["a", "", "c"]],
    ['"say ""hi"""', ['say "hi"']],
    ['"a;b";"c"', ["a;b", "c"]],
    ["Blaricum;363", ["Blaricum", "363"]],
  ])("%s", (line, fields) => {
    expect(splitStatlineLine(line)).toHaveProperty("fields", fields);
  });

  describe("edge cases", () => {
    it.each([
      ['"Blaricum;"363"', 12, "unexpected"],
      ['"Blaricum', 1, "a quoted field is not closed on this line"],
      ['"a";"b', 5, "a quoted field is not closed on this line"],
    ])("%s is an error at column %d", (line, column, message) => {
      const result = splitStatlineLine(line);
      expect(result).toMatchObject({ column });
      expect((result as { message: string }).message).toContain(message);
    });
  });
});
