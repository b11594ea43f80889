import { describe, expect, it } from "vitest";
import { makePlan } from "../../test/make-plan.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import type { PlanInput } from "../schema/types.ts";
import { adjustPValues } from "../statistics/multiple-comparisons.ts";
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
});
