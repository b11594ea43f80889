import { loadLarenPlan } from "@ivp/testkit/laren";
import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { collectObservations } from "../observation/collect-observations.ts";
import { ObservationIndex } from "../observation/observation-index.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import type { Plan, PlanInput, Unit } from "../schema/types.ts";
import { assessProgress } from "./assess-progress.ts";
import { find } from "./compare-with-baseline.ts";
import { previousPeriodChange } from "./previous-period-change.ts";
import { seriesDispersion } from "./series-dispersion.ts";

// Every expected figure below is recomputable by hand: the change by the
// document's rule ((new - old) / old x 100, half away from zero), the
// p-values from R 4.x:
//   poisson.test(c(347, 363))$p.value  # 0.5735065905
//   poisson.test(c(14, 20))$p.value    # 0.3915283051
//   poisson.test(c(5, 8))$p.value      # 0.5810546875
//   poisson.test(c(5, 0))$p.value      # 0.0625
//   poisson.test(c(46, 70))$p.value    # 0.03227202
//   se <- 0.2 / qnorm(0.975); 2 * pnorm(-0.3 / sqrt(2 * se^2))    # 0.03763061215
//   se <- 0.4 / qnorm(0.975); 2 * pnorm(-0.2 / sqrt(2 * se^2))    # 0.48833973

function plan(unit: Unit, observations: PlanInput["observations"]): Plan {
  return makePlan({
    indicators: [{ id: "x", label: "X", unit, direction: "lower-is-better" }],
    observations,
  });
}

function changeOf(p: Plan) {
  const index = new ObservationIndex(collectObservations(p));
  const context = { index, series: new Map(p.series.map((s) => [s.id, s])) };
  const periods = index
    .series("x", "GM0417")
    .map((o) => o.period)
    .sort();
  const latest = find(context, "x", "GM0417", periods.at(-1) as string);
  if (!latest) throw new Error("no latest figure");
  const unit = p.indicators[0]?.unit as Unit;
  return previousPeriodChange(context, { unit, series: "x", area: "GM0417", latest });
}

describe("previousPeriodChange", () => {
  it("a count against the year before: 363 -> 347 is -4%, exact Poisson p = 0.574", () => {
    const c = changeOf(
      plan("count", [
        { origin: "other", periods: [2021, 2022, 2023], values: { x: [380, 363, 347] } },
      ]),
    );
    expect(c?.from).toEqual({ period: "2022", value: 363, derivation: "observed" });
    expect(c?.to.period).toBe("2023");
    expect(c?.change).toMatchObject({ unit: "percent", percent: -4, difference: null });
    expect(c?.change.exact).toBeCloseTo((-16 / 363) * 100, 10);
    expect(c?.significance).toMatchObject({
      test: "poisson-exact",
      distinguishableFromChance: false,
    });
    if (c?.significance.test !== "poisson-exact") throw new Error("expected a Poisson test");
    expect(c.significance.pValue).toBeCloseTo(0.5735065905, 8);
  });

  it("skips a year without a figure: 2023 against 2021 when 2022 is missing", () => {
    const c = changeOf(
      plan("count", [
        { origin: "other", periods: [2021, 2022, 2023], values: { x: [20, null, 14] } },
      ]),
    );
    expect(c?.from.period).toBe("2021");
    expect(c?.change.percent).toBe(-30);
    if (c?.significance.test !== "poisson-exact") throw new Error("expected a Poisson test");
    expect(c.significance.pValue).toBeCloseTo(0.3915283051, 8);
  });

  it("compares the same months: January-June against January-June, 8 -> 5 is -38% (not -37%)", () => {
    const c = changeOf(
      plan("count", [
        { origin: "other", periods: ["2022-H1", 2022, "2023-H1"], values: { x: [8, 17, 5] } },
      ]),
    );
    expect(c?.from).toMatchObject({ period: "2022-H1", value: 8 });
    expect(c?.to).toMatchObject({ period: "2023-H1", value: 5 });
    expect(c?.change.percent).toBe(-38);
    if (c?.significance.test !== "poisson-exact") throw new Error("expected a Poisson test");
    expect(c.significance.pValue).toBeCloseTo(0.5810546875, 8);
  });

  it("a zero base has no percent change (the document's empty cell), but a test", () => {
    const c = changeOf(
      plan("count", [{ origin: "other", periods: [2022, 2023], values: { x: [0, 5] } }]),
    );
    expect(c?.change).toMatchObject({ unit: "percent", percent: null, exact: null });
    if (c?.significance.test !== "poisson-exact") throw new Error("expected a Poisson test");
    expect(c.significance.pValue).toBeCloseTo(0.0625, 10);
  });

  it("a grade changes in points, tested by the survey's intervals: 7,3 -> 7,6 is +0,3 punt, p = 0.038", () => {
    const c = changeOf(
      plan("grade", [
        {
          origin: "other",
          series: "x",
          period: 2021,
          value: 7.3,
          interval: { lower: 7.1, upper: 7.5 },
        },
        {
          origin: "other",
          series: "x",
          period: 2023,
          value: 7.6,
          interval: { lower: 7.4, upper: 7.8 },
        },
      ]),
    );
    expect(c?.from.period).toBe("2021");
    expect(c?.change).toMatchObject({ unit: "points", difference: 0.3, percent: null });
    expect(c?.significance).toMatchObject({
      test: "survey-intervals",
      distinguishableFromChance: true,
    });
    if (c?.significance.test !== "survey-intervals") throw new Error("expected the survey test");
    expect(c.significance.pValue).toBeCloseTo(0.03763061215, 8);
  });

  it("a percentage changes in procentpunten: 1,7% -> 1,5% is -0,2, not -12%", () => {
    const c = changeOf(
      plan("percentage", [
        {
          origin: "other",
          series: "x",
          period: 2021,
          value: 1.7,
          interval: { lower: 1.3, upper: 2.1 },
        },
        {
          origin: "other",
          series: "x",
          period: 2023,
          value: 1.5,
          interval: { lower: 1.1, upper: 1.9 },
        },
      ]),
    );
    expect(c?.change).toMatchObject({ unit: "percentage-points", difference: -0.2, percent: null });
    if (c?.significance.test !== "survey-intervals") throw new Error("expected the survey test");
    expect(c.significance.pValue).toBeCloseTo(0.48833973, 7);
  });

  it("a figure without intervals gets no test, with the reason", () => {
    const c = changeOf(
      plan("grade", [{ origin: "other", periods: [2021, 2023], values: { x: [7.3, 7.6] } }]),
    );
    expect(c?.significance).toEqual({ test: "none", reason: "no-intervals" });
  });

  it("a count that varies more than chance is tested with the series' dispersion (quasi-Poisson), as the change since the baseline is", () => {
    const p = plan("count", [
      {
        origin: "other",
        periods: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023],
        values: { x: [30, 60, 25, 70, 28, 65, 40, 30] },
      },
    ]);
    const c = changeOf(p);
    expect(c?.from).toMatchObject({ period: "2022", value: 40 });
    if (c?.significance.test !== "quasi-poisson") throw new Error("expected quasi-Poisson");
    const index = new ObservationIndex(collectObservations(p));
    const dispersion = seriesDispersion({ index }, "x", "GM0417", parsePeriodOrThrow("2023"));
    expect(dispersion?.used).toBeGreaterThan(1);
    expect(c.significance.comparison.dispersion).toBe(dispersion?.used);
  });

  it("uses the interval recorded with the figure itself, not one recorded with another value for the period", () => {
    // 2023 was recorded twice: 7,4 with a margin, then corrected to 7,6 without one.
    const p = plan("grade", [
      {
        origin: "other",
        series: "x",
        period: 2021,
        value: 7.3,
        interval: { lower: 7.1, upper: 7.5 },
      },
      {
        origin: "other",
        series: "x",
        period: 2023,
        value: 7.4,
        interval: { lower: 7.2, upper: 7.6 },
      },
      { origin: "other", series: "x", period: 2023, value: 7.6 },
    ]);
    const index = new ObservationIndex(collectObservations(p));
    const context = { index };
    const latest = { period: "2023", value: 7.6, derivation: "observed" as const };
    const c = previousPeriodChange(context, { unit: "grade", series: "x", area: "GM0417", latest });
    expect(c?.change).toMatchObject({ difference: 0.3 });
    expect(c?.significance).toEqual({ test: "none", reason: "no-intervals" });
    // With the 7,4 that carries the margin, the test is there.
    const recorded = previousPeriodChange(context, {
      unit: "grade",
      series: "x",
      area: "GM0417",
      latest: { ...latest, value: 7.4 },
    });
    expect(recorded?.significance.test).toBe("survey-intervals");
  });

  it("tests at the level it is given: 363 -> 347 at alpha 0.6 is distinguishable (p = 0.574)", () => {
    const p = plan("count", [
      { origin: "other", periods: [2021, 2022, 2023], values: { x: [380, 363, 347] } },
    ]);
    const index = new ObservationIndex(collectObservations(p));
    const latest = { period: "2023", value: 347, derivation: "observed" as const };
    const c = previousPeriodChange(
      { index },
      {
        unit: "count",
        series: "x",
        area: "GM0417",
        latest,
        alpha: 0.6,
      },
    );
    expect(c?.significance).toMatchObject({ alpha: 0.6, distinguishableFromChance: true });
    const byDefault = previousPeriodChange(
      { index },
      { unit: "count", series: "x", area: "GM0417", latest },
    );
    expect(byDefault?.significance).toMatchObject({
      alpha: 0.05,
      distinguishableFromChance: false,
    });
  });

  it("is null with no earlier figure for the same months", () => {
    expect(
      changeOf(
        plan("count", [{ origin: "other", periods: [2022, "2023-H1"], values: { x: [10, 5] } }]),
      ),
    ).toBeNull();
  });
});

describe("assessProgress gives the change since the previous period next to the one since the baseline", () => {
  it("Laren's burglaries: January-October 2018 against January-October 2017, 70 -> 46", () => {
    const p = assessProgress(loadLarenPlan(), "woninginbraken");
    expect(p.previousChange?.from).toMatchObject({ period: "2017-01..2017-10", value: 70 });
    expect(p.previousChange?.to).toMatchObject({ period: "2018-01..2018-10", value: 46 });
    expect(p.previousChange?.change.percent).toBe(-34);
    if (p.previousChange?.significance.test !== "poisson-exact")
      throw new Error("expected Poisson");
    expect(p.previousChange.significance.pValue).toBeCloseTo(0.03227202, 7);
    // Here the previous period is the baseline's same months: both changes agree.
    expect(p.previousChange.change).toEqual(p.change);
  });

  it("an indicator with a figure in one period only has none", () => {
    const p = assessProgress(
      plan("count", [{ origin: "other", series: "x", period: 2023, value: 4 }]),
      "x",
    );
    expect(p.previousChange).toBeNull();
  });
});
