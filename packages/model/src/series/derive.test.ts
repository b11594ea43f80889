import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveSecondHalf, sumParts } from "./derive.ts";

describe("deriveSecondHalf", () => {
  it.each([
    [79, 54, 25],
    [77, 34, 43],
    [468, 258, 210],
    [0, 0, 0],
    [5, 7, -2], // contradictory inputs show as a negative figure; the linter reports it
  ])("%d - %d = %d", (year, h1, h2) => {
    expect(deriveSecondHalf(year, h1)).toBe(h2);
  });

  it("is exact for decimals", () => {
    expect(deriveSecondHalf(0.3, 0.1)).toBe(0.2);
  });
});

/** A decimal with up to three places, from its value in thousandths. */
const thousandths = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
const asDecimal = (n: number | bigint) => {
  const sign = n < 0 ? "-" : "";
  const digits = String(n < 0 ? -BigInt(n) : BigInt(n)).padStart(4, "0");
  return Number(`${sign}${digits.slice(0, -3)}.${digits.slice(-3)}`);
};

describe("deriveSecondHalf, property", () => {
  it("is the exact decimal difference, as a person computes it", () => {
    fc.assert(
      fc.property(thousandths, thousandths, (year, h1) => {
        // BigInt thousandths are the exact reference; the double closest to it is the answer.
        expect(deriveSecondHalf(asDecimal(year), asDecimal(h1))).toBe(
          asDecimal(BigInt(year) - BigInt(h1)),
        );
      }),
    );
  });

  it("adds back up to the full year with sumParts", () => {
    fc.assert(
      fc.property(thousandths, thousandths, (year, h1) => {
        const fullYear = asDecimal(year);
        const firstHalf = asDecimal(h1);
        expect(sumParts([firstHalf, deriveSecondHalf(fullYear, firstHalf)])).toBe(fullYear);
      }),
    );
  });
});

describe("sumParts", () => {
  it("adds the pogingen and geslaagd rows up to woninginbraken", () => {
    expect(sumParts([20, 59])).toBe(79);
    expect(sumParts([])).toBe(0);
    expect(sumParts([0.1, 0.2])).toBe(0.3);
  });

  it("is the exact decimal sum, in any order", () => {
    fc.assert(
      fc.property(fc.array(thousandths, { maxLength: 12 }), (parts) => {
        const exact = asDecimal(parts.reduce((sum, n) => sum + BigInt(n), 0n));
        expect(sumParts(parts.map(asDecimal))).toBe(exact);
        expect(sumParts([...parts].reverse().map(asDecimal))).toBe(exact);
      }),
    );
  });

  it("equals the integer sum for integers", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 })), (values) => {
        expect(sumParts(values)).toBe(values.reduce((a, b) => a + b, 0));
      }),
    );
  });
});
