import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byarInterval, poissonRateTest } from "../scripts/lib/significance.ts";
import { renderSignificanceWorkedExample } from "../scripts/lib/significance-examples.ts";

describe("poissonRateTest", () => {
  it("matches the reference result for 54 against 26 (domain notes, R poisson.test)", () => {
    const result = poissonRateTest({ x1: 54, x2: 26 });
    expect(result.pValue.toFixed(4)).toBe("0.0023");
    expect(result.rateRatio.toFixed(2)).toBe("2.08");
    expect(result.interval.map((v) => v.toFixed(2))).toEqual(["1.28", "3.46"]);
  });

  it("matches R's documented example poisson.test(c(11, 21), c(800, 3011))", () => {
    const result = poissonRateTest({ x1: 11, x2: 21, t1: 800, t2: 3011 });
    expect(result.pValue).toBeCloseTo(0.07967, 5);
    expect(result.rateRatio).toBeCloseTo(1.971488, 6);
    expect(result.interval[0]).toBeCloseTo(0.8584264, 6);
    expect(result.interval[1]).toBeCloseTo(4.2772659, 6);
  });

  it("gives p-values in [0, 1] and intervals that contain the rate ratio", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 300 }), (x1, x2) => {
        const { pValue, rateRatio, interval } = poissonRateTest({ x1, x2 });
        expect(pValue).toBeGreaterThanOrEqual(0);
        expect(pValue).toBeLessThanOrEqual(1);
        expect(interval[0]).toBeLessThanOrEqual(rateRatio);
        expect(interval[1]).toBeGreaterThanOrEqual(rateRatio);
      }),
      { numRuns: 200 },
    );
  });

  describe("edge cases", () => {
    it("gives p = 1 for two equal counts", () => {
      expect(poissonRateTest({ x1: 7, x2: 7 }).pValue).toBeCloseTo(1, 10);
    });

    it("has a lower bound of 0 when the first count is 0", () => {
      expect(poissonRateTest({ x1: 0, x2: 5 }).interval[0]).toBe(0);
    });
  });
});

describe("byarInterval", () => {
  it("matches the reference 26 -> 17.0-38.1", () => {
    expect(byarInterval(26).map((v) => v.toFixed(1))).toEqual(["17.0", "38.1"]);
  });

  describe("edge cases", () => {
    it("starts at 0 for a count of 0", () => {
      expect(byarInterval(0)[0]).toBe(0);
    });
  });
});

describe("the significance page's worked example", () => {
  it("prints the computed numbers", () => {
    const text = renderSignificanceWorkedExample();
    const { pValue, rateRatio, interval } = poissonRateTest({ x1: 54, x2: 26 });
    expect(text).toContain(`**${pValue.toFixed(4)}**`);
    expect(text).toContain(
      `${rateRatio.toFixed(2)} (95% interval ${interval[0].toFixed(2)} to ${interval[1].toFixed(2)})`,
    );
    const [low, high] = byarInterval(26);
    expect(text).toContain(`**${low.toFixed(1)}** and **${high.toFixed(1)}**`);
  });
});

describe("the claims the significance page makes in words", () => {
  it("holds for Laren's Tabel 1 and Tabel 2 counts it names", async () => {
    const { LAREN_PLAN_DIR, loadExamplePlan } = await import("../scripts/lib/laren.ts");
    const { renderSignificanceTable } = await import("../scripts/lib/significance-examples.ts");
    const table = renderSignificanceTable(await loadExamplePlan(LAREN_PLAN_DIR));
    // 54 -> 26 burglaries is more than chance; 12 -> 15 violent crimes is not.
    expect(table).toMatch(/\| woninginbraken \| 54 → 26 \| `-52%` \| [^|]+ \| \*\*yes\*\* \|/);
    expect(table).toMatch(/\| geweld: totaal \| 12 → 15 \| `\+25%` \| [^|]+ \| no \|/);
    // "+88% for vandalism just makes it; +67% for threats (3 -> 5) does not."
    expect(table).toMatch(/\| vermielingen \| 17 → 32 \| `\+88%` \| 0\.0[1-4]\d \| \*\*yes\*\* \|/);
    expect(table).toMatch(/\| \.\.\.waaraan bedreiging \| 3 → 5 \| `\+67%` \| [^|]+ \| no \|/);
    // "+500% for pickpocketing (1 -> 6)" (Tabel 2, January-June) is not.
    expect(poissonRateTest({ x1: 1, x2: 6 }).pValue).toBeGreaterThan(0.05);
  });
});
