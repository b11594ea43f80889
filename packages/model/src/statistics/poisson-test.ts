import { betaQuantile } from "../_lib/special-functions.ts";
import { binomialTwoSidedPValue } from "./binomial-test.ts";
import {
  assertCount,
  assertExposure,
  type ConfidenceInterval,
  halfAlpha,
} from "./confidence-interval.ts";

/** Options of {@link comparePoissonRates}. */
export interface ComparePoissonRatesOptions {
  /** The first count x1 (e.g. this year's). */
  readonly count1: number;
  /** The second count x2 (e.g. last year's). */
  readonly count2: number;
  /** The exposure of the first count (a length of time, a population). Default 1. */
  readonly exposure1?: number;
  /** The exposure of the second count. Default 1 (equal periods). */
  readonly exposure2?: number;
  /** Confidence level of the interval. Default 0.95. */
  readonly confidence?: number;
}

/** The comparison of two Poisson counts, as R's `poisson.test(c(x1, x2), c(T1, T2))` reports it. */
export interface PoissonComparison {
  readonly count1: number;
  readonly count2: number;
  readonly exposure1: number;
  readonly exposure2: number;
  /**
   * (x1 / T1) / (x2 / T2); `null` when x2 = 0 (infinite, or undefined when
   * both counts are 0).
   */
  readonly rateRatio: number | null;
  /** The exact two-sided p-value for "the rates are equal"; 1 when both counts are 0. */
  readonly pValue: number;
  /** The exact interval for the rate ratio; `upper` is `null` when unbounded. */
  readonly confidenceInterval: ConfidenceInterval;
  /** The count x1 expected under equal rates: n T1 / (T1 + T2). */
  readonly expectedCount1: number;
}

/**
 * Compares two counts with the exact conditional test for Poisson rates: given
 * n = x1 + x2, x1 ~ Binomial(n, T1 / (T1 + T2)) when the rates are equal. The
 * two-sided p-value is R's (`poisson.test`), and the interval of the rate ratio
 * is the Clopper-Pearson interval of x1 / n transformed by
 * pi / (1 - pi) x T2 / T1, as R computes it.
 *
 * Unlike R, two zero counts are not an error: there is no evidence of any
 * difference, so the p-value is 1 and the interval is [0, unbounded).
 *
 * @param options - the two counts, their exposures (default equal) and the confidence level (default 0.95)
 * @returns the rate ratio, its interval and the p-value
 * @example
 * comparePoissonRates({ count1: 54, count2: 26 })
 * //=> { rateRatio: 2.0769..., pValue: 0.002324..., confidenceInterval: { lower: 1.2782..., upper: 3.4551..., confidence: 0.95 }, ... }
 * comparePoissonRates({ count1: 11, count2: 21, exposure1: 800, exposure2: 3011 }).pValue
 * //=> 0.07966863303332...
 */
export function comparePoissonRates(options: ComparePoissonRatesOptions): PoissonComparison {
  const { count1: x1, count2: x2 } = options;
  const t1 = options.exposure1 ?? 1;
  const t2 = options.exposure2 ?? 1;
  const confidence = options.confidence ?? 0.95;
  // The same pair of counts comes back often (a bulk run tests every change of
  // every municipality; small counts repeat): the incomplete-beta sums are
  // computed once per (x1, x2, T1, T2, confidence). The comparison and its
  // interval are frozen, so every caller gets the same object and none can
  // change what another one gets (a copy per call cost a closure and an
  // object for each of a bulk run's some 100,000 tests).
  const key = `${x1},${x2},${t1},${t2},${confidence}`;
  let known = MEMO.get(key);
  // Stryker disable next-line ConditionalExpression: the memo only saves time; computed afresh, the comparison is the same
  if (!known) {
    known = computePoissonComparison(x1, x2, t1, t2, confidence);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when the memo is cleared changes memory and time, never a result
    if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
    MEMO.set(key, known);
  }
  return known;
}

/** Comparisons already computed, by their arguments; cleared when full (memory stays bounded). */
const MEMO = new Map<string, PoissonComparison>();
const MEMO_LIMIT = 50_000;

function computePoissonComparison(
  x1: number,
  x2: number,
  t1: number,
  t2: number,
  confidence: number,
): PoissonComparison {
  assertCount(x1, "the first count");
  assertCount(x2, "the second count");
  assertExposure(t1, "the first exposure");
  assertExposure(t2, "the second exposure");
  const n = x1 + x2;
  const p = t1 / (t1 + t2);
  // Two zero counts need no case of their own: the interval of 0 out of 0 is
  // [0, 1], so the ratio's is [0, unbounded), and 0 is the expected count, so
  // the p-value is 1. A bad confidence level is refused here, before anything
  // else, as when the interval was worked out at once.
  halfAlpha(confidence);
  const pValue = binomialTwoSidedPValue(x1, n, p);
  let interval: ConfidenceInterval | undefined;
  // Every field written out: on Node 20 `{ ...base, more }` costs about a
  // microsecond per field added after the spread (V8 adds each one through
  // its runtime).
  return Object.freeze({
    count1: x1,
    count2: x2,
    exposure1: t1,
    exposure2: t2,
    expectedCount1: n * p,
    rateRatio: x2 === 0 ? null : x1 / t1 / (x2 / t2),
    pValue,
    // The interval (two beta quantiles, three quarters of the work) is worked
    // out when first read, then kept: a figure table's changes are tested by
    // their p-values, and a bulk run prints none of their intervals. Read or
    // copied (JSON, a spread, a structured clone), it is the same as before.
    get confidenceInterval() {
      interval ??= Object.freeze(rateRatioInterval(x1, x2, t1, t2, confidence));
      return interval;
    },
  });
}

/**
 * @internal The interval of the rate ratio (x1 / T1) / (x2 / T2): the
 * Clopper-Pearson interval of the share k1 / (k1 + k2), transformed by
 * pi / (1 - pi) x T2 / T1 as R's `poisson.test` does. k1 and k2 are the counts,
 * or for {@link compareOverdispersedRates} the effective counts (not whole).
 * For counts the beta quantiles are those of `clopperPearson(x1, x1 + x2)`:
 * n - x1 + 1 is x2 + 1 and n - x1 is x2 exactly for whole numbers.
 */
export function rateRatioInterval(
  k1: number,
  k2: number,
  t1: number,
  t2: number,
  confidence: number,
): ConfidenceInterval {
  const tail = halfAlpha(confidence);
  const toRatio = (pi: number) => ((pi / (1 - pi)) * t2) / t1;
  const lower = k1 === 0 ? 0 : betaQuantile(tail, k1, k2 + 1);
  // Stryker disable next-line StringLiteral: betaQuantile takes every tail but "lower" as the upper one
  const upper = k2 === 0 ? 1 : betaQuantile(tail, k1 + 1, k2, "upper");
  return { lower: toRatio(lower), upper: upper === 1 ? null : toRatio(upper), confidence };
}
