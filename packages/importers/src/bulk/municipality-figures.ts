import type { Observation, SourceLocation } from "@ivp/model";
import type { BulkMunicipality } from "./bulk-municipality.ts";
import { type MonthSpan, SeriesCells } from "./series-cells.ts";

/**
 * A municipality's observations as columns (`MunicipalityFigures.observationColumns`):
 * one entry per observation in each of `series`, `periods` and `values`,
 * the rest shared. What `ivp bulk` sends a worker thread instead of the
 * observations: arrays of strings and numbers clone some five times faster
 * than as many objects (the 342 municipalities of the 1x set, some 90
 * observations each: 16-31 ms to serialise and 50-75 ms to deserialise as
 * objects, 1-6 and 5-13 ms as columns); {@link observationsFromColumns}
 * makes the observations of them.
 */
export interface ObservationColumns {
  readonly area: string;
  readonly source?: string;
  /** Where the municipality's first figure was read: every observation's `ref`. */
  readonly ref: {
    readonly kind: "file";
    readonly file: string;
    readonly line: number;
    readonly column: number;
  };
  readonly series: readonly string[];
  readonly periods: readonly string[];
  readonly values: readonly (number | null)[];
}

/** The observations of {@link ObservationColumns}, in their order (one `ref` object shared by all). */
export function observationsFromColumns(columns: ObservationColumns): Observation[] {
  const { area, source, ref, series, periods, values } = columns;
  const observations: Observation[] = new Array(series.length);
  for (let i = 0; i < series.length; i++) {
    observations[i] = {
      series: series[i] as string,
      area,
      period: periods[i] as string,
      value: values[i] as number | null,
      origin: "import",
      ...(source !== undefined && { source }),
      ref,
    };
  }
  return observations;
}

/** The figures of one municipality, collected from a whole file. */
export interface MunicipalityFigures {
  readonly municipality: BulkMunicipality;
  /** Registered-crime figures read for it (those of the template's series). */
  readonly figures: number;
  /** Where its first figure was read. */
  readonly location: SourceLocation;
  /**
   * The figure of a series for a whole year: the file's own yearly figure, else
   * the sum of the twelve months (`null` when one is missing), else `undefined`.
   */
  year(series: string, year: number): number | null | undefined;
  /** The years with a whole-year figure of a series, in order. */
  years(series: string): readonly number[];
  /**
   * The observations a plan gets: one per series and whole year (a missing
   * figure stays `null`) and one per other period the file gives (quarters,
   * halves), in series order, then period order.
   */
  observations(options?: { readonly source?: string }): Observation[];
  /** {@link observations} as columns. */
  observationColumns(options?: { readonly source?: string }): ObservationColumns;
}

/**
 * The figures of one municipality as `aggregateByMunicipality` collects them:
 * per series, months (summed to whole years), years and other periods.
 */
export class CollectedMunicipality implements MunicipalityFigures {
  readonly municipality: BulkMunicipality;
  readonly location: SourceLocation;
  readonly #cells = new Map<string, SeriesCells>();
  readonly #order: ReadonlyMap<string, number>;
  readonly #span: MonthSpan | undefined;
  figures = 0;

  /**
   * @param span - the months each series is made room for when it is first
   *   seen (read then, so it may grow meanwhile; see `SeriesCells`)
   */
  constructor(
    municipality: BulkMunicipality,
    location: SourceLocation,
    order: ReadonlyMap<string, number>,
    span?: MonthSpan,
  ) {
    this.municipality = municipality;
    this.location = location;
    this.#order = order;
    this.#span = span;
  }

  cells(series: string): SeriesCells {
    let cells = this.#cells.get(series);
    if (!cells) {
      cells = new SeriesCells(this.#span);
      this.#cells.set(series, cells);
    }
    return cells;
  }

  hasEvery(series: Iterable<string>): boolean {
    for (const id of series) if (!this.#cells.has(id)) return false;
    return true;
  }

  year(series: string, year: number): number | null | undefined {
    return this.#cells.get(series)?.year(year);
  }

  years(series: string): readonly number[] {
    return this.#cells.get(series)?.years() ?? [];
  }

  observations(options: { readonly source?: string } = {}): Observation[] {
    return observationsFromColumns(this.observationColumns(options));
  }

  observationColumns(options: { readonly source?: string } = {}): ObservationColumns {
    const ids = [...this.#cells.keys()].sort(
      (a, b) => (this.#order.get(a) ?? 0) - (this.#order.get(b) ?? 0),
    );
    const series: string[] = [];
    const periods: string[] = [];
    const values: (number | null)[] = [];
    for (const id of ids) {
      const cells = this.#cells.get(id) as SeriesCells;
      // Each year's sum as WholeYears had it (kept by the cells), not summed again.
      const whole = cells.wholeYears();
      for (let i = 0; i < whole.years.length; i++) {
        series.push(id);
        periods.push(String(whole.years[i]));
        values.push(whole.values[i] as number | null);
      }
      for (const [period, value] of [...cells.others()].sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      )) {
        series.push(id);
        periods.push(period);
        values.push(value);
      }
    }
    return {
      area: this.municipality.code,
      ...(options.source !== undefined && { source: options.source }),
      ref: {
        kind: "file",
        file: this.location.file,
        line: this.location.line ?? 1,
        column: this.location.column ?? 1,
      },
      series,
      periods,
      values,
    };
  }
}
