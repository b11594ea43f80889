import { regularizedBeta } from "../_lib/special-functions.ts";
import {
  assertCount,
  assertExposure,
  type ConfidenceInterval,
  halfAlpha,
} from "./confidence-interval.ts";
import {
  type ComparePoissonRatesOptions,
  type PoissonComparison,
  rateRatioInterval,
} from "./poisson-test.ts";

/** Options of {@link compareOverdispersedRates}. */
export interface CompareOverdispersedRatesOptions extends ComparePoissonRatesOptions {
  /** The dispersion phi of the counts' series: variance = phi x mean. At least 1. */
  readonly dispersion: number;
}

/** The comparison of two overdispersed counts, with the dispersion it used. */
export interface OverdispersedComparison extends PoissonComparison {
  readonly dispersion: number;
  /** The effective counts x1 / phi and x2 / phi the test is done on. */
  readonly effectiveCounts: readonly [number, number];
}

/**
 * Compares two counts whose series vary more than Poisson (quasi-Poisson,
 * variance = phi x mean): the counts are divided by phi, the "effective
 * counts" (as a design effect divides a survey's sample size), and the exact
 * conditional test is done on them: given n = (x1 + x2) / phi, x1 / phi is
 * binomial with probability T1 / (T1 + T2) when the rates are equal. Effective
 * counts need not be whole numbers, so the tails are the incomplete beta
 * function's (exactly the binomial tails for whole numbers), the p-value is the
 * central two-sided one, 2 x min(lower tail, upper tail), and the interval of
 * the rate ratio is the Clopper-Pearson interval of the effective counts,
 * transformed as in {@link comparePoissonRates}. With phi = 1 use
 * {@link comparePoissonRates}, whose p-value is R's.
 *
 * Reference: McCullagh & Nelder, Generalized Linear Models (1989), 4.5 on
 * overdispersion; Kish, Survey Sampling (1965), on the design effect.
 *
 * @param options - the two counts, their exposures, the dispersion and the confidence level
 * @returns the comparison, with the effective counts and the dispersion
 * @example
 * compareOverdispersedRates({ count1: 72, count2: 36, dispersion: 11.3 }).pValue //=> 0.45...
 */
export function compareOverdispersedRates(
  options: CompareOverdispersedRatesOptions,
): OverdispersedComparison {
  const { count1: x1, count2: x2, dispersion } = options;
  const t1 = options.exposure1 ?? 1;
  const t2 = options.exposure2 ?? 1;
  const confidence = options.confidence ?? 0.95;
  assertCount(x1, "the first count");
  assertCount(x2, "the second count");
  assertExposure(t1, "the first exposure");
  assertExposure(t2, "the second exposure");
  assertExposure(dispersion, "the dispersion");
  // A bad confidence level is refused here, though the interval is worked out when first read.
  halfAlpha(confidence);
  const phi = Math.max(1, dispersion);
  const k1 = x1 / phi;
  const k2 = x2 / phi;
  const p = t1 / (t1 + t2);
  // Two zero counts take the general path, as in comparePoissonRates: both
  // tails are 1 (p = 1), the interval is [0, unbounded) and there is no ratio.
  // P(K1 >= k1) = I_p(k1, n - k1 + 1); P(K1 <= k1) = 1 - I_p(k1 + 1, n - k1).
  const atLeast = k1 === 0 ? 1 : regularizedBeta(p, k1, k2 + 1).lower;
  const atMost = k2 === 0 ? 1 : regularizedBeta(p, k1 + 1, k2).upper;
  let interval: ConfidenceInterval | undefined;
  // Every field written out, not `{ ...base, more }` (slow on Node 20: see poisson-test.ts).
  return {
    count1: x1,
    count2: x2,
    exposure1: t1,
    exposure2: t2,
    expectedCount1: (x1 + x2) * p,
    dispersion: phi,
    effectiveCounts: [k1, k2] as const,
    rateRatio: x2 === 0 ? null : x1 / t1 / (x2 / t2),
    pValue: Math.min(1, 2 * Math.min(atLeast, atMost)),
    // The interval (two beta quantiles, most of the work) is worked out when
    // first read, then kept, as comparePoissonRates' is: a status or a report
    // prints the interval of an indicator's change, never of the change since
    // the previous period.
    get confidenceInterval() {
      interval ??= rateRatioInterval(k1, k2, t1, t2, confidence);
      return interval;
    },
  };
}
