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
//
// A second short cut reads a row without making an object of it at all
// (`RowSorter.readRow`): once a row of the common shape has been sorted out,
// its names in order are its page's "shape", and each next row whose text has
// exactly those names in that order, every value a string without escapes, a
// whole number of at most 15 digits or `null` (the rows the scanner's
// `parseFlatRow` reads), is sorted out straight from the text, by the rules
// above. Anything else
// (another name, another order, a value of another kind, a row cut off by
// the end of a piece of the page) is left to the scanner, which reads the row
// as before and hands it to `add`. Why: on a national download this made the
// reading some 45 % cheaper (the row objects, their strings and their garbage
// were most of what was left; see docs/benchmarks/rounds.md, the sixth round).
//
// Since the eighth round the scanner may read all the whole rows of a piece
// of the page with one `JSON.parse` (`PageRowHandler.parsedRow`), and each
// of those rows is sorted out by `RowSorter.readParsed`, by the shape and
// the rules of `readRow`, from the object JSON.parse made of it. Why:
// `readRow` ran fast only once V8 had compiled it, which each worker did for
// itself, two or three times over, for the first few of its pages; V8's JSON
// parser runs at full speed from the first row (docs/benchmarks/rounds.md, the
// eighth round).
//
// Since the ninth round `readRow` matches a row with a regular expression
// made from the shape (`rowPattern`: the same rules, written as a pattern),
// and goes on to the rows after it while they match; the scanner asks it
// first, and parses with `JSON.parse` only what it leaves (a page's rows
// before the first of the common shape, a row of another shape, up to the
// end of the piece). Why: V8 compiles a regular expression to machine code
// at once, and matching the rows took a quarter of the time JSON.parse took
// to make objects of them (docs/benchmarks/rounds.md, the ninth round).
import { checkFigure } from "@ivp/model";
import type { TargetSeries } from "../mapping/import-target.ts";
import type { RowBreaks } from "../odata/json-page-scanner.ts";
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
import type { BulkMunicipality } from "./bulk-municipality.ts";
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
    for await (const _ of readODataPageRows<never>(
      options,
      (row, page, line, column) => rows.add(row, page, line, column),
      (chunk, start, line, column, breaks, page) =>
        rows.readRow(chunk, start, line, column, breaks, page),
      (row, page, line, column) => rows.readParsed(row, page, line, column),
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

/** What a value of a row's shape is for: `ID` (any value), the crime type, the region, the period, */
const ID = 0;
const CRIME = 1;
const REGION = 2;
const PERIOD = 3;
/** a topic of registered crimes (a count or `null`), or another topic (a number or `null`). */
const COUNT = 4;
const OTHER = 5;
type Role = typeof ID | typeof CRIME | typeof REGION | typeof PERIOD | typeof COUNT | typeof OTHER;

/** The names of a row of the common shape, in order, and what each is for. */
interface RowShape {
  readonly names: readonly string[];
  readonly roles: readonly Role[];
  /** How many topics, and of them how many of registered crimes. */
  readonly topics: number;
  readonly counts: number;
  /** The row's text in this shape, as {@link RowSorter.readRow} reads it ({@link rowPattern}). */
  readonly pattern: RegExp;
  /** What each group of `pattern` is: the crime type, the region, the period or a count. */
  readonly groups: readonly Role[];
}

/** What a text in the `Perioden` column is: its period, and its index in the page's figures once used. */
interface PeriodEntry {
  readonly period: string | undefined;
  index: number;
}

class RowSorter {
  readonly #sorted: ClassifiedFiguresBuilder;
  readonly #crimeTypes = new Map<string, CrimeType>();
  #last: CrimeType | undefined;
  #shape: RowShape | undefined;
  /** The values of the counts of the row being read, in the shape's order. */
  #countValues = new Float64Array(4);
  /** The text of the region of the row last read, its municipality (if asked for) and its index. */
  #regionText = "";
  #municipality: BulkMunicipality | undefined;
  #municipalityIndex = -1;
  /** The text of the crime type of the row last read, for which dataset, its series and its index. */
  #crimeText = "";
  #crimeDataset: ODataPageState["dataset"] | undefined;
  #series: string | undefined;
  #seriesIndex = -1;
  readonly #periods = new Map<string, PeriodEntry>();

  constructor(sorted: ClassifiedFiguresBuilder) {
    this.#sorted = sorted;
  }

  add(row: Record<string, unknown>, page: ODataPageState, line: number, column: number): void {
    const regionColumn = this.#addCommon(row, page, line, column);
    if (regionColumn === undefined) {
      const location = { file: page.file, line, column };
      for (const figure of figuresOfRow(row, page.dataset, location, page.cache))
        this.#sorted.add(figure);
    } else if (regionColumn !== "") this.#learnShape(row, regionColumn, page);
  }

  /**
   * The shape of a row of the common shape just sorted out, for
   * {@link readRow}: its names in order (as `for ... in` walks them: none a
   * number, which JavaScript would put first, and none that the text could
   * write another way). Kept while the rows keep it.
   */
  #learnShape(row: Record<string, unknown>, regionColumn: string, page: ODataPageState): void {
    const shape = this.#shape;
    const names = Object.keys(row);
    if (
      shape &&
      shape.names.length === names.length &&
      shape.names.every((name, i) => name === names[i])
    )
      return;
    this.#shape = undefined;
    const roles: Role[] = [];
    let topics = 0;
    let counts = 0;
    for (const name of names) {
      if (!plainName(name)) return;
      if (name === "ID") roles.push(ID);
      else if (name === "SoortMisdrijf") roles.push(CRIME);
      else if (name === "Perioden") roles.push(PERIOD);
      else if (name === regionColumn) roles.push(REGION);
      else {
        topics++;
        if (page.cache.registeredCrimes(name)) {
          counts++;
          roles.push(COUNT);
        } else roles.push(OTHER);
      }
    }
    if (topics === 0) return;
    if (this.#countValues.length < counts) this.#countValues = new Float64Array(counts);
    this.#shape = { names, roles, topics, counts, ...rowPattern(names, roles) };
  }

  /**
   * Sorts out the row whose `{` is at `chunk[start]` straight from the text,
   * when it has the shape of the last row of the common shape (see the
   * module's header) and is one of the common shape itself, and so each row
   * after it in the chunk (after a comma) while they are; returns the index
   * after the last one's `}` (how many in `breaks.rows`), or -1 having
   * counted nothing. A row is matched with the shape's regular expression
   * ({@link rowPattern}), whose groups are the crime type, the region, the
   * period and the counts, in the shape's order; the line breaks are found
   * with `indexOf`, each once.
   */
  readRow(
    chunk: string,
    start: number,
    line: number,
    column: number,
    breaks: RowBreaks,
    page: ODataPageState,
  ): number {
    const shape = this.#shape;
    if (shape === undefined) return -1;
    const { pattern, groups } = shape;
    const values = this.#countValues;
    const n = chunk.length;
    let rows = 0;
    let end = -1;
    let newlines = 0;
    let lastNewline = -1;
    let nextNewline = -1;
    for (let from = start; ; ) {
      pattern.lastIndex = from;
      const match = pattern.exec(chunk);
      if (match === null) break;
      let counted = 0;
      let crime = "";
      let region = "";
      let period = "";
      let whole = true;
      for (let g = 0; g < groups.length; g++) {
        const text = match[g + 1] as string;
        const role = groups[g] as Role;
        if (role === COUNT) {
          if (text === "null") values[counted++] = Number.NaN;
          else {
            // A whole number of at most 15 digits: exact as a double.
            const value = Number(text);
            // As addCommon: a count that could not be is figuresOfRow's to refuse.
            if (checkFigure(value, "count") !== undefined) {
              whole = false;
              break;
            }
            values[counted++] = value;
          }
        } else if (role === CRIME) crime = text;
        else if (role === REGION) region = text;
        else period = text;
      }
      if (!whole) break;
      // The row's place: the line breaks before its `{`, each found once.
      let rowNewlines = newlines;
      let rowLastNewline = lastNewline;
      let next = nextNewline === -1 ? newlineFrom(chunk, start) : nextNewline;
      while (next < from) {
        rowNewlines++;
        rowLastNewline = next;
        next = newlineFrom(chunk, next + 1);
      }
      const sorted = this.#sortOut(
        shape,
        period,
        crime !== "" && crime === this.#crimeText ? undefined : crime,
        region !== "" && region === this.#regionText ? undefined : region,
        page,
        line + rowNewlines,
        rowLastNewline === -1 ? column + (from - start) : from - rowLastNewline,
      );
      if (!sorted) break;
      newlines = rowNewlines;
      lastNewline = rowLastNewline;
      nextNewline = next;
      rows++;
      end = pattern.lastIndex;
      // The next row (the pattern starts with its `{`), after a comma and JSON's whitespace.
      let p = end;
      while (p < n && isSpace(chunk.charCodeAt(p))) p++;
      if (p >= n || chunk.charCodeAt(p) !== 44) break; // ,
      p++;
      while (p < n && isSpace(chunk.charCodeAt(p))) p++;
      from = p;
    }
    if (rows === 0) return -1;
    // The line breaks within the last row.
    while (nextNewline < end) {
      newlines++;
      lastNewline = nextNewline;
      nextNewline = newlineFrom(chunk, nextNewline + 1);
    }
    breaks.newlines = newlines;
    breaks.lastNewline = lastNewline;
    breaks.rows = rows;
    return end;
  }

  /**
   * Sorts out a row as {@link readRow} does, from the object `JSON.parse`
   * made of it (the scanner's rows read many at a time): when it has exactly
   * the names of the shape, in order, and is of the common shape (every topic
   * a finite number or null, as addCommon asks). Returns false having
   * counted nothing; the row then goes to {@link add}.
   */
  readParsed(
    row: Record<string, unknown>,
    page: ODataPageState,
    line: number,
    column: number,
  ): boolean {
    const shape = this.#shape;
    if (shape === undefined) return false;
    const { names, roles } = shape;
    const values = this.#countValues;
    let counted = 0;
    let crime = "";
    let region = "";
    let period = "";
    // The names as `for ... in` walks them, each value read by the name it
    // gives: V8 then loads it by its place in the row's hidden class, where
    // `row[names[k]]` was a megamorphic keyed load (some 3.5 % of the
    // reader's instructions, callgrind).
    let k = 0;
    for (const name in row) {
      if (name !== names[k]) return false;
      const value = row[name];
      const role = roles[k++] as Role;
      if (role === ID) continue;
      if (role === COUNT || role === OTHER) {
        if (value === null) {
          if (role === COUNT) values[counted++] = Number.NaN;
        } else if (typeof value !== "number" || !Number.isFinite(value)) return false;
        else if (role === COUNT) {
          // As addCommon: a count that could not be is figuresOfRow's to refuse.
          if (checkFigure(value, "count") !== undefined) return false;
          values[counted++] = value;
        }
      } else if (typeof value !== "string") return false;
      else if (role === CRIME) crime = value;
      else if (role === REGION) region = value;
      else period = value;
    }
    if (k !== names.length) return false;
    return this.#sortOut(
      shape,
      period,
      crime !== "" && crime === this.#crimeText ? undefined : crime,
      region !== "" && region === this.#regionText ? undefined : region,
      page,
      line,
      column,
    );
  }

  /**
   * The rest of {@link readRow} and {@link readParsed}, once a row has the
   * shape and its counts are in `#countValues`: whether it is of the common
   * shape (a period that parses, a crime type and a region), and if so it is
   * counted and its figures kept, as addCommon does. `crime` and `region`
   * are undefined when the row's text is that of the row last read (the
   * same as `#crimeText`, `#regionText`). Returns false having counted
   * nothing.
   */
  #sortOut(
    shape: RowShape,
    periodText: string,
    crime: string | undefined,
    region: string | undefined,
    page: ODataPageState,
    line: number,
    column: number,
  ): boolean {
    const values = this.#countValues;
    const cache = page.cache;
    let entry = this.#periods.get(periodText);
    if (entry === undefined) {
      const trimmed = periodText.trim();
      const period = trimmed === "" ? undefined : cache.period(trimmed);
      entry = { period: typeof period === "string" ? period : undefined, index: -1 };
      this.#periods.set(periodText, entry);
    }
    const period = entry.period;
    if (period === undefined) return false;
    const dataset = page.dataset;
    if (crime !== undefined || this.#crimeDataset !== dataset) {
      const text = crime ?? this.#crimeText;
      const code = text.trim();
      if (code === "") return false;
      this.#crimeText = text;
      this.#crimeDataset = dataset;
      this.#series = this.#crimeType(
        code,
        dataset.classification ?? classificationOfCode(code),
      ).series;
      this.#seriesIndex = -1;
    }
    if (region !== undefined) {
      const code = region.trim();
      if (code === "") return false;
      this.#regionText = region;
      this.#municipality = this.#sorted.classifier.municipalityOf(cache.region(code));
      this.#municipalityIndex = -1;
    }

    // Counted as addCommon counts, the figures used kept in the order of their topics.
    const sorted = this.#sorted;
    sorted.dataset ??= dataset;
    const counts = sorted.classifier.counts;
    counts.figures += shape.topics;
    counts.otherTopics += shape.topics - shape.counts;
    if (shape.counts > 0) {
      const municipality = this.#municipality;
      const series = this.#series;
      if (municipality === undefined) counts.otherRegions += shape.counts;
      else if (series === undefined) counts.otherCrimeTypes += shape.counts;
      else {
        // The indexes in the order push takes them: municipality, series, period.
        if (this.#municipalityIndex === -1)
          this.#municipalityIndex = sorted.municipalityIndex(municipality);
        const municipalityIndex = this.#municipalityIndex;
        if (this.#seriesIndex === -1) this.#seriesIndex = sorted.seriesIndex(series);
        if (entry.index === -1) entry.index = sorted.periodIndex(period);
        for (let k = 0; k < shape.counts; k++) {
          sorted.pushIndexed(
            municipalityIndex,
            this.#seriesIndex,
            entry.index,
            page.file,
            line,
            column,
            values[k] as number,
          );
        }
      }
    }
    return true;
  }

  /**
   * Sorts out a row of the common shape. Returns its region's column, or ""
   * when it has no topic; undefined (nothing counted) for a row of any
   * other shape.
   */
  #addCommon(
    row: Record<string, unknown>,
    page: ODataPageState,
    line: number,
    column: number,
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
      if (cache.registeredCrimes(topic) && checkFigure(raw, "count") !== undefined)
        return undefined;
      topics++;
    }
    if (topics === 0) return "";
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
    return regionColumn;
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

/**
 * Whether a name is written in a row's text as it is (no quote, backslash or
 * control character) and kept in its place by JavaScript (not a number, which
 * an object puts first; not `__proto__`).
 */
function plainName(name: string): boolean {
  if (name === "__proto__" || /^\d+$/.test(name)) return false;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c < 32 || c === 34 || c === 92) return false;
  }
  return true;
}

/** The index of the first line break in `chunk` from `from`; the chunk's length when there is none. */
function newlineFrom(chunk: string, from: number): number {
  const at = chunk.indexOf("\n", from);
  return at === -1 ? chunk.length : at;
}

/** Whether a character code is JSON's whitespace (space, tab, line feed, carriage return). */
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** JSON's whitespace (what the scanner's `skipSpace` skips, json-page-scanner.ts), any amount. */
const SPACE = "[ \\t\\n\\r]*";
/** A string without escapes or control characters (what the scanner's `plainStringEnd` finds), its text a group. */
const PLAIN_STRING = '"([^"\\\\\\u0000-\\u001f]*)"';
/** -?(0|[1-9][0-9]*), at most 15 digits (exact as a double), as `parseFlatRow` reads a number. */
const WHOLE_NUMBER = "-?(?:0|[1-9][0-9]{0,14})";

/**
 * The regular expression (sticky) that matches a row of a shape and nothing
 * else: `{`, the names in order, each with a value of its kind (the ID a
 * string without escapes, a whole number or null; the crime type, the region
 * and the period such strings; a topic a whole number of at most 15 digits or
 * null), JSON's whitespace anywhere between, `}`. What it matches is valid
 * JSON, and `JSON.parse` would make of it an object with exactly these names
 * in this order (the names are plain: {@link plainName}); its groups are the
 * crime type, the region, the period and the counts, in the shape's order
 * (`groups`).
 *
 * Why: V8 compiles a regular expression to machine code on its first uses;
 * matching the rows of a national download with it took a quarter of the
 * time `JSON.parse` took to make objects of them (85 against 380 ms for the
 * 1x set, in one thread), and the rows' own JavaScript never was as fast as
 * either in the workers, which compile it for themselves
 * (docs/benchmarks/rounds.md, the ninth round of reading).
 */
function rowPattern(
  names: readonly string[],
  roles: readonly Role[],
): { readonly pattern: RegExp; readonly groups: readonly Role[] } {
  const groups: Role[] = [];
  let source = `\\{${SPACE}`;
  for (let k = 0; k < names.length; k++) {
    const role = roles[k] as Role;
    if (k > 0) source += `,${SPACE}`;
    source += `"${(names[k] as string).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}"${SPACE}:${SPACE}`;
    if (role === ID) source += `(?:${PLAIN_STRING.replace("(", "(?:")}|${WHOLE_NUMBER}|null)`;
    else if (role === OTHER) source += `(?:${WHOLE_NUMBER}|null)`;
    else if (role === COUNT) source += `(${WHOLE_NUMBER}|null)`;
    else source += PLAIN_STRING;
    if (role !== ID && role !== OTHER) groups.push(role);
    source += SPACE;
  }
  return { pattern: new RegExp(`${source}\\}`, "y"), groups };
}
