import type { PlanPeriod } from "./bulk-template.ts";
import type { MunicipalityFigures } from "./municipality-figures.ts";

/**
 * The plan period a bulk run evaluates when none is given: up to four years
 * ending with the last whole year in the figures, starting no earlier than
 * the year after the first whole year (which is then the baseline). A whole
 * year is one with a yearly figure, or all twelve months, of one of the
 * series for one of the municipalities. `undefined` when there is none.
 *
 * @param municipalities - the figures of the municipalities read
 * @param series - the series ids to look at
 * @returns the period, e.g. 2020-2023 for figures of 2014-2023
 * @example
 * derivePlanPeriod(municipalitiesWith2014To2023, ["misdrijven-totaal"]) //=> { start: 2020, end: 2023 }
 * derivePlanPeriod(municipalitiesWith2022And2023, ["misdrijven-totaal"]) //=> { start: 2023, end: 2023 }
 */
export function derivePlanPeriod(
  municipalities: Iterable<MunicipalityFigures>,
  series: readonly string[],
): PlanPeriod | undefined {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const figures of municipalities) {
    for (const id of series) {
      const years = figures.years(id);
      if (years.length === 0) continue;
      first = Math.min(first, years[0] as number);
      last = Math.max(last, years[years.length - 1] as number);
    }
  }
  if (!Number.isFinite(last)) return undefined;
  return { start: Math.min(last, Math.max(first + 1, last - 3)), end: last };
}
