/**
 * Baselines: the value a plan starts from, either one figure (79 in 2017) or
 * the average of the same period in several years (`average: { from: 2015,
 * to: 2017 }`). A single year that happened to be low or high makes the next
 * change look like progress or decline by itself (regression to the mean);
 * the average of a few years is the usual remedy.
 *
 * The average is kept with its components (the periods, their figures, the
 * sum and the number of periods k), because the test of a change against it
 * needs them: for counts, the latest figure against the sum of k periods is
 * a Poisson comparison with exposures 1 and k (R: `poisson.test(c(latest,
 * sum), c(1, k))`), not a comparison with a single figure of the mean.
 */
import { add, divide, rational, rationalFromNumber, toNumber } from "../_lib/rational.ts";
import type { Result } from "../errors.ts";
import { formatPeriodCode } from "../period/format-period.ts";
import type { Period } from "../period/period.ts";
import type { Baseline } from "../schema/types.ts";
import { type AverageRangeError, averagePeriods } from "./average-periods.ts";

/** The components of an average baseline, so a reader can recompute it. */
export interface BaselineAverage {
  /** The first period averaged, as a code (`2015`). */
  readonly from: string;
  /** The last period averaged (`2017`). */
  readonly to: string;
  /** Every period averaged with its figure, oldest first. */
  readonly periods: readonly { readonly period: string; readonly value: number }[];
  /** The sum of the figures, computed exactly. */
  readonly sum: number;
  /** The number of periods averaged (k). */
  readonly count: number;
}

/** A baseline as progress is measured from it. */
export interface ResolvedBaseline {
  /** The baseline value: the figure, or the mean sum / count of an average. */
  readonly value: number;
  /**
   * The period the baseline stands for: its own, or the last period of an
   * average (the straight path to the target starts there, and a later
   * figure is one after it).
   */
  readonly period: string;
  /** For an average baseline: its components; otherwise `null`. */
  readonly average: BaselineAverage | null;
}

/** Why an average baseline cannot be computed. */
export type ResolveBaselineError =
  | AverageRangeError
  | {
      readonly code: "average-missing-figure";
      readonly field: "average";
      readonly message: string;
      /** The periods of the range without a figure. */
      readonly missing: readonly string[];
      /** The first and the last period of the average's range (period codes). */
      readonly from: string;
      readonly to: string;
    };

/**
 * Whether a baseline is written as an average of several periods.
 *
 * @example
 * isAverageBaseline({ average: { from: "2015", to: "2017" } }) //=> true
 * isAverageBaseline({ value: 79, period: "2017" }) //=> false
 */
export function isAverageBaseline(
  baseline: Baseline,
): baseline is Extract<Baseline, { average: unknown }> {
  return "average" in baseline;
}

/**
 * The value a baseline stands for. A single baseline is its printed value; an
 * average is the mean of the figures of its periods, found with `figureOf`
 * (observed or derived figures of the indicator's series). The sum is exact,
 * so the mean is the exact fraction sum / count (as the nearest number).
 *
 * @param baseline - the baseline as the plan writes it
 * @param figureOf - the figure of a period, or `null` when there is none
 * @returns the resolved baseline, or why an average cannot be computed
 * @example
 * resolveBaseline({ value: 79, period: "2017" }, () => null)
 * //=> { success: true, data: { value: 79, period: "2017", average: null } }
 * resolveBaseline({ average: { from: "2015", to: "2017" } }, (p) => ({ 2015: 79, 2016: 77, 2017: 79 })[p.year] ?? null).data
 * //=> { value: 78.33333333333333, period: "2017", average: { from: "2015", to: "2017", sum: 235, count: 3, ... } }
 */
export function resolveBaseline(
  baseline: Baseline,
  figureOf: (period: Period) => number | null,
): Result<ResolvedBaseline, ResolveBaselineError> {
  if (!isAverageBaseline(baseline)) {
    return {
      success: true,
      data: { value: baseline.value, period: baseline.period, average: null },
    };
  }
  const range = averagePeriods(baseline.average);
  if (!range.success) return range;
  const periods: { period: string; value: number }[] = [];
  const missing: string[] = [];
  for (const period of range.data) {
    const value = figureOf(period);
    if (value === null) missing.push(formatPeriodCode(period));
    else periods.push({ period: formatPeriodCode(period), value });
  }
  if (missing.length > 0) {
    const from = formatPeriodCode(range.data[0] as Period);
    const to = formatPeriodCode(range.data.at(-1) as Period);
    return {
      success: false,
      error: {
        code: "average-missing-figure",
        field: "average",
        missing,
        from,
        to,
        message: `the average from ${from} to ${to} needs a figure for every period, but there is none for ${missing.join(", ")}`,
      },
    };
  }
  const sum = periods.reduce((total, p) => add(total, rationalFromNumber(p.value)), rational(0n));
  const count = periods.length;
  const last = periods.at(-1) as { period: string };
  return {
    success: true,
    data: {
      value: toNumber(divide(sum, rational(BigInt(count)))),
      period: last.period,
      average: {
        from: (periods[0] as { period: string }).period,
        to: last.period,
        periods,
        sum: toNumber(sum),
        count,
      },
    },
  };
}
