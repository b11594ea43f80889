import { formatPeriodCode } from "../period/format-period.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import { inYear, type Period } from "../period/period.ts";
import { figureSources, type ResolveContext } from "../series/resolve-value.ts";
import { MAX_COUNT } from "../statistics/confidence-interval.ts";
import { find } from "./compare-with-baseline.ts";

/** A figure of a series in one of its comparable periods. */
export interface HistoryPoint {
  readonly period: string;
  readonly year: number;
  readonly value: number;
}

/**
 * The figures of a series for the same months as `period` in the years
 * before `period.year` (observed or derived), oldest first: the history a
 * figure for `period` is compared with (its dispersion, a trend, whether a
 * baseline was extreme).
 *
 * @param context - the observations and series of the plan
 * @param series - the series id
 * @param area - the area code
 * @param period - the months to look for, e.g. January-June
 * @returns the earlier figures, oldest first (kept in `context.histories` when it has one: not to be changed)
 */
export function comparableHistory(
  context: ResolveContext & { readonly histories?: Map<string, HistoryPoint[]> },
  series: string,
  area: string,
  period: Period,
): HistoryPoint[] {
  // An assessment asks for the latest figure's history four times (its
  // dispersion twice, the previous period's change, the trend): a plan's
  // context keeps each one it read (a fifth of the assessment's time).
  const key = `${series} ${area} ${formatPeriodCode(period)}`;
  const known = context.histories?.get(key);
  if (known) return known;
  const years = new Set<number>();
  for (const id of figureSources(context.series?.get(series), series)) {
    for (const o of context.index.series(id, area)) years.add(parsePeriodOrThrow(o.period).year);
  }
  const history: HistoryPoint[] = [];
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: index.series gives the periods in order already, so the years arrive sorted; the sort says so and keeps it if that changes
  for (const year of [...years].sort((a, b) => a - b)) {
    if (year >= period.year) continue;
    const earlier = find(context, series, area, inYear(period, year));
    if (earlier) history.push({ period: earlier.period, year, value: earlier.value });
  }
  context.histories?.set(key, history);
  return history;
}

/** Whether every value is a count the exact methods take: a whole number from 0 to 10^8. */
export function allCounts(values: readonly number[]): boolean {
  return values.every((v) => Number.isInteger(v) && v >= 0 && v <= MAX_COUNT);
}
