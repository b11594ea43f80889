import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  abs,
  divide,
  multiply,
  type Rational,
  rational,
  rationalFromNumber,
  subtract,
} from "../_lib/rational.ts";
import { exactPercentChange } from "./percent-change.ts";

/** exactPercentChange as it was before it reduced one fraction once (main at 9c1c405). */
function exactPercentChangeBefore(from: number, to: number): Rational | null {
  const base = rationalFromNumber(from);
  if (base.num === 0n) return null;
  const difference = subtract(rationalFromNumber(to), base);
  return multiply(divide(difference, abs(base)), rational(100n));
}

/** Figures as plans have them: counts, and numbers with a few decimals, of either sign, and 0. */
const decimalNumbers = fc
  .tuple(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), fc.integer({ min: 0, max: 9 }))
  .map(([units, places]) => units / 10 ** places);
const numbers = fc.oneof(
  fc.integer({ min: 0, max: 5_000 }),
  decimalNumbers,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(0),
);

describe("exactPercentChange, one fraction reduced once", () => {
  it("is the same rational (numerator and denominator) as the four operations before", () => {
    fc.assert(
      fc.property(numbers, numbers, (from, to) => {
        expect(exactPercentChange(from, to)).toEqual(exactPercentChangeBefore(from, to));
      }),
      { numRuns: 20_000 },
    );
  });

  it("is the same at the edges: zero bases, negative bases, ties", () => {
    const values = [0, -0, 1, -1, 8, 5, 54, 26, 7.3, 7.5, -10, -4, 2, 1e-7, 123456789.125];
    for (const from of values)
      for (const to of values)
        expect(exactPercentChange(from, to)).toEqual(exactPercentChangeBefore(from, to));
  });
});
