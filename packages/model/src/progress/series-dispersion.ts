import { formatPeriodCode } from "../period/format-period.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import type { Period } from "../period/period.ts";
import type { ResolveContext } from "../series/resolve-value.ts";
import { MAX_COUNT } from "../statistics/confidence-interval.ts";
import { estimateDispersion } from "../statistics/dispersion.ts";
import type { DispersionUsed } from "../verdict/assess-verdict.ts";
import { find } from "./compare-with-baseline.ts";

/**
 * The dispersion of a count series, estimated from the same months of the
 * years before `period` (the periods a change of `period` is judged
 * against): quasi-Poisson, intercept-only ({@link estimateDispersion}), from
 * at least 4 such periods; `null` with fewer, when the series has no
 * figures, or when every figure is 0.
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
  const years = new Set<number>();
  for (const o of context.index.series(series, area)) years.add(parsePeriodOrThrow(o.period).year);
  const history: { period: string; value: number }[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    if (year >= period.year) continue;
    const earlier = find(context, series, area, { ...period, year });
    if (!earlier) continue;
    // Only counts have a dispersion; a figure beyond the exact tests' range ends the estimate.
    if (!(Number.isInteger(earlier.value) && earlier.value >= 0 && earlier.value <= MAX_COUNT))
      return null;
    history.push({ period: formatPeriodCode({ ...period, year }), value: earlier.value });
  }
  const estimate = estimateDispersion(history.map((h) => h.value));
  if (!estimate) return null;
  return {
    estimate: estimate.phi,
    used: estimate.used,
    periods: history.map((h) => h.period),
  };
}
