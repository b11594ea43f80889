/**
 * The small-count statistics the significance page works through, computed
 * here so the page's numbers are generated, never typed. These follow the
 * published definitions (R's `poisson.test` and `binom.test`, Byar's
 * approximation); a test checks them against R's own reference results.
 */

function logFactorial(n: number): number {
  let sum = 0;
  for (let i = 2; i <= n; i++) sum += Math.log(i);
  return sum;
}

/** Binomial probability of exactly `k` successes in `n` trials with probability `p`. */
function binomialPmf(k: number, n: number, p: number): number {
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  const logC = logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  return Math.exp(logC + k * Math.log(p) + (n - k) * Math.log(1 - p));
}

function binomialCdf(k: number, n: number, p: number): number {
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += binomialPmf(i, n, p);
  return Math.min(1, sum);
}

/** Solves a monotone increasing function of p in [0, 1] for `target` by bisection. */
function solve(f: (p: number) => number, target: number): number {
  let low = 0;
  let high = 1;
  for (let i = 0; i < 200; i++) {
    const mid = (low + high) / 2;
    if (f(mid) < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** The result of {@link poissonRateTest}. */
export interface PoissonRateTest {
  /** Exact two-sided p-value. */
  readonly pValue: number;
  /** (x1 / t1) / (x2 / t2). */
  readonly rateRatio: number;
  /** Exact 95% interval of the rate ratio. */
  readonly interval: readonly [number, number];
}

/**
 * The exact conditional test of two Poisson counts, as R's
 * `poisson.test(c(x1, x2), c(t1, t2))`: given n = x1 + x2, x1 is binomial with
 * p = t1 / (t1 + t2). The two-sided p-value adds the probabilities of every
 * outcome no more likely than the observed one (relative tolerance 1e-7); the
 * interval is Clopper-Pearson for x1 / n, turned into a rate ratio.
 *
 * @example
 * poissonRateTest({ x1: 54, x2: 26 }).pValue.toFixed(4) //=> "0.0023"
 */
export function poissonRateTest(options: {
  x1: number;
  x2: number;
  t1?: number;
  t2?: number;
}): PoissonRateTest {
  const { x1, x2, t1 = 1, t2 = 1 } = options;
  const n = x1 + x2;
  const p = t1 / (t1 + t2);
  const observed = binomialPmf(x1, n, p);
  let pValue = 0;
  for (let k = 0; k <= n; k++) {
    const probability = binomialPmf(k, n, p);
    if (probability <= observed * (1 + 1e-7)) pValue += probability;
  }
  const alpha = 0.05;
  const lowP = x1 === 0 ? 0 : solve((q) => 1 - binomialCdf(x1 - 1, n, q), alpha / 2);
  const highP = x1 === n ? 1 : solve((q) => 1 - binomialCdf(x1, n, q), 1 - alpha / 2);
  const ratio = (q: number) => (q / (1 - q)) * (t2 / t1);
  return {
    pValue: Math.min(1, pValue),
    rateRatio: x1 / t1 / (x2 / t2),
    interval: [ratio(lowP), highP === 1 ? Number.POSITIVE_INFINITY : ratio(highP)],
  };
}

/**
 * Byar's approximate 95% interval for one Poisson count x:
 * L = x(1 - 1/(9x) - z/(3√x))³, U = (x+1)(1 - 1/(9(x+1)) + z/(3√(x+1)))³.
 *
 * @example
 * byarInterval(26).map((v) => v.toFixed(1)) //=> ["17.0", "38.1"]
 */
export function byarInterval(x: number, z = 1.959963984540054): readonly [number, number] {
  const lower = x === 0 ? 0 : x * (1 - 1 / (9 * x) - z / (3 * Math.sqrt(x))) ** 3;
  const upper = (x + 1) * (1 - 1 / (9 * (x + 1)) + z / (3 * Math.sqrt(x + 1))) ** 3;
  return [lower, upper];
}
