import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { clopperPearson } from "./binomial-test.ts";
import { comparePoissonRates, rateRatioInterval } from "./poisson-test.ts";
import { compareOverdispersedRates } from "./quasi-poisson-test.ts";

describe("compareOverdispersedRates", () => {
  it("jongerenoverlast 36 -> 72 with phi = 11.3 is within chance", () => {
    // k1 <- 72 / 11.3; k2 <- 36 / 11.3
    // 2 * min(pbeta(0.5, k1, k2 + 1), pbeta(0.5, k1 + 1, k2, lower.tail = FALSE)) = 0.482039617553
    const c = compareOverdispersedRates({ count1: 72, count2: 36, dispersion: 11.3 });
    expect(c.pValue).toBeCloseTo(0.482039617553, 10);
    expect(c.effectiveCounts[0]).toBeCloseTo(72 / 11.3, 14);
    expect(c.rateRatio).toBe(2);
  });

  it("with whole effective counts the tails are the binomial ones", () => {
    // 2 * min(pbinom(29, 50, 0.5, lower.tail = FALSE), pbinom(30, 50, 0.5)) = 0.202638751065
    const c = compareOverdispersedRates({ count1: 30, count2: 20, dispersion: 1 });
    expect(c.pValue).toBeCloseTo(0.202638751065, 10);
  });

  it("more dispersion, larger p-values and wider intervals", () => {
    const p = [1, 2, 4, 8].map((phi) =>
      compareOverdispersedRates({ count1: 60, count2: 35, dispersion: phi }),
    );
    for (let i = 1; i < p.length; i++) {
      expect(p[i]?.pValue).toBeGreaterThan(p[i - 1]?.pValue ?? 0);
      expect(p[i]?.confidenceInterval.lower).toBeLessThan(p[i - 1]?.confidenceInterval.lower ?? 0);
    }
  });

  it("two zero counts: no evidence of a difference", () => {
    expect(compareOverdispersedRates({ count1: 0, count2: 0, dispersion: 3 })).toMatchObject({
      pValue: 1,
      rateRatio: null,
      confidenceInterval: { lower: 0, upper: null, confidence: 0.95 },
    });
  });

  it("two zero counts give what comparePoissonRates gives, with the dispersion", () => {
    const options = { count1: 0, count2: 0, exposure1: 10, exposure2: 12, confidence: 0.9 };
    expect(compareOverdispersedRates({ ...options, dispersion: 2.5 })).toEqual({
      ...comparePoissonRates(options),
      dispersion: 2.5,
      effectiveCounts: [0, 0],
    });
    expect(comparePoissonRates(options)).toEqual({
      count1: 0,
      count2: 0,
      exposure1: 10,
      exposure2: 12,
      expectedCount1: 0,
      rateRatio: null,
      pValue: 1,
      confidenceInterval: { lower: 0, upper: null, confidence: 0.9 },
    });
  });

  it("the interval is the Clopper-Pearson interval of the effective counts, as a rate ratio", () => {
    // k1 <- 72 / 11.3; k2 <- 36 / 11.3; lo <- qbeta(0.025, k1, k2 + 1); up <- qbeta(0.975, k1 + 1, k2)
    // c(lo / (1 - lo), up / (1 - up)) = 0.4493693212 11.5179221736
    const c = compareOverdispersedRates({ count1: 72, count2: 36, dispersion: 11.3 });
    expect(c.confidenceInterval.lower.toPrecision(8)).toBe("0.44936932");
    expect(c.confidenceInterval.upper?.toPrecision(8)).toBe("11.517922");
    expect(c.confidenceInterval.confidence).toBe(0.95);
    expect(c.dispersion).toBe(11.3);
    expect(c.expectedCount1).toBe(54);
    expect(c.effectiveCounts[1]).toBeCloseTo(36 / 11.3, 14);
  });

  it("a first count of 0: the lower bound is 0; exposures and the confidence level count", () => {
    // p <- 3 / (3 + 2); 2 * pbeta(p, 1, 5, lower.tail = FALSE) = 0.02048;
    // up <- qbeta(0.95, 1, 5); up / (1 - up) * 2 / 3 = 0.547042802
    const c = compareOverdispersedRates({
      count1: 0,
      count2: 10,
      exposure1: 3,
      exposure2: 2,
      dispersion: 2,
      confidence: 0.9,
    });
    expect(c.pValue.toPrecision(6)).toBe("0.0204800");
    expect(c.confidenceInterval.lower).toBe(0);
    expect(c.confidenceInterval.upper?.toPrecision(8)).toBe("0.54704280");
    expect(c.rateRatio).toBe(0);
    expect(c.expectedCount1).toBe(6);
  });

  it("a second count of 0: no rate ratio and no upper bound", () => {
    // 2 * pbeta(0.5, 6, 1) = 0.03125; lo <- qbeta(0.025, 6, 1); lo / (1 - lo) = 1.177424726
    const c = compareOverdispersedRates({ count1: 12, count2: 0, dispersion: 2 });
    expect(c.pValue).toBeCloseTo(0.03125, 12);
    expect(c.confidenceInterval.lower.toPrecision(8)).toBe("1.1774247");
    expect(c.confidenceInterval.upper).toBeNull();
    expect(c.rateRatio).toBeNull();
  });

  it("a dispersion below 1 counts as 1 (never narrower than Poisson)", () => {
    const below = compareOverdispersedRates({ count1: 30, count2: 20, dispersion: 0.5 });
    expect(below.dispersion).toBe(1);
    expect(below.pValue).toBeCloseTo(0.202638751065, 10);
  });

  it("refuses counts, exposures and dispersions that are not usable, naming them", () => {
    const ok = { count1: 3, count2: 4, dispersion: 2 };
    expect(() => compareOverdispersedRates({ ...ok, count1: 1.5 })).toThrow(/the first count/);
    expect(() => compareOverdispersedRates({ ...ok, count2: -1 })).toThrow(/the second count/);
    expect(() => compareOverdispersedRates({ ...ok, exposure1: 0 })).toThrow(/the first exposure/);
    expect(() => compareOverdispersedRates({ ...ok, exposure2: -2 })).toThrow(
      /the second exposure/,
    );
    expect(() => compareOverdispersedRates({ ...ok, dispersion: 0 })).toThrow(/the dispersion/);
    expect(() => compareOverdispersedRates({ ...ok, confidence: 1 })).toThrow(/confidence level/);
  });

  it("equal counts have a bounded interval around 1; the rate ratio divides each count by its exposure", () => {
    const equal = compareOverdispersedRates({ count1: 5, count2: 5, dispersion: 2 });
    expect(equal.pValue).toBe(1);
    expect(equal.confidenceInterval.upper).not.toBeNull();
    expect(equal.confidenceInterval.lower).toBeLessThan(1);
    const exposed = compareOverdispersedRates({
      count1: 12,
      count2: 6,
      exposure1: 2,
      exposure2: 3,
      dispersion: 2,
    });
    // (12 / 2) / (6 / 3) = 3
    expect(exposed.rateRatio).toBe(3);
  });
});

describe("compareOverdispersedRates: the interval worked out when first read", () => {
  // The JSON of main's compareOverdispersedRates (which computed the interval
  // at once), double for double: the interval read later is the same.
  const cases = [
    [
      { count1: 72, count2: 36, dispersion: 11.3 },
      '{"count1":72,"count2":36,"exposure1":1,"exposure2":1,"expectedCount1":54,"dispersion":11.3,"effectiveCounts":[6.371681415929203,3.1858407079646014],"rateRatio":2,"pValue":0.48203961755284885,"confidenceInterval":{"lower":0.4493693211581054,"upper":11.517922173579281,"confidence":0.95}}',
    ],
    [
      { count1: 46, count2: 70, dispersion: 2.7, exposure1: 10, exposure2: 12, confidence: 0.9 },
      '{"count1":46,"count2":70,"exposure1":10,"exposure2":12,"expectedCount1":52.72727272727273,"dispersion":2.7,"effectiveCounts":[17.037037037037035,25.925925925925924],"rateRatio":0.7885714285714286,"pValue":0.5442068949759958,"confidenceInterval":{"lower":0.4457870118032865,"upper":1.3718749200051676,"confidence":0.9}}',
    ],
    [
      { count1: 0, count2: 5, dispersion: 1.5 },
      '{"count1":0,"count2":5,"exposure1":1,"exposure2":1,"expectedCount1":2.5,"dispersion":1.5,"effectiveCounts":[0,3.3333333333333335],"rateRatio":0,"pValue":0.1984251314960254,"confidenceInterval":{"lower":0,"upper":2.02425214533222,"confidence":0.95}}',
    ],
    [
      { count1: 7, count2: 0, dispersion: 3 },
      '{"count1":7,"count2":0,"exposure1":1,"exposure2":1,"expectedCount1":3.5,"dispersion":3,"effectiveCounts":[2.3333333333333335,0],"rateRatio":null,"pValue":0.39685026299204995,"confidenceInterval":{"lower":0.25909674877607686,"upper":null,"confidence":0.95}}',
    ],
  ] as const;

  it.each(cases)("%j: JSON, a spread and a structured clone as before", (options, json) => {
    expect(JSON.stringify(compareOverdispersedRates(options))).toBe(json);
    expect(JSON.stringify({ ...compareOverdispersedRates(options) })).toBe(json);
    expect(JSON.stringify(structuredClone(compareOverdispersedRates(options)))).toBe(json);
  });

  it("is an enumerable getter that keeps what it worked out", () => {
    const c = compareOverdispersedRates({ count1: 72, count2: 36, dispersion: 11.3 });
    const descriptor = Object.getOwnPropertyDescriptor(c, "confidenceInterval");
    expect(descriptor?.enumerable).toBe(true);
    expect(descriptor?.get).toBeTypeOf("function");
    expect(c.confidenceInterval).toBe(c.confidenceInterval);
  });

  it("refuses a bad confidence level at once, not when the interval is read", () => {
    expect(() =>
      compareOverdispersedRates({ count1: 3, count2: 4, dispersion: 2, confidence: 1 }),
    ).toThrow(IvpError);
  });
});

describe("rateRatioInterval", () => {
  it("of whole counts is the Clopper-Pearson interval of x1 in x1 + x2, transformed, double for double", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.double({ min: 0.5, max: 5000, noNaN: true }),
        fc.double({ min: 0.5, max: 5000, noNaN: true }),
        fc.constantFrom(0.8, 0.9, 0.95, 0.99),
        (x1, x2, t1, t2, confidence) => {
          const bounds = clopperPearson(x1, x1 + x2, confidence);
          const toRatio = (pi: number) => ((pi / (1 - pi)) * t2) / t1;
          expect(rateRatioInterval(x1, x2, t1, t2, confidence)).toStrictEqual({
            lower: toRatio(bounds.lower),
            upper: bounds.upper === 1 ? null : toRatio(bounds.upper),
            confidence,
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
