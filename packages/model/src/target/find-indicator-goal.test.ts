import { loadLarenPlan } from "@ivp/testkit/laren";
import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { findIndicatorGoal } from "./find-indicator-goal.ts";

const laren = loadLarenPlan();
const indicator = (id: string) => {
  const found = laren.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

describe("findIndicatorGoal", () => {
  it("takes the first indicator table that lists the indicator (Laren: 35 in the main goals, 34 later)", () => {
    const goal = findIndicatorGoal(laren, indicator("verwarde-personen"));
    expect(goal.baseline?.value).toEqual({ value: 44, period: "2017" });
    expect(goal.targets.map((t) => t.value.value)).toEqual([35]);
    expect(goal.targets[0]?.source).toEqual({
      kind: "indicator-table",
      table: "hoofddoelstellingen",
      row: 4,
      path: ["indicatorTables", 0, "rows", 4, "target"],
    });
  });

  it("a row without a target gives no target (Laren: geslaagde woninginbraken)", () => {
    const goal = findIndicatorGoal(laren, indicator("woninginbraak-geslaagd"));
    expect((goal.baseline?.value as { value: number } | undefined)?.value).toBe(59);
    expect(goal.targets).toEqual([]);
  });

  it("the indicator's own baseline and targets win over any table", () => {
    const plan = makePlan({
      indicators: [
        {
          id: "woninginbraken",
          label: "Woninginbraken",
          unit: "count",
          baseline: { value: 80, period: 2018 },
          targets: [{ kind: "absolute", value: 50, period: 2022 }],
        },
      ],
      indicatorTables: [
        {
          id: "t",
          title: "T",
          rows: [
            {
              indicator: "woninginbraken",
              baseline: { value: 79, period: 2017 },
              target: { kind: "absolute", value: 60, period: 2021 },
            },
          ],
        },
      ],
    });
    const goal = findIndicatorGoal(plan, plan.indicators[0] as (typeof plan.indicators)[number]);
    expect(goal.baseline).toEqual({
      value: { value: 80, period: "2018" },
      source: { kind: "indicator", path: ["indicators", 0, "baseline"] },
    });
    expect(goal.targets.map((t) => [t.value.value, t.source.path])).toEqual([
      [50, ["indicators", 0, "targets", 0]],
    ]);
  });

  it("an indicator in no table and without its own values has neither", () => {
    const plan = makePlan({ indicators: [{ id: "x", label: "X", unit: "count" }] });
    expect(
      findIndicatorGoal(plan, plan.indicators[0] as (typeof plan.indicators)[number]),
    ).toMatchObject({ baseline: null, targets: [] });
  });

  describe("which row of which table", () => {
    const counted = (id: string) => ({ id, label: id.toUpperCase(), unit: "count" as const });
    const plan = makePlan({
      indicators: [counted("a"), counted("b"), counted("c"), { ...counted("d"), targets: [] }],
      indicatorTables: [
        {
          id: "eerste",
          title: "Eerste",
          rows: [
            { indicator: "a", baseline: { value: 10, period: 2017 } },
            {
              indicator: "b",
              baseline: { value: 20, period: 2017 },
              target: { kind: "absolute", value: 15, period: 2022 },
            },
          ],
        },
        {
          id: "tweede",
          title: "Tweede",
          rows: [
            { indicator: "c", target: { kind: "relative", change: -10, period: 2021 } },
            {
              indicator: "b",
              baseline: { value: 99, period: 2016 },
              target: { kind: "absolute", value: 1, period: 2020 },
            },
            {
              indicator: "d",
              baseline: { value: 5, period: 2017 },
              target: { kind: "absolute", value: 4, period: 2022 },
            },
          ],
        },
      ],
    });
    const goalOf = (id: string) => {
      const found = plan.indicators.find((i) => i.id === id);
      if (!found) throw new Error(`no indicator ${id}`);
      return findIndicatorGoal(plan, found);
    };

    it("finds the indicator in the first row of the first table", () => {
      expect(goalOf("a").baseline).toEqual({
        value: { value: 10, period: "2017" },
        source: {
          kind: "indicator-table",
          table: "eerste",
          row: 0,
          path: ["indicatorTables", 0, "rows", 0, "baseline"],
        },
      });
      expect(goalOf("a").targets).toEqual([]);
    });

    it("takes both values from the first row that lists it, not a later table's", () => {
      const goal = goalOf("b");
      expect((goal.baseline?.value as { value: number } | undefined)?.value).toBe(20);
      expect(goal.baseline?.source).toMatchObject({ table: "eerste", row: 1 });
      expect(goal.targets).toEqual([
        {
          value: { kind: "absolute", value: 15, period: "2022" },
          source: {
            kind: "indicator-table",
            table: "eerste",
            row: 1,
            path: ["indicatorTables", 0, "rows", 1, "target"],
          },
        },
      ]);
    });

    it("looks in a later table when the earlier ones do not list it", () => {
      const goal = goalOf("c");
      expect(goal.baseline).toBeNull();
      expect(goal.targets).toHaveLength(1);
      expect(goal.targets[0]?.value).toMatchObject({ kind: "relative", change: -10 });
      expect(goal.targets[0]?.source).toEqual({
        kind: "indicator-table",
        table: "tweede",
        row: 0,
        path: ["indicatorTables", 1, "rows", 0, "target"],
      });
    });

    it("an empty list of own targets falls back to the table's target", () => {
      const goal = goalOf("d");
      expect(goal.targets.map((t) => [t.value.value, t.source.path])).toEqual([
        [4, ["indicatorTables", 1, "rows", 2, "target"]],
      ]);
      expect(goal.baseline?.source.path).toEqual(["indicatorTables", 1, "rows", 2, "baseline"]);
    });

    it("keeps every own target, in the order written, with its index", () => {
      const own = makePlan({
        indicators: [
          { id: "y", label: "Y", unit: "count" },
          {
            ...counted("x"),
            targets: [
              { kind: "absolute", value: 8, period: 2020 },
              { kind: "absolute", value: 6, period: 2022 },
            ],
          },
        ],
      });
      const x = own.indicators[1] as (typeof own.indicators)[number];
      expect(findIndicatorGoal(own, x).targets.map((t) => [t.value.value, t.source])).toEqual([
        [8, { kind: "indicator", path: ["indicators", 1, "targets", 0] }],
        [6, { kind: "indicator", path: ["indicators", 1, "targets", 1] }],
      ]);
    });
  });
});
