import { loadLarenPlan } from "@ivp/testkit/laren";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { estimateDispersion, MIN_DISPERSION_PERIODS, pooledDispersion } from "./dispersion.ts";

/** Agreement to `digits` significant digits. */
function expectSignificant(actual: number, expected: number, digits = 5): void {
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(0.5 * 10 ** (1 - digits));
}

// R: f <- function(y) glm(y ~ 1, family = quasipoisson)
//    summary(f(y))$dispersion; sum(residuals(f(y), type = "pearson")^2)
// (R's summary() uses the IRLS weights at convergence, which agree with the
// closed form to about 6 digits; the Pearson chi-square agrees to 10.)
describe("estimateDispersion", () => {
  it("Laren, jongerenoverlast 2014-2017 (48, 19, 36, 72): phi about 11.3", () => {
    const estimate = estimateDispersion([48, 19, 36, 72]);
    // summary(glm(c(48, 19, 36, 72) ~ 1, family = quasipoisson))$dispersion = 11.34298581
    expectSignificant(estimate?.phi as number, 11.34298581);
    // sum(residuals(..., type = "pearson")^2) = 34.02857143
    expectSignificant(estimate?.pearsonChiSquare as number, 34.02857143, 9);
    expect(estimate).toMatchObject({ df: 3, periods: 4 });
    expect(estimate?.used).toBe(estimate?.phi);
  });

  it("Laren, misdrijven totaal 2014-2017 (553, 527, 543, 468): phi 2.77", () => {
    const estimate = estimateDispersion([553, 527, 543, 468]);
    // summary(glm(c(553, 527, 543, 468) ~ 1, family = quasipoisson))$dispersion = 2.767899821
    expectSignificant(estimate?.phi as number, 2.767899821);
    expectSignificant(estimate?.pearsonChiSquare as number, 8.303682449, 9);
  });

  it("a series steadier than Poisson has phi < 1 but is used as 1 (never narrower than Poisson)", () => {
    // summary(glm(c(19, 20, 21, 20) ~ 1, family = quasipoisson))$dispersion = 0.03333333998
    const estimate = estimateDispersion([19, 20, 21, 20]);
    expectSignificant(estimate?.phi as number, 0.03333333998);
    expect(estimate?.used).toBe(1);
  });

  it("five periods: df = 4", () => {
    // summary(glm(c(5, 7, 6, 9, 30) ~ 1, family = quasipoisson))$dispersion = 9.675439974
    const estimate = estimateDispersion([5, 7, 6, 9, 30]);
    expectSignificant(estimate?.phi as number, 9.675439974);
    expect(estimate).toMatchObject({ df: 4, periods: 5 });
  });

  it("a constant series has phi 0, used 1", () => {
    expect(estimateDispersion([7, 7, 7, 7])).toEqual({
      phi: 0,
      used: 1,
      pearsonChiSquare: 0,
      df: 3,
      periods: 4,
    });
  });

  it("needs 4 periods and a mean above 0", () => {
    expect(MIN_DISPERSION_PERIODS).toBe(4);
    expect(estimateDispersion([48, 19, 36])).toBeNull();
    expect(estimateDispersion([])).toBeNull();
    expect(estimateDispersion([0, 0, 0, 0])).toBeNull();
    expect(estimateDispersion([0, 0, 0, 1])).not.toBeNull();
  });

  it.each([[[1, 2, -3, 4]], [[1, 2.5, 3, 4]], [[1, Number.NaN, 3, 4]]])(
    "rejects a value that is not a count: %j",
    (counts) => {
      expect(() => estimateDispersion(counts)).toThrow(IvpError);
      expect(() => estimateDispersion(counts)).toThrow(/count \d of the series must be a count/);
    },
  );
});

describe("pooledDispersion", () => {
  it("is the sum of chi-squares over the sum of df; all-zero and short series are left out", () => {
    const pooled = pooledDispersion([
      [553, 527, 543, 468],
      [48, 19, 36, 72],
      [0, 0, 0, 0],
      [3, 4, 5],
    ]);
    // 8.303682449 + 34.02857143 = 42.332253875 over 3 + 3 df
    expectSignificant(pooled?.pearsonChiSquare as number, 42.332253875, 9);
    expectSignificant(pooled?.phi as number, 7.055375646, 9);
    expect(pooled).toMatchObject({ df: 6, periods: 8, series: 2 });
  });

  it("returns null when no series can contribute", () => {
    expect(pooledDispersion([])).toBeNull();
    expect(
      pooledDispersion([
        [0, 0, 0, 0],
        [1, 2],
      ]),
    ).toBeNull();
  });

  it("names the series of a bad value", () => {
    expect(() =>
      pooledDispersion([
        [1, 2, 3, 4],
        [1, -2, 3, 4],
      ]),
    ).toThrow("series 2: count 2 of the series must be a count");
  });

  describe("Laren, Tabel 2 (full years 2014-2017)", () => {
    const plan = loadLarenPlan();
    const block = plan.observations.find(
      (b) => b.origin === "table" && "table" in b && b.table === "tabel-2",
    );
    const values = (block as { values: Record<string, (number | null)[]> }).values;
    const parts = new Set(plan.series.flatMap((s) => s.parts?.series ?? []));
    const counts = (ids: string[]) => ids.map((id) => values[id] as number[]);

    it("the eleven rows that are not an 'of which' part: pooled phi about 2.7", () => {
      const topLevel = Object.keys(values).filter((id) => !parts.has(id));
      expect(topLevel).toHaveLength(11);
      const pooled = pooledDispersion(counts(topLevel));
      // y <- c(<the eleven rows>); s <- factor(rep(1:11, each = 4))
      // summary(glm(y ~ s, family = quasipoisson))$dispersion = 2.740937771
      // (the sum of the eleven chi-squares is 90.45046983)
      expectSignificant(pooled?.phi as number, 2.740937771);
      expectSignificant(pooled?.pearsonChiSquare as number, 90.45046983, 9);
      expect(pooled).toMatchObject({ df: 33, periods: 44, series: 11 });
    });

    it("all twenty rows (the two all-zero rows left out): pooled phi about 2.1", () => {
      const pooled = pooledDispersion(counts(Object.keys(values)));
      // the same glm over the 18 rows that are not all 0: 111.812852228452 / 54
      expectSignificant(pooled?.pearsonChiSquare as number, 111.812852228452, 9);
      expect(pooled).toMatchObject({ df: 54, series: 18 });
      expectSignificant(pooled?.phi as number, 2.07060837460096, 9);
    });

    it("jongerenoverlast alone: about 11.3", () => {
      expect(estimateDispersion(values.jongerenoverlast as number[])?.phi).toBeCloseTo(11.34, 2);
    });
  });
});
