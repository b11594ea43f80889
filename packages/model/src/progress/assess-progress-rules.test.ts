import { indicatorPlan, makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";

import { assessProgress, changeUnitOf } from "./assess-progress.ts";

const baseline = { value: 40, period: 2017 };

describe("assessProgress: the direction a target implies", () => {
  it.each([
    [{ kind: "maximum", value: 30, period: 2021 }, "lower-is-better"],
    [{ kind: "minimum", value: 50, period: 2021 }, "higher-is-better"],
    [{ kind: "relative", change: -25, period: 2021 }, "lower-is-better"],
    [{ kind: "relative", change: 10, period: 2021 }, "higher-is-better"],
    [{ kind: "absolute", value: 30, period: 2021 }, "lower-is-better"],
    [{ kind: "absolute", value: 50, period: 2021 }, "higher-is-better"],
  ] as const)("%o -> %s", (target, direction) => {
    const p = assessProgress(
      indicatorPlan({ baseline, targets: [target] }, [2019], { x: [36] }),
      "x",
    );
    expect(p.direction).toEqual({ value: direction, source: "target" });
  });

  it("a declared direction wins; a target equal to its baseline, a level to keep or no target implies none", () => {
    const declared = assessProgress(
      indicatorPlan(
        {
          baseline,
          direction: "higher-is-better",
          targets: [{ kind: "maximum", value: 30, period: 2021 }],
        },
        [2019],
        { x: [36] },
      ),
      "x",
    );
    expect(declared.direction).toEqual({ value: "higher-is-better", source: "declared" });
    for (const target of [
      { kind: "absolute", value: 40, period: 2021 },
      { kind: "relative", change: 0, period: 2021 },
      { kind: "keep-level", value: 45, period: 2021 },
    ] as const) {
      const p = assessProgress(
        indicatorPlan({ baseline, targets: [target] }, [2019], { x: [36] }),
        "x",
      );
      expect(p.direction).toBeNull();
      expect(p.notAssessable).toBe("no-direction");
    }
    const none = assessProgress(indicatorPlan({ baseline }, [2019], { x: [36] }), "x");
    expect(none.direction).toBeNull();
    expect(none.notAssessable).toBe("no-target");
  });
});

describe("assessProgress: which figure is the latest", () => {
  it("the period that ends last; of two ending together, the longer (the year before its second half)", () => {
    const p = assessProgress(
      indicatorPlan(
        { baseline, direction: "lower-is-better" },
        ["2019-H2", 2019, "2018-H1", "2019-H1"],
        {
          x: [20, 38, 15, 18],
        },
      ),
      "x",
    );
    expect(p.latest).toEqual({ period: "2019", value: 38, derivation: "observed" });
  });

  it("a later year wins over an earlier one recorded after it, and January-October over January-June", () => {
    const years = assessProgress(
      indicatorPlan({ baseline, direction: "lower-is-better" }, [2020, 2018, 2019], {
        x: [30, 33, 35],
      }),
      "x",
    );
    expect(years.latest?.period).toBe("2020");
    const months = assessProgress(
      indicatorPlan({ baseline, direction: "lower-is-better" }, ["2018-01..2018-10", "2018-H1"], {
        x: [31, 17],
      }),
      "x",
    );
    expect(months.latest?.period).toBe("2018-01..2018-10");
  });

  it("as of a moment: only figures whose period has ended by then, given as a code or a period", () => {
    const p = indicatorPlan({ baseline, direction: "lower-is-better" }, [2018, 2019, 2020], {
      x: [38, 36, 30],
    });
    expect(assessProgress(p, "x", { asOf: "2019" }).latest?.period).toBe("2019");
    expect(assessProgress(p, "x", { asOf: parsePeriodOrThrow("2019-H1") }).latest?.period).toBe(
      "2018",
    );
    expect(assessProgress(p, "x").latest?.period).toBe("2020");
  });

  it("a total whose parts are complete has a latest figure from its parts alone", () => {
    const p = indicatorPlan(
      { baseline, direction: "lower-is-better" },
      [2019],
      { a: [10], b: [15] },
      {
        series: [
          { id: "x", label: "X", parts: { series: ["a", "b"], complete: true } },
          { id: "a", label: "A" },
          { id: "b", label: "B" },
        ],
      },
    );
    expect(assessProgress(p, "x").latest).toEqual({
      period: "2019",
      value: 25,
      derivation: "sum-of-parts",
    });
    const incomplete = indicatorPlan(
      { baseline, direction: "lower-is-better" },
      [2019],
      { a: [10], b: [15] },
      {
        series: [
          { id: "x", label: "X", parts: { series: ["a", "b"], complete: false } },
          { id: "a", label: "A" },
          { id: "b", label: "B" },
        ],
      },
    );
    expect(assessProgress(incomplete, "x").latest).toBeNull();
  });
});

describe("assessProgress: targets, stages and warnings", () => {
  it("of several targets, the first due in or after the latest figure's year, whatever their order", () => {
    const targets = [
      { kind: "absolute", value: 20, period: 2022 },
      { kind: "absolute", value: 30, period: 2020 },
    ] as const;
    const p2019 = assessProgress(
      indicatorPlan({ baseline, targets: [...targets] }, [2019], { x: [36] }),
      "x",
    );
    expect(p2019.target?.period).toBe("2020");
    const p2021 = assessProgress(
      indicatorPlan({ baseline, targets: [...targets] }, [2021], { x: [36] }),
      "x",
    );
    expect(p2021.target?.period).toBe("2022");
    const p2023 = assessProgress(
      indicatorPlan({ baseline, targets: [...targets] }, [2023], { x: [36] }),
      "x",
    );
    expect(p2023.target?.period).toBe("2022");
  });

  it("a part of the target year is still on the way: compared with the path, not the target", () => {
    const p = assessProgress(
      indicatorPlan(
        { baseline, targets: [{ kind: "absolute", value: 20, period: 2021 }] },
        ["2017-H1", "2021-H1"],
        { x: [20, 5] },
      ),
      "x",
    );
    expect(p.comparison?.method).toBe("same-months");
    expect(p.verdict?.stage).toBe("before-target-period");
    expect(p.verdict?.benchmarkKind).toBe("path");
    const whole = assessProgress(
      indicatorPlan(
        { baseline, targets: [{ kind: "absolute", value: 20, period: 2021 }] },
        [2021],
        {
          x: [5],
        },
      ),
      "x",
    );
    expect(whole.verdict?.stage).toBe("target-period");
    expect(whole.status).toBe("achieved");
  });

  it("a higher-is-better target below its baseline is inconsistent", () => {
    const p = assessProgress(
      indicatorPlan(
        {
          baseline,
          direction: "higher-is-better",
          targets: [{ kind: "absolute", value: 30, period: 2021 }],
        },
        [2019],
        { x: [36] },
      ),
      "x",
    );
    expect(p.warnings).toContainEqual({
      code: "target-against-direction",
      baseline: 40,
      target: 30,
    });
    expect(p.notAssessable).toBe("inconsistent-target");
  });

  it("warns when the baseline differs from the figure recorded for its period, not when they agree", () => {
    const target = { kind: "absolute", value: 30, period: 2021 } as const;
    const differs = assessProgress(
      indicatorPlan({ baseline, targets: [target] }, [2017, 2019], { x: [41, 36] }),
      "x",
    );
    expect(differs.warnings).toContainEqual({
      code: "baseline-differs-from-observation",
      baseline: 40,
      observed: 41,
      period: "2017",
    });
    const agrees = assessProgress(
      indicatorPlan({ baseline, targets: [target] }, [2017, 2019], { x: [40, 36] }),
      "x",
    );
    expect(agrees.warnings).toEqual([]);
  });

  it("warns, with the figures, when the baseline is the highest of the years before it", () => {
    const p = assessProgress(
      indicatorPlan(
        { baseline, targets: [{ kind: "absolute", value: 30, period: 2021 }] },
        [2014, 2015, 2016, 2019],
        { x: [30, 33, 31, 36] },
      ),
      "x",
    );
    expect(p.warnings).toContainEqual({
      code: "baseline-extreme",
      position: "highest",
      period: "2017",
      value: 40,
      history: [
        { period: "2014", value: 30 },
        { period: "2015", value: 33 },
        { period: "2016", value: 31 },
      ],
      otherMean: (30 + 33 + 31) / 3,
    });
  });

  it("a projection from two earlier years has no single-year warning, and its change is to the projected year", () => {
    const p = assessProgress(
      indicatorPlan(
        {
          baseline: { value: 44, period: 2017 },
          targets: [{ kind: "absolute", value: 35, period: 2021 }],
        },
        ["2015-H1", 2015, "2016-H1", 2016, "2019-H1"],
        { x: [20, 41, 25, 47, 18] },
      ),
      "x",
    );
    expect(p.comparison?.method).toBe("projection");
    expect(p.comparison?.from).toEqual({ period: "2017", value: 44, derivation: "baseline" });
    expect(p.warnings.map((w) => w.code)).not.toContain("projection-single-year");
    // 18 / (45 / 88) = 35.2: the change is 44 -> 35.2, -20 %.
    expect(p.change?.to).toBeCloseTo(35.2, 12);
    expect(p.change?.percent).toBe(-20);
  });

  it("no projection from earlier years whose months or whole year were 0, nor for a figure that is not a count", () => {
    const zeros = assessProgress(
      indicatorPlan(
        {
          baseline: { value: 44, period: 2017 },
          targets: [{ kind: "absolute", value: 35, period: 2021 }],
        },
        ["2015-H1", 2015, "2016-H1", 2016, "2019-H1"],
        { x: [0, 41, 0, 47, 18] },
      ),
      "x",
    );
    expect(zeros.comparison).toBeNull();
    expect(zeros.notAssessable).toBe("incomparable-periods");
    const percentage = assessProgress(
      indicatorPlan(
        {
          unit: "percentage",
          baseline: { value: 44, period: 2017 },
          targets: [{ kind: "absolute", value: 35, period: 2021 }],
        },
        ["2015-H1", 2015, "2016-H1", 2016, "2019-H1"],
        { x: [20, 41, 25, 47, 18] },
      ),
      "x",
    );
    expect(percentage.comparison).toBeNull();
  });

  it("a part of a year against a baseline of 0 is projected, not scaled by 0", () => {
    const p = assessProgress(
      indicatorPlan(
        {
          baseline: { value: 0, period: 2017 },
          direction: "lower-is-better",
          targets: [{ kind: "maximum", value: 5, period: 2021 }],
        },
        ["2015-H1", 2015, "2017-H1", "2019-H1"],
        { x: [2, 4, 0, 1] },
      ),
      "x",
    );
    expect(p.comparison?.method).toBe("projection");
  });

  it("a baseline for half a year is compared with the same half only", () => {
    const p = assessProgress(
      indicatorPlan(
        {
          baseline: { value: 20, period: "2017-H1" },
          targets: [{ kind: "absolute", value: 15, period: "2021-H1" }],
        },
        ["2019-01..2019-10"],
        { x: [30] },
      ),
      "x",
    );
    expect(p.comparison).toBeNull();
  });

  it("the dispersion of a series is estimated for counts only", () => {
    const figures = { x: [30, 12, 25, 40, 36] };
    const periods = [2013, 2014, 2015, 2016, 2019];
    const target = { kind: "absolute", value: 30, period: 2021 } as const;
    const count = assessProgress(
      indicatorPlan({ baseline, targets: [target] }, periods, figures),
      "x",
    );
    expect(count.verdict?.dispersion?.periods).toEqual(["2013", "2014", "2015", "2016"]);
    const percentage = assessProgress(
      indicatorPlan(
        { unit: "percentage", baseline, targets: [target], tolerance: 1 },
        periods,
        figures,
      ),
      "x",
    );
    expect(percentage.verdict?.dispersion).toBeNull();
    expect(percentage.trend).toBeNull();
  });
});

describe("assessProgress: an unknown indicator", () => {
  it("names the indicators the plan has", () => {
    const p = indicatorPlan({ baseline }, [2019], { x: [36] });
    expect(() => assessProgress(p, "y")).toThrow(
      new IvpError("unknown-reference", 'the plan has no indicator "y" (indicators: x)'),
    );
    try {
      assessProgress(makePlan(), "y");
    } catch (error) {
      expect((error as IvpError).code).toBe("unknown-reference");
      expect((error as IvpError).message).toBe('the plan has no indicator "y" (indicators: none)');
    }
    expect.assertions(3);
  });
});

describe("changeUnitOf", () => {
  it.each([
    ["count", "percent"],
    ["rate-per-1000", "percent"],
    ["rate-per-100000", "percent"],
    ["percentage", "percentage-points"],
    ["grade", "points"],
  ] as const)("%s -> %s", (unit, changeUnit) => {
    expect(changeUnitOf(unit)).toBe(changeUnit);
  });
});
