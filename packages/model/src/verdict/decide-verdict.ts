import type { PROGRESS_STATUSES } from "../schema/progress-statuses.ts";
import type { BenchmarkComparison, BenchmarkSide } from "./compare-with-benchmark.ts";

/**
 * The verdict on an indicator, in words a council can rely on: each says more
 * than "not distinguishable" only when the data support it beyond chance.
 * - `achieved` / `not-achieved`: the target period has come, and the figure is
 *   better / worse than the target beyond chance;
 * - `ahead` / `behind`: before the target period, the figure is better / worse
 *   beyond chance than the point on the straight path from baseline to target;
 * - `worse`: before the target period, the figure is worse than the baseline
 *   beyond chance (it takes precedence over `behind`);
 * - `indistinguishable`: the difference from the path (or, from the target
 *   period on, from the target) lies within what chance gives;
 * - `not-assessable`: no verdict can be given, with the reason.
 */
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/**
 * When the figure was measured relative to the target:
 * - `before-target-period`: it is compared with the point on the path;
 * - `target-period`: a figure for the whole target period (or later) exists,
 *   and it is compared with the target itself.
 */
export type VerdictStage = "before-target-period" | "target-period";

/** A test that decides part of a verdict, before and after a correction for multiple tests. */
export interface VerdictTest {
  /** The side of the point estimate, whatever chance says: `indistinguishable` only when it is exactly on the benchmark (or in its tolerance band). */
  readonly estimateSide: BenchmarkSide;
  /** The two-sided p-value; `null` when there is none (a comparison by tolerance only). */
  readonly pValue: number | null;
  /** The p-value after the correction for multiple tests; equal to `pValue` without one. */
  readonly adjustedPValue: number | null;
  /** The side that counts: the estimate's side when `adjustedPValue < alpha` (or, without a p-value, beyond the tolerance), else `indistinguishable`. */
  readonly side: BenchmarkSide;
}

/**
 * The side a test gives at a significance level.
 *
 * @param estimateSide - which side the point estimate lies on
 * @param pValue - the (adjusted) p-value; `null` for a tolerance-only comparison, where the estimate's side counts
 * @param alpha - the significance level
 * @returns the side that counts
 * @example
 * sideAt("worse", 0.39, 0.05) //=> "indistinguishable"
 * sideAt("better", 0.004, 0.05) //=> "better"
 */
export function sideAt(
  estimateSide: BenchmarkSide,
  pValue: number | null,
  alpha: number,
): BenchmarkSide {
  // Stryker disable next-line ConditionalExpression: null < alpha is true in JavaScript, so the estimate's side is returned either way
  if (pValue === null) return estimateSide;
  return pValue < alpha ? estimateSide : "indistinguishable";
}

/**
 * A {@link VerdictTest} from a comparison with a benchmark.
 *
 * @param comparison - the comparison of the figure with the path point or the target
 * @param alpha - the significance level
 * @returns the test, not yet corrected for multiple tests
 */
export function benchmarkTest(comparison: BenchmarkComparison, alpha: number): VerdictTest {
  return {
    estimateSide: comparison.estimateSide,
    pValue: comparison.pValue,
    adjustedPValue: comparison.pValue,
    side: sideAt(comparison.estimateSide, comparison.pValue, alpha),
  };
}

/** The parts a verdict is decided from. */
export interface VerdictParts {
  readonly stage: VerdictStage;
  /** The figure against the path point (before the target period) or the target (from then on); `null` when it cannot be compared. */
  readonly benchmark: VerdictTest | null;
  /** The change from the baseline; `null` without a test. */
  readonly baseline: VerdictTest | null;
}

/**
 * Decides the verdict from its tests (see {@link ProgressStatus}): from the
 * target period on, the comparison with the target alone decides; before it,
 * a change for the worse from the baseline comes first, then the comparison
 * with the path.
 *
 * @param parts - the stage and the two tests, each with the side that counts
 * @returns the verdict; `not-assessable` without a comparison with the benchmark
 * @example
 * decideVerdict({ stage: "before-target-period", benchmark: { side: "better", ... }, baseline: { side: "better", ... } })
 * //=> "ahead"
 * decideVerdict({ stage: "target-period", benchmark: { side: "indistinguishable", ... }, baseline: null })
 * //=> "indistinguishable"
 */
export function decideVerdict(parts: VerdictParts): ProgressStatus {
  const { benchmark, baseline } = parts;
  if (!benchmark) return "not-assessable";
  if (parts.stage === "target-period") {
    if (benchmark.side === "better") return "achieved";
    if (benchmark.side === "worse") return "not-achieved";
    return "indistinguishable";
  }
  if (baseline?.side === "worse") return "worse";
  if (benchmark.side === "better") return "ahead";
  if (benchmark.side === "worse") return "behind";
  return "indistinguishable";
}
