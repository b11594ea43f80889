/**
 * Special functions for exact tests and intervals: the log-gamma function, the
 * regularized incomplete beta and gamma functions, their inverses (Newton's method inside a bracket),
 * and the normal distribution. Pure TypeScript, double precision, no
 * dependencies, so `@ivp/model` stays small and runs in browsers.
 *
 * Accuracy: about 1e-14 relative for the functions and for the quantiles, far beyond the four digits a report prints.
 * The tests compare every function with values computed at 50 digits.
 *
 * Internal helper: not exported from the package. A value it cannot take is
 * a bug in its caller, so it throws an `internal` IvpError.
 */

import { IvpError } from "../errors.ts";

// Lanczos approximation, g = 7, 9 coefficients (relative error below 2e-15).
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
] as const;
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** The natural logarithm of the gamma function, for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new IvpError("internal", `logGamma needs x > 0, got ${x}`);
  if (x < 0.5) {
    // Reflection keeps the approximation in its accurate range.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** log(n choose k) for integers 0 <= k <= n. */
export function logChoose(n: number, k: number): number {
  if (k === 0 || k === n) return 0;
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/** The binomial probability P(X = k) for X ~ Binomial(n, p). */
export function binomialPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n) return 0;
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

// The loops below test without Math.abs, with the same outcome for every
// double (NaN included): in code that runs a few times per process V8 only
// interprets, and each Math.abs is a call and a new heap number (callgrind,
// `ivp status` on Laren: some 1.4 million instructions in Math.abs alone).
// |d| < TINY is `d < TINY && d > -TINY`; the continued fractions'
// |delta - 1| < EPSILON is `delta === 1`, as no double but 1 is nearer to 1
// than 1.1e-16 (and delta - 1 is exact near 1); the series' terms and sums
// are never negative.

/**
 * The continued fraction of the incomplete beta function (modified Lentz),
 * converging fast for x < (a + 1) / (a + b + 2).
 */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (d < TINY && d > -TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (d < TINY && d > -TINY) d = TINY;
    c = 1 + aa / c;
    if (c < TINY && c > -TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (d < TINY && d > -TINY) d = TINY;
    c = 1 + aa / c;
    if (c < TINY && c > -TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (delta === 1) return h;
  }
  throw new IvpError("internal", `incomplete beta did not converge for x=${x}, a=${a}, b=${b}`);
}

/** Both tails of a distribution: `lower` + `upper` = 1, each computed where it is accurate. */
export interface Tails {
  readonly lower: number;
  readonly upper: number;
}

/**
 * The regularized incomplete beta function I_x(a, b) (`lower`) and its
 * complement 1 - I_x(a, b) (`upper`), each accurate also when it is tiny.
 */
export function regularizedBeta(x: number, a: number, b: number): Tails {
  if (!(a > 0 && b > 0))
    throw new IvpError("internal", `regularizedBeta needs a, b > 0, got ${a}, ${b}`);
  return regularizedBetaWith(x, a, b, logGammas(a, b));
}

/**
 * log Γ(a + b), log Γ(a) and log Γ(b): the terms of the incomplete beta
 * function and of the beta density that do not depend on x. A quantile
 * evaluates both at many x for one (a, b): it computes these once
 * ({@link betaQuantile}) rather than three times per evaluation. Each
 * expression below still adds them in its original order, so every result is
 * the same double as before.
 */
interface LogGammas {
  readonly ab: number;
  readonly a: number;
  readonly b: number;
}

function logGammas(a: number, b: number): LogGammas {
  return { ab: logGamma(a + b), a: logGamma(a), b: logGamma(b) };
}

/** {@link regularizedBeta} with the log-gamma terms of (a, b) given (a, b > 0). */
function regularizedBetaWith(x: number, a: number, b: number, lg: LogGammas): Tails {
  if (x <= 0) return { lower: 0, upper: 1 };
  if (x >= 1) return { lower: 1, upper: 0 };
  const logFront = lg.ab - lg.a - lg.b + a * Math.log(x) + b * Math.log1p(-x);
  const front = Math.exp(logFront);
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (front * betaContinuedFraction(x, a, b)) / a;
    return { lower, upper: 1 - lower };
  }
  const upper = (front * betaContinuedFraction(1 - x, b, a)) / b;
  return { lower: 1 - upper, upper };
}

/**
 * The regularized incomplete gamma functions P(a, x) (`lower`) and
 * Q(a, x) = 1 - P(a, x) (`upper`): a series below a + 1, a continued
 * fraction above it.
 */
export function regularizedGamma(a: number, x: number): Tails {
  if (!(a > 0)) throw new IvpError("internal", `regularizedGamma needs a > 0, got ${a}`);
  return regularizedGammaWith(a, x, logGamma(a));
}

/** {@link regularizedGamma} with log Γ(a) given (a > 0): {@link gammaQuantile} computes it once. */
function regularizedGammaWith(a: number, x: number, logGammaA: number): Tails {
  if (x <= 0) return { lower: 0, upper: 1 };
  const logFront = -x + a * Math.log(x) - logGammaA;
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n <= MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (term < sum * EPSILON) {
        const lower = sum * Math.exp(logFront);
        return { lower, upper: 1 - lower };
      }
    }
    throw new IvpError("internal", `incomplete gamma series did not converge for a=${a}, x=${x}`);
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (d < TINY && d > -TINY) d = TINY;
    c = b + an / c;
    if (c < TINY && c > -TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (delta === 1) {
      const upper = Math.exp(logFront) * h;
      return { lower: 1 - upper, upper };
    }
  }
  throw new IvpError("internal", `incomplete gamma fraction did not converge for a=${a}, x=${x}`);
}

/**
 * Where {@link solveIncreasing} stops: a step below 2^-46 (1.4e-14) of the
 * root. The incomplete beta and gamma functions are themselves accurate to
 * about 1e-14, so a smaller step only chases their rounding noise: Newton's
 * steps then stop shrinking, and each is refused for a bisection of the whole
 * bracket (some 50 more evaluations for a quantile, measured on Laren's plan).
 */
const STEP_TOLERANCE = 2 ** -46;

/**
 * The root of an increasing function on [lo, hi], to the accuracy of the
 * function (see STEP_TOLERANCE): Newton's method with the function's derivative (a density), kept
 * inside a bracket that shrinks at every step, and a bisection step whenever
 * Newton's would leave the bracket or shrink it too slowly ("rtsafe",
 * Numerical Recipes 9.4). Bisection alone needs some 60 evaluations of an
 * incomplete beta or gamma function per quantile (and up to 1,000 for a root
 * near 0); this needs 5 to 10. Where the derivative underflows to
 * 0 the bisection steps still converge.
 */
function solveIncreasing(
  f: (x: number) => number,
  derivative: (x: number) => number,
  lo: number,
  hi: number,
): number {
  let a = lo;
  let b = hi;
  let x = a + (b - a) / 2;
  let stepBefore = b - a;
  for (let i = 0; i < 2000; i++) {
    const fx = f(x);
    if (fx === 0) return x;
    if (fx < 0) a = x;
    else b = x;
    const step = fx / derivative(x);
    // Converged: Newton's step is within the functions' own accuracy (it may
    // even be below the last bit of x, which no bracket test would accept).
    if (Math.abs(step) <= STEP_TOLERANCE * Math.abs(x)) return x - step;
    let next = x - step;
    if (!(next > a && next < b) || Math.abs(step) > stepBefore / 2) {
      next = a + (b - a) / 2;
      if (next <= a || next >= b) return next;
    }
    stepBefore = Math.abs(next - x);
    x = next;
  }
  return x;
}

/** The beta density x^(a-1) (1-x)^(b-1) / B(a, b), with the log-gamma terms of (a, b). */
function betaDensity(x: number, a: number, b: number, lg: LogGammas): number {
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) + lg.ab - lg.a - lg.b);
}

/** The gamma density (shape a, scale 1) x^(a-1) e^-x / Gamma(a), with log Γ(a). */
function gammaDensity(x: number, a: number, logGammaA: number): number {
  return Math.exp((a - 1) * Math.log(x) - x - logGammaA);
}

/**
 * The quantile of the beta distribution: the x with I_x(a, b) = `probability`
 * (lower tail), or with 1 - I_x(a, b) = `probability` when `tail` is
 * `"upper"`. Giving the small tail directly keeps its precision (1 - 0.975 is
 * not exactly 0.025 in binary).
 */
export function betaQuantile(
  probability: number,
  a: number,
  b: number,
  tail: "lower" | "upper" = "lower",
): number {
  if (probability <= 0) return tail === "lower" ? 0 : 1;
  if (probability >= 1) return tail === "lower" ? 1 : 0;
  if (!(a > 0 && b > 0))
    throw new IvpError("internal", `regularizedBeta needs a, b > 0, got ${a}, ${b}`);
  const lg = logGammas(a, b);
  const density = (x: number) => betaDensity(x, a, b, lg);
  return tail === "lower"
    ? solveIncreasing((x) => regularizedBetaWith(x, a, b, lg).lower - probability, density, 0, 1)
    : solveIncreasing((x) => probability - regularizedBetaWith(x, a, b, lg).upper, density, 0, 1);
}

/**
 * The quantile of the gamma distribution with shape a and scale 1: the x with
 * P(a, x) = `probability` (lower tail) or Q(a, x) = `probability` (upper tail).
 */
export function gammaQuantile(
  probability: number,
  a: number,
  tail: "lower" | "upper" = "lower",
): number {
  if (probability <= 0) return tail === "lower" ? 0 : Number.POSITIVE_INFINITY;
  if (probability >= 1) return tail === "lower" ? Number.POSITIVE_INFINITY : 0;
  if (!(a > 0)) throw new IvpError("internal", `regularizedGamma needs a > 0, got ${a}`);
  const logGammaA = logGamma(a);
  const f = (x: number) =>
    tail === "lower"
      ? regularizedGammaWith(a, x, logGammaA).lower - probability
      : probability - regularizedGammaWith(a, x, logGammaA).upper;
  let hi = Math.max(1, 2 * a);
  while (f(hi) < 0) hi *= 2;
  return solveIncreasing(f, (x) => gammaDensity(x, a, logGammaA), 0, hi);
}

/** The complementary error function erfc(x) = Q(1/2, x^2) for x >= 0. */
function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  if (x === 0) return 1;
  return regularizedGamma(0.5, x * x).upper;
}

/** The standard normal distribution function. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/**
 * Normal and t quantiles already computed, by their arguments: the trend test
 * of every indicator asks for the same ones (one alpha, a few degrees of
 * freedom), each some ten evaluations of an incomplete gamma or beta function
 * (in `ivp bulk`'s 342 plans 3,069 of each, of 1 and 3 different arguments).
 * The same doubles as computing them again. Cleared when full, so memory
 * stays bounded.
 */
const QUANTILES = new Map<string, number>();

function remembered(key: string, compute: () => number): number {
  let value = QUANTILES.get(key);
  if (value === undefined) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when the memo is emptied only changes time and memory, not a quantile
    if (QUANTILES.size >= 1000) QUANTILES.clear();
    value = compute();
    QUANTILES.set(key, value);
  }
  return value;
}

/** The standard normal quantile: the z with normalCdf(z) = p. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new IvpError("internal", `normalQuantile needs 0 < p < 1, got ${p}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -normalQuantile(1 - p);
  // Upper half: solve on the upper tail, Q(z) = 1 - p.
  const tail = 1 - p;
  return remembered(`${p}`, () =>
    solveIncreasing(
      (z) => tail - 0.5 * erfc(z / Math.SQRT2),
      (z) => Math.exp(-0.5 * z * z - HALF_LOG_TWO_PI),
      0,
      40,
    ),
  );
}

/**
 * The distribution function of Student's t distribution with `df` degrees of
 * freedom (df > 0, not necessarily whole), as R's `pt(t, df)`. Uses
 * P(T <= t) = I_x(df/2, 1/2) / 2 with x = df / (df + t^2) for t < 0, and the
 * symmetry P(T <= t) = 1 - P(T <= -t); the lower tail stays accurate when it
 * is tiny, so a two-sided p-value is `2 * studentTCdf(-Math.abs(t), df)`.
 */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0)) throw new IvpError("internal", `studentTCdf needs df > 0, got ${df}`);
  if (Number.isNaN(t)) return Number.NaN;
  if (t === 0) return 0.5;
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5).lower;
  return t < 0 ? tail : 1 - tail;
}

/**
 * The quantile of Student's t distribution, as R's `qt(p, df)`: the t with
 * P(T <= t) = p, through the beta quantile (x with I_x(df/2, 1/2) = 2 min(p, 1 - p)).
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1))
    throw new IvpError("internal", `studentTQuantile needs 0 < p < 1, got ${p}`);
  if (!(df > 0)) throw new IvpError("internal", `studentTQuantile needs df > 0, got ${df}`);
  if (p === 0.5) return 0;
  return remembered(`${p},${df}`, () => {
    const x = betaQuantile(2 * Math.min(p, 1 - p), df / 2, 0.5);
    const t = Math.sqrt((df * (1 - x)) / x);
    return p < 0.5 ? -t : t;
  });
}
