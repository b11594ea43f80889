import { rationalFromNumber, subtract, toNumber } from "../_lib/rational.ts";
import { normalCdf, normalQuantile } from "../_lib/special-functions.ts";
import { IvpError } from "../errors.ts";
import { type ConfidenceInterval, halfAlpha } from "./confidence-interval.ts";

/** A survey figure with the confidence interval its publisher supplied. */
export interface SurveyEstimate {
  readonly value: number;
  /** Lower bound of the supplied interval (CBS: `MOG0095`, for 95%). */
  readonly lower: number;
  /** Upper bound of the supplied interval (CBS: `MBG0095`). */
  readonly upper: number;
}

/** Options of {@link compareSurveyEstimates}. */
export interface CompareSurveyEstimatesOptions {
  readonly earlier: SurveyEstimate;
  readonly later: SurveyEstimate;
  /** The confidence level of the supplied intervals. Default 0.95. */
  readonly confidence?: number;
}

/** The comparison of two independent survey figures. */
export interface SurveyComparison {
  /** later - earlier. */
  readonly difference: number;
  /** The standard error of each figure, from its interval: (upper - lower) / (2 z). */
  readonly standardErrors: readonly [earlier: number, later: number];
  /** sqrt(se1^2 + se2^2). */
  readonly standardError: number;
  /** difference / standardError. */
  readonly z: number;
  /** Two-sided p-value under the normal approximation. */
  readonly pValue: number;
  /** Interval of the difference at the same confidence level. */
  readonly confidenceInterval: ConfidenceInterval;
}

function check(estimate: SurveyEstimate, name: string): void {
  const { value, lower, upper } = estimate;
  if (![value, lower, upper].every(Number.isFinite) || !(lower <= value && value <= upper)) {
    throw new IvpError(
      "invalid-number",
      `the ${name} figure needs lower <= value <= upper, got ${lower} <= ${value} <= ${upper}`,
    );
  }
}

/**
 * Compares two survey figures (e.g. two Veiligheidsmonitor grades) from the
 * confidence intervals their publisher supplied: each interval gives a
 * standard error (half its width divided by z, 1.96 for 95%), the two surveys
 * are independent samples, and the difference is tested with the normal
 * approximation. An asymmetric interval counts with its average half-width.
 *
 * @param options - the earlier and later figure with their intervals, and the intervals' confidence level (default 0.95)
 * @returns the difference, its standard error, z, the two-sided p-value and the interval of the difference
 * @example
 * compareSurveyEstimates({ earlier: { value: 7.3, lower: 7.1, upper: 7.5 }, later: { value: 7.6, lower: 7.4, upper: 7.8 } })
 * //=> { difference: 0.3, z: 2.078..., pValue: 0.0376..., ... }
 */
export function compareSurveyEstimates(options: CompareSurveyEstimatesOptions): SurveyComparison {
  const { earlier, later } = options;
  const confidence = options.confidence ?? 0.95;
  check(earlier, "earlier");
  check(later, "later");
  const z = normalQuantile(1 - halfAlpha(confidence));
  const se1 = (earlier.upper - earlier.lower) / (2 * z);
  const se2 = (later.upper - later.lower) / (2 * z);
  const se = Math.hypot(se1, se2);
  // Exact decimal difference: 7.6 - 7.3 is 0.3, not 0.2999999999999998.
  const difference = toNumber(
    subtract(rationalFromNumber(later.value), rationalFromNumber(earlier.value)),
  );
  if (se === 0) {
    throw new IvpError(
      "invalid-number",
      "both survey intervals have zero width; a comparison needs at least one margin",
    );
  }
  const statistic = difference / se;
  return {
    difference,
    standardErrors: [se1, se2],
    standardError: se,
    z: statistic,
    pValue: Math.min(1, 2 * normalCdf(-Math.abs(statistic))),
    confidenceInterval: { lower: difference - z * se, upper: difference + z * se, confidence },
  };
}
