import { formatPeriodCode } from "../period/format-period.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import { comparePeriods, type Period } from "../period/period.ts";
import type { Observation } from "./observation.ts";

function key(series: string, area: string, period: string): string {
  return `${series}\u0000${area}\u0000${period}`;
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
  readonly #byKey = new Map<string, Observation[]>();
  readonly #bySeriesArea = new Map<string, Observation[]>();
  /** {@link ObservationIndex.series}, sorted once per series and area (the index never changes). */
  readonly #sorted = new Map<string, readonly Observation[]>();

  constructor(observations: Iterable<Observation>) {
    for (const observation of observations) {
      const k = key(observation.series, observation.area, observation.period);
      const list = this.#byKey.get(k);
      if (list) list.push(observation);
      else this.#byKey.set(k, [observation]);
      const sa = key(observation.series, observation.area, "");
      const seriesList = this.#bySeriesArea.get(sa);
      if (seriesList) seriesList.push(observation);
      else this.#bySeriesArea.set(sa, [observation]);
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
    return this.#byKey.get(key(series, area, code)) ?? [];
  }

  /**
   * The observations of a series for an area, ordered by period (input order within a period).
   *
   * @example
   * index.series("geweld", "GM0417").map((o) => o.period).slice(0, 3) //=> ["2013", "2014", "2015-H1"]
   */
  series(series: string, area: string): readonly Observation[] {
    const k = key(series, area, "");
    const known = this.#sorted.get(k);
    if (known) return known;
    // Each period parsed once, not twice per comparison; a stable sort keeps input order within a period.
    const list = (this.#bySeriesArea.get(k) ?? []).map((observation) => ({
      observation,
      period: parsePeriodOrThrow(observation.period),
    }));
    list.sort((a, b) => comparePeriods(a.period, b.period));
    const sorted = Object.freeze(list.map((entry) => entry.observation));
    this.#sorted.set(k, sorted);
    return sorted;
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
    yield* this.#byKey.values();
  }
}
