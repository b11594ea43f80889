import { type Plan, type PlanInput, parsePeriodOrThrow, planSchema } from "@ivp/model";
import { describe, expect, it } from "vitest";
import { evaluatePlan } from "../evaluate-plan.ts";
import { endsOnOrBefore } from "./as-of.ts";
import { effectiveTargets } from "./effective-targets.ts";
import { kernbeleidCoverage } from "./kernbeleid-coverage.ts";

/** A small valid plan; `extra` replaces top-level fields. */
function plan(extra: Partial<PlanInput> = {}): Plan {
  return planSchema.parse({
    schemaVersion: 1,
    id: "t",
    title: "T",
    municipality: { name: "Laren", code: "GM0417" },
    period: { start: 2019, end: 2022 },
    mission: "Veilig.",
    ...extra,
  });
}

describe("endsOnOrBefore", () => {
  it.each([
    ["2017", "2018-H1", true],
    ["2018-H1", "2018-H1", true],
    ["2018-01..2018-05", "2018-H1", true],
    ["2018-Q3", "2018-H1", false],
    ["2018", "2018-H1", false],
    ["2018-01..2018-10", "2018-H1", false],
    ["2018-01..2018-10", "2018-10", true],
    ["2019-01", "2018", false],
  ])("%s ends on or before %s: %s", (period, asOf, expected) => {
    expect(endsOnOrBefore(parsePeriodOrThrow(period), parsePeriodOrThrow(asOf))).toBe(expected);
  });
});

describe("effectiveTargets", () => {
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

  it("takes the first indicator table that lists an indicator", () => {
    const p = plan({ indicators, indicatorTables: tables });
    expect(effectiveTargets(p, p.indicators[0] as Plan["indicators"][number])).toEqual({
      baseline: { value: 7.5, period: "2017", from: "eerste" },
      targets: [
        {
          kind: "absolute",
          value: 7.6,
          change: null,
          period: "2021",
          asPrinted: null,
          from: "eerste",
        },
      ],
    });
  });

  it("prefers the indicator's own baseline and targets", () => {
    const own = indicators.map((i) =>
      i.id === "cijfer"
        ? {
            ...i,
            baseline: { value: 7, period: 2016 },
            targets: [{ kind: "minimum" as const, value: 7, period: 2022 }],
          }
        : i,
    );
    const p = plan({ indicators: own, indicatorTables: tables });
    const result = effectiveTargets(p, p.indicators[0] as Plan["indicators"][number]);
    expect(result.baseline).toEqual({ value: 7, period: "2016", from: "indicator" });
    expect(result.targets[0]).toMatchObject({ kind: "minimum", value: 7, from: "indicator" });
  });

  describe("edge cases", () => {
    it("draws a keep-level target without a value at the baseline", () => {
      const p = plan({ indicators, indicatorTables: tables });
      expect(
        effectiveTargets(p, p.indicators[1] as Plan["indicators"][number]).targets[0],
      ).toMatchObject({
        kind: "keep-level",
        value: 7.9,
      });
    });

    it("leaves a relative target without a stated value unresolved", () => {
      const p = plan({
        indicators: [{ id: "n", label: "N", unit: "count" }],
        indicatorTables: [
          {
            id: "t",
            title: "T",
            rows: [
              {
                indicator: "n",
                baseline: { value: 79, period: 2017 },
                target: { kind: "relative", change: -25, period: 2021 },
              },
            ],
          },
        ],
      });
      expect(
        effectiveTargets(p, p.indicators[0] as Plan["indicators"][number]).targets[0],
      ).toMatchObject({
        value: null,
        change: -25,
      });
    });

    it("has no baseline and no target for an indicator no table lists", () => {
      const p = plan({ indicators: [{ id: "n", label: "N", unit: "count" }] });
      expect(effectiveTargets(p, p.indicators[0] as Plan["indicators"][number])).toEqual({
        baseline: null,
        targets: [],
      });
    });
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

  it("finds the latest figure comparable with the baseline, the first of two figures for one period", () => {
    const indicator = evaluatePlan(small()).indicators[0];
    expect(indicator?.observations).toEqual([
      { period: "2016", value: 12, origin: "other", comparable: true },
      { period: "2017", value: 10, origin: "other", comparable: true },
      { period: "2018-H1", value: 4, origin: "other", comparable: false },
      { period: "2018", value: 9, origin: "other", comparable: true },
    ]);
    expect(indicator?.latest).toMatchObject({ period: "2018", value: 9 });
    expect(indicator?.progress).toBeNull();
  });

  it("sees only the figures up to the as-of period", () => {
    const indicator = evaluatePlan(small(), { asOf: "2018-H1" }).indicators[0];
    expect(indicator?.observations.map((o) => o.period)).toEqual(["2016", "2017", "2018-H1"]);
    expect(indicator?.latest).toMatchObject({ period: "2017", value: 10 });
  });

  it("returns plain data: what goes into JSON comes back equal", () => {
    const evaluated = evaluatePlan(small(), { lang: "en", asOf: "2018" });
    expect(JSON.parse(JSON.stringify(evaluated))).toEqual(evaluated);
    expect(evaluated).toMatchObject({ lang: "en", asOf: "2018", format: "ivp-evaluated-plan" });
  });
});
