import { formatPeriodCode } from "../period/format-period.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import {
  comparePeriods,
  firstHalf,
  fullYear,
  type Period,
  secondHalf,
  shiftPeriod,
} from "../period/period.ts";
import type { FigureTable, Series, TableColumn } from "../schema/types.ts";
import { figureSources, type ResolveContext, resolveValue } from "../series/resolve-value.ts";

/** The rolling layout of a table: the last N periods with data, each with its change. */
export type RollingLayout = NonNullable<FigureTable["rolling"]>;

/**
 * The periods of one granularity in the year of an observation: the year, or
 * both its halves. Those without a figure are dropped afterwards, so a month
 * or a half year need not be placed in its half here.
 */
function candidatesOf(year: number, granularity: RollingLayout["granularity"]): Period[] {
  return granularity === "year" ? [fullYear(year)] : [firstHalf(year), secondHalf(year)];
}

/**
 * The columns of a rolling table for the figures at hand: the last `last`
 * years (or half years) in which at least one row of the table has a figure
 * (observed, or derived by the usual rules, such as a year of counts from
 * its two halves), oldest first, then for each of them whose comparable period one
 * year earlier has a figure too, the change against that period (a year
 * against the year before; a half year against the same half of the year
 * before, as the IVP tables compare January-June with January-June). After
 * `ivp import` of a newer year the table shows it without any edit of the
 * plan. Pure.
 *
 * @param table - a table with `rolling`
 * @param context - the observations (and series definitions) to look in
 * @param area - the area of the table's counts
 * @returns the columns, as if they had been written out in the plan
 * @example
 * rollingColumns({ ...table, rolling: { last: 2, granularity: "year" } }, context, "GM0376").map((c) => c.id)
 * //=> ["2022", "2023", "2023-change"]
 */
export function rollingColumns(
  table: FigureTable,
  context: ResolveContext & { readonly series: ReadonlyMap<string, Series> },
  area: string,
): TableColumn[] {
  const layout = table.rolling;
  if (!layout) return [...table.columns];
  const series = [...new Set(table.rows.map((row) => row.series))];
  const candidates = new Map<string, Period>();
  const sources = new Set(series.flatMap((id) => figureSources(context.series.get(id), id)));
  for (const id of sources) {
    // The index has parsed every period already (series() orders by them).
    for (const observation of context.index.series(id, area)) {
      const { year } = parsePeriodOrThrow(observation.period);
      for (const candidate of candidatesOf(year, layout.granularity)) {
        candidates.set(formatPeriodCode(candidate), candidate);
      }
    }
  }
  const hasFigure = (period: Period) =>
    series.some((id) => resolveValue(context, id, area, period).status !== "missing");
  const withData = [...candidates.values()].filter(hasFigure).sort((a, b) => comparePeriods(a, b));
  const shown = withData.slice(-layout.last);
  const values: TableColumn[] = shown.map((period) => {
    const code = formatPeriodCode(period);
    return { id: code, kind: "value", period: code };
  });
  const changes: TableColumn[] = [];
  if (layout.change === "previous") {
    for (const period of shown) {
      const before = shiftPeriod(period, -1);
      if (!hasFigure(before)) continue;
      const code = formatPeriodCode(period);
      changes.push({
        id: `${code}-change`,
        kind: "change",
        from: formatPeriodCode(before),
        to: code,
      });
    }
  }
  return [...values, ...changes];
}
