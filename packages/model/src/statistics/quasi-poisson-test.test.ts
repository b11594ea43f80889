import { describe, expect, it } from "vitest";
import { compareOverdispersedRates } from "./quasi-poisson-test.ts";

describe("compareOverdispersedRates", () => {
  it("jongerenoverlast 36 -> 72 with phi = 11.3 is within chance", () => {
    // k1 <- 72 / 11.3; k2 <- 36 / 11.3
    // 2 * min(pbeta(0.5, k1, k2 + 1), pbeta(0.5, k1 + 1, k2, lower.tail = FALSE)) = 0.482039617553
    const c = compareOverdispersedRates({ count1: 72, count2: 36, dispersion: 11.3 });
    expect(c.pValue).toBeCloseTo(0.482039617553, 10);
    expect(c.effectiveCounts[0]).toBeCloseTo(72 / 11.3, 14);
    expect(c.rateRatio).toBe(2);
  });

  it("with whole effective counts the tails are the binomial ones", () => {
    // 2 * min(pbinom(29, 50, 0.5, lower.tail = FALSE), pbinom(30, 50, 0.5)) = 0.202638751065
    const c = compareOverdispersedRates({ count1: 30, count2: 20, dispersion: 1 });
    expect(c.pValue).toBeCloseTo(0.202638751065, 10);
  });

  it("more dispersion, larger p-values and wider intervals", () => {
    const p = [1, 2, 4, 8].map((phi) =>
      compareOverdispersedRates({ count1: 60, count2: 35, dispersion: phi }),
    );
    for (let i = 1; i < p.length; i++) {
      expect(p[i]?.pValue).toBeGreaterThan(p[i - 1]?.pValue ?? 0);
      expect(p[i]?.confidenceInterval.lower).toBeLessThan(p[i - 1]?.confidenceInterval.lower ?? 0);
    }
  });

  it("two zero counts: no evidence of a difference", () => {
    expect(compareOverdispersedRates({ count1: 0, count2: 0, dispersion: 3 })).toMatchObject({
      pValue: 1,
      rateRatio: null,
    });
  });
});
