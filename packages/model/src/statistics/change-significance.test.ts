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

describe("assessChangeSignificance of rates", () => {
  // R: poisson.test(c(412, 363), c(12150, 12000)):
  //   p-value 0.114076009, rate ratio 1.12097405, 95% CI 0.971093482-1.294419039.
  it("tests a rate's counts with the populations as exposures, as R's two-sample poisson.test", () => {
    const result = assessChangeSignificance({
      unit: "rate-per-1000",
      from: { value: 30.3, count: 363, exposure: 12000 },
      to: { value: 33.9, count: 412, exposure: 12150 },
    });
    if (result.test !== "poisson-exact") throw new Error("expected a Poisson test");
    expect(result.pValue.toPrecision(6)).toBe("0.114076");
    expect(result.distinguishableFromChance).toBe(false);
    expect(result.comparison.count1).toBe(412);
    expect(result.comparison.exposure1).toBe(12150);
    expect(result.comparison.rateRatio?.toPrecision(6)).toBe("1.12097");
    expect(result.comparison.confidenceInterval.lower.toPrecision(6)).toBe("0.971093");
    expect(result.comparison.confidenceInterval.upper?.toPrecision(6)).toBe("1.29442");
  });

  // R: poisson.test(c(30, 18), c(4100, 3950)): p-value 0.114376919. Treating
  // the rates 73.2 and 45.6 per 10,000 as counts (73 against 46) would give
  // p = 0.0168, "significant".
  it("per 10,000: the counts decide, not the size of the rate", () => {
    const result = assessChangeSignificance({
      unit: "rate-per-10000",
      from: { value: 45.6, count: 18, exposure: 3950 },
      to: { value: 73.2, count: 30, exposure: 4100 },
    });
    expect(result.test).toBe("poisson-exact");
    if (result.test === "none") return;
    expect(result.pValue.toPrecision(6)).toBe("0.114377");
    expect(result.distinguishableFromChance).toBe(false);
  });

  // R: poisson.test(c(240, 180)): p-value 0.003937856.
  it("a rate per 100,000 with a clear change is distinguishable at alpha 0.05 but not at 0.001", () => {
    const sides = {
      from: { value: 180, count: 180, exposure: 100_000 },
      to: { value: 240, count: 240, exposure: 100_000 },
    };
    const loose = assessChangeSignificance({ unit: "rate-per-100000", ...sides });
    const strict = assessChangeSignificance({ unit: "rate-per-100000", ...sides, alpha: 0.001 });
    expect(loose.test !== "none" && loose.distinguishableFromChance).toBe(true);
    expect(strict.test !== "none" && strict.distinguishableFromChance).toBe(false);
  });

  it("a rate typed without its count has no test; a count that is no count is refused", () => {
    expect(
      assessChangeSignificance({
        unit: "rate-per-1000",
        from: { value: 30.3 },
        to: { value: 33.9, count: 412, exposure: 12150 },
      }),
    ).toEqual({ test: "none", reason: "no-intervals" });
    expect(
      assessChangeSignificance({
        unit: "rate-per-1000",
        from: { value: 30.3, count: 363.5, exposure: 12000 },
        to: { value: 33.9, count: 412, exposure: 12150 },
      }),
    ).toEqual({ test: "none", reason: "not-a-count" });
    expect(
      assessChangeSignificance({
        unit: "rate-per-1000",
        from: { value: 30.3, count: 363, exposure: 12000 },
        to: { value: 33.9, count: -1, exposure: 12150 },
      }),
    ).toEqual({ test: "none", reason: "not-a-count" });
  });

  it("a count's own count field is not read: a count is tested as itself", () => {
    const result = assessChangeSignificance({
      unit: "count",
      from: { value: 54, count: 1 },
      to: { value: 26, count: 1 },
    });
    if (result.test !== "poisson-exact") throw new Error("expected a Poisson test");
    expect(result.comparison.count1).toBe(26);
  });
});
