import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { MIN_TREND_PERIODS, type PoissonTrend, testPoissonTrend } from "./poisson-trend.ts";

/** Agreement to `digits` significant digits. */
function expectSignificant(actual: number | null | undefined, expected: number, digits = 6): void {
  expect(actual).toBeTypeOf("number");
  expect(Math.abs((actual as number) - expected) / Math.abs(expected)).toBeLessThan(
    0.5 * 10 ** (1 - digits),
  );
}

function trendOf(counts: number[], extra: Partial<Parameters<typeof testPoissonTrend>[0]> = {}) {
  const trend = testPoissonTrend({ counts, ...extra });
  if (trend === null) throw new Error("expected a fit");
  return trend;
}

/** The R figures of one series: summary(glm(y ~ t, family = poisson / quasipoisson))$coefficients. */
interface RFigures {
  intercept: number;
  slope: number;
  poissonSe: number;
  z: number;
  poissonP: number;
  poissonCi: [number, number];
  pearson: number;
  quasi?: { se: number; t: number; p: number; ci: [number, number] };
}

function expectR(trend: PoissonTrend, r: RFigures): void {
  expectSignificant(trend.intercept, r.intercept);
  expectSignificant(trend.slope, r.slope);
  expectSignificant(trend.rateRatio, Math.exp(r.slope));
  expectSignificant(trend.poisson.standardError, r.poissonSe);
  expectSignificant(trend.poisson.statistic, r.z);
  expectSignificant(trend.poisson.pValue, r.poissonP);
  expectSignificant(trend.poisson.confidenceInterval.lower, r.poissonCi[0]);
  expectSignificant(trend.poisson.confidenceInterval.upper, r.poissonCi[1]);
  expectSignificant(trend.pearsonChiSquare, r.pearson);
  expect(trend.dispersion.phi).toBeCloseTo(r.pearson / trend.df, 6);
  if (r.quasi) {
    expectSignificant(trend.quasiPoisson.standardError, r.quasi.se);
    expectSignificant(trend.quasiPoisson.statistic, r.quasi.t);
    expectSignificant(trend.quasiPoisson.pValue, r.quasi.p);
    expectSignificant(trend.quasiPoisson.confidenceInterval.lower, r.quasi.ci[0]);
    expectSignificant(trend.quasiPoisson.confidenceInterval.upper, r.quasi.ci[1]);
  }
}

// The R calls, for y and t as given in each case:
//   p <- glm(y ~ t, family = poisson); q <- glm(y ~ t, family = quasipoisson)
//   summary(p)$coefficients; summary(q)$coefficients; summary(q)$dispersion
//   sum(residuals(p, type = "pearson")^2); exp(confint.default(p)[2, ])
//   exp(coef(q)[2] + c(-1, 1) * qt(0.975, q$df.residual) * summary(q)$coefficients[2, 2])
// With phi < 1 the quasi-Poisson figures are those with phi floored at 1:
//   s <- se * sqrt(max(1, phi)); tt <- b / s; 2 * pt(-abs(tt), n - 2); exp(b + c(-1, 1) * qt(0.975, n - 2) * s)
describe("testPoissonTrend equals R", () => {
  it("Laren, autokraak 2013-2017 (109, 88, 63, 85, 65) on the years: phi 2.28", () => {
    const trend = trendOf([109, 88, 63, 85, 65], { times: [2013, 2014, 2015, 2016, 2017] });
    expectR(trend, {
      intercept: 229.213987416409,
      slope: -0.111573043823,
      poissonSe: 0.0352040181765,
      z: -3.1693269576,
      poissonP: 0.00152792409533,
      poissonCi: [0.834792864343, 0.958319129341],
      pearson: 6.84169514479,
      quasi: {
        se: 0.0531634882474,
        t: -2.09867801193,
        p: 0.126724609991,
        ci: [0.755207305522, 1.05930909975],
      },
    });
    // summary(q)$dispersion = 2.28056505071
    expectSignificant(trend.dispersion.phi, 2.28056505071);
    expect(trend.dispersion.used).toBe(trend.dispersion.phi);
    // Poisson alone would call it a decrease; with the overdispersion it is not distinguishable.
    expect(trend.poisson.verdict).toBe("decreasing");
    expect(trend.quasiPoisson.verdict).toBe("no-significant-change");
    expect(trend.verdict).toBe("no-significant-change");
    expect(trend.quasiPoisson).toMatchObject({ distribution: "t", df: 3 });
    expect(trend.poisson).toMatchObject({ distribution: "normal", df: null });
  });

  it("Laren, geweld 2013-2017 (40, 35, 41, 29, 23): phi 0.83, floored at 1", () => {
    const trend = trendOf([40, 35, 41, 29, 23]);
    expectR(trend, {
      intercept: 3.739793926553,
      slope: -0.119786107667,
      poissonSe: 0.0550631467498,
      z: -2.17543156789,
      poissonP: 0.0295977910381,
      poissonCi: [0.796356847933, 0.988205780402],
      pearson: 2.48918479255,
      quasi: {
        se: 0.0550631467498,
        t: -2.17543156789,
        p: 0.117853246574,
        ci: [0.744515494144, 1.05701553101],
      },
    });
    // summary(q)$dispersion = 0.829728264685 (R then narrows: se 0.0501567016456, p 0.0968951701977)
    expectSignificant(trend.dispersion.phi, 0.829728264685);
    expect(trend.dispersion.used).toBe(1);
    expect(trend.verdict).toBe("no-significant-change");
  });

  it("an increase over seven periods (12, 15, 11, 19, 22, 18, 27): significant either way", () => {
    const trend = trendOf([12, 15, 11, 19, 22, 18, 27]);
    expectR(trend, {
      intercept: 2.46250966514,
      slope: 0.126662307664,
      poissonSe: 0.0458007578612,
      z: 2.76550680772,
      poissonP: 0.00568344187567,
      poissonCi: [1.03758352073, 1.241636346],
      pearson: 2.77222874444,
      quasi: {
        se: 0.0458007578612,
        t: 2.76550680772,
        p: 0.0395754471962,
        ci: [1.00896768232, 1.27685101705],
      },
    });
    expect(trend.poisson.verdict).toBe("increasing");
    expect(trend.verdict).toBe("increasing");
  });

  it("an overdispersed series (48, 19, 36, 72, 50, 61): phi 6.9", () => {
    // R's default convergence (epsilon 1e-8) leaves its figures up to 3e-5 off here; these are
    // from glm(..., control = glm.control(epsilon = 1e-14))
    const trend = trendOf([48, 19, 36, 72, 50, 61]);
    expectR(trend, {
      intercept: 3.551096126291,
      slope: 0.117266556801,
      poissonSe: 0.0350638677547,
      z: 3.34437026804,
      poissonP: 8.2469590088e-4,
      poissonCi: [1.04974013057, 1.20441078802],
      pearson: 27.6405432063,
      quasi: {
        se: 0.0921728701097,
        t: 1.27224590774,
        p: 0.272214340362289,
        ci: [0.870535832717, 1.452344970029],
      },
    });
    // summary(q)$dispersion = 6.91013580173 (6.91017751132 with the default epsilon)
    expectSignificant(trend.dispersion.phi, 6.91013580173);
    expect(trend.poisson.verdict).toBe("increasing");
    expect(trend.verdict).toBe("no-significant-change");
  });

  it("alpha sets the verdicts and the interval's confidence", () => {
    const trend = trendOf([48, 19, 36, 72, 50, 61], { alpha: 0.1 });
    // exp(confint.default(p, level = 0.9)[2, ]), epsilon 1e-14 as above
    expectSignificant(trend.poisson.confidenceInterval.lower, 1.06140300943);
    expectSignificant(trend.poisson.confidenceInterval.upper, 1.19117651509);
    expect(trend.poisson.confidenceInterval.confidence).toBeCloseTo(0.9, 12);
    expect(trend.alpha).toBe(0.1);
  });

  it("a steady series (20, 21, 19, 22, 20, 21): no significant change", () => {
    const trend = trendOf([20, 21, 19, 22, 20, 21]);
    expectR(trend, {
      intercept: 3.00293193891027,
      slope: 0.00696884981173,
      poissonSe: 0.052798725666,
      z: 0.131988977458,
      poissonP: 0.894993010185,
      poissonCi: [0.907996503714, 1.11678324536],
      pearson: 0.250893530161,
      quasi: {
        se: 0.052798725666,
        t: 0.131988977458,
        p: 0.901365911518,
        ci: [0.869685250676, 1.1659796247],
      },
    });
    expect(trend.verdict).toBe("no-significant-change");
  });

  it("with exposures: glm(y ~ t + offset(log(e)), family = poisson)", () => {
    // y <- c(30, 33, 35, 40, 38); e <- c(10.1, 10.3, 10.2, 10.8, 11.0); t <- 0:4
    const trend = trendOf([30, 33, 35, 40, 38], { exposures: [10.1, 10.3, 10.2, 10.8, 11.0] });
    expectR(trend, {
      intercept: 1.1213259851613,
      slope: 0.0432378661744,
      poissonSe: 0.0532813981594,
      z: 0.811500217112,
      poissonP: 0.417078468262,
      poissonCi: [0.940642849263, 1.15912740806],
      pearson: 0.303388299885,
    });
  });

  it("with zero counts (0, 0, 3, 0, 1): phi 2.94", () => {
    // glm(..., control = glm.control(epsilon = 1e-14)), as above
    const trend = trendOf([0, 0, 3, 0, 1]);
    expectR(trend, {
      intercept: -0.802482147734,
      slope: 0.257084294623,
      poissonSe: 0.368722628496,
      z: 0.697229501948,
      poissonP: 0.485659178871,
      poissonCi: [0.627759104594, 2.663836472936],
      pearson: 8.80541398021,
      quasi: {
        se: 0.631704620229,
        t: 0.406969153606,
        p: 0.711325929461,
        ci: [0.173204597274, 9.654752964732],
      },
    });
  });

  it("with all counts in one middle period (0, 2, 0, 0, 0): a finite fit, as R", () => {
    // summary(glm(y ~ seq_along(y), family = poisson))$coefficients (t = 1..5)
    const trend = trendOf([0, 2, 0, 0, 0], { times: [1, 2, 3, 4, 5] });
    expectSignificant(trend.slope, -0.56609636335, 5);
    expectSignificant(trend.poisson.standardError, 0.603410448974, 5);
    expectSignificant(trend.poisson.pValue, 0.348161495871, 5);
  });
});

describe("testPoissonTrend: when there is no trend to fit", () => {
  it("needs 5 periods", () => {
    expect(MIN_TREND_PERIODS).toBe(5);
    expect(testPoissonTrend({ counts: [40, 35, 41, 29] })).toBeNull();
  });

  it.each([[[0, 0, 0, 0, 0]], [[4, 0, 0, 0, 0]], [[0, 0, 0, 0, 7]]])(
    "returns null when no finite fit exists: %j",
    (counts) => {
      expect(testPoissonTrend({ counts })).toBeNull();
    },
  );

  it.each([
    [{ counts: [1, 2, -3, 4, 5] }, "count 3 of the trend must be a count"],
    [{ counts: [1, 2, 3, 4, 5], times: [1, 2, 2, 3, 4] }, "strictly increasing; time 3 is 2"],
    [{ counts: [1, 2, 3, 4, 5], times: [1, 2, 3] }, "5 counts, 3 times, 5 exposures"],
    [
      { counts: [1, 2, 3, 4, 5], exposures: [1, 1, 0, 1, 1] },
      "exposure 3 of the trend must be a positive number",
    ],
    [{ counts: [1, 2, 3, 4, 5], alpha: 1 }, "alpha must lie between 0 and 1"],
  ])("rejects bad input: %j", (options, message) => {
    expect(() => testPoissonTrend(options)).toThrow(IvpError);
    expect(() => testPoissonTrend(options)).toThrow(message);
  });
});

describe("testPoissonTrend: properties", () => {
  const series = fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 5, maxLength: 12 });

  it("the fitted counts add up to the observed total and the interval contains the rate ratio", () => {
    fc.assert(
      fc.property(series, (counts) => {
        const trend = testPoissonTrend({ counts });
        if (trend === null) return;
        const total = counts.reduce((a, b) => a + b, 0);
        const fitted = trend.fitted.reduce((a, b) => a + b, 0);
        expect(Math.abs(fitted - total)).toBeLessThan(1e-6 * (1 + total));
        for (const test of [trend.poisson, trend.quasiPoisson]) {
          expect(test.confidenceInterval.lower).toBeLessThanOrEqual(trend.rateRatio);
          expect(test.confidenceInterval.upper).toBeGreaterThanOrEqual(trend.rateRatio);
        }
        // The floor at 1 makes the quasi-Poisson test never more eager than Poisson's.
        expect(trend.quasiPoisson.pValue).toBeGreaterThanOrEqual(trend.poisson.pValue);
      }),
    );
  });

  it("reversing time reverses the slope and swaps increasing and decreasing", () => {
    fc.assert(
      fc.property(series, (counts) => {
        const forward = testPoissonTrend({ counts });
        const backward = testPoissonTrend({ counts: [...counts].reverse() });
        if (forward === null || backward === null) return;
        expect(backward.slope).toBeCloseTo(-forward.slope, 8);
        const swapped = { increasing: "decreasing", decreasing: "increasing" } as const;
        const expected =
          forward.verdict === "no-significant-change" ? forward.verdict : swapped[forward.verdict];
        if (Math.abs(forward.quasiPoisson.pValue - 0.05) > 1e-9)
          expect(backward.verdict).toBe(expected);
      }),
    );
  });
});

describe("testPoissonTrend: every check of its input", () => {
  it.each([
    [{ counts: [1, 2, 3, 4, 5], exposures: [1, 1, 1] }, "5 counts, 5 times, 3 exposures"],
    [{ counts: [1, 2, 3, 4, 5], times: [1, 2, Number.NaN, 4, 5] }, "time 3 is NaN"],
    [{ counts: [1, 2, 3, 4, 5], times: [5, 4, 3, 2, 1] }, "time 2 is 4"],
    [{ counts: [1, 2, 3, 4, 5], alpha: 0 }, "alpha must lie between 0 and 1 (e.g. 0.05), got 0"],
  ])("rejects %j with the code invalid-number", (options, message) => {
    try {
      testPoissonTrend(options);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IvpError);
      expect((error as IvpError).code).toBe("invalid-number");
      expect((error as IvpError).message).toContain(message);
    }
  });
});
