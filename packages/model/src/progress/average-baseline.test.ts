import {
  AVERAGE_2015_2017,
  averageBaselineIndicator,
  averageBaselinePlan,
  makePlan,
} from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { lintPlan } from "../lint/lint-plan.ts";
import type { PlanInput } from "../schema/types.ts";
import { assessProgress } from "./assess-progress.ts";

/*
 * @ivp/testkit's averageBaselinePlan: a count whose baseline is the average of
 * 2015-2017 (40, 52, 44: sum 136, mean 45 1/3) and a target of -20% for 2021.
 * The change of a later count against the average is the Poisson comparison
 * of that count with the sum of k = 3 years, exposures 1 and 3 (R values
 * beside each assertion).
 */
describe("assessProgress with an average baseline", () => {
  it("the baseline is the mean of 2015-2017, with its components", () => {
    const p = assessProgress(averageBaselinePlan({ "2018": 30 }), "geweld");
    expect(p.baseline).toMatchObject({
      value: 136 / 3,
      period: "2017",
      average: AVERAGE_2015_2017,
    });
  });

  it("a relative target applies to the exact mean and rounds to whole counts: 136/3 x 0,8 = 36,27 -> 36", () => {
    const p = assessProgress(averageBaselinePlan({ "2018": 30 }), "geweld");
    expect(p.target?.resolvedExact).toBeCloseTo(108.8 / 3, 12);
    expect(p.target?.resolved).toBe(36);
    expect(p.target?.value).toBe(36);
  });

  it("tests 30 in 2018 against 136 in three years: R poisson.test(c(30, 136), c(1, 3))", () => {
    const p = assessProgress(averageBaselinePlan({ "2018": 30 }), "geweld");
    expect(p.significance?.test).toBe("poisson-exact");
    if (p.significance?.test !== "poisson-exact") return;
    expect(p.significance.comparison).toMatchObject({
      count1: 30,
      count2: 136,
      exposure1: 1,
      exposure2: 3,
    });
    // R: p = 0.03921968132, rate ratio 0.6617647059, 95% CI 0.4300597074-0.9884617454.
    expect(p.significance.pValue.toPrecision(6)).toBe("0.0392197");
    expect(p.significance.comparison.rateRatio?.toPrecision(6)).toBe("0.661765");
    expect(p.significance.comparison.confidenceInterval?.lower.toPrecision(6)).toBe("0.430060");
    expect(p.significance.comparison.confidenceInterval?.upper?.toPrecision(6)).toBe("0.988462");
    expect(p.significance.distinguishableFromChance).toBe(true);
  });

  it("58 against the same average is not distinguishable: R p = 0.1157370096, ratio 1.279411765", () => {
    const p = assessProgress(averageBaselinePlan({ "2018": 58 }), "geweld");
    if (p.significance?.test !== "poisson-exact") throw new Error("no exact test");
    expect(p.significance.pValue.toPrecision(6)).toBe("0.115737");
    expect(p.significance.comparison.rateRatio?.toPrecision(6)).toBe("1.27941");
    // R: 95% CI 0.9241275225-1.7521070652.
    expect(p.significance.comparison.confidenceInterval?.lower.toPrecision(6)).toBe("0.924128");
    expect(p.significance.comparison.confidenceInterval?.upper?.toPrecision(6)).toBe("1.75211");
    expect(p.verdict?.versusBaseline?.side).toBe("indistinguishable");
  });

  it("the change is against the mean: 45 1/3 -> 30 is -33,8%, printed -34%", () => {
    const p = assessProgress(averageBaselinePlan({ "2018": 30 }), "geweld");
    expect(p.change).toMatchObject({ from: 136 / 3, to: 30, percent: -34 });
    expect(p.change?.exact).toBeCloseTo(-33.8235, 3);
  });

  it("the straight path starts at the mean in the last averaged year: 45 1/3 + (36 - 45 1/3) x 1/4", () => {
    const p = assessProgress(averageBaselinePlan({ "2018": 30 }), "geweld");
    expect(p.comparison).toMatchObject({
      method: "same-period",
      from: { period: "2017", value: 136 / 3, derivation: "baseline" },
      baseline: 136 / 3,
      target: 36,
      current: 30,
    });
    expect(p.measures?.elapsedYears).toBe(1);
    expect(p.measures?.totalYears).toBe(4);
    expect(p.verdict?.benchmarkKind).toBe("path");
    expect(p.verdict?.versusBenchmark?.benchmark).toBeCloseTo(136 / 3 - (136 / 3 - 36) / 4, 12);
    expect(p.status).toBe("ahead");
  });

  it("gives no regression-to-the-mean warning: the average is its remedy", () => {
    // 44 in 2017 is the lowest of 2013-2017: as a single baseline it is warned about.
    const withBaseline = (baseline: NonNullable<PlanInput["indicators"]>[number]["baseline"]) =>
      makePlan({
        indicators: [averageBaselineIndicator({ baseline })],
        observations: [
          {
            origin: "import",
            periods: [2013, 2014, 2015, 2016, 2017, 2018],
            values: { geweld: [60, 61, 50, 52, 44, 30] },
          },
        ],
      });
    const single = assessProgress(withBaseline({ value: 44, period: 2017 }), "geweld");
    expect(single.warnings.map((w) => w.code)).toContain("baseline-extreme");
    const average = assessProgress(withBaseline({ average: { from: 2015, to: 2017 } }), "geweld");
    expect(average.warnings.map((w) => w.code)).not.toContain("baseline-extreme");
    expect(average.baseline?.value).toBeCloseTo(146 / 3, 12);
  });

  it("a part of a year is compared with the mean of the same months of the averaged years", () => {
    const plan = averageBaselinePlan(
      { "2018-H1": 15 },
      {
        observations: [
          {
            origin: "import",
            periods: ["2015", "2016", "2017", "2015-H1", "2016-H1", "2017-H1", "2018-H1"],
            values: { geweld: [40, 52, 44, 20, 25, 21, 15] },
          },
        ],
      },
    );
    const p = assessProgress(plan, "geweld");
    expect(p.comparison?.method).toBe("same-months");
    if (p.comparison?.method !== "same-months") return;
    expect(p.comparison.from).toMatchObject({
      period: "2017-H1",
      value: 22,
      average: { from: "2015-H1", to: "2017-H1", sum: 66, count: 3 },
    });
    // The target scaled by the same factor: 36 x 66 / 136.
    expect(p.comparison.scale).toBeCloseTo(66 / 136, 12);
    expect(p.comparison.target).toBeCloseTo((36 * 66) / 136, 12);
    if (p.significance?.test !== "poisson-exact") throw new Error("no exact test");
    // R: poisson.test(c(15, 66), c(1, 3)): p = 0.2003836730, ratio 0.6818181818, CI 0.3614074196-1.2074325371.
    expect(p.significance.comparison).toMatchObject({ count1: 15, count2: 66, exposure2: 3 });
    expect(p.significance.pValue.toPrecision(6)).toBe("0.200384");
    expect(p.significance.comparison.confidenceInterval?.lower.toPrecision(6)).toBe("0.361407");
    expect(p.significance.comparison.confidenceInterval?.upper?.toPrecision(6)).toBe("1.20743");
  });

  it("a part of a year the averaged years lack is projected to a full year; the test keeps exposure k", () => {
    // Only 2016 has January-October (43 of 52): 25 in January-October 2018 is
    // projected with share 43/52 and tested as poisson.test(c(25, 136), c(43/52, 3)).
    const plan = averageBaselinePlan(
      {},
      {
        observations: [
          {
            origin: "import",
            periods: ["2015", "2016", "2017", "2016-01..2016-10", "2018-01..2018-10"],
            values: { geweld: [40, 52, 44, 43, 25] },
          },
        ],
      },
    );
    const p = assessProgress(plan, "geweld");
    expect(p.comparison?.method).toBe("projection");
    if (p.comparison?.method !== "projection") return;
    expect(p.comparison.from).toMatchObject({ period: "2017", value: 136 / 3 });
    expect(p.comparison.from.average).toMatchObject({ sum: 136, count: 3 });
    expect(p.comparison.baseline).toBe(136 / 3);
    expect(p.comparison.projection.share).toBeCloseTo(43 / 52, 12);
    expect(p.warnings.map((w) => w.code)).toContain("projection-single-year");
    if (p.significance?.test !== "poisson-exact") throw new Error("no exact test");
    expect(p.significance.comparison).toMatchObject({ count1: 25, count2: 136, exposure2: 3 });
    expect(p.significance.comparison.exposure1).toBeCloseTo(43 / 52, 12);
    // R: p = 0.06829387851, rate ratio 0.66689466484, CI 0.41694389808-1.02702836205.
    expect(p.significance.pValue.toPrecision(6)).toBe("0.0682939");
    expect(p.significance.comparison.rateRatio?.toPrecision(6)).toBe("0.666895");
    expect(p.significance.comparison.confidenceInterval?.upper?.toPrecision(6)).toBe("1.02703");
  });

  it("a grade's average has no margin of its own: its change gets no test", () => {
    const plan = makePlan({
      indicators: [
        {
          id: "cijfer",
          label: "Rapportcijfer",
          unit: "grade",
          direction: "higher-is-better",
          baseline: { average: { from: 2015, to: 2017 } },
          targets: [{ kind: "absolute", value: 7.6, period: 2021 }],
        },
      ],
      observations: [
        {
          origin: "other",
          series: "cijfer",
          period: 2015,
          value: 7.1,
          interval: { lower: 7, upper: 7.2 },
        },
        {
          origin: "other",
          series: "cijfer",
          period: 2016,
          value: 7.3,
          interval: { lower: 7.2, upper: 7.4 },
        },
        {
          origin: "other",
          series: "cijfer",
          period: 2017,
          value: 7.2,
          interval: { lower: 7.1, upper: 7.3 },
        },
        {
          origin: "other",
          series: "cijfer",
          period: 2019,
          value: 7.5,
          interval: { lower: 7.4, upper: 7.6 },
        },
      ],
    });
    const p = assessProgress(plan, "cijfer");
    expect(p.baseline?.value).toBeCloseTo(7.2, 12);
    expect(p.change).toMatchObject({ unit: "points", difference: 0.3 });
    expect(p.significance).toEqual({ test: "none", reason: "no-intervals" });
  });

  describe("edge cases", () => {
    it("an average of first halves cannot be compared with a January-October figure", () => {
      const plan = averageBaselinePlan(
        {},
        {
          indicators: [
            averageBaselineIndicator({ baseline: { average: { from: "2015-H1", to: "2017-H1" } } }),
          ],
          observations: [
            {
              origin: "import",
              periods: ["2015-H1", "2016-H1", "2017-H1", "2018-01..2018-10"],
              values: { geweld: [20, 25, 21, 30] },
            },
          ],
        },
      );
      const p = assessProgress(plan, "geweld");
      expect(p.baseline?.average).toMatchObject({ from: "2015-H1", to: "2017-H1", sum: 66 });
      expect(p.comparison).toBeNull();
      expect(p.notAssessable).toBe("incomparable-periods");
    });

    it("a year of the range without a figure leaves the indicator without a baseline", () => {
      const plan = makePlan({
        indicators: [
          averageBaselineIndicator({ targets: [{ kind: "absolute", value: 30, period: 2021 }] }),
        ],
        observations: [
          { origin: "import", periods: ["2015", "2017", "2018"], values: { geweld: [40, 44, 30] } },
        ],
      });
      const p = assessProgress(plan, "geweld");
      expect(p.baseline).toBeNull();
      expect(p.notAssessable).toBe("no-baseline");
    });

    it("a figure of the last averaged year is no later measurement", () => {
      const p = assessProgress(averageBaselinePlan({}), "geweld");
      expect(p.latest?.period).toBe("2017");
      expect(p.notAssessable).toBe("no-later-measurement");
      expect(p.comparison).toBeNull();
    });
  });
});

describe("lintPlan with an average baseline", () => {
  it("checks a relative target's printed value against the mean: 36 (-20%) agrees, 40 (-20%) does not", () => {
    const withValue = (value: number) =>
      averageBaselinePlan(
        { "2018": 30 },
        {
          indicators: [
            averageBaselineIndicator({
              source: "bvh",
              targets: [{ kind: "relative", value, change: -20, period: 2021 }],
            }),
          ],
          sources: [{ id: "bvh", name: "BVH/politie", kind: "police-registration" }],
        },
      );
    const rules = (value: number) => lintPlan(withValue(value)).map((f) => f.code);
    expect(rules(36)).not.toContain("relative-target-mismatch");
    expect(rules(40)).toContain("relative-target-mismatch");
    // The average is computed from the figures, so it never differs from them.
    expect(rules(36)).not.toContain("baseline-figure-mismatch");
  });

  it("a target year not after the last averaged year is located at average.to", () => {
    const plan = averageBaselinePlan(
      {},
      {
        indicators: [
          averageBaselineIndicator({ targets: [{ kind: "absolute", value: 30, period: 2017 }] }),
        ],
      },
    );
    const finding = lintPlan(plan).find((f) => f.messageId === "target-not-after-baseline");
    expect(finding?.locations).toContainEqual(["indicators", 0, "baseline", "average", "to"]);
  });
});
