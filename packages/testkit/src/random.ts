/**
 * Seeded random numbers for tests: simulations (verdicts, projections) and the
 * CLI's fuzz test. The same seed gives the same numbers on every machine, so a
 * simulated rate is a fixed, reviewable number and a failing fuzz case can be
 * replayed from its seed.
 *
 * The importers' synthetic national data set (`ivp bulk`, the benchmarks) has a
 * generator of its own in `packages/importers/src/synthetic/random.ts`: that
 * one makes data the program ships and stays with the program; this one serves
 * tests only. Both are mulberry32 and give the same numbers for a seed.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a small 32-bit generator, exactly reproducible in any JavaScript
 * engine.
 *
 * @param seed - any integer (taken modulo 2^32)
 * @returns a function that returns the next number in [0, 1)
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded draws from the distributions the simulations need. */
export interface SeededSampler {
  /** Uniform on [0, 1). */
  random(): number;
  uniform(min: number, max: number): number;
  /** Standard normal (Box-Muller). */
  normal(): number;
  /** Gamma with the given shape and scale 1 (Marsaglia and Tsang). */
  gamma(shape: number): number;
  /** Poisson (Knuth's multiplication method: for means up to a few hundred). */
  poisson(mean: number): number;
  /** A count with variance phi x mean: Poisson with a gamma-distributed mean. */
  overdispersed(mean: number, phi: number): number;
  /** A share with the given mean and standard deviation (a beta draw; exactly `mean` when sd is 0). */
  share(mean: number, sd: number): number;
}

/**
 * A seeded sampler for simulation tests.
 *
 * @param seed - any 32-bit integer
 * @returns draws from the uniform, normal, gamma, Poisson, overdispersed-count and share distributions
 */
export function seededSampler(seed: number): SeededSampler {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * random() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = random();
      if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  };
  const poisson = (mean: number) => {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = random();
    while (product > limit) {
      k++;
      product *= random();
    }
    return k;
  };
  return {
    random,
    uniform: (min, max) => min + (max - min) * random(),
    normal,
    gamma,
    poisson,
    overdispersed: (mean, phi) => poisson(gamma(mean / (phi - 1)) * (phi - 1)),
    share: (mean, sd) => {
      if (sd === 0) return mean;
      const size = (mean * (1 - mean)) / (sd * sd) - 1;
      const x = gamma(mean * size);
      return x / (x + gamma((1 - mean) * size));
    },
  };
}
