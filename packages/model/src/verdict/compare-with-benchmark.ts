import {
  gammaQuantile,
  normalCdf,
  normalQuantile,
  regularizedGamma,
} from "../_lib/special-functions.ts";
import { IvpError } from "../errors.ts";
import type { Direction } from "../schema/types.ts";
import { assertExposure, halfAlpha, MAX_COUNT } from "../statistics/confidence-interval.ts";

/**
 * Where a value lies against a benchmark, beyond chance or not:
 * `better` / `worse` when its interval lies wholly on that side of the
 * benchmark (and of its tolerance band), `indistinguishable` when the interval
 * reaches the band.
 */
export type BenchmarkSide = "better" | "worse" | "indistinguishable";

/**
 * How the uncertainty of the value was known:
 * - `poisson`: a count, with the exact (Garwood) Poisson interval;
 * - `quasi-poisson`: a count whose series varies more than Poisson does: the
 *   count is divided by the dispersion phi (an "effective count", as a design
 *   effect does for a survey) and the exact interval of that is scaled back;
 * - `supplied-interval`: the interval the publisher supplied (a survey's
 *   margins), read as a normal interval;
 * - `tolerance`: no interval; only the declared tolerance keeps small
 *   differences from counting.
 */
export type BenchmarkMethod = "poisson" | "quasi-poisson" | "supplied-interval" | "tolerance";

/** The comparison of a value with a benchmark, with every component. */
export interface BenchmarkComparison {
  /** The value compared (on the benchmark's scale). */
  readonly value: number;
  readonly benchmark: number;
  /** Differences up to this, either way, do not count (declared by the plan; 0 by default). */
  readonly tolerance: number;
  readonly method: BenchmarkMethod;
  /** The dispersion phi the interval was widened with (1 for plain Poisson); `null` for other methods. */
  readonly dispersion: number | null;
  /** The interval of the value; `null` for `tolerance`. */
  readonly interval: {
    readonly lower: number;
    readonly upper: number;
    readonly confidence: number;
  } | null;
  /**
   * The two-sided p-value of "the value's expectation lies in the tolerance
   * band", consistent with the interval: `pValue < 1 - confidence` exactly
   * when the interval lies outside the band; 1 when the value is inside the
   * band; `null` for `tolerance`.
   */
  readonly pValue: number | null;
  /** Which side of the benchmark band the value itself lies on, whatever chance says. */
  readonly estimateSide: BenchmarkSide;
  /** Which side of the benchmark the value lies on, beyond chance or not (before any correction for multiple tests). */
  readonly side: BenchmarkSide;
}

/** Options shared by the comparisons. */
interface CommonOptions {
  /** The benchmark, on the value's scale (a count's benchmark scaled to the count's exposure). */
  readonly benchmark: number;
  readonly direction: Direction;
  /** Differences up to this do not count. Default 0. */
  readonly tolerance?: number | undefined;
  /** Confidence level of the interval. Default 0.95. */
  readonly confidence?: number | undefined;
}

/** Options of {@link compareCountWithBenchmark}. */
export interface CompareCountOptions extends CommonOptions {
  /** A count: a whole number from 0 to 10^8. */
  readonly count: number;
  /**
   * The dispersion phi of the count's series (quasi-Poisson): its variance is
   * phi times its mean. Values below 1 count as 1. Default 1.
   */
  readonly dispersion?: number | undefined;
}

/** Options of {@link compareRateWithBenchmark}. */
export interface CompareRateOptions extends CommonOptions {
  /** The count the rate was computed from: a whole number from 0 to 10^8. */
  readonly count: number;
  /** The population it was computed over (the exposure of the count): positive. */
  readonly population: number;
  /** Per how many inhabitants the rate is: 1,000, 10,000 or 100,000. */
  readonly per: number;
}

/** Options of {@link compareEstimateWithBenchmark}. */
export interface CompareEstimateOptions extends CommonOptions {
  readonly value: number;
  /** The supplied interval of the value at `confidence`; without one, only the tolerance separates. */
  readonly interval?: { readonly lower: number; readonly upper: number } | undefined;
}

function sideOf(
  lower: number,
  upper: number,
  low: number,
  high: number,
  direction: Direction,
): BenchmarkSide {
  const above = lower > high;
  const below = upper < low;
  if (!above && !below) return "indistinguishable";
  const good = direction === "lower-is-better" ? below : above;
  return good ? "better" : "worse";
}

function checkCommon(options: CommonOptions): { tolerance: number; confidence: number } {
  const tolerance = options.tolerance ?? 0;
  const confidence = options.confidence ?? 0.95;
  if (!Number.isFinite(options.benchmark)) {
    throw new IvpError(
      "invalid-number",
      `the benchmark must be a number, got ${options.benchmark}`,
    );
  }
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) {
    throw new IvpError("invalid-number", `the tolerance must be 0 or more, got ${tolerance}`);
  }
  halfAlpha(confidence);
  return { tolerance, confidence };
}

// The exact interval's bounds are gamma quantiles found by bisection (about a
// hundred incomplete-gamma evaluations each); counts repeat across a plan and
// across the municipalities of `ivp bulk`, so the bounds are kept.
const quantiles = new Map<string, number>();
const MAX_KEPT = 50_000;

function gammaBound(tail: number, shape: number, side: "lower" | "upper"): number {
  const key = `${tail}|${shape}|${side}`;
  let value = quantiles.get(key);
  if (value === undefined) {
    value = gammaQuantile(tail, shape, side);
    if (quantiles.size >= MAX_KEPT) quantiles.clear();
    quantiles.set(key, value);
  }
  return value;
}

/**
 * P(X <= k) and P(X >= k) for X Poisson with mean m, continued to a real k
 * through the incomplete gamma function: P(X <= k) = Q(k + 1, m) and
 * P(X >= k) = P(k, m) (1 for k = 0). For a whole k these are the Poisson
 * tails exactly.
 */
function poissonTails(k: number, m: number): { atMost: number; atLeast: number } {
  if (m <= 0) return { atMost: 1, atLeast: k <= 0 ? 1 : 0 };
  return {
    atMost: regularizedGamma(k + 1, m).upper,
    atLeast: k <= 0 ? 1 : regularizedGamma(k, m).lower,
  };
}

/**
 * Compares a count with a benchmark by the count's interval, as public-health
 * dashboards (Fingertips) compare a value with a benchmark: `better` or
 * `worse` only when the interval excludes the benchmark (widened by the
 * tolerance), otherwise `indistinguishable`.
 *
 * The interval is the exact (Garwood) Poisson interval, as R's
 * `poisson.test(x)$conf.int`; with a dispersion phi > 1 (quasi-Poisson) the
 * count is divided by phi, its exact interval taken, and scaled back by phi,
 * which widens it by about sqrt(phi). The p-value is the central two-sided
 * one, 2 x min(P(X <= x), P(X >= x)) under the band edge nearest the count,
 * so that it is below alpha exactly when the interval excludes the band.
 *
 * @param options - the count, the benchmark, the direction of good, the tolerance, the dispersion and the confidence level
 * @returns the comparison with its interval, p-value and side
 * @example
 * compareCountWithBenchmark({ count: 46, benchmark: 65.79, direction: "lower-is-better" })
 * //=> { interval: { lower: 33.68, upper: 61.36, confidence: 0.95 }, side: "better", pValue: 0.0095..., method: "poisson", ... }
 * compareCountWithBenchmark({ count: 20, benchmark: 13.55, direction: "lower-is-better" }).side
 * //=> "indistinguishable"
 */
export function compareCountWithBenchmark(options: CompareCountOptions): BenchmarkComparison {
  const { count, benchmark, direction } = options;
  const { tolerance, confidence } = checkCommon(options);
  if (!Number.isInteger(count) || count < 0 || count > MAX_COUNT) {
    throw new IvpError(
      "invalid-number",
      `the count must be a whole number from 0 to 10^8, got ${count}`,
    );
  }
  const rawDispersion = options.dispersion ?? 1;
  assertExposure(rawDispersion, "the dispersion");
  const phi = Math.max(1, rawDispersion);
  const tail = halfAlpha(confidence);
  const k = count / phi;
  const interval = {
    lower: k === 0 ? 0 : phi * gammaBound(tail, k, "lower"),
    upper: phi * gammaBound(tail, k + 1, "upper"),
    confidence,
  };
  const low = Math.max(0, benchmark - tolerance);
  const high = benchmark + tolerance;
  let pValue = 1;
  if (count > high) pValue = Math.min(1, 2 * poissonTails(k, high / phi).atLeast);
  else if (count < low) pValue = Math.min(1, 2 * poissonTails(k, low / phi).atMost);
  return {
    value: count,
    benchmark,
    tolerance,
    method: phi > 1 ? "quasi-poisson" : "poisson",
    dispersion: phi,
    interval,
    pValue,
    estimateSide: sideOf(count, count, low, high, direction),
    side: sideOf(interval.lower, interval.upper, low, high, direction),
  };
}

/**
 * Compares a rate per `per` inhabitants, computed as count x per /
 * population, with a benchmark rate. The count carries the chance, the
 * population is its exposure: the benchmark becomes the count it implies
 * (benchmark x population / per), the count is compared with it as in
 * {@link compareCountWithBenchmark}, and the interval is scaled back to the
 * rate. The interval is the one-sample exact (Garwood) interval of the count
 * divided by the exposure, as R's `poisson.test(count, population)$conf.int
 * * per`; a rate typed without its count has no such interval.
 *
 * @param options - the count, the population, per how many, the benchmark rate, the direction of good, the tolerance (in the rate's unit) and the confidence level
 * @returns the comparison on the rate's scale
 * @example
 * compareRateWithBenchmark({ count: 363, population: 12000, per: 1000, benchmark: 36, direction: "lower-is-better" })
 * //=> { value: 30.25, interval: { lower: 27.22, upper: 33.53, confidence: 0.95 }, side: "better", pValue: 0.00072..., method: "poisson", ... }
 */
export function compareRateWithBenchmark(options: CompareRateOptions): BenchmarkComparison {
  const { count, population, per } = options;
  assertExposure(population, "the population");
  assertExposure(per, "the rate's base");
  // count = rate x population / per: a rate is this many counts.
  const counts = population / per;
  const { tolerance } = checkCommon(options);
  const compared = compareCountWithBenchmark({
    count,
    benchmark: options.benchmark * counts,
    direction: options.direction,
    tolerance: tolerance * counts,
    confidence: options.confidence,
  });
  const interval = compared.interval as NonNullable<BenchmarkComparison["interval"]>;
  return {
    ...compared,
    value: count / counts,
    benchmark: options.benchmark,
    tolerance,
    interval: {
      lower: interval.lower / counts,
      upper: interval.upper / counts,
      confidence: interval.confidence,
    },
  };
}

/**
 * Compares an estimate (a survey percentage, a report grade, a rate) with a
 * benchmark. With a supplied interval (a survey's published margins, read as
 * a normal interval with standard error = half its width / z), `better` or
 * `worse` only when the interval excludes the benchmark band; without one, the
 * declared tolerance alone separates: a difference larger than the tolerance
 * counts (a declared tolerance of 0 says the figure is exact, such as a
 * share of files checked), and without a tolerance nothing can be told apart.
 *
 * @param options - the value, its supplied interval, the benchmark, the direction of good, the tolerance and the interval's confidence level
 * @returns the comparison, or `null` when there is neither an interval nor a tolerance
 * @example
 * compareEstimateWithBenchmark({ value: 7.3, interval: { lower: 7.1, upper: 7.5 }, benchmark: 7.6, direction: "higher-is-better" }).side
 * //=> "worse"
 * compareEstimateWithBenchmark({ value: 1.3, benchmark: 1.2, tolerance: 0.2, direction: "lower-is-better" }).side
 * //=> "indistinguishable"
 */
export function compareEstimateWithBenchmark(
  options: CompareEstimateOptions,
): BenchmarkComparison | null {
  const { value, benchmark, direction, interval: supplied } = options;
  const { tolerance, confidence } = checkCommon(options);
  if (!Number.isFinite(value)) {
    throw new IvpError("invalid-number", `the value must be a number, got ${value}`);
  }
  const low = benchmark - tolerance;
  const high = benchmark + tolerance;
  if (!supplied) {
    if (options.tolerance === undefined) return null;
    return {
      value,
      benchmark,
      tolerance,
      method: "tolerance",
      dispersion: null,
      interval: null,
      pValue: null,
      estimateSide: sideOf(value, value, low, high, direction),
      side: sideOf(value, value, low, high, direction),
    };
  }
  const z = normalQuantile(1 - halfAlpha(confidence));
  const se = (supplied.upper - supplied.lower) / (2 * z);
  if (!(Number.isFinite(se) && se > 0)) {
    throw new IvpError(
      "invalid-number",
      `the interval ${supplied.lower}-${supplied.upper} must have a positive width`,
    );
  }
  // Symmetric around the value, so that the interval and the p-value agree.
  const interval = { lower: value - z * se, upper: value + z * se, confidence };
  const distance = value > high ? value - high : value < low ? low - value : 0;
  return {
    value,
    benchmark,
    tolerance,
    method: "supplied-interval",
    dispersion: null,
    interval,
    pValue: distance === 0 ? 1 : Math.min(1, 2 * normalCdf(-distance / se)),
    estimateSide: sideOf(value, value, low, high, direction),
    side: sideOf(interval.lower, interval.upper, low, high, direction),
  };
}
