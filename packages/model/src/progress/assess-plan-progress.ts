import { formatPeriodCode } from "../period/format-period.ts";
import type { Plan } from "../schema/types.ts";
import {
  adjustPValues,
  type CorrectionMethod,
  expectedChanceMarks,
} from "../statistics/multiple-comparisons.ts";
import { reviseVerdict } from "../verdict/assess-verdict.ts";
import {
  type AssessProgressOptions,
  assessIndicatorProgress,
  figuresOf,
  type IndicatorProgress,
  planContext,
} from "./assess-progress.ts";

/** Options of {@link assessPlanProgress}. */
export interface AssessPlanProgressOptions extends AssessProgressOptions {
  /**
   * The correction of the verdicts' p-values for testing many indicators at
   * once. Default: the plan's `conventions.multipleComparisons`, else
   * `benjamini-hochberg`.
   */
  readonly correction?: CorrectionMethod | undefined;
}

/** How the verdicts of a plan were corrected for testing many indicators at once. */
export interface VerdictCorrection {
  readonly method: CorrectionMethod;
  /** Where the method came from. */
  readonly source: "option" | "conventions" | "default";
  /** The number of tests with a p-value across the plan's verdicts (benchmark and baseline tests). */
  readonly tests: number;
  readonly alpha: number;
  /** tests x alpha: how many tests chance alone would call different, on average, without a correction. */
  readonly expectedByChance: number;
}

/** The progress of every indicator of a plan. */
export interface PlanProgress {
  /** The as-of period asked for, as a code; `null`: each indicator's latest figure. */
  readonly asOf: string | null;
  /** One assessment per indicator, in the plan's order. */
  readonly indicators: readonly IndicatorProgress[];
  readonly correction: VerdictCorrection;
}

/** The p-values of every verdict's tests, in the plan's order: the family the correction is for. */
function verdictPValues(indicators: readonly IndicatorProgress[]): number[] {
  const pValues: number[] = [];
  for (const i of indicators) {
    // Stryker disable next-line OptionalChaining: a verdict always has a comparison with its benchmark (assessProgress gives none without one)
    const p1 = i.verdict?.versusBenchmark?.test.pValue;
    const p2 = i.verdict?.versusBaseline?.pValue;
    if (p1 !== undefined && p1 !== null) pValues.push(p1);
    if (p2 !== undefined && p2 !== null) pValues.push(p2);
  }
  return pValues;
}

/**
 * Applies the correction across the plan: `adjusted` are {@link verdictPValues}
 * adjusted together. Writes the corrected verdicts into the assessments, which
 * are the plan's own, just made by {@link assessPlanProgress} (a copy of each,
 * `{ ...i, verdict, ... }`, cost a spread of some twenty fields and three
 * fields after it in code that runs a few times per status). The same fields
 * in the same order.
 */
function correct(
  indicators: readonly { -readonly [K in keyof IndicatorProgress]: IndicatorProgress[K] }[],
  adjusted: readonly number[],
): void {
  let next = 0;
  const take = (p: number | null | undefined) =>
    p === undefined || p === null ? undefined : adjusted[next++];
  for (const i of indicators) {
    if (!i.verdict) continue;
    // Stryker disable next-line OptionalChaining: a verdict always has a comparison with its benchmark (assessProgress gives none without one)
    const benchmark = take(i.verdict.versusBenchmark?.test.pValue);
    const baseline = take(i.verdict.versusBaseline?.pValue);
    const verdict = reviseVerdict(i.verdict, { benchmark, baseline });
    i.verdict = verdict;
    i.automaticStatus = verdict.status;
    i.status = i.override?.status ?? verdict.status;
  }
}

/**
 * Assesses every indicator of a plan (as `assessProgress`) with one index
 * of the observations known as of `asOf` ({@link observationsAsOf}), and
 * corrects the verdicts for testing many indicators at once: the p-values of
 * every verdict's tests are adjusted together (Benjamini-Hochberg by default),
 * and each test counts as beyond chance only when its adjusted p-value is
 * below alpha.
 *
 * @param plan - a validated plan
 * @param options - the as-of period, extra observations (e.g. from data files), the significance level, the correction
 * @returns the assessments in the plan's order, and the correction
 * @example
 * assessPlanProgress(plan, { asOf: "2018-H1" }).indicators.map((i) => i.status)
 * //=> ["not-assessable", "indistinguishable", ...]
 */
export function assessPlanProgress(
  plan: Plan,
  options: AssessPlanProgressOptions = {},
): PlanProgress {
  const { asOf: period, index } = figuresOf(plan, options);
  const asOf = period === undefined ? null : formatPeriodCode(period);
  // One context for every indicator (assessProgress would build it for each).
  const context = planContext(plan, index);
  const raw = plan.indicators.map((indicator) =>
    assessIndicatorProgress(plan, indicator, context, period, options.alpha),
  );
  const fromPlan = plan.conventions?.multipleComparisons;
  const method = options.correction ?? fromPlan ?? "benjamini-hochberg";
  const source = options.correction ? "option" : fromPlan ? "conventions" : "default";
  const alpha = options.alpha ?? 0.05;
  const pValues = verdictPValues(raw);
  const tests = pValues.length;
  correct(raw, adjustPValues(pValues, method));
  return {
    asOf,
    indicators: raw,
    correction: {
      method,
      source,
      tests,
      alpha,
      expectedByChance: expectedChanceMarks(tests, alpha),
    },
  };
}
