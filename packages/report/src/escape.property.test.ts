import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, markdownText, tsvField } from "./escape.ts";

/** What a spreadsheet runs: a cell that starts with one of these (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Numbers and printed percentages (with the chance marker) are data, not formulas. */
const NUMBER = /^[+-]?\d+([.,]\d+)?%?°?$/;

/** Text as people and attackers write labels: formula starts, quotes, delimiters, line breaks. */
const label = fc
  .tuple(
    fc.constantFrom(
      "",
      "=",
      "+",
      "-",
      "@",
      "\t",
      "\r",
      "=HYPERLINK(",
      "-2+3",
      "+1",
      "@SUM(",
      '"',
      "|",
    ),
    fc.string({ unit: "grapheme", maxLength: 20 }),
  )
  .map(([start, rest]) => start + rest);

/** The value of one CSV field as a spreadsheet reads it. */
function unquote(field: string): string {
  return field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;
}

describe("escaping, property", () => {
  it("no CSV field starts a formula, and every field reads back as one field", () => {
    fc.assert(
      fc.property(label, (text) => {
        const field = csvField(text);
        const value = unquote(field);
        if (FORMULA_START.test(value)) expect(value.trim()).toMatch(NUMBER);
        // Quoted when it must be, so the delimiter and line breaks stay inside.
        if (/[",\r\n]/.test(value)) expect(field.startsWith('"') && field.endsWith('"')).toBe(true);
        // Nothing is lost but the neutralising quote.
        expect(value === text || value === `'${text}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("no TSV field starts a formula or breaks the line or the columns", () => {
    fc.assert(
      fc.property(label, (text) => {
        const field = tsvField(text);
        expect(field).not.toMatch(/[\t\r\n]/);
        if (FORMULA_START.test(field)) expect(field.trim()).toMatch(NUMBER);
      }),
      { numRuns: 2000 },
    );
  });

  it("no Markdown text starts a formula, opens a tag or splits a table cell", () => {
    fc.assert(
      fc.property(label, (text) => {
        const md = markdownText(text);
        if (FORMULA_START.test(md)) expect(md.trim()).toMatch(NUMBER);
        expect(md).not.toMatch(/[<>\r\n]/);
        // Every | is escaped.
        expect(md.replaceAll("\\\\", "").replaceAll("\\|", "")).not.toContain("|");
      }),
      { numRuns: 2000 },
    );
  });
});
