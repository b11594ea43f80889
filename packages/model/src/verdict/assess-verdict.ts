import type { ProgressComparison } from "../progress/compare-with-baseline.ts";
import type { Direction, Unit } from "../schema/types.ts";
import type { ChangeSignificance } from "../statistics/change-significance.ts";
import { MAX_COUNT } from "../statistics/confidence-interval.ts";
import type { TargetBound } from "../target/resolve-target.ts";
import {
  type BenchmarkComparison,
  type BenchmarkSide,
  compareCountWithBenchmark,
  compareEstimateWithBenchmark,
  compareRateWithBenchmark,
} from "./compare-with-benchmark.ts";
import {
  benchmarkTest,
  decideVerdict,
  type ProgressStatus,
  sideAt,
  type VerdictStage,
  type VerdictTest,
} from "./decide-verdict.ts";

/** What the latest figure is compared with: the point on the straight path to the target, or the target. */
export type BenchmarkKind = "path" | "target";

/** The dispersion used for a count's intervals and tests, and where it came from. */
export interface DispersionUsed {
  /** The estimate phi: Pearson chi-square / degrees of freedom of the history. */
  readonly estimate: number;
  /** What the intervals and tests used: max(1, estimate). */
  readonly used: number;
  /** The periods of the history it was estimated from. */
  readonly periods: readonly string[];
}

/** The change from the baseline as a verdict test, with the significance test behind it. */
export interface BaselineTest extends VerdictTest {
  readonly significance: ChangeSignificance;
}

/** The verdict on an indicator with every component, so a reader can recompute it. */
export interface Verdict {
  readonly status: ProgressStatus;
  /** `null` when not assessable. */
  readonly stage: VerdictStage | null;
  readonly benchmarkKind: BenchmarkKind | null;
  /** The latest figure against the path point or the target; `null` when it could not be compared. */
  readonly versusBenchmark: (BenchmarkComparison & { readonly test: VerdictTest }) | null;
  /** The change from the baseline; `null` without a test. */
  readonly versusBaseline: BaselineTest | null;
  readonly dispersion: DispersionUsed | null;
  readonly alpha: number;
}

/** Options of {@link assessVerdict}. */
export interface AssessVerdictOptions {
  readonly unit: Unit;
  readonly direction: Direction;
  readonly bound: TargetBound;
  /** The comparison of the latest figure with the baseline, with the target on the same scale. */
  readonly comparison: ProgressComparison & { readonly target: number };
  readonly stage: VerdictStage;
  /** min(1, elapsed / total years). */
  readonly timeFraction: number;
  /**
   * For a rate computed from a count and a population: the latest figure's
   * count, its population and per how many inhabitants the rate is.
   */
  readonly rate?:
    | { readonly count: number; readonly population: number; readonly per: number }
    | undefined;
  /** The supplied interval of the latest figure (survey margins), if any. */
  readonly interval?: { readonly lower: number; readonly upper: number } | undefined;
  /** The indicator's declared tolerance, in its unit. */
  readonly tolerance?: number | undefined;
  /** The test of the change from the baseline. */
  readonly significance: ChangeSignificance | null;
  readonly dispersion: DispersionUsed | null;
  readonly alpha: number;
}

/**
 * The benchmark of the moment: from the target period on, the target; before
 * it, the point on the straight path from baseline to target at the time that
 * has passed. A maximum or a minimum holds all along, so its benchmark is
 * the target itself.
 *
 * @param comparison - the baseline and the target on the comparison's scale
 * @param stage - before the target period, or from it on
 * @param bound - how the target is reached (`direction`, `at-most`, `at-least`)
 * @param timeFraction - min(1, elapsed / total years)
 * @returns what the latest figure is compared with
 * @example
 * benchmarkOf({ baseline: 70, target: 53.16 }, "before-target-period", "direction", 0.25)
 * //=> { kind: "path", value: 65.79 }
 * benchmarkOf({ baseline: 1.7, target: 1.7 }, "before-target-period", "at-most", 0.5)
 * //=> { kind: "target", value: 1.7 }
 */
export function benchmarkOf(
  comparison: { readonly baseline: number; readonly target: number },
  stage: VerdictStage,
  bound: TargetBound,
  timeFraction: number,
): { readonly kind: BenchmarkKind; readonly value: number } {
  if (stage === "target-period" || bound !== "direction") {
    return { kind: "target", value: comparison.target };
  }
  const { baseline, target } = comparison;
  return { kind: "path", value: baseline + (target - baseline) * timeFraction };
}

/** The side of a change from the baseline: which way it went, and whether beyond chance. */
function baselineTest(
  significance: ChangeSignificance | null,
  from: number,
  to: number,
  direction: Direction,
  tolerance: number | undefined,
  alpha: number,
): BaselineTest | null {
  if (!significance) return null;
  const difference = to - from;
  const band = tolerance ?? 0;
  const estimateSide: BenchmarkSide =
    Math.abs(difference) <= band
      ? "indistinguishable"
      : (direction === "lower-is-better" ? difference < 0 : difference > 0)
        ? "better"
        : "worse";
  if (significance.test === "none") {
    // Without a test, only a declared tolerance separates.
    if (tolerance === undefined) return null;
    return { significance, estimateSide, pValue: null, adjustedPValue: null, side: estimateSide };
  }
  return {
    significance,
    estimateSide,
    pValue: significance.pValue,
    adjustedPValue: significance.pValue,
    side: sideAt(estimateSide, significance.pValue, alpha),
  };
}

/** The latest figure against the benchmark, on the scale of its test. */
function versusBenchmark(
  options: AssessVerdictOptions,
  benchmark: number,
): BenchmarkComparison | null {
  const { comparison, unit, direction, tolerance, alpha } = options;
  const confidence = 1 - alpha;
  const count = comparison.to.value;
  if (unit === "count" && Number.isInteger(count) && count >= 0 && count <= MAX_COUNT) {
    // A projection compares the months counted so far with the benchmark's
    // share of those months: the count keeps its own Poisson variation.
    const scale = comparison.method === "projection" ? comparison.projection.share : 1;
    return compareCountWithBenchmark({
      count: comparison.to.value,
      benchmark: benchmark * scale,
      direction,
      tolerance: tolerance === undefined ? undefined : tolerance * scale,
      dispersion: options.dispersion?.used,
      confidence,
    });
  }
  if (options.rate) {
    return compareRateWithBenchmark({
      ...options.rate,
      benchmark,
      direction,
      tolerance,
      confidence,
    });
  }
  return compareEstimateWithBenchmark({
    value: comparison.current,
    interval: options.interval,
    benchmark,
    direction,
    tolerance,
    confidence,
  });
}

/**
 * The verdict on an indicator's latest figure (see {@link ProgressStatus}):
 * its interval against the benchmark of the moment ({@link benchmarkOf}),
 * and the test of its change from the baseline. Counts use their exact
 * Poisson interval, widened by the series' dispersion when it varies more
 * than Poisson; rates computed from a count and a population the exact
 * interval of the count over the population; survey figures their supplied margins; figures without a
 * margin only a declared tolerance, and without that they cannot be told
 * apart from anything: no verdict.
 *
 * @param options - the comparison, the stage, the direction, the tolerance, the dispersion and the significance level
 * @returns the verdict with every component
 * @example
 * // Laren's burglaries, January-October 2018 against 2017, the target scaled to those months.
 * assessVerdict({ unit: "count", direction: "lower-is-better", bound: "direction", comparison, stage: "before-target-period", timeFraction: 0.25, significance, dispersion: null, alpha: 0.05 })
 * //=> { status: "ahead", benchmarkKind: "path", versusBenchmark: { benchmark: 65.79, interval: { lower: 33.68, upper: 61.36 }, side: "better", ... }, ... }
 */
export function assessVerdict(options: AssessVerdictOptions): Verdict {
  const { comparison, stage, bound, timeFraction, alpha, direction } = options;
  const benchmark = benchmarkOf(comparison, stage, bound, timeFraction);
  const compared = versusBenchmark(options, benchmark.value);
  const test = compared ? benchmarkTest(compared, alpha) : null;
  const baseline = baselineTest(
    options.significance,
    comparison.from.value,
    comparison.method === "projection" ? comparison.current : comparison.to.value,
    direction,
    options.tolerance,
    alpha,
  );
  const parts = { stage, benchmark: test, baseline };
  return {
    status: decideVerdict(parts),
    stage,
    benchmarkKind: compared ? benchmark.kind : null,
    versusBenchmark: compared && test ? { ...compared, test } : null,
    versusBaseline: baseline,
    dispersion: options.dispersion,
    alpha,
  };
}

/**
 * The verdict again after p-values were adjusted for multiple tests: each
 * test's side is decided by its adjusted p-value.
 *
 * @param verdict - a verdict from {@link assessVerdict}
 * @param adjusted - the adjusted p-values of its benchmark and baseline tests (`undefined`: unchanged)
 * @returns the verdict with the adjusted p-values, sides and status
 * @example
 * // A benchmark test at p = 0.03 that the correction lifts to 0.09 no longer separates.
 * reviseVerdict(verdict, { benchmark: 0.09 }).status //=> "indistinguishable"
 */
export function reviseVerdict(
  verdict: Verdict,
  adjusted: { readonly benchmark?: number | undefined; readonly baseline?: number | undefined },
): Verdict {
  const revise = <T extends VerdictTest>(test: T, p: number | undefined): T =>
    p === undefined
      ? test
      : { ...test, adjustedPValue: p, side: sideAt(test.estimateSide, p, verdict.alpha) };
  const compared = verdict.versusBenchmark;
  const versusBenchmark = compared
    ? { ...compared, test: revise(compared.test, adjusted.benchmark) }
    : null;
  const versusBaseline = verdict.versusBaseline
    ? revise(verdict.versusBaseline, adjusted.baseline)
    : null;
  if (!verdict.stage) return verdict;
  return {
    ...verdict,
    versusBenchmark,
    versusBaseline,
    status: decideVerdict({
      stage: verdict.stage,
      benchmark: versusBenchmark?.test ?? null,
      baseline: versusBaseline,
    }),
  };
}
