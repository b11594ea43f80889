import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { ratePer, ratePer1000, rateUnit } from "./rate-per-1000.ts";

/** The rate by integer arithmetic alone: round(count × 1000 × 10^d / population), half away from zero. */
function byHand(count: number, population: number, decimals: number): number {
  const numerator = BigInt(count) * 1000n * 10n ** BigInt(decimals);
  const denominator = BigInt(population);
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  if (2n * (magnitude % denominator) >= denominator) quotient += 1n;
  return Number(negative ? -quotient : quotient) / 10 ** decimals;
}

describe("ratePer1000", () => {
  it.each([
    // count, population, decimals, expected
    [363, 12000, 1, 30.3], // 30.25: exactly half, rounds up
    [347, 12000, 1, 28.9], // 28.916...
    [1, 2000, 1, 0.5],
    [1, 2000, 0, 1], // 0.5 rounds away from zero
    [3, 8000, 2, 0.38], // 0.375 rounds up
    [0, 9000, 1, 0],
    [1, 3, 2, 333.33],
    [2, 3, 0, 667],
  ])("%d per %d inhabitants to %d decimals is %d", (count, population, decimals, expected) => {
    expect(ratePer1000(count, population, { decimals })).toBe(expected);
  });

  it("rounds with one decimal by default", () => {
    expect(ratePer1000(482, 11111)).toBe(43.4);
  });

  it("agrees with integer arithmetic for any count and population", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        (count, population, decimals) => {
          expect(ratePer1000(count, population, { decimals })).toBe(
            byHand(count, population, decimals),
          );
        },
      ),
    );
  });

  it("never moves further than half a unit of the last decimal from the exact rate", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (count, population) => {
          const rate = ratePer1000(count, population) as number;
          expect(Math.abs(rate - (count * 1000) / population)).toBeLessThanOrEqual(0.05 + 1e-9);
        },
      ),
    );
  });

  describe("edge cases", () => {
    it.each([
      [null, 1000],
      [5, null],
      [null, null],
    ])("a missing figure (%s, %s) gives no rate, never 0", (count, population) => {
      expect(ratePer1000(count, population)).toBeNull();
    });

    it.each([0, -10])("a population of %d gives no rate", (population) => {
      expect(ratePer1000(5, population)).toBeNull();
    });

    it("takes a decimal population as written (an average population)", () => {
      expect(ratePer1000(1, 2000.5, { decimals: 4 })).toBe(0.4999);
    });

    it.each([-1, 1.5, 7])("refuses %d decimals", (decimals) => {
      expect(() => ratePer1000(1, 1, { decimals })).toThrow(IvpError);
    });
  });
});

describe("ratePer (per 10,000 and 100,000)", () => {
  it.each([
    // count, population, base, expected (by hand: count x base / population, one decimal)
    [363, 12000, 10_000, 302.5], // 302.5 exactly
    [5, 12345, 100_000, 40.5], // 40.502...
    [7, 2400, 10_000, 29.2], // 29.1666...
    [1, 3, 100_000, 33333.3],
  ])("%d per %d inhabitants, per %d, is %d", (count, population, base, expected) => {
    expect(ratePer(count, population, base as 10_000 | 100_000)).toBe(expected);
  });

  it("agrees with integer arithmetic, and per 1,000 is ratePer1000", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 500_000 }),
        fc.constantFrom(10, 100),
        (count, population, factor) => {
          // count x (1000 x factor) / population is byHand of count x factor.
          expect(ratePer(count, population, (1000 * factor) as 10_000 | 100_000)).toBe(
            byHand(count * factor, population, 1),
          );
          expect(ratePer(count, population, 1000)).toBe(ratePer1000(count, population));
        },
      ),
    );
  });

  it("names its unit", () => {
    expect([1000, 10_000, 100_000].map((b) => rateUnit(b as 1000))).toEqual([
      "rate-per-1000",
      "rate-per-10000",
      "rate-per-100000",
    ]);
  });
});
