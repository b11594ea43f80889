import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mixSeed, mulberry32, normal, samplePoisson } from "./random.ts";

describe("mulberry32", () => {
  it("gives the same numbers for the same seed, in [0, 1)", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = mulberry32(seed);
        const b = mulberry32(seed);
        for (let i = 0; i < 20; i++) {
          const x = a();
          expect(x).toBe(b());
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });

  it("is close to uniform: the mean of 100,000 draws is 1/2 and each tenth holds a tenth", () => {
    const random = mulberry32(7);
    const bins = new Array<number>(10).fill(0);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = random();
      sum += x;
      bins[Math.floor(x * 10)] = (bins[Math.floor(x * 10)] ?? 0) + 1;
    }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });
});

describe("mixSeed", () => {
  it("depends on the order and on every part", () => {
    expect(mixSeed(42, 0, 1)).toBe(mixSeed(42, 0, 1));
    expect(mixSeed(42, 0, 1)).not.toBe(mixSeed(42, 1, 0));
    expect(mixSeed(42, 0, 1)).not.toBe(mixSeed(43, 0, 1));
    expect(mixSeed(42, 0, 1)).not.toBe(mixSeed(42, 0, 1, 0));
  });

  it("spreads neighbouring inputs over the whole range (no two of 10,000 months collide)", () => {
    const seeds = new Set<number>();
    for (let year = 2000; year < 2100; year++)
      for (let month = 1; month <= 100; month++) seeds.add(mixSeed(1, year, month));
    expect(seeds.size).toBe(10_000);
  });
});

describe("samplePoisson", () => {
  // Fixed seeds: the same draws every run, so these checks cannot flake. The
  // tolerances are five standard errors of the mean and of the variance.
  it.each([0.3, 2, 12, 29.9, 30, 75, 400, 6000])(
    "with mean %d: the sample mean and variance of 20,000 draws are the mean",
    (mean) => {
      const random = mulberry32(mixSeed(99, Math.round(mean * 10)));
      const n = 20_000;
      let sum = 0;
      let squares = 0;
      for (let i = 0; i < n; i++) {
        const k = samplePoisson(mean, random);
        sum += k;
        squares += k * k;
      }
      const sampleMean = sum / n;
      const variance = squares / n - sampleMean * sampleMean;
      expect(Math.abs(sampleMean - mean)).toBeLessThan(5 * Math.sqrt(mean / n));
      // The variance of the sample variance of a Poisson variable is about (mean + 2 mean^2) / n.
      expect(Math.abs(variance - mean)).toBeLessThan(5 * Math.sqrt((mean + 2 * mean * mean) / n));
    },
  );

  it("gives whole numbers of 0 or more", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e5, noNaN: true }), fc.integer(), (mean, seed) => {
        const k = samplePoisson(mean, mulberry32(seed));
        expect(Number.isInteger(k)).toBe(true);
        expect(k).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("matches the Poisson probabilities of small counts (mean 2: P(0) = e^-2)", () => {
    const random = mulberry32(3);
    const counts = new Map<number, number>();
    for (let i = 0; i < 50_000; i++) {
      const k = samplePoisson(2, random);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    for (const k of [0, 1, 2, 3, 4]) {
      let factorial = 1;
      for (let i = 2; i <= k; i++) factorial *= i;
      const p = (Math.exp(-2) * 2 ** k) / factorial;
      const se = Math.sqrt((p * (1 - p)) / 50_000);
      expect(Math.abs((counts.get(k) ?? 0) / 50_000 - p)).toBeLessThan(5 * se);
    }
  });

  describe("edge cases", () => {
    it.each([0, -1, Number.NaN])("a mean of %d gives 0", (mean) => {
      expect(samplePoisson(mean, mulberry32(1))).toBe(0);
    });

    it("the normal draw is finite even when the uniform source gives 0", () => {
      expect(Number.isFinite(normal(() => 0))).toBe(true);
    });
  });
});
