import { describe, expect, it } from "vitest";
import { loadLarenPlan } from "../../test/laren-plan.ts";
import { makePlan } from "../../test/make-plan.ts";
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
    expect(goal.baseline?.value.value).toBe(59);
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
});
