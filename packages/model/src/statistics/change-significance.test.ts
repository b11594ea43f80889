import { describe, expect, it } from "vitest";
import { assessChangeSignificance } from "./change-significance.ts";

describe("assessChangeSignificance", () => {
  it("tests counts with the exact Poisson test, later over earlier", () => {
    const result = assessChangeSignificance({
      unit: "count",
      from: { value: 54 },
      to: { value: 26 },
    });
    expect(result.test).toBe("poisson-exact");
    if (result.test !== "poisson-exact") return;
    expect(result.pValue.toFixed(4)).toBe("0.0023");
    expect(result.distinguishableFromChance).toBe(true);
    expect(result.comparison.rateRatio).toBeCloseTo(26 / 54, 14);
  });

  it("uses the exposures (e.g. a share of a year against a full year)", () => {
    const result = assessChangeSignificance({
      unit: "count",
      from: { value: 79, exposure: 1 },
      to: { value: 46, exposure: 70 / 79 },
    });
    if (result.test !== "poisson-exact") throw new Error("expected a Poisson test");
    expect(result.comparison.rateRatio).toBeCloseTo(46 / (70 / 79) / 79, 12);
  });

  it.each([
    [8, 5, false],
    [72, 36, true],
  ])("%i -> %i distinguishable from chance: %s", (from, to, expected) => {
    const result = assessChangeSignificance({
      unit: "count",
      from: { value: from },
      to: { value: to },
    });
    expect(result.test !== "none" && result.distinguishableFromChance).toBe(expected);
  });

  it("a stricter alpha turns a significant change into chance", () => {
    const result = assessChangeSignificance({
      unit: "count",
      from: { value: 70 },
      to: { value: 46 },
      alpha: 0.01,
    });
    expect(result.test !== "none" && result.distinguishableFromChance).toBe(false);
  });

  it("tests survey figures with their supplied intervals", () => {
    const result = assessChangeSignificance({
      unit: "grade",
      from: { value: 7.3, interval: { lower: 7.1, upper: 7.5 } },
      to: { value: 7.6, interval: { lower: 7.4, upper: 7.8 } },
    });
    expect(result.test).toBe("survey-intervals");
  });

  describe("edge cases", () => {
    it.each([
      ["grade", 7.3, 7.5, "no-intervals"],
      ["percentage", 1.7, null, "missing-value"],
      ["count", 7.5, 8, "not-a-count"],
      ["count", -1, 8, "not-a-count"],
    ] as const)("%s %s -> %s: no test (%s)", (unit, from, to, reason) => {
      expect(assessChangeSignificance({ unit, from: { value: from }, to: { value: to } })).toEqual({
        test: "none",
        reason,
      });
    });
  });
});

describe("assessChangeSignificance with a dispersion", () => {
  it("tests overdispersed counts on their effective counts; phi 1 keeps the exact test", () => {
    // Jongerenoverlast swings 11.3 times as much as Poisson: 36 -> 72 is within chance.
    // R: k1 <- 72 / 11.3; k2 <- 36 / 11.3;
    // 2 * min(pbeta(0.5, k1, k2 + 1), pbeta(0.5, k1 + 1, k2, lower.tail = FALSE)) = 0.482039617553
    const quasi = assessChangeSignificance({
      unit: "count",
      from: { value: 36 },
      to: { value: 72 },
      dispersion: 11.3,
    });
    expect(quasi).toMatchObject({ test: "quasi-poisson", distinguishableFromChance: false });
    if (quasi.test === "quasi-poisson") expect(quasi.pValue).toBeCloseTo(0.482039617553, 10);
    expect(
      assessChangeSignificance({
        unit: "count",
        from: { value: 36 },
        to: { value: 72 },
        dispersion: 1,
      }).test,
    ).toBe("poisson-exact");
  });
});
