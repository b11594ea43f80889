// Sorting out the rows of an OData page for `ivp bulk` without a figure
// object per topic. Hand-written rather than `readODataPageChunks` followed by
// `classifyFigures` because that path makes, for each row of a national
// download (370,000 rows a 1x set, 1.1 million figures), three figure objects
// with a crime-type object each, an `Object.entries` array and a few regular
// expression tests, only for `classifyFigures` to count two of the three
// figures as other topics and keep five numbers of the third: some 0.3 s of
// each worker's 0.7 s of reading, and much of its garbage collection.
//
// It is a short cut, never a second reader: only a row of the common shape (a
// crime type, a region, a period that parses, every topic a finite number or
// null, a registered-crimes count a whole number >= 0) is sorted out here,
// with the same caches and rules; every other row goes through `figuresOfRow`
// and `FigureClassifier`, so its figures, counts and errors are theirs.
// `classify-odata-page.test.ts` holds it to that path figure for figure.
import { checkFigure } from "@ivp/model";
import type { TargetSeries } from "../mapping/import-target.ts";
import { classificationOfCode } from "../odata/odata-tables.ts";
import {
  cellText,
  DIMENSIONS,
  figuresOfRow,
  type ODataPageState,
  REGION_COLUMNS,
  type ReadODataPagesOptions,
  readODataPageRows,
} from "../odata/read-odata-pages.ts";
import type { SourceFigure } from "../source-figure.ts";
import { type ClassifiedFigures, ClassifiedFiguresBuilder } from "./classify-figures.ts";

/** What {@link classifyODataPages} read: the figures sorted out, up to the error if there is one. */
export interface ClassifiedPage {
  readonly classified: ClassifiedFigures;
  /** What stopped the reading (a bad row, a page that is not JSON, ...), as thrown. */
  readonly error?: unknown;
}

/**
 * Reads OData pages as {@link readODataPageRows} does (with `firstPageOnly`
 * or `onNextPage`, one page) and sorts their figures out as
 * {@link classifyFigures} sorts out the figures `readODataPageChunks` makes of
 * them: the same counts, figures and error, without making the figures (see
 * the module's header). Errors are returned with what was read before them,
 * not thrown.
 *
 * @param options - the page and how to load it
 * @param target - the template's series and which municipalities
 */
export async function classifyODataPages(
  options: ReadODataPagesOptions,
  target: { readonly series: TargetSeries; readonly only?: ReadonlySet<string> },
): Promise<ClassifiedPage> {
  const sorted = new ClassifiedFiguresBuilder(target.series, target.only);
  const rows = new RowSorter(sorted);
  try {
    for await (const _ of readODataPageRows<never>(options, (row, page, line, column) =>
      rows.add(row, page, line, column),
    )) {
      // Every row is sorted out as it is read; nothing is handed out.
    }
  } catch (error) {
    return { classified: sorted.build(), error };
  }
  return { classified: sorted.build() };
}

/** What a crime-type code is, once per code and classification of a download. */
interface CrimeType {
  readonly crime: SourceFigure["crime"];
  readonly series: string | undefined;
}

class RowSorter {
  readonly #sorted: ClassifiedFiguresBuilder;
  readonly #crimeTypes = new Map<string, CrimeType>();
  #last: CrimeType | undefined;

  constructor(sorted: ClassifiedFiguresBuilder) {
    this.#sorted = sorted;
  }

  add(row: Record<string, unknown>, page: ODataPageState, line: number, column: number): void {
    if (!this.#addCommon(row, page, line, column)) {
      const location = { file: page.file, line, column };
      for (const figure of figuresOfRow(row, page.dataset, location, page.cache))
        this.#sorted.add(figure);
    }
  }

  /** Sorts out a row of the common shape; false (nothing counted) for any other. */
  #addCommon(
    row: Record<string, unknown>,
    page: ODataPageState,
    line: number,
    column: number,
  ): boolean {
    // As figuresOfRow: a table with crime types (never one of inhabitants), a region, a period.
    if (row === null || typeof row !== "object" || Array.isArray(row)) return false;
    if (!("SoortMisdrijf" in row)) return false;
    const regionColumn = REGION_COLUMNS.find((c) => c in row);
    if (!regionColumn) return false;
    const regionCode = cellText(row[regionColumn]);
    const crimeCode = cellText(row.SoortMisdrijf);
    const periodText = cellText(row.Perioden);
    if (!regionCode || !crimeCode || !periodText) return false;
    const { cache, dataset } = page;
    const period = cache.period(periodText);
    if (typeof period !== "string") return false;
    // Every topic a number or missing, every count possible: else figuresOfRow says what is wrong.
    let topics = 0;
    for (const topic in row) {
      if (DIMENSIONS.has(topic) || topic === regionColumn) continue;
      const raw = row[topic];
      if (raw === null) {
        topics++;
        continue;
      }
      if (typeof raw !== "number" || !Number.isFinite(raw)) return false;
      if (cache.registeredCrimes(topic) && checkFigure(raw, "count") !== undefined) return false;
      topics++;
    }
    if (topics === 0) return true;
    const sorted = this.#sorted;
    sorted.dataset ??= dataset;
    const classifier = sorted.classifier;
    const counts = classifier.counts;
    const region = cache.region(regionCode);
    const classification = dataset.classification ?? classificationOfCode(crimeCode);
    for (const topic in row) {
      if (DIMENSIONS.has(topic) || topic === regionColumn) continue;
      // As FigureClassifier.classify.
      counts.figures++;
      if (!cache.registeredCrimes(topic)) {
        counts.otherTopics++;
        continue;
      }
      const municipality = classifier.municipalityOf(region);
      if (!municipality) {
        counts.otherRegions++;
        continue;
      }
      const series = this.#crimeType(crimeCode, classification).series;
      if (series === undefined) {
        counts.otherCrimeTypes++;
        continue;
      }
      sorted.push(
        municipality,
        series,
        period,
        page.file,
        line,
        column,
        row[topic] as number | null,
      );
    }
    return true;
  }

  #crimeType(code: string, classification: SourceFigure["crime"]["classification"]): CrimeType {
    // Consecutive rows mostly share their crime type.
    const last = this.#last;
    if (last && last.crime.code === code && last.crime.classification === classification)
      return last;
    const key = `${classification ?? ""}\u0000${code}`;
    let type = this.#crimeTypes.get(key);
    if (type === undefined) {
      const crime = { code, ...(classification && { classification }) };
      type = { crime, series: this.#sorted.classifier.seriesOf(crime) };
      this.#crimeTypes.set(key, type);
    }
    this.#last = type;
    return type;
  }
}
