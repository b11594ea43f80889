import { describe, expect, it } from "vitest";
import type { ProgressComparison } from "../progress/compare-with-baseline.ts";
import { assessChangeSignificance } from "../statistics/change-significance.ts";
import type { FullYearProjection } from "../year-to-date/project-full-year.ts";
import {
  type AssessVerdictOptions,
  assessVerdict,
  benchmarkOf,
  reviseVerdict,
} from "./assess-verdict.ts";

function samePeriod(from: number, to: number, target: number) {
  return {
    method: "same-period",
    from: { period: "2017", value: from, derivation: "baseline" },
    to: { period: "2019", value: to, derivation: "observed" },
    baseline: from,
    target,
    current: to,
  } as const satisfies ProgressComparison & { target: number };
}

function options(overrides: Partial<AssessVerdictOptions> = {}): AssessVerdictOptions {
  const comparison = overrides.comparison ?? samePeriod(70, 46, 50);
  return {
    unit: "count",
    direction: "lower-is-better",
    bound: "direction",
    comparison,
    stage: "before-target-period",
    timeFraction: 0.5,
    significance: assessChangeSignificance({
      unit: overrides.unit ?? "count",
      from: { value: comparison.from.value },
      to: { value: comparison.to.value },
    }),
    dispersion: null,
    alpha: 0.05,
    ...overrides,
  };
}

describe("benchmarkOf", () => {
  it("before the target period: the point on the straight path after the time passed", () => {
    expect(
      benchmarkOf({ baseline: 70, target: 50 }, "before-target-period", "direction", 0.25),
    ).toEqual({ kind: "path", value: 65 });
  });

  it("from the target period on: the target itself", () => {
    expect(benchmarkOf({ baseline: 70, target: 50 }, "target-period", "direction", 1)).toEqual({
      kind: "target",
      value: 50,
    });
  });

  it("a maximum or a minimum holds all along: its benchmark is the target before the target period too", () => {
    for (const bound of ["at-most", "at-least"] as const) {
      expect(
        benchmarkOf({ baseline: 1.7, target: 1.5 }, "before-target-period", bound, 0.5),
      ).toEqual({ kind: "target", value: 1.5 });
    }
  });
});

describe("assessVerdict", () => {
  it("a count: its exact interval against the path point, the change from the baseline tested apart", () => {
    // Path point after half the way: 70 + (50 - 70) x 0.5 = 60; 46's interval 33.7-61.4 holds it.
    const verdict = assessVerdict(options());
    expect(verdict.benchmarkKind).toBe("path");
    expect(verdict.versusBenchmark?.benchmark).toBe(60);
    expect(verdict.versusBenchmark?.method).toBe("poisson");
    expect(verdict.versusBenchmark?.test.side).toBe("indistinguishable");
    expect(verdict.versusBenchmark?.test.estimateSide).toBe("better");
    // 70 -> 46: R poisson.test(c(46, 70))$p.value = 0.032272.
    expect(verdict.versusBaseline?.estimateSide).toBe("better");
    expect(verdict.versusBaseline?.side).toBe("better");
    expect(verdict.versusBaseline?.pValue?.toPrecision(4)).toBe("0.03227");
    expect(verdict.status).toBe("indistinguishable");
    expect(verdict.stage).toBe("before-target-period");
    expect(verdict.alpha).toBe(0.05);
  });

  it("a change for the worse from the baseline beyond chance is 'worse', higher-is-better turning the sides", () => {
    const verdict = assessVerdict(options({ direction: "higher-is-better" }));
    expect(verdict.versusBaseline?.estimateSide).toBe("worse");
    expect(verdict.versusBaseline?.side).toBe("worse");
    expect(verdict.status).toBe("worse");
  });

  it("an increase for a lower-is-better count is worse; one for higher-is-better is better", () => {
    const up = samePeriod(46, 70, 30);
    expect(assessVerdict(options({ comparison: up })).versusBaseline?.estimateSide).toBe("worse");
    expect(
      assessVerdict(options({ comparison: up, direction: "higher-is-better" })).versusBaseline
        ?.estimateSide,
    ).toBe("better");
  });

  it("no change is neither better nor worse", () => {
    const verdict = assessVerdict(options({ comparison: samePeriod(50, 50, 40) }));
    expect(verdict.versusBaseline?.estimateSide).toBe("indistinguishable");
    expect(verdict.versusBaseline?.pValue).toBe(1);
  });

  it("a declared tolerance keeps a change up to it (inclusive) from counting", () => {
    const at = assessVerdict(options({ comparison: samePeriod(30, 31, 30), tolerance: 1 }));
    expect(at.versusBaseline?.estimateSide).toBe("indistinguishable");
    const beyond = assessVerdict(options({ comparison: samePeriod(30, 32, 30), tolerance: 1 }));
    expect(beyond.versusBaseline?.estimateSide).toBe("worse");
  });

  it("0 -> 0 is tested like any change and is not a difference", () => {
    const verdict = assessVerdict(options({ comparison: samePeriod(0, 0, 0), bound: "at-most" }));
    expect(verdict.versusBenchmark?.method).toBe("poisson");
    expect(verdict.versusBenchmark?.interval?.lower).toBe(0);
    expect(verdict.versusBaseline?.estimateSide).toBe("indistinguishable");
  });

  it("without a significance test the baseline is not compared; a tolerance alone compares it", () => {
    const grade = {
      unit: "grade",
      comparison: samePeriod(7.3, 7.0, 7.6),
      direction: "higher-is-better",
    } as const;
    const none = assessVerdict(
      options({ ...grade, tolerance: undefined, interval: { lower: 6.8, upper: 7.2 } }),
    );
    expect(none.versusBaseline).toBeNull();
    const tolerated = assessVerdict(
      options({ ...grade, tolerance: 0.1, interval: { lower: 6.8, upper: 7.2 } }),
    );
    expect(tolerated.versusBaseline).toMatchObject({
      estimateSide: "worse",
      side: "worse",
      pValue: null,
      adjustedPValue: null,
      significance: { test: "none", reason: "no-intervals" },
    });
    expect(assessVerdict(options({ significance: null })).versusBaseline).toBeNull();
  });

  it("a whole-numbered grade is not a count: it is compared by its supplied margins", () => {
    const verdict = assessVerdict(
      options({
        unit: "grade",
        comparison: samePeriod(7, 8, 7.5),
        direction: "higher-is-better",
        interval: { lower: 7.6, upper: 8.4 },
        stage: "target-period",
      }),
    );
    expect(verdict.versusBenchmark?.method).toBe("supplied-interval");
    expect(verdict.benchmarkKind).toBe("target");
    expect(verdict.status).toBe("achieved");
  });

  it("a count of 0 and the largest count 10^8 keep the exact interval; a fraction is no count", () => {
    expect(
      assessVerdict(options({ comparison: samePeriod(3, 0, 1) })).versusBenchmark?.method,
    ).toBe("poisson");
    const largest = assessVerdict(
      options({ comparison: samePeriod(1e8, 1e8, 1e8), significance: null, bound: "at-most" }),
    );
    expect(largest.versusBenchmark?.method).toBe("poisson");
    const fraction = assessVerdict(
      options({ comparison: samePeriod(3, 2.5, 1), significance: null, tolerance: 0 }),
    );
    expect(fraction.versusBenchmark?.method).toBe("tolerance");
  });

  it("without any margin or tolerance there is no comparison with the benchmark: not assessable", () => {
    const verdict = assessVerdict(
      options({ unit: "grade", comparison: samePeriod(7.3, 7.5, 7.6), significance: null }),
    );
    expect(verdict.versusBenchmark).toBeNull();
    expect(verdict.benchmarkKind).toBeNull();
    expect(verdict.status).toBe("not-assessable");
  });

  it("a projection: the months counted so far against the benchmark's share of them, the tolerance scaled alike", () => {
    const comparison = {
      method: "projection",
      from: { period: "2017", value: 44, derivation: "baseline" },
      to: { period: "2019-H1", value: 18, derivation: "observed" },
      projection: { share: 0.5, value: 36 } as FullYearProjection,
      baseline: 44,
      target: 36,
      current: 36,
    } as const satisfies ProgressComparison & { target: number };
    const verdict = assessVerdict(
      options({
        comparison,
        tolerance: 4,
        significance: assessChangeSignificance({
          unit: "count",
          from: { value: 44 },
          to: { value: 18, exposure: 0.5 },
        }),
      }),
    );
    // Path point 44 + (36 - 44) x 0.5 = 40 for the year: 20 for its half, the band 18-22.
    expect(verdict.versusBenchmark?.benchmark).toBe(20);
    expect(verdict.versusBenchmark?.tolerance).toBe(2);
    expect(verdict.versusBenchmark?.value).toBe(18);
    expect(verdict.versusBenchmark?.pValue).toBe(1);
    // The baseline test compares the projected year (36) with 44: 8 beyond the tolerance of 4.
    expect(verdict.versusBaseline?.estimateSide).toBe("better");
  });

  it("a rate with its count and population: the count's exact interval over the population", () => {
    const verdict = assessVerdict(
      options({
        unit: "rate-per-1000",
        comparison: samePeriod(30.3, 24.8, 27),
        rate: { count: 300, population: 12100, per: 1000 },
        significance: null,
      }),
    );
    expect(verdict.versusBenchmark?.method).toBe("poisson");
    expect(verdict.versusBenchmark?.interval?.lower.toPrecision(7)).toBe("22.06688");
  });
});

describe("reviseVerdict", () => {
  it("decides each test again by its adjusted p-value", () => {
    // 46 against the target 65 in the target period: better, p well below 0.05.
    const verdict = assessVerdict(
      options({ comparison: samePeriod(70, 46, 65), stage: "target-period" }),
    );
    expect(verdict.status).toBe("achieved");
    const revised = reviseVerdict(verdict, { benchmark: 0.2, baseline: 0.3 });
    expect(revised.status).toBe("indistinguishable");
    expect(revised.versusBenchmark?.test).toMatchObject({
      adjustedPValue: 0.2,
      side: "indistinguishable",
      pValue: verdict.versusBenchmark?.test.pValue,
    });
    expect(revised.versusBenchmark?.interval).toEqual(verdict.versusBenchmark?.interval);
    expect(revised.versusBaseline).toMatchObject({
      adjustedPValue: 0.3,
      side: "indistinguishable",
    });
    expect(revised.versusBaseline?.significance).toBe(verdict.versusBaseline?.significance);
    expect(revised.alpha).toBe(0.05);
  });

  it("an adjustment left undefined keeps the test as it was", () => {
    const verdict = assessVerdict(
      options({ comparison: samePeriod(70, 46, 65), stage: "target-period" }),
    );
    const revised = reviseVerdict(verdict, {});
    expect(revised).toEqual(verdict);
    const baselineOnly = reviseVerdict(verdict, { baseline: 0.5 });
    expect(baselineOnly.versusBenchmark).toEqual(verdict.versusBenchmark);
    expect(baselineOnly.versusBaseline?.side).toBe("indistinguishable");
  });

  it("a change for the worse corrected away no longer overrules the path", () => {
    const verdict = assessVerdict(options({ direction: "higher-is-better" }));
    expect(verdict.status).toBe("worse");
    expect(reviseVerdict(verdict, { baseline: 0.5 }).status).not.toBe("worse");
  });

  it("a verdict without a stage or comparisons stays as it is", () => {
    const bare = {
      status: "not-assessable",
      stage: null,
      benchmarkKind: null,
      versusBenchmark: null,
      versusBaseline: null,
      dispersion: null,
      alpha: 0.05,
    } as const;
    expect(reviseVerdict(bare, { benchmark: 0.01, baseline: 0.01 })).toBe(bare);
    const noBenchmark = assessVerdict(
      options({ unit: "grade", comparison: samePeriod(7.3, 7.5, 7.6), significance: null }),
    );
    expect(reviseVerdict(noBenchmark, { benchmark: 0.01 }).status).toBe("not-assessable");
  });
});
