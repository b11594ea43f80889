import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { comparePoissonRates } from "./poisson-test.ts";

function expectRelative(actual: number | null, expected: number, tolerance = 1e-9): void {
  expect(actual).not.toBeNull();
  const scale = Math.max(Math.abs(expected), 1e-300);
  expect(Math.abs((actual as number) - expected) / scale).toBeLessThanOrEqual(tolerance);
}

/**
 * The two-sided p-value of the exact conditional test for equal exposures,
 * computed independently and exactly: with p = 1/2 every outcome i has
 * probability C(n, i) / 2^n, and the p-value is the sum over the outcomes no
 * more likely than the observed one. BigInt, no floating point, no tolerance.
 */
function exactEqualExposurePValue(x1: number, x2: number): number {
  const n = x1 + x2;
  const choose: bigint[] = [1n];
  for (let i = 1; i <= n; i++)
    choose.push(((choose[i - 1] as bigint) * BigInt(n - i + 1)) / BigInt(i));
  const observed = choose[x1] as bigint;
  let sum = 0n;
  for (const c of choose) if (c <= observed) sum += c;
  const total = 2n ** BigInt(n);
  // Enough digits for a double: scale, divide, convert.
  return Math.min(1, Number((sum * 10n ** 18n) / total) / 1e18);
}

describe("comparePoissonRates: reference values", () => {
  it("54 vs 26 gives p = 0.0023, rate ratio 2.08, 95% CI 1.28-3.46", () => {
    const result = comparePoissonRates({ count1: 54, count2: 26 });
    expect(result.pValue.toFixed(4)).toBe("0.0023");
    expect(result.rateRatio?.toFixed(2)).toBe("2.08");
    expect(result.confidenceInterval.lower.toFixed(2)).toBe("1.28");
    expect(result.confidenceInterval.upper?.toFixed(2)).toBe("3.46");
  });

  it("R's example poisson.test(c(11, 21), c(800, 3011)): p = 0.07967, rate ratio 1.971488, CI 0.8584264-4.2772659", () => {
    const result = comparePoissonRates({ count1: 11, count2: 21, exposure1: 800, exposure2: 3011 });
    expect(result.pValue.toPrecision(4)).toBe("0.07967");
    expect(result.rateRatio?.toPrecision(7)).toBe("1.971488");
    expect(result.confidenceInterval.lower.toPrecision(7)).toBe("0.8584264");
    expect(result.confidenceInterval.upper?.toPrecision(8)).toBe("4.2772659");
    expect(result.expectedCount1).toBeCloseTo((32 * 800) / 3811, 12);
  });

  // poisson.test(c(x1, x2), c(T1, T2)) by R's algorithm, evaluated at 60 digits
  // (mpmath) and checked against scipy.stats.binomtest: p-value, rate ratio,
  // lower and upper bound of the 95% interval.
  it.each([
    [54, 26, 1, 1, 0.0023245412880887, 2.07692307692308, 1.27823103566692, 3.45514500621312],
    [11, 21, 800, 3011, 0.0796686330333295, 1.9714880952381, 0.85842640339164, 4.27726594365407],
    [46, 70, 1, 1, 0.0322720207330931, 0.657142857142857, 0.442867243901622, 0.966889663691633],
    [31, 57, 1, 1, 0.00734340872370813, 0.543859649122807, 0.339387095517082, 0.856692336712082],
    [20, 14, 1, 1, 0.391528305131942, 1.42857142857143, 0.686253720460993, 3.05727681540749],
    [7, 10, 1, 1, 0.629058837890625, 0.7, 0.226146788343156, 2.03723202467442],
    [19, 44, 1, 1, 0.00222753151098803, 0.431818181818182, 0.238099666009801, 0.755155058812758],
    [26, 54, 1, 1, 0.0023245412880887, 0.481481481481481, 0.289423453487995, 0.782331184345128],
    [3, 9, 1, 1, 0.14599609375, 0.333333333333333, 0.0580450324180978, 1.33567619807889],
    [100, 80, 1, 1, 0.156531469578151, 1.25, 0.922276649928151, 1.69881845117095],
    [2, 7, 1, 2, 0.726870903825636, 0.571428571428571, 0.0579201068262585, 3.00116994514419],
    [1, 6, 1, 1, 0.125, 0.166666666666667, 0.00362337833332687, 1.37373620617448],
    [15, 12, 1, 1, 0.701108038425446, 1.25, 0.546226522305846, 2.92466516315088],
    [72, 36, 1, 1, 0.000684230221933005, 2.0, 1.32275446025789, 3.07257652795623],
    [79, 77, 1, 1, 0.936220401302313, 1.02597402597403, 0.740009981787327, 1.42296048148505],
    [250, 200, 1, 1, 0.0207918002476077, 1.25, 1.03374312856663, 1.51307039132843],
    [1000, 1100, 1, 1, 0.0307207078642423, 0.909090909090909, 0.833643013463276, 0.991277911876285],
    [4, 16, 10, 12, 0.0243111957428589, 0.3, 0.0729853375901273, 0.92997839204886],
    [1, 1, 1, 1, 1, 1, 0.0127393670836666, 78.496835316263],
    [10, 10, 1, 1, 1, 1, 0.373546846699366, 2.67704040024947],
  ])("poisson.test(c(%i, %i), c(%f, %f))", (x1, x2, t1, t2, p, ratio, lower, upper) => {
    const result = comparePoissonRates({ count1: x1, count2: x2, exposure1: t1, exposure2: t2 });
    expectRelative(result.pValue, p);
    expectRelative(result.rateRatio, ratio);
    expectRelative(result.confidenceInterval.lower, lower);
    expectRelative(result.confidenceInterval.upper, upper);
  });

  it.each([
    [54, 26],
    [46, 70],
    [7, 10],
    [0, 9],
    [13, 13],
    [300, 250],
  ])("%i vs %i equals the exact BigInt p-value for equal exposures", (x1, x2) => {
    expectRelative(
      comparePoissonRates({ count1: x1, count2: x2 }).pValue,
      exactEqualExposurePValue(x1, x2),
      1e-9,
    );
  });
});

describe("comparePoissonRates: edge cases", () => {
  it("x1 = x2 with equal exposures gives p = 1 and rate ratio 1", () => {
    for (const x of [1, 2, 7, 50, 1000]) {
      const result = comparePoissonRates({ count1: x, count2: x });
      expect(result.pValue).toBe(1);
      expect(result.rateRatio).toBe(1);
    }
  });

  it("x1 = 0: rate ratio 0, lower bound 0, p = 2 x 0.5^n for equal exposures", () => {
    const result = comparePoissonRates({ count1: 0, count2: 5 });
    expect(result.rateRatio).toBe(0);
    expect(result.confidenceInterval.lower).toBe(0);
    expect(result.pValue).toBeCloseTo(2 * 0.5 ** 5, 14);
    // Upper: the Clopper-Pearson bound 1 - 0.025^(1/5), as a ratio.
    const pi = 1 - 0.025 ** (1 / 5);
    expectRelative(result.confidenceInterval.upper, pi / (1 - pi), 1e-10);
  });

  it("x2 = 0: the rate ratio and the upper bound are unbounded (null)", () => {
    const result = comparePoissonRates({ count1: 5, count2: 0 });
    expect(result.rateRatio).toBeNull();
    expect(result.confidenceInterval.upper).toBeNull();
    expectRelative(result.confidenceInterval.lower, 0.91635585731546);
    expect(result.pValue).toBeCloseTo(0.0625, 14);
  });

  it("0 vs 0 is no evidence of any difference: p = 1, interval [0, unbounded)", () => {
    expect(comparePoissonRates({ count1: 0, count2: 0 })).toMatchObject({
      pValue: 1,
      rateRatio: null,
      confidenceInterval: { lower: 0, upper: null, confidence: 0.95 },
    });
  });

  it("a 90% interval lies inside the 95% interval", () => {
    const wide = comparePoissonRates({ count1: 54, count2: 26 }).confidenceInterval;
    const narrow = comparePoissonRates({
      count1: 54,
      count2: 26,
      confidence: 0.9,
    }).confidenceInterval;
    expect(narrow.lower).toBeGreaterThan(wide.lower);
    expect(narrow.upper as number).toBeLessThan(wide.upper as number);
  });

  it.each([
    [{ count1: -1, count2: 3 }, "the first count must be a count"],
    [{ count1: 2.5, count2: 3 }, "the first count must be a count"],
    [{ count1: 2, count2: 3, exposure2: 0 }, "the second exposure must be a positive number"],
    [{ count1: 2, count2: 3, confidence: 1 }, "the confidence level must lie between 0 and 1"],
  ])("rejects %o", (options, message) => {
    expect(() => comparePoissonRates(options)).toThrow(IvpError);
    expect(() => comparePoissonRates(options)).toThrow(message);
  });
});

describe("comparePoissonRates: properties", () => {
  const counts = fc.integer({ min: 0, max: 400 });
  const exposure = fc.double({ min: 0.1, max: 20, noNaN: true });

  it("the p-value lies in [0, 1]", () => {
    fc.assert(
      fc.property(counts, counts, exposure, exposure, (x1, x2, t1, t2) => {
        const { pValue } = comparePoissonRates({
          count1: x1,
          count2: x2,
          exposure1: t1,
          exposure2: t2,
        });
        expect(pValue).toBeGreaterThanOrEqual(0);
        expect(pValue).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("the interval contains the rate ratio", () => {
    fc.assert(
      fc.property(counts, counts, exposure, exposure, (x1, x2, t1, t2) => {
        const r = comparePoissonRates({ count1: x1, count2: x2, exposure1: t1, exposure2: t2 });
        if (r.rateRatio === null) return;
        expect(r.confidenceInterval.lower).toBeLessThanOrEqual(r.rateRatio * (1 + 1e-12));
        if (r.confidenceInterval.upper !== null)
          expect(r.confidenceInterval.upper).toBeGreaterThanOrEqual(r.rateRatio * (1 - 1e-12));
      }),
    );
  });

  it("swapping the counts keeps the p-value and inverts the ratio and its interval", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 300 }), (x1, x2) => {
        const a = comparePoissonRates({ count1: x1, count2: x2 });
        const b = comparePoissonRates({ count1: x2, count2: x1 });
        expectRelative(a.pValue, b.pValue, 1e-9);
        expectRelative(a.rateRatio, 1 / (b.rateRatio as number), 1e-12);
        expectRelative(
          a.confidenceInterval.lower,
          1 / (b.confidenceInterval.upper as number),
          1e-9,
        );
      }),
    );
  });

  it("more events in the first count move both bounds up (the second count fixed)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 300 }), (x1, x2) => {
        const a = comparePoissonRates({ count1: x1, count2: x2 }).confidenceInterval;
        const b = comparePoissonRates({ count1: x1 + 1, count2: x2 }).confidenceInterval;
        expect(b.lower).toBeGreaterThan(a.lower);
        expect(b.upper as number).toBeGreaterThan(a.upper as number);
      }),
    );
  });

  it("further from equal counts, the p-value does not grow (equal exposures, fixed total)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 400 }), fc.integer({ min: 0, max: 400 }), (n, k) => {
        const x1 = Math.ceil(n / 2) + (k % (n - Math.ceil(n / 2)));
        if (x1 + 1 > n) return;
        const nearer = comparePoissonRates({ count1: x1, count2: n - x1 }).pValue;
        const further = comparePoissonRates({ count1: x1 + 1, count2: n - x1 - 1 }).pValue;
        expect(further).toBeLessThanOrEqual(nearer * (1 + 1e-9));
      }),
    );
  });
});

describe("comparePoissonRates: exposures, levels and what it reports", () => {
  it("R: poisson.test(c(11, 21), c(800, 3011), conf.level = 0.9)$conf.int is 0.977584347-3.827386408", () => {
    const result = comparePoissonRates({
      count1: 11,
      count2: 21,
      exposure1: 800,
      exposure2: 3011,
      confidence: 0.9,
    });
    expectRelative(result.confidenceInterval.lower, 0.977584347496745, 1e-9);
    expectRelative(result.confidenceInterval.upper, 3.827386407850879, 1e-9);
    expect(result.confidenceInterval.confidence).toBe(0.9);
    expect(result).toMatchObject({ count1: 11, count2: 21, exposure1: 800, exposure2: 3011 });
  });

  it("R: poisson.test(c(5, 5), c(2, 1))$p.value is 0.317177 (the second period half as long)", () => {
    const result = comparePoissonRates({ count1: 5, count2: 5, exposure1: 2, exposure2: 1 });
    expectRelative(result.pValue, 0.317177259564091, 1e-9);
    expect(result.rateRatio).toBe(0.5);
    expect(result.expectedCount1).toBeCloseTo((10 * 2) / 3, 12);
  });

  it("R: poisson.test(c(10, 3)) has p = 0.0922852, poisson.test(c(3, 10)) the interval 0.05305-1.16512", () => {
    expectRelative(comparePoissonRates({ count1: 10, count2: 3 }).pValue, 0.09228515625, 1e-12);
    const result = comparePoissonRates({ count1: 3, count2: 10 });
    expectRelative(result.confidenceInterval.lower, 0.0530539904847632, 1e-9);
    expectRelative(result.confidenceInterval.upper, 1.1651186104840492, 1e-9);
    expect(result.expectedCount1).toBe(6.5);
    expect(result.exposure1).toBe(1);
    expect(result.exposure2).toBe(1);
  });

  it("checks the confidence level even when both counts are 0", () => {
    expect(() => comparePoissonRates({ count1: 0, count2: 0, confidence: 1.5 })).toThrow(
      "the confidence level must lie between 0 and 1",
    );
    expect(comparePoissonRates({ count1: 0, count2: 0, confidence: 0.9 })).toMatchObject({
      expectedCount1: 0,
      confidenceInterval: { lower: 0, upper: null, confidence: 0.9 },
    });
  });

  it.each([
    [{ count1: 2, count2: -3 }, "the second count must be a count"],
    [
      { count1: 2, count2: 3, exposure1: -1 },
      "the first exposure must be a positive number, got -1",
    ],
    [
      { count1: 2, count2: 3, exposure1: Number.POSITIVE_INFINITY },
      "the first exposure must be a positive number",
    ],
  ])("rejects %o, naming the field", (options, message) => {
    expect(() => comparePoissonRates(options)).toThrow(message);
  });
});

describe("comparePoissonRates: one frozen comparison per arguments", () => {
  it("returns the remembered comparison itself, frozen with its interval, so no caller can change another's", () => {
    const options = { count1: 37, count2: 52, exposure1: 2, exposure2: 3, confidence: 0.9 };
    const first = comparePoissonRates(options);
    const again = comparePoissonRates({ ...options });
    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.confidenceInterval)).toBe(true);
    expect(again.confidenceInterval).toBe(first.confidenceInterval);
    expect(() => {
      (first as { pValue: number }).pValue = 0;
    }).toThrow(TypeError);
    expect(() => {
      (first.confidenceInterval as { lower: number }).lower = 0;
    }).toThrow(TypeError);
    expect(comparePoissonRates(options).pValue).toBe(first.pValue);
  });

  it("reads, spreads, clones and prints as a fresh object would, fields in the same order", () => {
    fc.assert(
      fc.property(fc.nat(300), fc.nat(300), (x1, x2) => {
        const c = comparePoissonRates({ count1: x1, count2: x2 });
        const keys = [
          "count1",
          "count2",
          "exposure1",
          "exposure2",
          "expectedCount1",
          "rateRatio",
          "pValue",
          "confidenceInterval",
        ];
        expect(Object.keys(c)).toEqual(keys);
        const plain = { ...c };
        expect(Object.keys(plain)).toEqual(keys);
        expect(JSON.stringify(structuredClone(c))).toBe(JSON.stringify(c));
        expect(JSON.stringify(plain)).toBe(JSON.stringify(c));
      }),
      { numRuns: 200 },
    );
  });
});
