/**
 * The small seeded random number generators of the synthetic data set. Every
 * figure is drawn from a generator seeded by a hash of (seed, municipality,
 * crime type, year, month), so a figure does not depend on the order in which
 * the figures are written: the OData pages and the StatLine CSV of one seed
 * hold the same figures.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a 32-bit generator with a period of 2^32, plenty for the few
 * draws each figure needs, and exactly reproducible in any JavaScript engine.
 *
 * @param seed - any 32-bit integer
 * @returns a function that returns the next number in [0, 1)
 * @example
 * const random = mulberry32(42);
 * random() //=> 0.6011037519201636
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

/**
 * Mixes integers into one 32-bit seed (MurmurHash3's finaliser after each
 * part), so neighbouring inputs (month 1 and month 2) give unrelated streams.
 *
 * @param parts - integers (negative and large values are taken modulo 2^32)
 * @returns an unsigned 32-bit integer
 * @example
 * mixSeed(42, 0, 1) === mixSeed(42, 0, 1) //=> true
 * mixSeed(42, 0, 1) === mixSeed(42, 1, 0) //=> false
 */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0xcc9e2d51);
    h ^= h >>> 15;
    h = Math.imul(h, 0x1b873593);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/**
 * A draw from the standard normal distribution (Box-Muller).
 *
 * @example
 * Number.isFinite(normal(mulberry32(1))) //=> true
 */
export function normal(random: Random): number {
  // 1 - u lies in (0, 1]: the logarithm is finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** ln(k!) for k = 0..9, summed exactly enough in doubles. */
const LOG_FACTORIALS = Array.from({ length: 10 }, (_, k) => {
  let sum = 0;
  for (let i = 2; i <= k; i++) sum += Math.log(i);
  return sum;
});

/** ln(k!), exact from a table below 10, Stirling's series (error below 1e-10) above. */
function logFactorial(k: number): number {
  if (k < 10) return LOG_FACTORIALS[k] as number;
  const k2 = k * k;
  return (
    (k + 0.5) * Math.log(k) -
    k +
    0.9189385332046728 +
    1 / (12 * k) -
    1 / (360 * k * k2) +
    1 / (1260 * k2 * k2 * k)
  );
}

/**
 * A draw from the Poisson distribution with the given mean: Knuth's
 * multiplication method below a mean of 30 (a few uniform draws), Hörmann's
 * transformed rejection (PTRS, 1993) above it, which needs about 1.2 pairs of
 * uniform draws whatever the mean (a national monthly total is in the
 * thousands).
 *
 * @param mean - the expected count (0 or more)
 * @param random - the uniform source
 * @returns a whole number of 0 or more
 * @example
 * samplePoisson(0, mulberry32(1)) //=> 0
 * Number.isInteger(samplePoisson(4000, mulberry32(1))) //=> true
 */
export function samplePoisson(mean: number, random: Random): number {
  if (!(mean > 0)) return 0;
  if (mean < 30) {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = random();
    while (product > limit) {
      k++;
      product *= random();
    }
    return k;
  }
  const root = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * root;
  const a = -0.059 + 0.02483 * b;
  const inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random() - 0.5;
    const v = random();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b) <=
      -mean + k * logMean - logFactorial(k)
    ) {
      return k;
    }
  }
}
