import { betaQuantile, binomialPmf, regularizedBeta } from "../_lib/special-functions.ts";
import { IvpError } from "../errors.ts";
import { assertCount, type ConfidenceInterval, halfAlpha } from "./confidence-interval.ts";

/** Options of {@link testBinomial}. */
export interface TestBinomialOptions {
  /** The number of successes x. */
  readonly successes: number;
  /** The number of trials n (at least 1, at least x). */
  readonly trials: number;
  /** The probability of success under the null hypothesis. Default 0.5. */
  readonly probability?: number;
  /** Confidence level of the interval. Default 0.95. */
  readonly confidence?: number;
}

/** The result of an exact binomial test, as R's `binom.test` reports it. */
export interface BinomialTestResult {
  readonly successes: number;
  readonly trials: number;
  /** The probability of success under the null hypothesis. */
  readonly probability: number;
  /** The observed proportion x / n. */
  readonly estimate: number;
  /** The exact two-sided p-value. */
  readonly pValue: number;
  /** The Clopper-Pearson (exact) interval for the probability of success. */
  readonly confidenceInterval: ConfidenceInterval & { readonly upper: number };
}

/**
 * P(X <= k) for X ~ Binomial(n, p), accurate in both tails (through the
 * regularized incomplete beta function).
 *
 * @param k - the number of successes
 * @param n - the number of trials
 * @param p - the probability of success
 * @returns the lower tail probability
 * @example
 * binomialCdf(0, 10, 0.3) //=> 0.0282475249 (0.7^10)
 * binomialCdf(26, 80, 0.5) //=> 0.00116227...
 */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p === 0) return 1;
  if (p === 1) return 0;
  // P(X <= k) = 1 - I_p(k + 1, n - k).
  return regularizedBeta(p, k + 1, n - k).upper;
}

/**
 * P(X > k) for X ~ Binomial(n, p), accurate in both tails: 1 - binomialCdf
 * without the loss of digits when the tail is tiny.
 *
 * @param k - the number of successes
 * @param n - the number of trials
 * @param p - the probability of success
 * @returns the upper tail probability
 * @example
 * binomialSurvival(79, 80, 0.5) //=> 8.271806125530277e-25 (0.5^80)
 */
export function binomialSurvival(k: number, n: number, p: number): number {
  if (k < 0) return 1;
  if (k >= n) return 0;
  if (p === 0) return 0;
  if (p === 1) return 1;
  return regularizedBeta(p, k + 1, n - k).lower;
}

// R compares probabilities with this relative tolerance, so that outcomes as
// likely as the observed one (e.g. mirror images when p = 1/2) are not lost to
// rounding.
const RELATIVE_TOLERANCE = 1 + 1e-7;

/**
 * The number of outcomes in [from, to] whose probability is at most `limit`.
 * The binomial probabilities fall monotonically away from the mean, so the
 * outcomes that count form one run at the far end: found by binary search.
 */
function countAtMost(
  from: number,
  to: number,
  limit: number,
  pmf: (i: number) => number,
  farEnd: "high" | "low",
): number {
  let lo = from;
  let hi = to;
  if (farEnd === "high") {
    // Smallest i in [from, to] with pmf(i) <= limit; none: to + 1.
    if (pmf(to) > limit) return 0;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (pmf(mid) <= limit) hi = mid;
      else lo = mid + 1;
    }
    return to - lo + 1;
  }
  // Largest i in [from, to] with pmf(i) <= limit; none: from - 1.
  if (pmf(from) > limit) return 0;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (pmf(mid) <= limit) lo = mid;
    else hi = mid - 1;
  }
  return lo - from + 1;
}

/** @internal The two-sided p-value of R's `binom.test`. */
export function binomialTwoSidedPValue(x: number, n: number, p: number): number {
  if (p === 0) return x === 0 ? 1 : 0;
  if (p === 1) return x === n ? 1 : 0;
  const pmf = (i: number) => binomialPmf(i, n, p);
  const d = pmf(x);
  const m = n * p;
  if (x === m) return 1;
  const limit = d * RELATIVE_TOLERANCE;
  let pValue: number;
  if (x < m) {
    const y = countAtMost(Math.ceil(m), n, limit, pmf, "high");
    pValue = binomialCdf(x, n, p) + binomialSurvival(n - y, n, p);
  } else {
    // Stryker disable next-line StringLiteral: equivalent, countAtMost takes any end other than "high" as the low one
    const y = countAtMost(0, Math.floor(m), limit, pmf, "low");
    pValue = binomialCdf(y - 1, n, p) + binomialSurvival(x - 1, n, p);
  }
  return Math.min(1, pValue);
}

/** @internal The Clopper-Pearson interval for x successes in n trials. */
export function clopperPearson(
  x: number,
  n: number,
  confidence: number,
): ConfidenceInterval & { readonly upper: number } {
  const tail = halfAlpha(confidence);
  return {
    lower: x === 0 ? 0 : betaQuantile(tail, x, n - x + 1),
    // Stryker disable next-line StringLiteral: equivalent, betaQuantile takes any tail other than "lower" as the upper one
    upper: x === n ? 1 : betaQuantile(tail, x + 1, n - x, "upper"),
    confidence,
  };
}

/**
 * The exact binomial test with the same two-sided p-value as R's
 * `binom.test`: the probability of every outcome no more likely than the
 * observed one (compared with R's relative tolerance of 1e-7), and the
 * Clopper-Pearson interval for the probability of success.
 *
 * @param options - successes, trials, the null probability (default 0.5) and the confidence level (default 0.95)
 * @returns the p-value, the observed proportion and its exact interval
 * @example
 * testBinomial({ successes: 682, trials: 925, probability: 0.75 })
 * //=> { pValue: 0.38249..., estimate: 0.73729..., confidenceInterval: { lower: 0.70766..., upper: 0.76540..., confidence: 0.95 }, ... }
 */
export function testBinomial(options: TestBinomialOptions): BinomialTestResult {
  const { successes: x, trials: n } = options;
  const p = options.probability ?? 0.5;
  const confidence = options.confidence ?? 0.95;
  assertCount(x, "the number of successes");
  assertCount(n, "the number of trials");
  if (n < 1 || x > n) {
    throw new IvpError(
      "invalid-number",
      `a binomial test needs at least 1 trial and no more successes than trials, got ${x} of ${n}`,
    );
  }
  if (!(p >= 0 && p <= 1)) {
    throw new IvpError("invalid-number", `the probability must lie in [0, 1], got ${p}`);
  }
  return {
    successes: x,
    trials: n,
    probability: p,
    estimate: x / n,
    pValue: binomialTwoSidedPValue(x, n, p),
    confidenceInterval: clopperPearson(x, n, confidence),
  };
}
