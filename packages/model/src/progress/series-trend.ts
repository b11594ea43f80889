import type { Period } from "../period/period.ts";
import type { ResolveContext } from "../series/resolve-value.ts";
import { type PoissonTrend, testPoissonTrend } from "../statistics/poisson-trend.ts";
import type { PeriodValue } from "./compare-with-baseline.ts";
import { allCounts, comparableHistory } from "./series-history.ts";

/** The trend of a count series over its comparable periods up to the latest figure. */
export interface SeriesTrend {
  /** The periods the trend is fitted to, oldest first; the last is the latest figure's. */
  readonly periods: readonly string[];
  readonly test: PoissonTrend;
}

/**
 * The trend of a count series over the same months of every year up to and
 * including the latest figure (Poisson and quasi-Poisson regression on the
 * year, {@link testPoissonTrend}), when there are at least 5 such periods:
 * more than the two points a change compares.
 *
 * @param context - the observations and series of the plan
 * @param series - the series id
 * @param area - the area code
 * @param latest - the latest figure and its period
 * @param alpha - the significance level
 * @returns the trend, or `null` with fewer than 5 comparable periods or figures that are not counts
 */
export function seriesTrend(
  context: ResolveContext,
  series: string,
  area: string,
  latest: PeriodValue,
  period: Period,
  alpha: number,
): SeriesTrend | null {
  const points = [
    ...comparableHistory(context, series, area, period),
    { period: latest.period, year: period.year, value: latest.value },
  ];
  const counts = points.map((p) => p.value);
  if (!allCounts(counts)) return null;
  const test = testPoissonTrend({ counts, times: points.map((p) => p.year), alpha });
  return test ? { periods: points.map((p) => p.period), test } : null;
}
