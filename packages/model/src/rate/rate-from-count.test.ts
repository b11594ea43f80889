import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber } from "../format/format-number.ts";
import { exactRate, rateBaseOf, rateDefinition } from "./rate-from-count.ts";
import { ratePer } from "./rate-per-1000.ts";

describe("exactRate", () => {
  it.each([
    // count, population, per, expected: the double nearest to count x per / population
    [363, 12000, 1000, 30.25],
    [363, 12358, 1000, 363_000 / 12358],
    [347, 12358, 10_000, 3_470_000 / 12358],
    [0, 9362, 1000, 0],
    [5, 12345, 100_000, 500_000 / 12345],
  ] as const)("%d per %d inhabitants, per %d, is %d", (count, population, per, expected) => {
    expect(exactRate(count, population, per)).toBe(expected);
  });

  it("gives no rate over no inhabitants", () => {
    expect(exactRate(5, 0, 1000)).toBeNull();
    expect(exactRate(5, -3, 1000)).toBeNull();
  });

  it("prints as the exact quotient rounds: 363 x 1000 / 12000 = 30.25 is 30,3, never 30,2", () => {
    expect(formatNumber(exactRate(363, 12000, 1000) ?? Number.NaN, { decimals: 1 })).toBe("30,3");
    // 3 x 1000 / 8000 = 0.375: 0,38 to two decimals.
    expect(formatNumber(exactRate(3, 8000, 1000) ?? Number.NaN, { decimals: 2 })).toBe("0,38");
  });

  it("rounded when printed, equals the rate rounded exactly (ratePer), for any count and population", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.constantFrom(1000 as const, 10_000 as const, 100_000 as const),
        fc.integer({ min: 0, max: 3 }),
        (count, population, per, decimals) => {
          const rate = exactRate(count, population, per);
          expect(rate).not.toBeNull();
          const printed = formatNumber(rate as number, { decimals, decimalSeparator: "." });
          expect(Number(printed)).toBe(ratePer(count, population, per, { decimals }));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("prints ties exactly: count x per / population on a boundary of the last decimal", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 1000 }),
        (k, population) => {
          // A count that puts the rate per 1,000 exactly on k + 0.5: (2k + 1) x p x 1000 / (2000 x p).
          const inhabitants = population * 2000;
          const count = (2 * k + 1) * population;
          const rate = exactRate(count, inhabitants, 1000) as number;
          expect(formatNumber(rate, { decimals: 0, decimalSeparator: "." })).toBe(String(k + 1));
        },
      ),
    );
  });
});

describe("rateDefinition", () => {
  it("reads the count, the population and the base from a rate series", () => {
    expect(
      rateDefinition({
        id: "misdrijven-per-1000",
        label: "Misdrijven per 1.000 inwoners",
        unit: "rate-per-1000",
        rate: { count: "misdrijven-totaal", population: "inwoners" },
      }),
    ).toEqual({ count: "misdrijven-totaal", population: "inwoners", per: 1000 });
  });

  it("gives nothing for a series without a declared rate, or that is no rate", () => {
    expect(rateDefinition({ id: "x", label: "X", unit: "rate-per-10000" })).toBeNull();
    expect(rateDefinition(undefined)).toBeNull();
    expect(rateBaseOf("count")).toBeNull();
    expect(rateBaseOf("rate-per-100000")).toBe(100_000);
  });
});
