import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import {
  betaQuantile,
  binomialPmf,
  gammaQuantile,
  logChoose,
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedBeta,
  regularizedGamma,
  studentTCdf,
  studentTQuantile,
} from "./special-functions.ts";

/** |a - b| <= tolerance x max(|b|, tiny): a relative comparison that also works near 0. */
function expectRelative(actual: number, expected: number, tolerance = 1e-12): void {
  const scale = Math.max(Math.abs(expected), 1e-300);
  expect(Math.abs(actual - expected) / scale).toBeLessThanOrEqual(tolerance);
}

/** n! as a float, for the log-gamma checks (exact for n <= 22). */
function factorial(n: number): number {
  let result = 1;
  for (let i = 2; i <= n; i++) result *= i;
  return result;
}

/** P(X <= k) for X ~ Binomial(n, p) by summing the probabilities term by term. */
function binomialCdfBySum(k: number, n: number, p: number): number {
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += binomialPmf(i, n, p);
  return sum;
}

/** P(X <= k) for X ~ Poisson(lambda) by summing e^-lambda lambda^i / i!. */
function poissonCdfBySum(k: number, lambda: number): number {
  let term = Math.exp(-lambda);
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term *= lambda / i;
    sum += term;
  }
  return sum;
}

describe("logGamma", () => {
  it.each([2, 3, 5, 10, 15, 22])("log((%i - 1)!) for an integer", (n) => {
    expectRelative(logGamma(n), Math.log(factorial(n - 1)), 1e-13);
  });

  it("log Gamma(1) = log 0! = 0", () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-14);
  });

  it("Gamma(1/2) = sqrt(pi)", () => {
    expectRelative(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
  });

  it("log C(80, 54) from factorials", () => {
    // C(80, 54) = 80! / (54! 26!) = 1.0980...e21, computed exactly with BigInt.
    let numerator = 1n;
    for (let i = 55n; i <= 80n; i++) numerator *= i;
    let denominator = 1n;
    for (let i = 2n; i <= 26n; i++) denominator *= i;
    expectRelative(logChoose(80, 54), Math.log(Number(numerator / denominator)), 1e-13);
  });

  it("rejects x <= 0", () => {
    expect(() => logGamma(0)).toThrow(IvpError);
  });
});

describe("regularizedBeta", () => {
  it.each([
    [20, 80, 0.5],
    [3, 10, 0.25],
    [700, 925, 0.75],
    [0, 12, 0.3],
    [11, 32, 800 / 3811],
  ])("P(X <= %i) for Binomial(%i, %f) equals the sum of the probabilities", (k, n, p) => {
    // P(X <= k) = 1 - I_p(k + 1, n - k)
    expectRelative(regularizedBeta(p, k + 1, n - k).upper, binomialCdfBySum(k, n, p), 1e-11);
  });

  it("keeps a tiny tail accurate instead of computing 1 - (almost 1)", () => {
    // P(X >= 80) for Binomial(80, 1/2) = 2^-80.
    expectRelative(regularizedBeta(0.5, 80, 1).lower, 2 ** -80, 1e-12);
  });

  it("is 0 and 1 outside (0, 1)", () => {
    expect(regularizedBeta(0, 2, 3)).toEqual({ lower: 0, upper: 1 });
    expect(regularizedBeta(1, 2, 3)).toEqual({ lower: 1, upper: 0 });
  });

  it("lower + upper = 1 and both lie in [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        (x, a, b) => {
          const { lower, upper } = regularizedBeta(x, a, b);
          expect(lower).toBeGreaterThanOrEqual(0);
          expect(upper).toBeGreaterThanOrEqual(0);
          expect(Math.abs(lower + upper - 1)).toBeLessThan(1e-12);
        },
      ),
    );
  });
});

describe("regularizedGamma", () => {
  it.each([
    [0, 3.688879454113936],
    [5, 2.5],
    [26, 38.096024083125],
    [137, 115.020534433799],
    [500, 480],
  ])("P(Poisson <= %i) = Q(k + 1, lambda) for lambda = %f", (k, lambda) => {
    expectRelative(regularizedGamma(k + 1, lambda).upper, poissonCdfBySum(k, lambda), 1e-11);
  });
});

describe("quantiles", () => {
  it("betaQuantile inverts regularizedBeta (lower tail)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        (a, b, q) => {
          const x = betaQuantile(q, a, b);
          expect(Math.abs(regularizedBeta(x, a, b).lower - q)).toBeLessThan(1e-10);
        },
      ),
    );
  });

  it("betaQuantile with tail 'upper' solves 1 - I_x(a, b) = q", () => {
    const x = betaQuantile(0.025, 27, 54, "upper");
    expect(Math.abs(regularizedBeta(x, 27, 54).upper - 0.025)).toBeLessThan(1e-14);
  });

  it("gammaQuantile inverts regularizedGamma", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        (a, q) => {
          const x = gammaQuantile(q, a);
          expect(Math.abs(regularizedGamma(a, x).lower - q)).toBeLessThan(1e-10);
        },
      ),
    );
  });

  // The quantiles compute the log-gamma terms of (a, b) once per quantile, not
  // at every step: these are the exact doubles of the version that computed them
  // at every step (same order of operations, so the same rounding; printed
  // figures and intervals do not move by a bit).
  it("the same doubles as computing the log-gamma terms at every step", () => {
    expect([
      betaQuantile(0.025, 27, 54),
      betaQuantile(0.025, 27, 54, "upper"),
      betaQuantile(0.975, 301, 285),
      betaQuantile(0.05, 3.5, 0.5),
      gammaQuantile(0.025, 38),
      gammaQuantile(0.025, 139, "upper"),
      gammaQuantile(0.5, 0.5),
    ]).toEqual([
      0.2355261379836521, 0.43893704560444685, 0.5540262581770596, 0.5559328905389822,
      26.89106164519612, 163.03973180371594, 0.22746821155978605,
    ]);
  });

  // Reference values of R's qbeta and qgamma (the R call in each row), computed
  // at 60 digits with mpmath (bisection of betainc / gammainc, regularized) and
  // rounded to doubles: the quantiles where
  // the reports use them (the tail (1 - 0.95) / 2 of an exact interval) and at
  // the edges (a count of 0 or 1, shapes below 1, huge counts, tails near 0
  // and 1, a tiny upper tail far above the shape).
  const TAIL = (1 - 0.95) / 2; // 0.025000000000000022, as R's (1 - 0.95) / 2
  it.each([
    // qbeta(TAIL, 46, 71), qbeta(TAIL, 47, 70, lower.tail = FALSE): Laren's Clopper-Pearson interval
    [TAIL, 46, 71, "lower", 0.3069355450221987, 1e-14],
    [TAIL, 47, 70, "upper", 0.4915830722689795, 1e-14],
    [TAIL, 27, 54, "lower", 0.23552613798365085, 1e-14],
    [TAIL, 27, 54, "upper", 0.4389370456044484, 1e-14],
    // qbeta(TAIL, 1, 100): a count of 0 or 1
    [TAIL, 1, 100, "lower", 0.00025314603297742086, 1e-13],
    [TAIL, 1, 100, "upper", 0.03621669264517641, 1e-14],
    // qbeta(TAIL, 1, 50, lower.tail = FALSE) = 1 - TAIL^(1/50): the upper bound of a count of 0
    [TAIL, 1, 50, "upper", 0.07112173646419764, 1e-14],
    [TAIL, 700, 900, "lower", 0.4132774817444464, 1e-13],
    // qbeta(0.975, 301, 285): a tail near 1 given as the lower one
    [0.975, 301, 285, "lower", 0.5540262581770582, 1e-14],
    // qbeta(1e-10, 0.5, 3), qbeta(0.999, 2, 5), qbeta(0.5, 0.1, 0.1): shapes below 1, tails near 0 and 1
    [1e-10, 0.5, 3, "lower", 2.8444444444444445e-21, 1e-14],
    [0.999, 2, 5, "lower", 0.818613866919134, 1e-14],
    [0.5, 0.1, 0.1, "lower", 0.5, 1e-14],
    // qbeta(0.05, 4, 0.5), qbeta(0.05, 3.5, 0.5): Student's t with 8 and 7 degrees of freedom
    [0.05, 4, 0.5, "lower", 0.6007063523572439, 1e-14],
    [0.05, 3.5, 0.5, "lower", 0.555932890538982, 1e-14],
    // qbeta(TAIL, 101.64873205778507, 116.73177687114247, lower.tail = FALSE): a quasi-Poisson interval
    [TAIL, 101.64873205778507, 116.73177687114247, "upper", 0.5317066122392561, 1e-14],
  ] as const)("betaQuantile(%f, %f, %f, %s) = qbeta", (p, a, b, tail, expected, tolerance) => {
    expectRelative(betaQuantile(p, a, b, tail), expected, tolerance);
  });

  it.each([
    // qgamma(TAIL, 46), qgamma(TAIL, 47, lower.tail = FALSE): Laren's exact Poisson interval
    [TAIL, 46, "lower", 33.677781408971875, 1e-14],
    [TAIL, 47, "upper", 61.357553710586, 1e-14],
    [TAIL, 38, "lower", 26.89106164519615, 1e-14],
    [TAIL, 139, "upper", 163.03973180371514, 1e-14],
    // qgamma(TAIL, 1, lower.tail = FALSE) = -log(TAIL): the upper bound of a count of 0
    [TAIL, 1, "upper", 3.6888794541139354, 1e-14],
    [TAIL, 7.441199642838385, "lower", 3.093498010485288, 1e-14],
    // qgamma(1e-10, 0.3), qgamma(0.5, 0.05), qgamma(1e-300, 5): shapes below 1, tails near 0
    [1e-10, 0.3, "lower", 3.2364402266035518e-34, 1e-14],
    [0.5, 0.05, "lower", 5.573878440746248e-7, 1e-14],
    [0.5, 0.5, "lower", 0.2274682115597864, 1e-14],
    [1e-300, 5, "lower", 2.6051710289760403e-60, 1e-7],
    // qgamma(1e-300, 5, lower.tail = FALSE): far beyond the first guess, the bracket unbounded above
    [1e-300, 5, "upper", 713.8859780649443, 1e-14],
    [1e-300, 172.1385753631592, "upper", 1190.533018353554, 1e-14],
    // qgamma(0.975, 3000): a tail near 1 given as the lower one
    [0.975, 3000, "lower", 3108.2956394906832, 1e-13],
  ] as const)("gammaQuantile(%f, %f, %s) = qgamma", (p, a, tail, expected, tolerance) => {
    expectRelative(gammaQuantile(p, a, tail), expected, tolerance);
  });

  it("inverts the functions also for huge counts", () => {
    for (const n of [1e5, 1e6, 1e8]) {
      expectRelative(regularizedGamma(n, gammaQuantile(TAIL, n)).lower, TAIL, 1e-6);
      expectRelative(
        regularizedGamma(n + 1, gammaQuantile(TAIL, n + 1, "upper")).upper,
        TAIL,
        1e-6,
      );
    }
    const x = betaQuantile(TAIL, 123143, 117870);
    expectRelative(regularizedBeta(x, 123143, 117870).lower, TAIL, 1e-8);
  });

  it("gives the same doubles when asked again (normal and t quantiles are remembered)", () => {
    const first = [normalQuantile(0.975), studentTQuantile(0.975, 8), studentTQuantile(0.025, 8)];
    expect([normalQuantile(0.975), studentTQuantile(0.975, 8), studentTQuantile(0.025, 8)]).toEqual(
      first,
    );
    // The doubles of the version without the memo (main at 801017e), and the
    // arguments are the key: each (p, df) its own quantile, also with more of
    // them than are remembered at once (the memo is emptied).
    expect(first).toEqual([1.9599639845400545, 2.3060041352041662, -2.3060041352041667]);
    for (let df = 1; df <= 1100; df += 1) {
      expect(studentTQuantile(0.975, df)).toBeGreaterThan(1.95);
    }
    expectRelative(studentTQuantile(0.975, 3), 3.182446305283708, 1e-10);
    expectRelative(studentTQuantile(0.025, 3), -3.182446305283708, 1e-10);
    expectRelative(normalQuantile(0.95), 1.6448536269514726, 1e-13);
  });

  it("reject a, b <= 0 as the functions they invert do", () => {
    expect(() => betaQuantile(0.5, 0, 2)).toThrow(/regularizedBeta needs a, b > 0/);
    expect(() => betaQuantile(0.5, 2, -1, "upper")).toThrow(/regularizedBeta needs a, b > 0/);
    expect(() => gammaQuantile(0.5, 0)).toThrow(/regularizedGamma needs a > 0/);
    expect(() => gammaQuantile(0.5, -2, "upper")).toThrow(/regularizedGamma needs a > 0/);
  });

  it("gammaQuantile(0.025, 1) = -log(0.975) exactly as the closed form", () => {
    expectRelative(gammaQuantile(0.025, 1), -Math.log(0.975), 1e-12);
    expectRelative(gammaQuantile(0.025, 1, "upper"), -Math.log(0.025), 1e-12);
  });
});

describe("normal distribution", () => {
  // Reference values computed at 50 digits (mpmath ncdf and erfinv), rounded to doubles.
  it.each([
    [1.96, 0.9750021048517795],
    [0, 0.5],
    [-1, 0.15865525393145705],
    [3, 0.9986501019683699],
  ])("normalCdf(%f) = %f", (z, p) => {
    expectRelative(normalCdf(z), p, 1e-14);
  });

  it.each([
    [0.975, 1.9599639845400543],
    [0.95, 1.6448536269514726],
    [0.995, 2.575829303548901],
    [0.025, -1.9599639845400543],
  ])("normalQuantile(%f) = %f", (p, z) => {
    expectRelative(normalQuantile(p), z, 1e-13);
  });

  it("normalQuantile rejects 0 and 1", () => {
    expect(() => normalQuantile(0)).toThrow(IvpError);
    expect(() => normalQuantile(1)).toThrow(IvpError);
  });
});

describe("Student's t distribution", () => {
  // R 4.2: options(digits = 16); pt(t, df)
  it.each([
    [-2.5, 3, 0.04385332350403275],
    [1.2, 3, 0.8418689426509476],
    [0, 5, 0.5],
    [-4.1, 10, 0.001072289174095986],
    [-0.3, 1, 0.4072264209222577],
    [-8, 2, 0.00763403608266907],
    [-30, 4, 3.676428048830662e-6],
    [1.5, 2.5, 0.8760817734568519],
    [-12, 100, 2.197543857802178e-21],
  ])("studentTCdf(%f, %f) = pt = %f", (t, df, p) => {
    expectRelative(studentTCdf(t, df), p, 1e-12);
  });

  it("is symmetric: P(T <= -t) = 1 - P(T <= t)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 0.5, max: 200, noNaN: true }),
        (t, df) => {
          expect(studentTCdf(-t, df) + studentTCdf(t, df)).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it("approaches the normal distribution for large df", () => {
    expectRelative(studentTCdf(1.96, 1e7), normalCdf(1.96), 1e-7);
  });

  // R 4.2: options(digits = 16); qt(p, df)
  it.each([
    [0.975, 3, 3.182446305283708],
    [0.975, 10, 2.228138851986274],
    [0.025, 1, -12.70620473617471],
    [0.995, 4, 4.604094871349992],
    [0.9, 2.5, 1.730250928807176],
    [0.5, 7, 0],
    [1e-6, 3, -103.2994677804193],
  ])("studentTQuantile(%f, %f) = qt = %f", (p, df, t) => {
    if (t === 0) expect(studentTQuantile(p, df)).toBe(0);
    else expectRelative(studentTQuantile(p, df), t, 1e-10);
  });

  it("studentTQuantile inverts studentTCdf", () => {
    // pt(2.2281388519649, 10) = 0.974999999999094
    expectRelative(studentTCdf(2.2281388519649, 10), 0.974999999999094, 1e-12);
    expectRelative(studentTCdf(studentTQuantile(0.01, 6), 6), 0.01, 1e-10);
  });

  it("rejects df <= 0 and probabilities outside (0, 1)", () => {
    expect(() => studentTCdf(1, 0)).toThrow(IvpError);
    expect(() => studentTQuantile(0, 3)).toThrow(IvpError);
    expect(() => studentTQuantile(1, 3)).toThrow(IvpError);
    expect(() => studentTQuantile(0.5, -1)).toThrow(IvpError);
    expect(studentTCdf(Number.NaN, 3)).toBeNaN();
  });
});

describe("the loops' tests without Math.abs", () => {
  // The continued fractions stop when delta === 1, which is what
  // |delta - 1| < 1e-16 said: no other double is that near to 1.
  it("no double but 1 is within 1e-16 of 1", () => {
    fc.assert(
      fc.property(fc.double(), (delta) => {
        expect(Math.abs(delta - 1) < 1e-16).toBe(delta === 1);
      }),
    );
    for (const delta of [1, 1 + 2 ** -52, 1 - 2 ** -53, 1 - 2 ** -52, 0.5, 2]) {
      expect(Math.abs(delta - 1) < 1e-16).toBe(delta === 1);
    }
  });

  it("d < TINY && d > -TINY is |d| < TINY for every double", () => {
    const tiny = 1e-300;
    fc.assert(
      fc.property(fc.double(), (d) => {
        expect(d < tiny && d > -tiny).toBe(Math.abs(d) < tiny);
      }),
    );
    for (const d of [0, -0, tiny, -tiny, 5e-324, -5e-324, Number.NaN, 1e-301, -1e-301]) {
      expect(d < tiny && d > -tiny).toBe(Math.abs(d) < tiny);
    }
  });
});
