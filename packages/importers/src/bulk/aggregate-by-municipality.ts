import { IvpError, type Observation, type SourceLocation } from "@ivp/model";
import { formatLocation } from "@ivp/plan-file";
import { normaliseTitle } from "../crime-types/crime-types.ts";
import { ImportError } from "../import-error.ts";
import type { TargetSeries } from "../mapping/import-target.ts";
import { importError, importText } from "../messages/say.ts";
import { findMunicipalityByCode, plainMunicipalityName } from "../regions/municipalities.ts";
import {
  codeOrSyntheticCode,
  isSyntheticMunicipalityCode,
  municipalityOfSyntheticCode,
} from "../regions/synthetic-codes.ts";
import type { DatasetInfo, SourceFigure } from "../source-figure.ts";
import { SeriesCells } from "./series-cells.ts";

/** Which municipality a bulk run's figures are about. */
export interface BulkMunicipality {
  /** Its CBS code, or the invented code (GM9001-GM9999) of a synthetic municipality. */
  readonly code: string;
  readonly codeIsSynthetic: boolean;
  /** The everyday name (`Laren`); the code when neither the file nor ivp's table names it. */
  readonly name: string;
  /** The StatLine name when it differs from `name` (`Laren (NH.)`). */
  readonly statlineName?: string;
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
}

/** What a bulk run read and left aside. */
export interface BulkReadSummary {
  readonly dataset?: DatasetInfo;
  /** Every figure read. */
  readonly figures: number;
  /** Figures of the template's series for the municipalities kept. */
  readonly used: number;
  /** Registered-crime figures of regions that are not municipalities (the country, police regions, ...) or not asked for. */
  readonly otherRegions: number;
  /** Figures of other topics (reports, online reports, ...), of any region. */
  readonly otherTopics: number;
  /** Figures of crime types the template has no series for. */
  readonly otherCrimeTypes: number;
  /**
   * Whether each municipality's figures came together in one stretch of the
   * file (a StatLine download: one row per municipality), so its report could
   * be written as soon as the next one began.
   */
  readonly grouped: boolean;
}

/** Options of {@link aggregateByMunicipality}. */
export interface AggregateByMunicipalityOptions {
  /** The template's series by crime-type code (see `buildImportTarget`). */
  readonly series: TargetSeries;
  /** Only these municipality codes. Default every municipality in the file. */
  readonly only?: ReadonlySet<string>;
  /**
   * Called with a municipality as soon as its stretch of the file has ended
   * and it has figures for every series of the template; awaited, so writing a
   * report slows reading down instead of piling up. A municipality whose
   * figures turn up again later is handed out once more at the end (the file
   * is then not grouped).
   */
  readonly onComplete?: (figures: MunicipalityFigures) => void | Promise<void>;
}

/** The result of {@link aggregateByMunicipality}. */
export interface AggregateResult {
  /** Every municipality read, in the order of its first figure. */
  readonly municipalities: readonly MunicipalityFigures[];
  /** Codes of the municipalities handed to `onComplete` and never seen again. */
  readonly completed: ReadonlySet<string>;
  readonly summary: BulkReadSummary;
}

const MONTH = /^(\d{4})-(\d{2})$/;

const YEAR = /^\d{4}$/;

/** The municipality a figure is about, or `undefined` for any other region. */
export function municipalityOf(figure: SourceFigure): BulkMunicipality | undefined {
  const { code, name, kind } = figure.region;
  if (kind !== "municipality") return undefined;
  if (code !== undefined) {
    const entry = findMunicipalityByCode(code) ?? municipalityOfSyntheticCode(code);
    const statlineName = name ?? entry?.statlineName;
    const plain = statlineName ? plainMunicipalityName(statlineName) : code;
    return {
      code,
      codeIsSynthetic: isSyntheticMunicipalityCode(code),
      name: plain,
      ...(statlineName && statlineName !== plain && { statlineName }),
    };
  }
  if (name === undefined) return undefined;
  const assigned = codeOrSyntheticCode(name);
  if (!assigned) return undefined;
  const plain = plainMunicipalityName(name);
  return {
    code: assigned.code,
    codeIsSynthetic: assigned.synthetic,
    name: plain,
    ...(plain !== name && { statlineName: name }),
  };
}

class Collected implements MunicipalityFigures {
  readonly municipality: BulkMunicipality;
  readonly location: SourceLocation;
  readonly #cells = new Map<string, SeriesCells>();
  readonly #order: ReadonlyMap<string, number>;
  figures = 0;

  constructor(
    municipality: BulkMunicipality,
    location: SourceLocation,
    order: ReadonlyMap<string, number>,
  ) {
    this.municipality = municipality;
    this.location = location;
    this.#order = order;
  }

  cells(series: string): SeriesCells {
    let cells = this.#cells.get(series);
    if (!cells) {
      cells = new SeriesCells();
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
    const ids = [...this.#cells.keys()].sort(
      (a, b) => (this.#order.get(a) ?? 0) - (this.#order.get(b) ?? 0),
    );
    const ref = {
      kind: "file" as const,
      file: this.location.file,
      line: this.location.line ?? 1,
      column: this.location.column ?? 1,
    };
    const observations: Observation[] = [];
    const push = (series: string, period: string, value: number | null) =>
      observations.push({
        series,
        area: this.municipality.code,
        period,
        value,
        origin: "import",
        ...(options.source !== undefined && { source: options.source }),
        ref,
      });
    for (const id of ids) {
      const cells = this.#cells.get(id) as SeriesCells;
      for (const year of cells.years()) push(id, String(year), cells.year(year) ?? null);
      for (const [period, value] of [...cells.others()].sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      ))
        push(id, period, value);
    }
    return observations;
  }
}

/**
 * Reads the figures of a whole open-data file (see `readSourceFile`) and
 * collects, per municipality, the registered crimes of the crime types a
 * template has series for: months (summed to whole years), years and other
 * periods. Everything else is counted and left aside: the country, police
 * regions and other roll-ups (never added to their parts), other topics,
 * other crime types. Memory grows with municipalities x series x periods,
 * never with the number of rows: a file four times as long over the same
 * municipalities and months needs the same memory.
 *
 * Municipalities are known by code (OData) or StatLine name; a name whose code
 * ivp has not verified gets its synthetic code (see `codeOrSyntheticCode`). Two
 * different figures for the same municipality, series and period are an
 * {@link ImportError}, as in `ivp import`.
 *
 * @param figures - the figures of a file, one by one or in arrays (`readSourceFileChunks`: the
 *   same figures without a promise per figure)
 * @param options - the template's series, which municipalities, and what to do with a complete one
 * @returns every municipality's figures and what was left aside
 * @example
 * const { municipalities } = await aggregateByMunicipality(readSourceFile("47013NED.json"), { series: buildImportTarget(plan).series });
 * municipalities[0].year("woninginbraken", 2023) //=> 31
 */
export async function aggregateByMunicipality(
  figures: AsyncIterable<SourceFigure | readonly SourceFigure[] | ClassifiedFigures>,
  options: AggregateByMunicipalityOptions,
): Promise<AggregateResult> {
  const { series } = options;
  const required = new Set(series.byCode.values());
  const collected = new Map<string, Collected>();
  const completed = new Set<string>();
  const classifier = new FigureClassifier(series, options.only);
  const counts = classifier.counts;
  let current: Collected | undefined;
  let grouped = true;
  let dataset: DatasetInfo | undefined;
  let used = 0;

  const finish = async (done: Collected | undefined) => {
    if (!done || !options.onComplete || !grouped || !done.hasEvery(required)) return;
    completed.add(done.municipality.code);
    await options.onComplete(done);
  };

  /**
   * Adds one figure of a municipality and series; returns the municipality
   * whose stretch of the file it ended, if any, for `finish`.
   */
  const collect = (
    municipality: BulkMunicipality,
    id: string,
    period: string,
    value: number | null,
    location: SourceLocation,
  ): Collected | undefined => {
    let ended: Collected | undefined;
    if (current?.municipality.code !== municipality.code) {
      const previous = current;
      current = collected.get(municipality.code);
      if (current) {
        // Seen before: the file is not grouped by municipality.
        grouped = false;
        completed.delete(municipality.code);
      } else {
        current = new Collected(municipality, location, series.order);
        collected.set(municipality.code, current);
      }
      ended = previous;
    }
    const cells = current.cells(id);
    const month = MONTH.exec(period);
    const result = month
      ? cells.setMonth(Number(month[1]), Number(month[2]), value)
      : YEAR.test(period)
        ? cells.setYear(Number(period), value)
        : cells.setOther(period, value);
    if (result.kind === "conflict") {
      const missing = importText("en", "mapping/missing");
      throw importError(
        "ambiguous-mapping",
        "bulk/second-figure",
        {
          series: id,
          municipality: `${municipality.name} (${municipality.code})`,
          period,
          value: value ?? missing,
          earlier: result.earlier ?? missing,
          ...(value === null && { valueMissing: 1 }),
          ...(result.earlier === null && { earlierMissing: 1 }),
          code: municipality.code,
          first: formatLocation(current.location),
        },
        { location, hintId: "bulk/second-figure-hint" },
      );
    }
    current.figures++;
    used++;
    return ended;
  };

  const add = (figure: SourceFigure): Collected | undefined => {
    dataset ??= figure.dataset;
    if (!classifier.classify(figure)) return undefined;
    return collect(
      classifier.municipality as BulkMunicipality,
      classifier.series as string,
      figure.period,
      figure.value,
      figure.location,
    );
  };

  for await (const item of figures) {
    if (!Array.isArray(item)) {
      if ("classified" in item) {
        await addClassified(item);
        continue;
      }
      const ended = add(item as SourceFigure);
      if (ended) await finish(ended);
      continue;
    }
    for (const figure of item as readonly SourceFigure[]) {
      const ended = add(figure);
      if (ended) await finish(ended);
    }
  }
  await finish(current);
  return {
    municipalities: [...collected.values()],
    completed,
    summary: {
      ...(dataset && { dataset }),
      figures: counts.figures,
      used,
      otherRegions: counts.otherRegions,
      otherTopics: counts.otherTopics,
      otherCrimeTypes: counts.otherCrimeTypes,
      grouped,
    },
  };

  async function addClassified(item: ClassifiedFigures): Promise<void> {
    dataset ??= item.dataset;
    counts.figures += item.counts.figures;
    counts.otherRegions += item.counts.otherRegions;
    counts.otherTopics += item.counts.otherTopics;
    counts.otherCrimeTypes += item.counts.otherCrimeTypes;
    const { used: cells, values } = item;
    for (let i = 0, j = 0; i < values.length; i++, j += 5) {
      const value = values[i] as number;
      const ended = collect(
        item.municipalities[cells[j] as number] as BulkMunicipality,
        item.series[cells[j + 1] as number] as string,
        item.periods[cells[j + 2] as number] as string,
        Number.isNaN(value) ? null : value,
        { file: item.file, line: cells[j + 3] as number, column: cells[j + 4] as number },
      );
      if (ended) await finish(ended);
    }
  }
}

/**
 * Figures sorted out by {@link classifyFigures} (by a worker thread of `ivp
 * bulk`, which reads OData pages in parallel): the counts of what was left
 * aside and, in the file's order, each figure that
 * {@link aggregateByMunicipality} collects, as numbers. Handed to
 * `aggregateByMunicipality` in the place of the figures, in the file's order,
 * it collects exactly what it collects from them.
 */
export interface ClassifiedFigures {
  readonly classified: true;
  /** The dataset of the first figure, if any. */
  readonly dataset?: DatasetInfo;
  readonly counts: FigureCounts;
  /** The file every figure used was read from (one OData page); "" when none is used. */
  readonly file: string;
  readonly municipalities: readonly BulkMunicipality[];
  readonly series: readonly string[];
  readonly periods: readonly string[];
  /**
   * Five numbers per figure: its municipality, series and period (indexes into
   * the lists above), its line and column.
   */
  readonly used: Int32Array;
  /** The figures' values; NaN for a missing one (a figure is never NaN). */
  readonly values: Float64Array;
}

/** How many figures were read, and how many of them left aside, and why. */
interface FigureCounts {
  figures: number;
  otherRegions: number;
  otherTopics: number;
  otherCrimeTypes: number;
}

/**
 * Sorts out the figures of one file (an OData page) for
 * {@link aggregateByMunicipality}, as it does itself: which are left aside
 * (counted), and which municipality, series and period each other one is
 * for. Every figure used must have been read from the same file. Each chunk
 * is sorted out as it arrives, so the figures of a page never pile up.
 *
 * @param chunks - the figures, in the file's order (`readSourceFileChunks`)
 * @param options - the template's series and which municipalities
 */
export async function classifyFigures(
  chunks: AsyncIterable<readonly SourceFigure[]> | Iterable<readonly SourceFigure[]>,
  options: { readonly series: TargetSeries; readonly only?: ReadonlySet<string> },
): Promise<ClassifiedFigures> {
  const classifier = new FigureClassifier(options.series, options.only);
  const municipalities: BulkMunicipality[] = [];
  const municipalityIndex = new Map<BulkMunicipality, number>();
  const series: string[] = [];
  const periods: string[] = [];
  const periodIndex = new Map<string, number>();
  const used: number[] = [];
  const values: number[] = [];
  let dataset: DatasetInfo | undefined;
  let file: string | undefined;
  const indexOf = <T>(list: T[], index: Map<T, number>, item: T): number => {
    let at = index.get(item);
    if (at === undefined) {
      at = list.push(item) - 1;
      index.set(item, at);
    }
    return at;
  };
  const seriesIndex = new Map<string, number>();
  for await (const chunk of chunks) {
    for (const figure of chunk) {
      dataset ??= figure.dataset;
      if (!classifier.classify(figure)) continue;
      file ??= figure.location.file;
      if (figure.location.file !== file) {
        throw new IvpError(
          "internal",
          `classifyFigures: a figure of ${figure.location.file}, not of ${file}`,
        );
      }
      used.push(
        indexOf(municipalities, municipalityIndex, classifier.municipality as BulkMunicipality),
        indexOf(series, seriesIndex, classifier.series as string),
        indexOf(periods, periodIndex, figure.period),
        figure.location.line ?? 1,
        figure.location.column ?? 1,
      );
      values.push(figure.value ?? Number.NaN);
    }
  }
  return {
    classified: true,
    ...(dataset && { dataset }),
    counts: { ...classifier.counts },
    file: file ?? "",
    municipalities,
    series,
    periods,
    used: Int32Array.from(used),
    values: Float64Array.from(values),
  };
}

/**
 * Which municipality and series a figure is for, or why it is left aside (as
 * counted in `counts`). Consecutive figures of a region share its region
 * object (a StatLine row, an OData region): resolved once, and once per code
 * for figures that do not.
 */
class FigureClassifier {
  readonly counts: FigureCounts = {
    figures: 0,
    otherRegions: 0,
    otherTopics: 0,
    otherCrimeTypes: 0,
  };
  /** The municipality and series of the figure last classified as used. */
  municipality: BulkMunicipality | undefined;
  series: string | undefined;
  readonly #targets: TargetSeries;
  readonly #only: ReadonlySet<string> | undefined;
  #lastRegion: SourceFigure["region"] | undefined;
  #lastMunicipality: BulkMunicipality | undefined;
  readonly #regions = new Map<string, BulkMunicipality | undefined>();

  constructor(targets: TargetSeries, only: ReadonlySet<string> | undefined) {
    this.#targets = targets;
    this.#only = only;
  }

  /** Counts a figure; true when it is used (see `municipality` and `series`). */
  classify(figure: SourceFigure): boolean {
    const counts = this.counts;
    counts.figures++;
    if (!figure.registeredCrimes) {
      counts.otherTopics++;
      return false;
    }
    if (figure.region !== this.#lastRegion) {
      this.#lastRegion = figure.region;
      const key = figure.region.code ?? `\u0000${figure.region.name ?? ""}`;
      if (this.#regions.has(key)) this.#lastMunicipality = this.#regions.get(key);
      else {
        this.#lastMunicipality = municipalityOf(figure);
        this.#regions.set(key, this.#lastMunicipality);
      }
    }
    const municipality = this.#lastMunicipality;
    if (!municipality || (this.#only && !this.#only.has(municipality.code))) {
      counts.otherRegions++;
      return false;
    }
    const id = this.#seriesOf(figure);
    if (id === undefined) {
      counts.otherCrimeTypes++;
      return false;
    }
    this.municipality = municipality;
    this.series = id;
    return true;
  }

  #seriesOf(figure: SourceFigure): string | undefined {
    const { classification, code, title } = figure.crime;
    const series = this.#targets;
    if (code !== undefined) {
      if (classification) return series.byCode.get(`${classification}:${code}`);
      return series.byCode.get(`police:${code}`) ?? series.byCode.get(`cbs:${code}`);
    }
    if (title === undefined) return undefined;
    const candidates = series.byTitle.get(normaliseTitle(title)) ?? [];
    return candidates.length === 1 ? candidates[0] : undefined;
  }
}
