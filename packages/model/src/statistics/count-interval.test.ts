import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byarInterval, exactPoissonInterval, poissonCountInterval } from "./count-interval.ts";

function expectRelative(actual: number, expected: number, tolerance = 1e-9): void {
  const scale = Math.max(Math.abs(expected), 1e-300);
  expect(Math.abs(actual - expected) / scale).toBeLessThanOrEqual(tolerance);
}

/** P(X <= k) for X ~ Poisson(lambda), summed term by term. */
function poissonCdf(k: number, lambda: number): number {
  let term = Math.exp(-lambda);
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term *= lambda / i;
    sum += term;
  }
  return sum;
}

describe("byarInterval", () => {
  it("26 gives 17.0-38.1", () => {
    const { lower, upper } = byarInterval({ count: 26 });
    expect(lower.toFixed(1)).toBe("17.0");
    expect(upper.toFixed(1)).toBe("38.1");
  });

  // Byar's formula at 50 digits with z = 1.9599639845400542355 (mpmath).
  it.each([
    [1, 0.0130721329015043, 5.56375558247526],
    [5, 1.61134771574719, 11.6681641233986],
    [10, 4.78744991396756, 18.3914586057565],
    [26, 16.9797558055933, 38.0975421484823],
    [46, 33.6747672869395, 61.3589686265104],
    [100, 81.3621054905279, 121.627937579206],
  ])("Byar for %i", (count, lower, upper) => {
    const interval = byarInterval({ count });
    expectRelative(interval.lower, lower, 1e-12);
    expectRelative(interval.upper, upper, 1e-12);
  });

  it("0 has lower bound 0", () => {
    expect(byarInterval({ count: 0 }).lower).toBe(0);
  });
});

describe("exactPoissonInterval (Garwood)", () => {
  // Gamma quantiles at 50 digits by bisection on mpmath's regularized gammainc.
  it.each([
    [0, 0.95, 0, 3.68887945411394],
    [1, 0.95, 0.0253178079842899, 5.5716433909389],
    [2, 0.95, 0.242209278543965, 7.22468766772396],
    [3, 0.95, 0.618672122895601, 8.76727306974233],
    [9, 0.95, 4.11537309737833, 17.0848034514192],
    [26, 0.95, 16.9840632155963, 38.096024083125],
    [79, 0.95, 62.5450439595949, 98.4575711646757],
    [500, 0.95, 457.128576899629, 545.809268565171],
    [5, 0.9, 1.97014956805953, 10.5130349087415],
    [70, 0.9, 56.8296684275061, 85.4045988458475],
  ])("count %i at %f", (count, confidence, lower, upper) => {
    const interval = exactPoissonInterval({ count, confidence });
    if (lower === 0) expect(interval.lower).toBe(0);
    else expectRelative(interval.lower, lower, 1e-10);
    expectRelative(interval.upper, upper, 1e-10);
  });

  it("closed forms: 0 -> [0, -ln 0.025], 1 -> lower -ln 0.975", () => {
    expectRelative(exactPoissonInterval({ count: 0 }).upper, -Math.log(0.025), 1e-12);
    expectRelative(exactPoissonInterval({ count: 1 }).lower, -Math.log(0.975), 1e-12);
  });

  it("R: poisson.test(137, 24.19893) has the rate interval 4.753125-6.692709", () => {
    const { lower, upper } = exactPoissonInterval({ count: 137 });
    expect((lower / 24.19893).toFixed(6)).toBe("4.753125");
    expect((upper / 24.19893).toFixed(6)).toBe("6.692709");
  });

  it("the bounds satisfy their definition: P(X >= x | L) = P(X <= x | U) = 2.5%", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), (count) => {
        const { lower, upper } = exactPoissonInterval({ count });
        expect(Math.abs(1 - poissonCdf(count - 1, lower) - 0.025)).toBeLessThan(1e-9);
        expect(Math.abs(poissonCdf(count, upper) - 0.025)).toBeLessThan(1e-9);
      }),
    );
  });
});

describe("properties of both intervals", () => {
  it("contain the count, grow with it, and Byar stays within 1% of exact from 10 on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (count) => {
        for (const interval of [exactPoissonInterval({ count }), byarInterval({ count })]) {
          expect(interval.lower).toBeLessThanOrEqual(count);
          expect(interval.upper).toBeGreaterThanOrEqual(count);
        }
        const next = exactPoissonInterval({ count: count + 1 });
        const here = exactPoissonInterval({ count });
        expect(next.upper).toBeGreaterThan(here.upper);
        expect(next.lower).toBeGreaterThan(here.lower);
        if (count >= 10) {
          expectRelative(byarInterval({ count }).upper, here.upper, 0.01);
          expectRelative(byarInterval({ count }).lower, here.lower, 0.01);
        }
      }),
    );
  });
});

describe("poissonCountInterval", () => {
  it("is exact below 10 and Byar from 10 on; the threshold is an option", () => {
    expect(poissonCountInterval({ count: 9 }).method).toBe("exact");
    expect(poissonCountInterval({ count: 10 }).method).toBe("byar");
    expect(poissonCountInterval({ count: 26, exactBelow: 30 }).method).toBe("exact");
  });
});

describe("count intervals: the confidence level and the method", () => {
  it("Byar at 0 has the formula's upper bound (R: (1 - 1/9 + qnorm(0.975)/3)^3)", () => {
    const interval = byarInterval({ count: 0 });
    expect(interval).toMatchObject({ lower: 0, confidence: 0.95, method: "byar" });
    expectRelative(interval.upper, 3.66801183217375, 1e-12);
  });

  it("both take the confidence level given (R: poisson.test(26, conf.level = 0.9))", () => {
    const byar = byarInterval({ count: 26, confidence: 0.9 });
    expect(byar.confidence).toBe(0.9);
    expectRelative(byar.lower, 18.2181494921798, 1e-12);
    expectRelative(byar.upper, 36.0746032141533, 1e-12);
    const exact = exactPoissonInterval({ count: 26, confidence: 0.9 });
    expect(exact).toMatchObject({ confidence: 0.9, method: "exact" });
    expectRelative(exact.lower, 18.2185466180958, 1e-10);
    expectRelative(exact.upper, 36.0766080835115, 1e-10);
  });

  it("passes the count and the level on, whichever method it picks", () => {
    expect(poissonCountInterval({ count: 26, confidence: 0.9 })).toEqual(
      byarInterval({ count: 26, confidence: 0.9 }),
    );
    expect(poissonCountInterval({ count: 3, confidence: 0.9 })).toEqual(
      exactPoissonInterval({ count: 3, confidence: 0.9 }),
    );
    expect(poissonCountInterval({ count: 0 })).toEqual(exactPoissonInterval({ count: 0 }));
    expect(poissonCountInterval({ count: 5, exactBelow: 5 }).method).toBe("byar");
    expect(poissonCountInterval({ count: 4, exactBelow: 5 }).method).toBe("exact");
  });

  it.each([-1, 2.5, Number.NaN])("refuses the count %d", (count) => {
    expect(() => exactPoissonInterval({ count })).toThrow("the count must be a count");
    expect(() => byarInterval({ count })).toThrow("the count must be a count");
  });

  it("refuses a confidence level outside (0, 1)", () => {
    expect(() => exactPoissonInterval({ count: 3, confidence: 95 })).toThrow(
      "the confidence level must lie between 0 and 1",
    );
    expect(() => byarInterval({ count: 30, confidence: 0 })).toThrow(
      "the confidence level must lie between 0 and 1",
    );
  });
});
