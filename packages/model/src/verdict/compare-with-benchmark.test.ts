import { describe, expect, it } from "vitest";
import {
  compareCountWithBenchmark,
  compareEstimateWithBenchmark,
  compareRateWithBenchmark,
} from "./compare-with-benchmark.ts";

// Reference values from R 4.2.2 (the R call beside each).
describe("compareCountWithBenchmark", () => {
  it("the exact interval equals R's poisson.test(x)$conf.int", () => {
    // poisson.test(46)$conf.int: 33.6777814090 61.3575537106
    const c = compareCountWithBenchmark({
      count: 46,
      benchmark: 65.79,
      direction: "lower-is-better",
    });
    expect(c.interval?.lower).toBeCloseTo(33.677781409, 8);
    expect(c.interval?.upper).toBeCloseTo(61.3575537106, 8);
    // poisson.test(0)$conf.int: 0 3.68887945411
    const zero = compareCountWithBenchmark({
      count: 0,
      benchmark: 2,
      direction: "lower-is-better",
    });
    expect(zero.interval).toEqual({
      lower: 0,
      upper: expect.closeTo(3.68887945411, 9),
      confidence: 0.95,
    });
  });

  it("woninginbraken jan-okt 2018: 46 against the line at 65.79 is better beyond chance", () => {
    // m <- 70 + (60 * 70 / 79 - 70) * 0.25; 2 * min(ppois(46, m), ppois(45, m, lower.tail = FALSE))
    // = 0.0127796186437
    const m = 70 + ((60 * 70) / 79 - 70) * 0.25;
    const c = compareCountWithBenchmark({ count: 46, benchmark: m, direction: "lower-is-better" });
    expect(c.pValue).toBeCloseTo(0.0127796186437, 10);
    expect(c).toMatchObject({
      side: "better",
      estimateSide: "better",
      method: "poisson",
      dispersion: 1,
    });
  });

  it("geweld jan-okt 2018: 20 against the line at 13.5 cannot be told apart", () => {
    // 2 * min(ppois(20, 13.5), ppois(19, 13.5, lower.tail = FALSE)) = 0.115743937908
    const c = compareCountWithBenchmark({
      count: 20,
      benchmark: 13.5,
      direction: "lower-is-better",
    });
    expect(c.pValue).toBeCloseTo(0.115743937908, 10);
    expect(c.side).toBe("indistinguishable");
    expect(c.estimateSide).toBe("worse");
  });

  it("the p-value is below alpha exactly when the interval excludes the benchmark", () => {
    for (let count = 0; count <= 60; count++) {
      for (const benchmark of [0.5, 3, 9.5, 20, 33.3, 48]) {
        const c = compareCountWithBenchmark({ count, benchmark, direction: "higher-is-better" });
        const excluded =
          (c.interval?.lower ?? 0) > benchmark || (c.interval?.upper ?? 0) < benchmark;
        expect(excluded, `${count} vs ${benchmark}`).toBe((c.pValue ?? 1) < 0.05);
        if (excluded) expect(c.side).toBe(count > benchmark ? "better" : "worse");
      }
    }
  });

  it("a dispersion widens the interval: count / phi, exact, times phi", () => {
    // c(2 * qgamma(0.025, 20), 2 * qgamma(0.975, 21)) = 24.4330391708 61.7767558053
    const c = compareCountWithBenchmark({
      count: 40,
      benchmark: 60,
      direction: "lower-is-better",
      dispersion: 2,
    });
    expect(c.interval?.lower).toBeCloseTo(24.4330391708, 8);
    expect(c.interval?.upper).toBeCloseTo(61.7767558053, 8);
    // 2 * pgamma(30, 21, lower.tail = FALSE) = 0.0705692369085
    expect(c.pValue).toBeCloseTo(0.0705692369085, 10);
    expect(c).toMatchObject({ method: "quasi-poisson", side: "indistinguishable" });
    // Without the dispersion 40 against 60 is below beyond chance.
    expect(
      compareCountWithBenchmark({ count: 40, benchmark: 60, direction: "lower-is-better" }).side,
    ).toBe("better");
    // A dispersion below 1 never narrows the interval.
    expect(
      compareCountWithBenchmark({
        count: 40,
        benchmark: 60,
        direction: "lower-is-better",
        dispersion: 0.5,
      }).dispersion,
    ).toBe(1);
  });

  it("a tolerance widens the benchmark to a band", () => {
    const inBand = compareCountWithBenchmark({
      count: 31,
      benchmark: 30,
      tolerance: 2,
      direction: "lower-is-better",
    });
    expect(inBand).toMatchObject({
      pValue: 1,
      estimateSide: "indistinguishable",
      side: "indistinguishable",
    });
    const above = compareCountWithBenchmark({
      count: 60,
      benchmark: 30,
      tolerance: 5,
      direction: "lower-is-better",
    });
    // Tested against the nearest edge of the band, 35: 2 * ppois(59, 35, lower.tail = FALSE)
    expect(above.side).toBe("worse");
    expect(above.pValue).toBeLessThan(0.001);
  });

  it("refuses what is not a count", () => {
    expect(() =>
      compareCountWithBenchmark({ count: 2.5, benchmark: 3, direction: "lower-is-better" }),
    ).toThrow(/whole number/);
    expect(() =>
      compareCountWithBenchmark({
        count: 2,
        benchmark: 3,
        tolerance: -1,
        direction: "lower-is-better",
      }),
    ).toThrow(/tolerance/);
  });
});

describe("compareEstimateWithBenchmark", () => {
  it("a survey figure with its margins against a benchmark", () => {
    // se = 0.4 / (2 x qnorm(0.975)) = 0.1020; 2 * pnorm(-0.3 / se) = 0.00328269476
    const c = compareEstimateWithBenchmark({
      value: 7.3,
      interval: { lower: 7.1, upper: 7.5 },
      benchmark: 7.6,
      direction: "higher-is-better",
    });
    expect(c).toMatchObject({ side: "worse", method: "supplied-interval" });
    expect(c?.pValue).toBeCloseTo(0.00328269476, 9);
    const near = compareEstimateWithBenchmark({
      value: 7.5,
      interval: { lower: 7.3, upper: 7.7 },
      benchmark: 7.6,
      direction: "higher-is-better",
    });
    // 2 * pnorm(-0.1 / (0.4 / (2 * qnorm(0.975)))) = 0.327095007692
    expect(near?.pValue).toBeCloseTo(0.327095007692, 9);
    expect(near?.side).toBe("indistinguishable");
  });

  it("without a margin only a declared tolerance separates, and without one nothing does", () => {
    expect(
      compareEstimateWithBenchmark({ value: 1.3, benchmark: 1.2, direction: "lower-is-better" }),
    ).toBeNull();
    expect(
      compareEstimateWithBenchmark({
        value: 1.3,
        benchmark: 1.2,
        tolerance: 0.2,
        direction: "lower-is-better",
      })?.side,
    ).toBe("indistinguishable");
    // A declared tolerance of 0: the figure is exact (a share of files checked).
    expect(
      compareEstimateWithBenchmark({
        value: 98,
        benchmark: 100,
        tolerance: 0,
        direction: "higher-is-better",
      }),
    ).toMatchObject({ side: "worse", method: "tolerance", pValue: null });
  });
});

describe("compareRateWithBenchmark", () => {
  // R: poisson.test(363, 12000)$conf.int * 1000 = 27.21780472-33.52764058;
  // the central p-value against the count the benchmark implies (36 per 1,000
  // of 12,000 = 432): 2 * ppois(363, 432) = 0.000722561703.
  it("uses the count with the population as exposure: R's one-sample interval of count / population", () => {
    const result = compareRateWithBenchmark({
      count: 363,
      population: 12000,
      per: 1000,
      benchmark: 36,
      direction: "lower-is-better",
    });
    expect(result.value).toBe(30.25);
    expect(result.benchmark).toBe(36);
    expect(result.interval?.lower.toPrecision(7)).toBe("27.21780");
    expect(result.interval?.upper.toPrecision(7)).toBe("33.52764");
    expect(result.interval?.confidence).toBe(0.95);
    expect(result.pValue?.toPrecision(6)).toBe("0.000722562");
    expect(result.method).toBe("poisson");
    expect(result.side).toBe("better");
    expect(result.estimateSide).toBe("better");
  });

  // R: poisson.test(30, 4100)$conf.int * 10000 = 49.36798542-104.45576926.
  it("per 10,000: a benchmark inside the interval is indistinguishable; higher-is-better turns the side", () => {
    const options = { count: 30, population: 4100, per: 10_000, benchmark: 60 };
    const lower = compareRateWithBenchmark({ ...options, direction: "lower-is-better" });
    expect(lower.interval?.lower.toPrecision(7)).toBe("49.36799");
    expect(lower.interval?.upper.toPrecision(7)).toBe("104.4558");
    expect(lower.side).toBe("indistinguishable");
    expect(lower.estimateSide).toBe("worse");
    const higher = compareRateWithBenchmark({
      ...options,
      benchmark: 40,
      direction: "higher-is-better",
    });
    expect(higher.side).toBe("better");
  });

  it("the tolerance is in the rate's unit, scaled to counts for the test", () => {
    // 36 +- 6 per 1,000: the band 30-42 per 1,000 holds 30.25, so p = 1.
    const result = compareRateWithBenchmark({
      count: 363,
      population: 12000,
      per: 1000,
      benchmark: 36,
      tolerance: 6,
      direction: "lower-is-better",
    });
    expect(result.tolerance).toBe(6);
    expect(result.pValue).toBe(1);
    expect(result.side).toBe("indistinguishable");
    const narrow = compareRateWithBenchmark({
      count: 363,
      population: 12000,
      per: 1000,
      benchmark: 36,
      tolerance: 2,
      direction: "lower-is-better",
    });
    // The band's edge at 34 per 1,000 is 408 counts: 2 * ppois(363, 408) = 0.02530906.
    expect(narrow.pValue?.toPrecision(6)).toBe("0.0253091");
  });

  it("refuses a population or base that is not positive", () => {
    const options = { count: 3, benchmark: 1, direction: "lower-is-better" as const };
    expect(() => compareRateWithBenchmark({ ...options, population: 0, per: 1000 })).toThrow(
      /the population must be a positive number, got 0/,
    );
    expect(() => compareRateWithBenchmark({ ...options, population: 10, per: -1 })).toThrow(
      /the rate's base must be a positive number, got -1/,
    );
  });
});
