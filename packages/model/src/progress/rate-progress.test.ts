import { COMPUTED_RATE_INDICATOR, COMPUTED_RATE_SERIES, makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import type { PlanInput } from "../schema/types.ts";
import { assessProgress } from "./assess-progress.ts";

/**
 * A rate per 1,000 inhabitants computed from a count and a population: its
 * significance and its verdict's interval rest on the counts, with the
 * populations as exposures (R values beside each assertion).
 */
function ratePlan(rates: readonly number[], extra: Partial<PlanInput> = {}) {
  return makePlan({
    series: COMPUTED_RATE_SERIES,
    indicators: [COMPUTED_RATE_INDICATOR],
    observations: [
      {
        origin: "other",
        periods: [2017, 2019],
        values: {
          misdrijven: [363, 300],
          inwoners: [12000, 12100],
          "misdrijven-per-1000": [...rates],
        },
      },
    ],
    ...extra,
  });
}

describe("assessProgress of a rate computed from counts and population", () => {
  it("tests the change on the counts with the populations as exposures", () => {
    const p = assessProgress(ratePlan([30.3, 24.8]), "misdrijven-per-1000");
    // R: poisson.test(c(300, 363), c(12100, 12000)): p = 0.01153695122, rate ratio 0.8196161464.
    expect(p.significance?.test).toBe("poisson-exact");
    if (p.significance?.test !== "poisson-exact") return;
    expect(p.significance.pValue.toPrecision(6)).toBe("0.0115370");
    expect(p.significance.comparison.rateRatio?.toPrecision(6)).toBe("0.819616");
    expect(p.significance.comparison).toMatchObject({
      count1: 300,
      count2: 363,
      exposure1: 12100,
      exposure2: 12000,
    });
    expect(p.verdict?.versusBaseline?.side).toBe("better");
  });

  it("compares the rate with the path by the count's exact interval over the population", () => {
    const p = assessProgress(ratePlan([30.3, 24.8]), "misdrijven-per-1000");
    const compared = p.verdict?.versusBenchmark;
    // The path point after 2 of 4 years: 30.3 + (27 - 30.3) x 2/4 = 28.65 per 1,000.
    expect(compared?.benchmark).toBeCloseTo(28.65, 12);
    expect(compared?.method).toBe("poisson");
    // R: poisson.test(300, 12100)$conf.int * 1000 = 22.06688225-27.76372938.
    expect(compared?.interval?.lower.toPrecision(7)).toBe("22.06688");
    expect(compared?.interval?.upper.toPrecision(7)).toBe("27.76373");
    expect(compared?.value).toBeCloseTo(300 / 12.1, 12);
    // The central p-value against 28.65 x 12.1 = 346.665 counts: 2 * ppois(300, 346.665) = 0.01145091.
    expect(compared?.pValue?.toPrecision(6)).toBe("0.0114509");
    expect(p.status).toBe("ahead");
  });

  it("a typed rate that the counts do not give is not tested as if they did", () => {
    // 25.1 is not 300 x 1000 / 12100 = 24.79... at one decimal.
    const p = assessProgress(ratePlan([30.3, 25.1]), "misdrijven-per-1000");
    expect(p.significance).toEqual({ test: "none", reason: "no-intervals" });
    expect(p.status).toBe("not-assessable");
    expect(p.notAssessable).toBe("no-margin");
  });

  it("takes the population of the year for a part of it (CBS counts inhabitants on 1 January)", () => {
    const plan = ratePlan([30.3, 24.8], {
      observations: [
        {
          origin: "other",
          periods: ["2017-H1", 2017, "2019-H1", 2019],
          values: {
            misdrijven: [180, 363, 150, null],
            inwoners: [null, 12000, null, 12100],
            "misdrijven-per-1000": [15, 30.3, 12.4, null],
          },
        },
      ],
    });
    const p = assessProgress(plan, "misdrijven-per-1000");
    expect(p.comparison?.method).toBe("same-months");
    // R: poisson.test(c(150, 180), c(12100, 12000))$p.value = 0.0879515632.
    expect(p.significance).toMatchObject({
      test: "poisson-exact",
      comparison: { count1: 150, count2: 180, exposure1: 12100, exposure2: 12000 },
    });
    if (p.significance?.test === "poisson-exact")
      expect(p.significance.pValue.toPrecision(6)).toBe("0.0879516");
  });

  it("the counts reproduce a rate at its own decimals; a population of 0 gives no rate to test", () => {
    // 30 and 25 are 30.25 and 24.79 at no decimals.
    const whole = assessProgress(ratePlan([30, 25]), "misdrijven-per-1000");
    expect(whole.significance?.test).toBe("poisson-exact");
    const plan = ratePlan([30.3, 24.8], {
      observations: [
        {
          origin: "other",
          periods: [2017, 2019],
          values: {
            misdrijven: [363, 300],
            inwoners: [12000, 0],
            "misdrijven-per-1000": [30.3, 24.8],
          },
        },
      ],
    });
    expect(assessProgress(plan, "misdrijven-per-1000").significance).toEqual({
      test: "none",
      reason: "no-intervals",
    });
  });

  it("a rate without a declared count keeps to its tolerance", () => {
    const plan = ratePlan([30.3, 24.8]);
    const series = plan.series.map((s) => (s.rate ? { ...s, rate: undefined } : s));
    const p = assessProgress({ ...plan, series }, "misdrijven-per-1000");
    expect(p.significance).toEqual({ test: "none", reason: "no-intervals" });
  });
});

describe("the rate field of a series", () => {
  it("belongs to a rate unit only, with the path of the field", () => {
    expect(() =>
      makePlan({
        series: [{ id: "a", label: "A", unit: "count", rate: { count: "b", population: "c" } }],
      }),
    ).toThrow(/only a rate has a count and population/);
  });
});
