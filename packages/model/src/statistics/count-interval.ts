import { gammaQuantile, normalQuantile } from "../_lib/special-functions.ts";
import { assertCount, type ConfidenceInterval, halfAlpha } from "./confidence-interval.ts";

/** Options of the intervals for one count. */
export interface CountIntervalOptions {
  /** The observed count x. */
  readonly count: number;
  /** Confidence level. Default 0.95. */
  readonly confidence?: number;
}

/** An interval for the expected value of one Poisson count, with the method used. */
export interface CountInterval extends ConfidenceInterval {
  readonly upper: number;
  readonly method: "exact" | "byar";
}

/**
 * The exact (Garwood) interval for the expected value of a Poisson count x:
 * the lower bound is the alpha/2 quantile of Gamma(x), the upper bound the
 * 1 - alpha/2 quantile of Gamma(x + 1), so that P(X >= x) and P(X <= x) are
 * alpha/2 at the bounds. The same interval as R's `poisson.test(x)`.
 *
 * @param options - the count and the confidence level (default 0.95)
 * @returns the interval
 * @example
 * exactPoissonInterval({ count: 26 }) //=> { lower: 16.984..., upper: 38.096..., confidence: 0.95, method: "exact" }
 * exactPoissonInterval({ count: 0 }) //=> { lower: 0, upper: 3.6888..., confidence: 0.95, method: "exact" }
 */
export function exactPoissonInterval(options: CountIntervalOptions): CountInterval {
  const { count: x } = options;
  const confidence = options.confidence ?? 0.95;
  assertCount(x, "the count");
  const tail = halfAlpha(confidence);
  return {
    lower: x === 0 ? 0 : gammaQuantile(tail, x),
    // Stryker disable next-line StringLiteral: equivalent, gammaQuantile takes any tail other than "lower" as the upper one
    upper: gammaQuantile(tail, x + 1, "upper"),
    confidence,
    method: "exact",
  };
}

/**
 * Byar's approximation of the exact interval for a Poisson count x, as UK
 * public-health dashboards (Fingertips) use it:
 * L = x (1 - 1/(9x) - z/(3 sqrt x))^3, U = (x+1) (1 - 1/(9(x+1)) + z/(3 sqrt(x+1)))^3.
 * Close to the exact interval from about 10 upwards; for x = 0 the lower bound is 0.
 *
 * @param options - the count and the confidence level (default 0.95)
 * @returns the interval
 * @example
 * byarInterval({ count: 26 }) //=> { lower: 16.979..., upper: 38.097..., confidence: 0.95, method: "byar" }
 */
export function byarInterval(options: CountIntervalOptions): CountInterval {
  const { count: x } = options;
  const confidence = options.confidence ?? 0.95;
  assertCount(x, "the count");
  const z = normalQuantile(1 - halfAlpha(confidence));
  const lower = x === 0 ? 0 : x * (1 - 1 / (9 * x) - z / (3 * Math.sqrt(x))) ** 3;
  const y = x + 1;
  const upper = y * (1 - 1 / (9 * y) + z / (3 * Math.sqrt(y))) ** 3;
  return { lower, upper, confidence, method: "byar" };
}

/** Options of {@link poissonCountInterval}. */
export interface PoissonCountIntervalOptions extends CountIntervalOptions {
  /** Counts below this get the exact interval, others Byar's. Default 10. */
  readonly exactBelow?: number;
}

/**
 * The interval for one count as public-health practice computes it: exact for
 * small counts (below 10 by default), where Byar's approximation is least
 * accurate, and Byar's from there on.
 *
 * @param options - the count, the confidence level (default 0.95) and the threshold for the exact method (default 10)
 * @returns the interval with the method used
 * @example
 * poissonCountInterval({ count: 3 }).method //=> "exact"
 * poissonCountInterval({ count: 26 }).method //=> "byar"
 */
export function poissonCountInterval(options: PoissonCountIntervalOptions): CountInterval {
  return options.count < (options.exactBelow ?? 10)
    ? exactPoissonInterval(options)
    : byarInterval(options);
}
