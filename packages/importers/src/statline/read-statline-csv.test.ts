import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collect } from "../../test/helpers.ts";
import { readLines } from "../text/read-lines.ts";
import { readStatlineCsv, wholeOfDigits } from "./read-statline-csv.ts";

/** What `wholeOfDigits` stands for: `Number` of 1 to 15 digits and nothing else, -1 otherwise. */
const reference = (text: string) => (/^[0-9]{1,15}$/.test(text) ? Number(text) : -1);

describe("wholeOfDigits", () => {
  it("reads what Number reads of 1 to 15 digits, and -1 for anything else", () => {
    const digits = fc.stringMatching(/^[0-9]{0,18}$/);
    const near = fc.oneof(
      digits,
      // digits with something else before, inside or after them
      fc
        .tuple(
          digits,
          fc.constantFrom(" ", "-", "+", ".", ",", "e", "x", "/", ":", "\u0660", "\uFF11"),
          digits,
        )
        .map(([a, c, b]) => `${a}${c}${b}`),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(near, (text) => {
        expect(Object.is(wholeOfDigits(text), reference(text))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("is exact at 15 digits and leaves 16 to the rules", () => {
    expect(wholeOfDigits("999999999999999")).toBe(999_999_999_999_999);
    expect(wholeOfDigits("000000000000007")).toBe(7);
    expect(wholeOfDigits("0")).toBe(0);
    expect(wholeOfDigits("9999999999999999")).toBe(-1);
    expect(wholeOfDigits("")).toBe(-1);
  });
});

describe("readStatlineCsv, cells of digits", () => {
  // Counts (registered crimes) and other topics, with cells that are digits
  // only (leading zeros, 15 and 16 digits) and digits with something around them.
  const cells = ["007", "999999999999999", "1234567890123456", " 12 ", "0", "00"];
  const csv = [
    '"Misdrijven"',
    '""',
    `"Onderwerp";${cells.map(() => '"Geregistreerde misdrijven"').join(";")};${cells.map(() => '"Aangiften"').join(";")}`,
    `"Soort misdrijf";${cells.map(() => '"Totaal misdrijven"').join(";")};${cells.map(() => '"Totaal misdrijven"').join(";")}`,
    `"Perioden";${cells.map(() => '"2022"').join(";")};${cells.map(() => '"2022"').join(";")}`,
    `"Regio's";${cells.map(() => '"aantal"').join(";")};${cells.map(() => '"aantal"').join(";")}`,
    `"Laren (NH.)";${cells.map((c) => `"${c}"`).join(";")};${cells.map((c) => `"${c}"`).join(";")}`,
    '"Bron: Politie"',
  ].join("\n");

  it("gives each the number Number reads of it, counts and other topics alike", async () => {
    const figures = await collect(
      readStatlineCsv(readLines([csv], { file: "x.csv" }), { file: "x.csv" }),
    );
    expect(figures.map((f) => f.value)).toEqual([...cells, ...cells].map((c) => Number(c.trim())));
    expect(figures.map((f) => f.location.column)).toEqual(
      figures.map(
        (_, i) => 15 + [...cells, ...cells].slice(0, i).reduce((n, c) => n + c.length + 3, 0),
      ),
    );
  });
});
