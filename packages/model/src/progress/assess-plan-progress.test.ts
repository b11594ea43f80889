import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { collectObservations } from "../observation/collect-observations.ts";
import { ObservationIndex } from "../observation/observation-index.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import type { PlanInput } from "../schema/types.ts";
import { adjustPValues } from "../statistics/multiple-comparisons.ts";
import { reviseVerdict } from "../verdict/assess-verdict.ts";
import { assessPlanProgress } from "./assess-plan-progress.ts";

/** Count indicators, lower is better, baseline 2017 and target 2021, figures for 2019. */
function plan(rows: readonly [string, number, number, number][], extra: Partial<PlanInput> = {}) {
  return makePlan({
    indicators: rows.map(([id, baseline, target]) => ({
      id,
      label: id,
      unit: "count" as const,
      direction: "lower-is-better" as const,
      baseline: { value: baseline, period: 2017 },
      targets: [{ kind: "absolute" as const, value: target, period: 2021 }],
    })),
    observations: [
      {
        origin: "other",
        periods: [2019],
        values: Object.fromEntries(rows.map(([id, , , latest]) => [id, [latest]])),
      },
    ],
    ...extra,
  });
}

// a: 100 -> 75 against the path point 90; b, c and d: no change.
const rows: [string, number, number, number][] = [
  ["a", 100, 80, 75],
  ["b", 50, 40, 50],
  ["c", 60, 50, 60],
  ["d", 40, 30, 40],
];

describe("assessPlanProgress: the correction across a plan's verdicts", () => {
  it("adjusts every verdict test with a p-value together, in the plan's order", () => {
    const raw = assessPlanProgress(plan(rows), { correction: "none" });
    const pValues = raw.indicators.flatMap((i) => [
      i.verdict?.versusBenchmark?.test.pValue ?? null,
      i.verdict?.versusBaseline?.pValue ?? null,
    ]);
    expect(pValues.every((p) => p !== null)).toBe(true);
    expect(raw.correction).toMatchObject({ method: "none", source: "option", tests: 8 });
    const bh = assessPlanProgress(plan(rows));
    const expected = adjustPValues(pValues as number[], "benjamini-hochberg");
    expect(
      bh.indicators.flatMap((i) => [
        i.verdict?.versusBenchmark?.test.adjustedPValue,
        i.verdict?.versusBaseline?.adjustedPValue,
      ]),
    ).toEqual(expected);
    // The raw p-values are kept beside the adjusted ones.
    expect(bh.indicators.flatMap((i) => [i.verdict?.versusBenchmark?.test.pValue])).toEqual(
      raw.indicators.flatMap((i) => [i.verdict?.versusBenchmark?.test.pValue]),
    );
  });

  it("a mark that one test earns alone is lost when many are tested: the status follows the adjusted test", () => {
    // 100 -> 70 against the path point 90: R 2 * ppois(70, 90) = 0.03408722 and
    // poisson.test(c(70, 100))$p.value = 0.02584439: ahead, alone.
    const strong = plan([["a", 100, 80, 70], ...rows.slice(1)]);
    const none = assessPlanProgress(strong, { correction: "none" }).indicators[0];
    expect(none?.verdict?.versusBenchmark?.test.pValue?.toPrecision(6)).toBe("0.0340872");
    expect(none?.verdict?.versusBaseline?.pValue?.toPrecision(6)).toBe("0.0258444");
    expect(none?.status).toBe("ahead");
    // Holm: the smallest of 8 p-values times 8, the next times 7: 0.2068 and 0.2386.
    const holm = assessPlanProgress(strong, { correction: "holm" }).indicators[0];
    expect(holm?.verdict?.versusBaseline?.adjustedPValue).toBeCloseTo(8 * 0.02584439, 7);
    expect(holm?.verdict?.versusBenchmark?.test.adjustedPValue).toBeCloseTo(7 * 0.03408722, 7);
    expect(holm?.verdict?.versusBenchmark?.test.side).toBe("indistinguishable");
    expect(holm?.status).toBe("indistinguishable");
    expect(holm?.automaticStatus).toBe("indistinguishable");
  });

  it("writes the corrected verdicts into the assessments: the same fields, in the same order, as a copy of each", () => {
    // The form before: each assessment with a verdict copied with the revised
    // verdict and status (`{ ...i, verdict, automaticStatus, status }`).
    const overridden = plan([["a", 100, 80, 70], ...rows.slice(1)], {
      indicators: plan(rows).indicators.map((i, n) =>
        n === 1 ? { ...i, statusOverride: { status: "behind", reason: "stadsdeel" } } : i,
      ),
    });
    for (const correction of ["holm", "benjamini-hochberg", "none"] as const) {
      const raw = assessPlanProgress(overridden, { correction: "none" }).indicators;
      const pValues = raw.flatMap((i) =>
        [i.verdict?.versusBenchmark?.test.pValue, i.verdict?.versusBaseline?.pValue].filter(
          (p): p is number => typeof p === "number",
        ),
      );
      const adjusted = adjustPValues(pValues, correction);
      let next = 0;
      const take = (p: number | null | undefined) =>
        p === undefined || p === null ? undefined : adjusted[next++];
      const copied = raw.map((i) => {
        if (!i.verdict) return i;
        const benchmark = take(i.verdict.versusBenchmark?.test.pValue);
        const baseline = take(i.verdict.versusBaseline?.pValue);
        const verdict = reviseVerdict(i.verdict, { benchmark, baseline });
        return {
          ...i,
          verdict,
          automaticStatus: verdict.status,
          status: i.override?.status ?? verdict.status,
        };
      });
      const written = assessPlanProgress(overridden, { correction }).indicators;
      expect(written.map((i) => Object.keys(i))).toEqual(copied.map((i) => Object.keys(i)));
      expect(JSON.stringify(written)).toBe(JSON.stringify(copied));
      expect(written).toEqual(copied);
    }
  });

  it("an override stays the status that counts after the correction", () => {
    const overridden = plan(rows, {
      indicators: plan(rows).indicators.map((i, n) =>
        n === 0 ? { ...i, statusOverride: { status: "behind", reason: "stadsdeel" } } : i,
      ),
    });
    const a = assessPlanProgress(overridden).indicators[0];
    expect(a?.status).toBe("behind");
    expect(a?.automaticStatus).not.toBe("behind");
  });

  it("says where the method came from: the option, the plan's conventions, or the default", () => {
    const fromPlan = plan(rows, { conventions: { multipleComparisons: "holm" } });
    expect(assessPlanProgress(fromPlan).correction).toMatchObject({
      method: "holm",
      source: "conventions",
    });
    expect(assessPlanProgress(fromPlan, { correction: "none" }).correction).toMatchObject({
      method: "none",
      source: "option",
    });
    expect(assessPlanProgress(plan(rows)).correction).toMatchObject({
      method: "benjamini-hochberg",
      source: "default",
      tests: 8,
      alpha: 0.05,
      expectedByChance: 0.4,
    });
    expect(assessPlanProgress(plan(rows), { alpha: 0.1 }).correction.expectedByChance).toBe(0.8);
  });

  it("counts only tests with a p-value, and leaves indicators without a verdict alone", () => {
    const withGap = plan([...rows, ["e", 10, 5, 0]], {});
    const noLater = makePlan({
      ...withGap,
      indicators: [
        ...withGap.indicators,
        {
          id: "f",
          label: "f",
          unit: "count",
          direction: "lower-is-better",
          baseline: { value: 10, period: 2017 },
          targets: [{ kind: "absolute", value: 5, period: 2021 }],
        },
      ],
    } as PlanInput);
    const result = assessPlanProgress(noLater);
    expect(result.correction.tests).toBe(10);
    const f = result.indicators.find((i) => i.indicator === "f");
    expect(f?.verdict).toBeNull();
    expect(f?.status).toBe("not-assessable");
  });

  it("takes the as-of moment as a code or a period, and says it", () => {
    expect(assessPlanProgress(plan(rows)).asOf).toBeNull();
    expect(assessPlanProgress(plan(rows), { asOf: "2018" }).asOf).toBe("2018");
    const asOf = assessPlanProgress(plan(rows), { asOf: parsePeriodOrThrow("2018") });
    expect(asOf.asOf).toBe("2018");
    // Before 2019's figures there is no figure at all (the baselines are the plan's).
    expect(asOf.indicators.map((i) => i.notAssessable)).toEqual(rows.map(() => "no-observations"));
  });

  it("a verdict by tolerance alone has no p-value: it is left out of the family, the others keep their places", () => {
    const base = plan(rows);
    const mixed = makePlan({
      ...base,
      indicators: [
        base.indicators[0],
        {
          id: "t",
          label: "t",
          unit: "percentage",
          direction: "lower-is-better",
          tolerance: 0.1,
          baseline: { value: 1.7, period: 2017 },
          targets: [{ kind: "maximum", value: 1.7, period: 2021 }],
        },
        ...base.indicators.slice(1),
      ],
      observations: [
        ...base.observations,
        { origin: "other", series: "t", period: 2019, value: 1.5 },
      ],
    } as PlanInput);
    const raw = assessPlanProgress(mixed, { correction: "none" });
    const t = raw.indicators[1];
    expect(t?.verdict?.versusBenchmark?.method).toBe("tolerance");
    expect(t?.verdict?.versusBenchmark?.test.pValue).toBeNull();
    expect(t?.verdict?.versusBaseline?.pValue).toBeNull();
    expect(raw.correction.tests).toBe(8);
    const pValues = raw.indicators
      .filter((i) => i.indicator !== "t")
      .flatMap((i) => [
        i.verdict?.versusBenchmark?.test.pValue as number,
        i.verdict?.versusBaseline?.pValue as number,
      ]);
    const bh = assessPlanProgress(mixed);
    expect(
      bh.indicators
        .filter((i) => i.indicator !== "t")
        .flatMap((i) => [
          i.verdict?.versusBenchmark?.test.adjustedPValue,
          i.verdict?.versusBaseline?.adjustedPValue,
        ]),
    ).toEqual(adjustPValues(pValues, "benjamini-hochberg"));
    expect(bh.indicators[1]?.verdict?.versusBenchmark?.test.adjustedPValue).toBeNull();
    // 1.5 is below the maximum of 1.7 by more than the tolerance, before 2021: ahead.
    expect(bh.indicators[1]?.status).toBe("ahead");
  });

  it("assesses with the index it is given", () => {
    const p = plan(rows);
    const index = new ObservationIndex([
      ...collectObservations(p),
      {
        series: "b",
        area: "GM0417",
        period: "2020",
        value: 10,
        origin: "import",
        ref: { kind: "file", file: "later.csv", line: 2, column: 1 },
      },
    ]);
    expect(assessPlanProgress(p, { index }).indicators[1]?.latest?.period).toBe("2020");
  });

  it("a verdict without a baseline test (a survey figure with margins for its latest year only) takes part with its one test", () => {
    const base = plan(rows);
    const survey = makePlan({
      ...base,
      indicators: [
        ...base.indicators,
        {
          id: "s",
          label: "s",
          unit: "percentage",
          direction: "lower-is-better",
          baseline: { value: 12, period: 2017 },
          targets: [{ kind: "absolute", value: 8, period: 2021 }],
        },
      ],
      observations: [
        ...base.observations,
        {
          origin: "other",
          series: "s",
          period: 2019,
          value: 11,
          interval: { lower: 9, upper: 13 },
        },
      ],
    } as PlanInput);
    const result = assessPlanProgress(survey);
    const s = result.indicators.at(-1);
    expect(s?.verdict?.versusBenchmark?.method).toBe("supplied-interval");
    expect(s?.verdict?.versusBaseline).toBeNull();
    expect(result.correction.tests).toBe(9);
  });
});
