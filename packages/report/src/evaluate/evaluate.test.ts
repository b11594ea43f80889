import { findIndicatorGoal, type Plan, type PlanInput } from "@ivp/model";
import { makePlan as plan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { evaluatePlan } from "../evaluate-plan.ts";
import { kernbeleidCoverage } from "./kernbeleid-coverage.ts";

describe("the targets of an indicator", () => {
  const tables: PlanInput["indicatorTables"] = [
    {
      id: "eerste",
      title: "Eerste",
      rows: [
        {
          indicator: "cijfer",
          baseline: { value: 7.5, period: 2017 },
          target: { kind: "absolute", value: 7.6, period: 2021 },
        },
        {
          indicator: "leefbaarheid",
          baseline: { value: 7.9, period: 2017 },
          target: { kind: "keep-level", value: 7.9, period: 2021 },
        },
      ],
    },
    {
      id: "tweede",
      title: "Tweede",
      rows: [
        {
          indicator: "cijfer",
          baseline: { value: 7.3, period: 2017 },
          target: { kind: "absolute", value: 7.5, period: 2021 },
        },
        {
          indicator: "leefbaarheid",
          baseline: { value: 7.9, period: 2017 },
          target: { kind: "keep-level", period: 2021 },
        },
      ],
    },
  ];
  const indicators: PlanInput["indicators"] = [
    { id: "cijfer", label: "Cijfer", unit: "grade", direction: "higher-is-better" },
    { id: "leefbaarheid", label: "Leefbaarheid", unit: "grade" },
  ];

  it("follows the first indicator table that lists an indicator, and marks the rows that print other values", () => {
    const evaluated = evaluatePlan(plan({ indicators, indicatorTables: tables }));
    const cijfer = evaluated.indicators[0];
    expect(cijfer?.progress.baseline).toMatchObject({
      value: 7.5,
      source: { kind: "indicator-table", table: "eerste", row: 0 },
    });
    expect(cijfer?.targets).toEqual([cijfer?.progress.target]);
    expect(cijfer?.targets[0]).toMatchObject({ kind: "absolute", value: 7.6, period: "2021" });
    const second = evaluated.indicatorTables[1]?.rows.map((r) => r.differsFromEffective);
    // 7,3 -> 7,5 differs; a keep-level target without a value keeps the same 7,9.
    expect(second).toEqual([true, false]);
    expect(evaluated.indicatorTables[0]?.rows.some((r) => r.differsFromEffective)).toBe(false);
  });

  it("marks the same rows when a row shares the goal's very objects (as ivp bulk's rows do) as when it has copies", () => {
    const shared = (p: Plan): Plan => ({
      ...p,
      indicatorTables: p.indicatorTables.map((table) => ({
        ...table,
        rows: table.rows.map((row) => {
          const indicator = p.indicators.find((i) => i.id === row.indicator);
          if (!indicator) return row;
          const goal = findIndicatorGoal(p, indicator);
          const { baseline: _b, target: _t, ...rest } = row;
          const baseline = goal.baseline?.value;
          const target = goal.targets[0]?.value;
          return { ...rest, ...(baseline && { baseline }), ...(target && { target }) };
        }),
      })),
    });
    const marks = (p: Plan) =>
      evaluatePlan(p).indicatorTables.map((t) => t.rows.map((r) => r.differsFromEffective));
    const written = plan({ indicators, indicatorTables: tables });
    for (const p of [written, shared(written)]) expect(marks(p)).toEqual(marks(structuredClone(p)));
    expect(marks(written)).toEqual([
      [false, false],
      [true, false],
    ]);
    expect(marks(shared(written))).toEqual([
      [false, false],
      [false, false],
    ]);
    // A row that shares the target but prints another baseline still differs.
    const first = shared(written).indicatorTables[0] as Plan["indicatorTables"][number];
    const row = first.rows[0] as Plan["indicatorTables"][number]["rows"][number];
    const other = {
      ...written,
      indicatorTables: [
        {
          ...first,
          rows: [{ ...row, baseline: { value: 7.1, period: "2017" } }, ...first.rows.slice(1)],
        },
      ],
    };
    expect(marks(other)).toEqual(marks(structuredClone(other)));
    // The goal's own target with another baseline printed: differs.
    const sharedPlan = shared(written);
    const second = sharedPlan.indicatorTables[1] as Plan["indicatorTables"][number];
    const mixed = {
      ...sharedPlan,
      indicatorTables: [
        sharedPlan.indicatorTables[0] as Plan["indicatorTables"][number],
        {
          ...second,
          rows: second.rows.map((r, i) =>
            i === 0 ? { ...r, baseline: { value: 7.3, period: "2017" } } : r,
          ),
        },
      ],
    };
    expect(marks(mixed)).toEqual([
      [false, false],
      [true, false],
    ]);
    expect(marks(mixed)).toEqual(marks(structuredClone(mixed)));
  });

  it("lists every target, resolved, with the one assessed as progress.target", () => {
    const evaluated = evaluatePlan(
      plan({
        indicators: [
          {
            id: "n",
            label: "N",
            unit: "count",
            direction: "lower-is-better",
            baseline: { value: 79, period: 2017 },
            targets: [
              { kind: "relative", change: -10, period: 2019 },
              { kind: "relative", value: 60, change: -25, period: 2021 },
            ],
          },
        ],
        observations: [{ origin: "other", periods: [2017, 2020], values: { n: [79, 70] } }],
      }),
    );
    const n = evaluated.indicators[0];
    expect(n?.targets.map((t) => [t.period, t.value, t.resolved])).toEqual([
      ["2019", 71, 71],
      ["2021", 60, 59],
    ]);
    // The latest figure is of 2020: the first target due in or after it is 2021's.
    expect(n?.progress.target?.period).toBe("2021");
    expect(n?.progress.target).toEqual(n?.targets[1]);
  });
});

describe("kernbeleidCoverage", () => {
  it("lists every field and theme with what covers it, and the unknown codes", () => {
    const p = plan({
      priorities: [{ id: "a", title: "A", kernbeleid: ["1.3", "3.1"] }],
      themes: [{ id: "b", title: "B", kernbeleid: ["1.3"] }],
    });
    const coverage = kernbeleidCoverage(p);
    expect(coverage.fields).toHaveLength(5);
    expect(coverage.fields.flatMap((f) => f.themes)).toHaveLength(22);
    expect(coverage.fields[0]?.themes[2]).toEqual({
      code: "1.3",
      name: "Objectieve veiligheid/veelvoorkomende en ‘high impact’-criminaliteit",
      coveredBy: ["a", "b"],
    });
    expect(kernbeleidCoverage(p, { lang: "en" }).fields[2]?.themes[0]).toEqual({
      code: "3.1",
      name: "Youth nuisance",
      coveredBy: ["a"],
    });
    expect(coverage.unknownCodes).toEqual([]);
  });

  it("reports a code the taxonomy does not have", () => {
    // The schema accepts any 1-5.1-5 code; 1.5 does not exist in the taxonomy.
    const p = plan({ priorities: [{ id: "a", title: "A", kernbeleid: ["1.5", "1.5"] }] });
    expect(kernbeleidCoverage(p).unknownCodes).toEqual([{ code: "1.5", usedBy: ["a"] }]);
  });
});

describe("evaluatePlan", () => {
  const small = () =>
    plan({
      series: [{ id: "n", label: "N" }],
      indicators: [{ id: "n", label: "N", unit: "count", direction: "lower-is-better" }],
      indicatorTables: [
        {
          id: "doelen",
          title: "Doelen",
          rows: [
            {
              indicator: "n",
              baseline: { value: 10, period: 2017 },
              target: { kind: "absolute", value: 8, period: 2021 },
            },
          ],
        },
      ],
      observations: [
        { origin: "other", periods: [2016, 2017, "2018-H1", 2018], values: { n: [12, 10, 4, 9] } },
        { origin: "text", quote: "In 2017 waren het er 11.", series: "n", period: 2017, value: 11 },
      ],
    });

  it("lists each period's first figure, marks those comparable with the baseline, and assesses the latest", () => {
    const indicator = evaluatePlan(small()).indicators[0];
    expect(indicator?.observations).toEqual([
      { period: "2016", value: 12, origin: "other", comparable: true },
      { period: "2017", value: 10, origin: "other", comparable: true },
      { period: "2018-H1", value: 4, origin: "other", comparable: false },
      { period: "2018", value: 9, origin: "other", comparable: true },
    ]);
    expect(indicator?.progress).toMatchObject({
      latest: { period: "2018", value: 9 },
      comparison: { method: "same-period" },
      // 10 -> 9, the line to 8 at 9.5 after 1 of 4 years: 9 (4.1-17.1) cannot be told apart.
      status: { effective: "indistinguishable", text: "niet te onderscheiden" },
    });
  });

  it("sees only the figures known by the as-of period, in its tables and in its assessment", () => {
    const indicator = evaluatePlan(small(), { asOf: "2018-H1" }).indicators[0];
    expect(indicator?.observations.map((o) => o.period)).toEqual(["2016", "2017", "2018-H1"]);
    // January-June 2018 cannot be compared: 2017 has no January-June and 4 is not a count with a history.
    expect(indicator?.progress).toMatchObject({
      latest: { period: "2018-H1", value: 4 },
      comparison: null,
      status: { notAssessable: "incomparable-periods" },
    });
  });

  it("returns plain data: what goes into JSON comes back equal", () => {
    const evaluated = evaluatePlan(small(), { lang: "en", asOf: "2018" });
    expect(JSON.parse(JSON.stringify(evaluated))).toEqual(evaluated);
    expect(evaluated).toMatchObject({ lang: "en", asOf: "2018", format: "ivp-evaluated-plan" });
  });
});
