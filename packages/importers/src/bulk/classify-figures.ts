import { normaliseTitle } from "../crime-types/crime-types.ts";
import type { TargetSeries } from "../mapping/import-target.ts";
import { importError } from "../messages/say.ts";
import type { DatasetInfo, SourceFigure } from "../source-figure.ts";
import { type BulkMunicipality, municipalityOfRegion } from "./bulk-municipality.ts";

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
export interface FigureCounts {
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
  const sorted = new ClassifiedFiguresBuilder(options.series, options.only);
  for await (const chunk of chunks) for (const figure of chunk) sorted.add(figure);
  return sorted.build();
}

/**
 * Collects {@link ClassifiedFigures} figure by figure: {@link classifyFigures},
 * and the reader of OData pages that sorts rows out without a figure object
 * per topic (`classifyODataPage`), which counts in `classifier.counts` and
 * hands the figures used to {@link push} itself.
 */
export class ClassifiedFiguresBuilder {
  readonly classifier: FigureClassifier;
  /** The dataset of the first figure, if any. */
  dataset: DatasetInfo | undefined;
  #file: string | undefined;
  readonly #municipalities: BulkMunicipality[] = [];
  readonly #municipalityIndex = new Map<BulkMunicipality, number>();
  readonly #series: string[] = [];
  readonly #seriesIndex = new Map<string, number>();
  readonly #periods: string[] = [];
  readonly #periodIndex = new Map<string, number>();
  /** The figures used so far: five numbers each in `#used`, the value in `#values` (grown by doubling). */
  #count = 0;
  #used = new Int32Array(5 * 1024);
  #values = new Float64Array(1024);

  constructor(series: TargetSeries, only: ReadonlySet<string> | undefined) {
    this.classifier = new FigureClassifier(series, only);
  }

  /** Counts a figure and keeps it if it is used. */
  add(figure: SourceFigure): void {
    this.dataset ??= figure.dataset;
    const classifier = this.classifier;
    if (!classifier.classify(figure)) return;
    const { file, line, column } = figure.location;
    this.push(
      classifier.municipality as BulkMunicipality,
      classifier.series as string,
      figure.period,
      file,
      line ?? 1,
      column ?? 1,
      figure.value,
    );
  }

  /** Keeps a figure used (already counted): its municipality, series, period, place and value. */
  push(
    municipality: BulkMunicipality,
    series: string,
    period: string,
    file: string,
    line: number,
    column: number,
    value: number | null,
  ): void {
    this.pushIndexed(
      this.municipalityIndex(municipality),
      this.seriesIndex(series),
      this.periodIndex(period),
      file,
      line,
      column,
      value ?? Number.NaN,
    );
  }

  /** The index of a municipality in the figures' list of them (added if new). */
  municipalityIndex(municipality: BulkMunicipality): number {
    return indexOf(this.#municipalities, this.#municipalityIndex, municipality);
  }

  /** The index of a series in the figures' list of them (added if new). */
  seriesIndex(series: string): number {
    return indexOf(this.#series, this.#seriesIndex, series);
  }

  /** The index of a period in the figures' list of them (added if new). */
  periodIndex(period: string): number {
    return indexOf(this.#periods, this.#periodIndex, period);
  }

  /**
   * {@link push} with the municipality, series and period as their indexes
   * (from the methods above, which add them to their lists as `push` does:
   * call them in the order `push` would) and the value NaN when missing.
   */
  pushIndexed(
    municipality: number,
    series: number,
    period: number,
    file: string,
    line: number,
    column: number,
    value: number,
  ): void {
    if (file !== this.#file) {
      this.#file ??= file;
      if (file !== this.#file) {
        throw importError("internal", "internal/figures-of-two-files", { file, first: this.#file });
      }
    }
    const at = this.#count++;
    if (at === this.#values.length) {
      const used = new Int32Array(2 * this.#used.length);
      used.set(this.#used);
      this.#used = used;
      const values = new Float64Array(2 * this.#values.length);
      values.set(this.#values);
      this.#values = values;
    }
    const used = this.#used;
    const j = 5 * at;
    used[j] = municipality;
    used[j + 1] = series;
    used[j + 2] = period;
    used[j + 3] = line;
    used[j + 4] = column;
    this.#values[at] = value;
  }

  build(): ClassifiedFigures {
    return {
      classified: true,
      ...(this.dataset && { dataset: this.dataset }),
      counts: { ...this.classifier.counts },
      file: this.#file ?? "",
      municipalities: this.#municipalities,
      series: this.#series,
      periods: this.#periods,
      used: this.#used.slice(0, 5 * this.#count),
      values: this.#values.slice(0, this.#count),
    };
  }
}

function indexOf<T>(list: T[], index: Map<T, number>, item: T): number {
  let at = index.get(item);
  if (at === undefined) {
    at = list.push(item) - 1;
    index.set(item, at);
  }
  return at;
}

/**
 * Which municipality and series a figure is for, or why it is left aside (as
 * counted in `counts`). Consecutive figures of a region share its region
 * object (a StatLine row, an OData region): resolved once, and once per code
 * for figures that do not.
 */
export class FigureClassifier {
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
  #lastCrime: SourceFigure["crime"] | undefined;
  #lastSeries: string | undefined;
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
    const municipality = this.municipalityOf(figure.region);
    if (!municipality) {
      counts.otherRegions++;
      return false;
    }
    // Consecutive figures mostly share their crime-type object (a StatLine
    // column's, an OData row's): its series looked up once for them.
    const crime = figure.crime;
    if (crime !== this.#lastCrime) {
      this.#lastCrime = crime;
      this.#lastSeries = this.seriesOf(crime);
    }
    const id = this.#lastSeries;
    if (id === undefined) {
      counts.otherCrimeTypes++;
      return false;
    }
    this.municipality = municipality;
    this.series = id;
    return true;
  }

  /** The municipality of a region, if it is one that is asked for (not counted). */
  municipalityOf(region: SourceFigure["region"]): BulkMunicipality | undefined {
    if (region !== this.#lastRegion) {
      this.#lastRegion = region;
      const key = region.code ?? `\u0000${region.name ?? ""}`;
      if (this.#regions.has(key)) this.#lastMunicipality = this.#regions.get(key);
      else {
        this.#lastMunicipality = municipalityOfRegion(region);
        this.#regions.set(key, this.#lastMunicipality);
      }
    }
    const municipality = this.#lastMunicipality;
    return municipality && (!this.#only || this.#only.has(municipality.code))
      ? municipality
      : undefined;
  }

  /** The template's series of a crime type, if it has one (not counted). */
  seriesOf(crime: SourceFigure["crime"]): string | undefined {
    const { classification, code, title } = crime;
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
