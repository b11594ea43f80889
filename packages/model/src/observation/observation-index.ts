import { formatPeriodCode } from "../period/format-period.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import { comparePeriods, type Period } from "../period/period.ts";
import type { Observation } from "./observation.ts";

/** The figures of a series and area the index has none of. */
const NONE: readonly Observation[] = Object.freeze([]);

/** The figures of one series for one area: by period, and all of them in input order. */
interface AreaFigures {
  readonly byPeriod: Map<string, Observation[]>;
  readonly all: Observation[];
  /** {@link ObservationIndex.series}, sorted when first asked for (the index never changes). */
  sorted: readonly Observation[] | undefined;
}

/**
 * Observations indexed by series, area and period, for lookups in constant
 * time. Several observations may share a key (a figure in the text and the
 * same figure in a table); {@link ObservationIndex.get} returns the first.
 *
 * @example
 * const index = new ObservationIndex(collectObservations(plan));
 * index.get("woninginbraken", "GM0417", "2017")?.value //=> 79
 */
export class ObservationIndex {
  // Maps within maps, by series, area and period: a lookup builds no key
  // string (a key of the three joined had to be built, flattened and hashed
  // for each of the thousands of lookups of an assessment).
  readonly #bySeries = new Map<string, Map<string, AreaFigures>>();
  /** The lists of figures that share series, area and period, in the order of their first figure. */
  readonly #groups: Observation[][] = [];

  constructor(observations: Iterable<Observation>) {
    for (const observation of observations) {
      let areas = this.#bySeries.get(observation.series);
      if (!areas) {
        areas = new Map();
        this.#bySeries.set(observation.series, areas);
      }
      let figures = areas.get(observation.area);
      if (!figures) {
        figures = { byPeriod: new Map(), all: [], sorted: undefined };
        areas.set(observation.area, figures);
      }
      figures.all.push(observation);
      const list = figures.byPeriod.get(observation.period);
      if (list) list.push(observation);
      else {
        const group = [observation];
        figures.byPeriod.set(observation.period, group);
        this.#groups.push(group);
      }
    }
  }

  /**
   * The first observation of a series for an area in a period.
   *
   * @example
   * index.get("woninginbraken", "GM0417", firstHalf(2018))?.value //=> 26
   */
  get(series: string, area: string, period: Period | string): Observation | undefined {
    return this.getAll(series, area, period)[0];
  }

  /**
   * All observations of a series for an area in a period, in input order.
   *
   * @example
   * index.getAll("woninginbraken", "GM0417", "2017").map((o) => o.origin) //=> ["table", "text"]
   */
  getAll(series: string, area: string, period: Period | string): readonly Observation[] {
    const code = typeof period === "string" ? period : formatPeriodCode(period);
    return this.#bySeries.get(series)?.get(area)?.byPeriod.get(code) ?? [];
  }

  /**
   * The observations of a series for an area, ordered by period (input order within a period).
   *
   * @example
   * index.series("geweld", "GM0417").map((o) => o.period).slice(0, 3) //=> ["2013", "2014", "2015-H1"]
   */
  series(series: string, area: string): readonly Observation[] {
    const figures = this.#bySeries.get(series)?.get(area);
    if (!figures) return NONE;
    // Each period parsed once, not twice per comparison; a stable sort keeps input order within a period.
    figures.sorted ??= Object.freeze(
      figures.all
        .map((observation) => ({ observation, period: parsePeriodOrThrow(observation.period) }))
        .sort((a, b) => comparePeriods(a.period, b.period))
        .map((entry) => entry.observation),
    );
    return figures.sorted;
  }

  /**
   * Every group of observations that share series, area and period.
   *
   * @example
   * // Laren's Tabel 2 and its text disagree on huiselijk geweld in 2015:
   * [...index.groups()].find((g) => new Set(g.map((o) => o.value)).size > 1)?.map((o) => o.value)
   * //=> [11, 13, 11]
   */
  *groups(): IterableIterator<readonly Observation[]> {
    yield* this.#groups;
  }
}
