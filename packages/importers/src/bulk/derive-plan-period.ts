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
  const years = new WholeYears(series);
  for (const figures of municipalities) years.add(figures);
  return years.planPeriod();
}

/**
 * The first and last whole year of the municipalities added so far, and the
 * plan period they give ({@link derivePlanPeriod}, which is this over a list).
 * `ivp bulk` adds each municipality when its figures are complete, while the
 * workers render, instead of going over all of them (every series' years of
 * 342 municipalities) after the last one is read. Adding a municipality twice,
 * or one whose figures have grown since, gives what adding it once with its
 * final figures gives (years are only ever added to figures).
 */
export class WholeYears {
  readonly #series: readonly string[];
  #first = Number.POSITIVE_INFINITY;
  #last = Number.NEGATIVE_INFINITY;

  /** @param series - the series ids to look at */
  constructor(series: readonly string[]) {
    this.#series = series;
  }

  /** Takes the whole years of a municipality's figures into account. */
  add(figures: MunicipalityFigures): void {
    for (const id of this.#series) {
      const years = figures.years(id);
      if (years.length === 0) continue;
      this.#first = Math.min(this.#first, years[0] as number);
      this.#last = Math.max(this.#last, years[years.length - 1] as number);
    }
  }

  /** The plan period of the whole years so far (see {@link derivePlanPeriod}); `undefined` when there are none. */
  planPeriod(): PlanPeriod | undefined {
    const first = this.#first;
    const last = this.#last;
    if (!Number.isFinite(last)) return undefined;
    return { start: Math.min(last, Math.max(first + 1, last - 3)), end: last };
  }
}
