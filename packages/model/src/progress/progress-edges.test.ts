import { observationIndex } from "@ivp/testkit/observations";
import { makePlan, seriesById } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { assessProgress } from "./assess-progress.ts";
import { rateBasis, ratePerOf } from "./compare-with-baseline.ts";
import { measureProgress } from "./measure-progress.ts";

const lower = {
  direction: "lower-is-better" as const,
  baseline: 79,
  target: 60,
  current: 70,
  elapsedYears: 1,
  totalYears: 4,
};

describe("measureProgress: its checks and bounds", () => {
  it("says what is wrong: a value that is no number, or no time after the baseline", () => {
    expect(() => measureProgress({ ...lower, current: Number.NaN })).toThrow(
      expect.objectContaining({
        code: "invalid-number",
        message: "baseline, target and current value must be numbers",
      }),
    );
    expect(() => measureProgress({ ...lower, elapsedYears: 0 })).toThrow(
      expect.objectContaining({
        code: "invalid-number",
        message: "progress needs time after the baseline: elapsed 0, total 4 years",
      }),
    );
    expect(() => measureProgress({ ...lower, totalYears: 0 })).toThrow(
      "progress needs time after the baseline: elapsed 1, total 0 years",
    );
  });

  it("a maximum is reached at or below it, a minimum at or above it, whatever the direction says", () => {
    expect(measureProgress({ ...lower, bound: "at-most", target: 70 }).targetAchieved).toBe(true);
    expect(measureProgress({ ...lower, bound: "at-most", target: 69 }).targetAchieved).toBe(false);
    expect(
      measureProgress({ ...lower, direction: "higher-is-better", bound: "at-most", target: 71 })
        .targetAchieved,
    ).toBe(true);
    expect(measureProgress({ ...lower, bound: "at-least", target: 70 }).targetAchieved).toBe(true);
    expect(measureProgress({ ...lower, bound: "at-least", target: 60 }).targetAchieved).toBe(true);
    expect(measureProgress({ ...lower, bound: "at-least", target: 71 }).targetAchieved).toBe(false);
    // Without a bound the direction decides: lower is better, 70 is not at or below 60.
    expect(measureProgress(lower).targetAchieved).toBe(false);
    expect(measureProgress(lower).bound).toBe("direction");
    expect(measureProgress({ ...lower, bound: "at-least" }).bound).toBe("at-least");
  });

  it("growth rates need a positive baseline and target; a current value of 0 still has one", () => {
    const zero = measureProgress({ ...lower, current: 0 });
    expect(zero.ratio.method).toBe("cagr");
    // (0 / 79)^(1/1) - 1 = -1: the whole baseline gone in a year.
    expect(zero.ratio.observed).toBe(-1);
    expect(measureProgress({ ...lower, current: -1 }).ratio.method).toBe("absolute");
  });
});

const rateSeries = seriesById([
  { id: "r", label: "R", unit: "rate-per-10000", rate: { count: "c", population: "p" } },
]);

describe("ratePerOf and rateBasis", () => {
  it.each([
    ["rate-per-1000", 1000],
    ["rate-per-10000", 10_000],
    ["rate-per-100000", 100_000],
    ["count", null],
    ["percentage", null],
    ["grade", null],
  ] as const)("%s is per %s", (unit, per) => {
    expect(ratePerOf(unit)).toBe(per);
  });

  it("the count and population of the period when they give the rate as written (per 10,000, to its decimals)", () => {
    // Halt: 30 of 4,100 youths is 73.17... per 10,000.
    const context = {
      index: observationIndex([
        ["c", "2019", 30],
        ["p", "2019", 4100],
      ]),
      series: rateSeries,
    };
    expect(rateBasis(context, "rate-per-10000", "r", "GM0417", "2019", 73.2)).toEqual({
      count: 30,
      exposure: 4100,
    });
    expect(rateBasis(context, "rate-per-10000", "r", "GM0417", "2019", 73.17)).toEqual({
      count: 30,
      exposure: 4100,
    });
    expect(rateBasis(context, "rate-per-10000", "r", "GM0417", "2019", 73.1)).toBeUndefined();
  });

  it("nothing without the count, the population, a positive population, the declaration or a rate unit", () => {
    const noCount = { index: observationIndex([["p", "2019", 4100]]), series: rateSeries };
    expect(rateBasis(noCount, "rate-per-10000", "r", "GM0417", "2019", 73.2)).toBeUndefined();
    const noPopulation = { index: observationIndex([["c", "2019", 30]]), series: rateSeries };
    expect(rateBasis(noPopulation, "rate-per-10000", "r", "GM0417", "2019", 0)).toBeUndefined();
    const zero = {
      index: observationIndex([
        ["c", "2019", 0],
        ["p", "2019", 0],
      ]),
      series: rateSeries,
    };
    expect(rateBasis(zero, "rate-per-10000", "r", "GM0417", "2019", 0)).toBeUndefined();
    const full = observationIndex([
      ["c", "2019", 30],
      ["p", "2019", 4100],
    ]);
    expect(
      rateBasis({ index: full }, "rate-per-10000", "r", "GM0417", "2019", 73.2),
    ).toBeUndefined();
    expect(
      rateBasis({ index: full, series: rateSeries }, "count", "r", "GM0417", "2019", 73.2),
    ).toBeUndefined();
    expect(
      rateBasis({ index: full, series: new Map() }, "rate-per-10000", "r", "GM0417", "2019", 73.2),
    ).toBeUndefined();
  });
});

describe("compare: when there is nothing later to compare", () => {
  it("a latest figure of the baseline's own year is no comparison", () => {
    const plan = makePlan({
      indicators: [
        {
          id: "x",
          label: "X",
          unit: "count",
          baseline: { value: 40, period: 2017 },
          targets: [{ kind: "absolute", value: 30, period: 2021 }],
        },
      ],
      observations: [{ origin: "other", periods: [2016, 2017], values: { x: [44, 40] } }],
    });
    const p = assessProgress(plan, "x");
    expect(p.latest?.period).toBe("2017");
    expect(p.comparison).toBeNull();
    expect(p.significance).toBeNull();
    expect(p.notAssessable).toBe("no-later-measurement");
  });

  it("a baseline for half a year is not compared with other months, even when the same months exist", () => {
    const plan = makePlan({
      indicators: [
        {
          id: "x",
          label: "X",
          unit: "count",
          baseline: { value: 20, period: "2017-H1" },
          targets: [{ kind: "absolute", value: 15, period: "2021-H1" }],
        },
      ],
      observations: [
        {
          origin: "other",
          periods: ["2017-01..2017-10", "2019-01..2019-10"],
          values: { x: [33, 30] },
        },
      ],
    });
    expect(assessProgress(plan, "x").comparison).toBeNull();
  });

  it("a projection's earlier years are taken oldest first, whatever order they were recorded in", () => {
    const plan = makePlan({
      indicators: [
        {
          id: "x",
          label: "X",
          unit: "count",
          baseline: { value: 44, period: 2017 },
          targets: [{ kind: "absolute", value: 35, period: 2021 }],
        },
      ],
      observations: [
        { origin: "other", periods: [2016, "2016-H1"], values: { x: [47, 25] } },
        {
          origin: "other",
          periods: [2015, "2015-H1", 2017, "2019-H1"],
          values: { x: [41, 20, 44, 18] },
        },
      ],
    });
    const p = assessProgress(plan, "x");
    if (p.comparison?.method !== "projection") throw new Error("expected a projection");
    expect(p.comparison.projection.shares.map((s) => s.year)).toEqual([2015, 2016]);
  });
});
