import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { projectFullYear } from "../year-to-date/project-full-year.ts";
import { assessChangeSignificance } from "./change-significance.ts";
import { byarInterval, exactPoissonInterval } from "./count-interval.ts";
import { comparePoissonRates } from "./poisson-test.ts";

/**
 * Counts of every size the tests take (0 to 10^8), and what happens beyond:
 * a figure such as 99999999999999999999999 in a data file once made the
 * exact test search forever (beyond 2^53, x + 1 === x).
 */
const count = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.integer({ min: 0, max: 100_000_000 }),
  fc.constantFrom(0, 1, 99_999_999, 100_000_000),
);

describe("counts up to 10^8", () => {
  it("comparePoissonRates gives a p-value in [0, 1] and an interval around the ratio", () => {
    fc.assert(
      fc.property(count, count, (x1, x2) => {
        const result = comparePoissonRates({ count1: x1, count2: x2 });
        expect(result.pValue).toBeGreaterThanOrEqual(0);
        expect(result.pValue).toBeLessThanOrEqual(1);
        const { lower, upper } = result.confidenceInterval;
        if (result.rateRatio !== null) {
          expect(lower).toBeLessThanOrEqual(result.rateRatio * (1 + 1e-9));
          if (upper !== null) expect(upper).toBeGreaterThanOrEqual(result.rateRatio * (1 - 1e-9));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the exact and Byar intervals contain the count", () => {
    fc.assert(
      fc.property(count, (x) => {
        for (const interval of [exactPoissonInterval({ count: x }), byarInterval({ count: x })]) {
          expect(interval.lower).toBeLessThanOrEqual(x);
          expect(interval.upper ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(x);
        }
      }),
      { numRuns: 300 },
    );
  });

  describe("edge cases", () => {
    it.each([1e23, 2 ** 53, 100_000_001])(
      "a count of %d is no count for the test: no test, no endless search",
      (huge) => {
        expect(
          assessChangeSignificance({ unit: "count", from: { value: 40 }, to: { value: huge } }),
        ).toEqual({ test: "none", reason: "not-a-count" });
        expect(() => comparePoissonRates({ count1: huge, count2: 40 })).toThrow(IvpError);
        expect(() => exactPoissonInterval({ count: huge })).toThrow(IvpError);
      },
    );

    it("a year-to-date projection of a huge count has no count interval, and no error", () => {
      const projection = projectFullYear({
        partial: 1e23,
        history: [{ year: 2022, partial: 70, full: 79 }],
      });
      expect(projection.partialInterval).toBeNull();
      expect(projection.value).toBeCloseTo(1e23 / (70 / 79), -10);
    });
  });
});
