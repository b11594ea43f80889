import type { Period } from "../period/period.ts";
import type { ResolveContext } from "../series/resolve-value.ts";
import { estimateDispersion } from "../statistics/dispersion.ts";
import type { DispersionUsed } from "../verdict/assess-verdict.ts";
import { allCounts, comparableHistory } from "./series-history.ts";

/**
 * The dispersion of a count series, estimated from the same months of the
 * years before `period` (the periods a change of `period` is judged
 * against): quasi-Poisson, intercept-only ({@link estimateDispersion}), from
 * at least 4 such periods; `null` with fewer, when a figure is not a count,
 * or when every figure is 0.
 *
 * @param context - the observations and series of the plan
 * @param series - the series id
 * @param area - the area code
 * @param period - the period being assessed, e.g. `2018-01..2018-10`
 * @returns the dispersion with the periods it used, or `null`
 */
export function seriesDispersion(
  context: ResolveContext,
  series: string,
  area: string,
  period: Period,
): DispersionUsed | null {
  const history = comparableHistory(context, series, area, period);
  const values = history.map((h) => h.value);
  if (!allCounts(values)) return null;
  const estimate = estimateDispersion(values);
  if (!estimate) return null;
  return {
    estimate: estimate.phi,
    used: estimate.used,
    periods: history.map((h) => h.period),
  };
}
