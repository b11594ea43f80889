// A row object of an OData page sorted out for `ivp bulk` as `figuresOfRow`
// and `FigureClassifier` would sort out its figures, without making them
// (`sortOutCommonRow`), when it is of the common shape: a crime type, a
// region, a period that parses, every topic a finite number or null, every
// count one that can be. And the crime types of a download, each looked up
// once (`CrimeTypes`).
//
// Hand-written (a short cut, never a second reader) because the reference
// path makes three figure objects per row with a crime-type object each, an
// `Object.entries` array and a few regular expression tests, only for
// `classifyFigures` to count two of the three figures as other topics
// (docs/benchmarks/rounds.md, the fifth round). Any other row is left to
// `figuresOfRow`, so its figures, counts and errors are theirs;
// test/classify-odata-page.test.ts holds the whole reading to that path.
import { checkFigure } from "@ivp/model";
import { classificationOfCode } from "../odata/odata-tables.ts";
import {
  cellText,
  DIMENSIONS,
  type ODataPageState,
  REGION_COLUMNS,
} from "../odata/read-odata-pages.ts";
import type { SourceFigure } from "../source-figure.ts";
import type { ClassifiedFiguresBuilder, FigureClassifier } from "./classify-figures.ts";

/** What a crime-type code is, once per code and classification of a download. */
interface CrimeType {
  readonly crime: SourceFigure["crime"];
  readonly series: string | undefined;
}

/** The crime types met so far, each with its series (if the template has it). */
export class CrimeTypes {
  readonly #classifier: FigureClassifier;
  readonly #types = new Map<string, CrimeType>();
  #last: CrimeType | undefined;

  constructor(classifier: FigureClassifier) {
    this.#classifier = classifier;
  }

  /** The crime type of a code (trimmed) in a classification. */
  of(code: string, classification: SourceFigure["crime"]["classification"]): CrimeType {
    // Consecutive rows mostly share their crime type.
    const last = this.#last;
    if (last && last.crime.code === code && last.crime.classification === classification)
      return last;
    const key = `${classification ?? ""}\u0000${code}`;
    let type = this.#types.get(key);
    if (type === undefined) {
      const crime = { code, ...(classification && { classification }) };
      type = { crime, series: this.#classifier.seriesOf(crime) };
      this.#types.set(key, type);
    }
    this.#last = type;
    return type;
  }
}

/**
 * Sorts out a row of the common shape into `sorted`, counting its figures as
 * `FigureClassifier.classify` counts them. Returns its region's column, or ""
 * when it has no topic; undefined (nothing counted) for a row of any other
 * shape, whose figures are then `figuresOfRow`'s to make.
 */
export function sortOutCommonRow(
  row: Record<string, unknown>,
  page: ODataPageState,
  line: number,
  column: number,
  sorted: ClassifiedFiguresBuilder,
  crimeTypes: CrimeTypes,
): string | undefined {
  // As figuresOfRow: a table with crime types (never one of inhabitants), a region, a period.
  if (row === null || typeof row !== "object" || Array.isArray(row)) return undefined;
  if (!("SoortMisdrijf" in row)) return undefined;
  const regionColumn = REGION_COLUMNS.find((c) => c in row);
  if (!regionColumn) return undefined;
  const regionCode = cellText(row[regionColumn]);
  const crimeCode = cellText(row.SoortMisdrijf);
  const periodText = cellText(row.Perioden);
  if (!regionCode || !crimeCode || !periodText) return undefined;
  const { cache, dataset } = page;
  const period = cache.period(periodText);
  if (typeof period !== "string") return undefined;
  // Every topic a number or missing, every count possible: else figuresOfRow says what is wrong.
  let topics = 0;
  for (const topic in row) {
    if (DIMENSIONS.has(topic) || topic === regionColumn) continue;
    const raw = row[topic];
    if (raw === null) {
      topics++;
      continue;
    }
    if (typeof raw !== "number" || !Number.isFinite(raw)) return undefined;
    if (cache.registeredCrimes(topic) && checkFigure(raw, "count") !== undefined) return undefined;
    topics++;
  }
  if (topics === 0) return "";
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
    const series = crimeTypes.of(crimeCode, classification).series;
    if (series === undefined) {
      counts.otherCrimeTypes++;
      continue;
    }
    sorted.push(municipality, series, period, page.file, line, column, row[topic] as number | null);
  }
  return regionColumn;
}
