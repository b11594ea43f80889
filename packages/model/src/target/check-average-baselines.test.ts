import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { collectObservations } from "../observation/collect-observations.ts";
import type { PlanInput } from "../schema/types.ts";
import { checkAverageBaselines } from "./check-average-baselines.ts";

type Baseline = NonNullable<NonNullable<PlanInput["indicators"]>[number]["baseline"]>;

/** A plan with geweld (series "geweld-totaal") and its yearly figures; `row` adds a table row. */
function plan(
  baseline: Baseline | undefined,
  figures: Record<string, number>,
  row?: { indicator: string; baseline: Baseline },
) {
  return makePlan({
    series: [{ id: "geweld-totaal", label: "Geweld" }],
    indicators: [
      {
        id: "geweld",
        label: "Geweld",
        unit: "count",
        series: "geweld-totaal",
        ...(baseline && { baseline }),
      },
    ],
    ...(row && { indicatorTables: [{ id: "doelen", title: "Doelen", rows: [row] }] }),
    observations: [
      {
        origin: "import",
        periods: Object.keys(figures),
        values: { "geweld-totaal": Object.values(figures) },
      },
    ],
  });
}

const check = (p: ReturnType<typeof plan>) => checkAverageBaselines(p, collectObservations(p));

describe("checkAverageBaselines", () => {
  it("is silent when every averaged year has a figure", () => {
    expect(
      check(plan({ average: { from: 2015, to: 2017 } }, { 2015: 40, 2016: 52, 2017: 44 })),
    ).toEqual([]);
  });

  it("names the year without a figure of the indicator's series, at the average field", () => {
    expect(check(plan({ average: { from: 2015, to: 2017 } }, { 2015: 40, 2017: 44 }))).toEqual([
      {
        code: "average-missing-figure",
        severity: "error",
        path: ["indicators", 0, "baseline", "average"],
        message:
          "the average from 2015 to 2017 needs a figure for every period, but there is none for 2016",
        expected: 'a figure of series "geweld-totaal" for GM0417 in every period of the average',
        hint: "add the figure for 2016 to a data file or to the plan's observations, or let the average start or end where there are figures",
        params: { series: "geweld-totaal", area: "GM0417", missing: "2016" },
      },
    ]);
  });

  it("checks an indicator-table row's average too, and says figures for more than one", () => {
    const issues = check(
      plan(
        { value: 44, period: 2017 },
        { 2017: 44 },
        { indicator: "geweld", baseline: { average: { from: 2014, to: 2017 } } },
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      ["indicatorTables", 0, "rows", 0, "baseline", "average"],
    ]);
    expect(issues[0]?.hint).toMatch(/^add the figures for 2014, 2015, 2016 to a data file/);
  });

  describe("edge cases", () => {
    it("a derived figure counts: a first half from the year minus the second", () => {
      const p = plan(
        { average: { from: "2016-H1", to: "2017-H1" } },
        { "2016": 52, "2016-H2": 30, "2017-H1": 21 },
      );
      expect(checkAverageBaselines(p, collectObservations(p))).toEqual([]);
    });

    it("a figure for another area does not count", () => {
      const p = plan({ average: { from: 2016, to: 2017 } }, { 2016: 52, 2017: 44 });
      const elsewhere = collectObservations(p).map((o) => ({ ...o, area: "GM0376" }));
      expect(checkAverageBaselines(p, elsewhere).map((i) => i.params?.missing)).toEqual([
        "2016, 2017",
      ]);
    });

    it("a single baseline and a row of an unknown indicator are left to other checks", () => {
      const p = plan(
        { value: 44, period: 2017 },
        { 2016: 52 },
        { indicator: "geweld", baseline: { value: 44, period: 2017 } },
      );
      expect(check(p)).toEqual([]);
      const unknown = {
        ...p,
        indicatorTables: [
          {
            id: "doelen",
            title: "Doelen",
            rows: [
              {
                indicator: "onbekend",
                baseline: { average: { from: "2015", to: "2017" } },
              },
            ],
          },
        ],
      };
      expect(checkAverageBaselines(unknown, [])).toEqual([]);
    });

    it("the indicator's own series when it names none", () => {
      const p = makePlan({
        indicators: [
          {
            id: "geweld",
            label: "Geweld",
            unit: "count",
            baseline: { average: { from: 2016, to: 2017 } },
          },
        ],
        observations: [{ origin: "import", periods: [2016, 2017], values: { geweld: [1, 2] } }],
      });
      expect(checkAverageBaselines(p, collectObservations(p))).toEqual([]);
    });
  });
});
