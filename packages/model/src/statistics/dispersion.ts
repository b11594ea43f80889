/**
 * Overdispersion of police counts. A Poisson count varies with variance equal
 * to its mean; registered crime varies more (a burglary series, an active
 * youth group, a change in how reports are registered). Quasi-Poisson
 * modelling (McCullagh & Nelder, "Generalized Linear Models", 2nd ed. 1989,
 * section 4.5 and 6.2) keeps the Poisson mean but scales the variance by a
 * dispersion phi, estimated as Pearson's chi-square of a fit over the history
 * divided by its residual degrees of freedom. Intervals and tests then widen
 * by sqrt(phi). This is the allowance Spiegelhalter recommends for funnel
 * plots ("Funnel plots for comparing institutional performance", Statistics
 * in Medicine 24, 2005, section 4.1), and what R's
 * `summary(glm(y ~ 1, family = quasipoisson))$dispersion` reports.
 *
 * Here the fit is intercept-only (a constant rate over the history), so the
 * fitted value of every period is the mean and
 * phi = sum((y - mean)^2 / mean) / (n - 1). A trend over the history inflates
 * this phi; `testPoissonTrend` estimates phi around its fitted trend
 * instead.
 */
import { IvpError } from "../errors.ts";
import { assertCount } from "./confidence-interval.ts";

/**
 * The fewest periods a dispersion is estimated from: 4 (3 degrees of freedom).
 * With fewer, chi-square / df is too unstable to widen anything by.
 */
export const MIN_DISPERSION_PERIODS = 4;

/** A quasi-Poisson dispersion estimate, with the components to recompute it. */
export interface DispersionEstimate {
  /** The estimate: Pearson chi-square / degrees of freedom. Below 1 when the counts vary less than Poisson. */
  readonly phi: number;
  /** The dispersion to widen intervals and tests by: max(1, phi), never narrower than Poisson. */
  readonly used: number;
  /** Pearson's chi-square: sum((y - fitted)^2 / fitted). */
  readonly pearsonChiSquare: number;
  /** Residual degrees of freedom: periods - 1 for the intercept-only fit. */
  readonly df: number;
  /** The number of periods the estimate uses. */
  readonly periods: number;
}

/** A dispersion pooled over several series: one phi for all of them. */
export interface PooledDispersionEstimate extends DispersionEstimate {
  /** How many series contributed (those with enough periods and a mean above 0). */
  readonly series: number;
}

function checkCounts(counts: readonly number[]): void {
  counts.forEach((count, i) => {
    assertCount(count, `count ${i + 1} of the series`);
  });
}

/** Pearson chi-square and df of the intercept-only fit, or null when it has no information. */
function interceptOnlyFit(counts: readonly number[]): { chiSquare: number; df: number } | null {
  const n = counts.length;
  if (n < MIN_DISPERSION_PERIODS) return null;
  const mean = counts.reduce((sum, y) => sum + y, 0) / n;
  if (mean === 0) return null;
  const chiSquare = counts.reduce((sum, y) => sum + (y - mean) ** 2, 0) / mean;
  return { chiSquare, df: n - 1 };
}

function estimate(chiSquare: number, df: number, periods: number): DispersionEstimate {
  const phi = chiSquare / df;
  return { phi, used: Math.max(1, phi), pearsonChiSquare: chiSquare, df, periods };
}

/**
 * Estimates the quasi-Poisson dispersion of one count series from its
 * history, assuming a constant rate: phi = sum((y - mean)^2 / mean) / (n - 1).
 * The periods must be comparable (all full years, or all first halves).
 *
 * @param counts - the counts of {@link MIN_DISPERSION_PERIODS} or more comparable periods
 * @returns the estimate, or `null` with fewer than 4 periods or when every count is 0
 * @throws {@link IvpError} `invalid-number` when a value is not a count
 * @example
 * // Laren, jongerenoverlast 2014-2017 (Tabel 2): far more variable than Poisson
 * estimateDispersion([48, 19, 36, 72])
 * //=> { phi: 11.342..., used: 11.342..., pearsonChiSquare: 34.028..., df: 3, periods: 4 }
 * estimateDispersion([19, 20, 21, 20])
 * //=> { phi: 0.0333..., used: 1, ... }
 */
export function estimateDispersion(counts: readonly number[]): DispersionEstimate | null {
  checkCounts(counts);
  const fit = interceptOnlyFit(counts);
  return fit === null ? null : estimate(fit.chiSquare, fit.df, counts.length);
}

/**
 * Pools the dispersion of several count series (e.g. the rows of a figure
 * table): the sum of their Pearson chi-squares over the sum of their degrees
 * of freedom, each series fitted with its own constant rate. A pooled phi is
 * steadier than one series' phi from 3 degrees of freedom, and is the usual
 * choice when every series is short. Series with fewer than
 * {@link MIN_DISPERSION_PERIODS} periods or only zeros are left out.
 *
 * @param series - the count series, each over comparable periods
 * @returns the pooled estimate, or `null` when no series can contribute
 * @throws {@link IvpError} `invalid-number` when a value is not a count
 * @example
 * pooledDispersion([[553, 527, 543, 468], [48, 19, 36, 72], [0, 0, 0, 0]])
 * //=> { phi: 7.055..., used: 7.055..., pearsonChiSquare: 42.33..., df: 6, periods: 8, series: 2 }
 */
export function pooledDispersion(
  series: readonly (readonly number[])[],
): PooledDispersionEstimate | null {
  let chiSquare = 0;
  let df = 0;
  let periods = 0;
  let used = 0;
  series.forEach((counts, i) => {
    try {
      checkCounts(counts);
    } catch (error) {
      if (error instanceof IvpError)
        throw new IvpError(error.code, `series ${i + 1}: ${error.message}`, { cause: error });
      throw error;
    }
    const fit = interceptOnlyFit(counts);
    if (fit === null) return;
    chiSquare += fit.chiSquare;
    df += fit.df;
    periods += counts.length;
    used += 1;
  });
  return used === 0 ? null : { ...estimate(chiSquare, df, periods), series: used };
}
