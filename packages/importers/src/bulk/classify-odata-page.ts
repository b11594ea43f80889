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
//
// Since the tenth round a row is first matched with the shape's pattern with
// its whitespace written out as the first row read with the shape's pattern
// has it (`rowLayout`), where a row's line breaks are known without looking
// for them; any other row with the shape's own pattern, as before. And the
// groups are read by their numbers, the period compared with the one that
// came after the row before's before it is looked up. Why: matching the
// whitespace between every name and value (`[ \t\n\r]*` 28 times in a row
// of seven names) and finding each row's two line breaks with `indexOf` were
// some 0.4 of the 3.1 billion instructions of reading the 1x set
// (docs/benchmarks/rounds.md, the tenth round).
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
  /** The numbers of `pattern`'s groups of the crime type, the region and the period, */
  readonly crimeGroup: number;
  readonly regionGroup: number;
  readonly periodGroup: number;
  /** and of its counts, in the shape's order. */
  readonly countGroups: readonly number[];
  /** Its layout ({@link rowLayout}) once learned from a row (null: none); undefined before. */
  layout: RowLayout | null | undefined;
}

/** How the rows of a shape are laid out: their whitespace ({@link rowLayout}). */
interface RowLayout {
  /** The shape's `pattern` with the whitespace written out (the same groups). */
  readonly pattern: RegExp;
  /** How many line breaks a row of this layout has; the last at `end - lastFromEnd` when > 0, else `from + lastFromStart`. */
  readonly newlines: number;
  readonly lastFromEnd: number;
  readonly lastFromStart: number;
}

/**
 * What a text in the `Perioden` column is: the text, its period, its index in
 * the page's figures once used, and its place among the texts in the order
 * they first came.
 */
interface PeriodEntry {
  readonly text: string;
  readonly period: string | undefined;
  index: number;
  readonly order: number;
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
  /** The same entries in the order their texts first came, and the place of the row last read's. */
  readonly #periodOrder: PeriodEntry[] = [];
  #periodAt = -1;

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
    this.#shape = { names, roles, topics, counts, ...rowPattern(names, roles), layout: undefined };
  }

  /**
   * Sorts out the row whose `{` is at `chunk[start]` straight from the text,
   * when it has the shape of the last row of the common shape (see the
   * module's header) and is one of the common shape itself, and so each row
   * after it in the chunk (after a comma) while they are; returns the index
   * after the last one's `}` (how many in `breaks.rows`), or -1 having
   * counted nothing. A row is matched with the shape's regular expression
   * ({@link rowPattern}), whose groups are the crime type, the region, the
   * period and the counts, in the shape's order; first with the one of the
   * shape's layout ({@link rowLayout}), whose line breaks are known, else
   * with the shape's own, whose line breaks are found with `indexOf`, each
   * once.
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
    const { pattern, crimeGroup, regionGroup, periodGroup, countGroups } = shape;
    const counts = countGroups.length;
    const values = this.#countValues;
    const periodOrder = this.#periodOrder;
    const n = chunk.length;
    let layout = shape.layout;
    let rows = 0;
    let end = -1;
    // The line breaks counted (those before `counted`), the last of them, and
    // the next one from `counted` (-2: not looked for yet).
    let newlines = 0;
    let lastNewline = -1;
    let counted = start;
    let nextNewline = -2;
    // Whether the text between the last row and this one has a line break.
    let breakBetween = false;
    for (let from = start; ; ) {
      // A row of the shape's layout first (its whitespace as in the first
      // row read: its line breaks known), else of the shape in any layout.
      let match: RegExpExecArray | null = null;
      if (layout) {
        layout.pattern.lastIndex = from;
        match = layout.pattern.exec(chunk);
      }
      const laidOut = match !== null;
      if (match === null) {
        pattern.lastIndex = from;
        match = pattern.exec(chunk);
        if (match === null) break;
      }
      // The counts, each a whole number of at most 15 digits (exact as a double) or null.
      let whole = true;
      for (let k = 0; k < counts; k++) {
        const text = match[countGroups[k] as number] as string;
        const value = text === "null" ? Number.NaN : Number(text);
        // As addCommon: a count that could not be is figuresOfRow's to refuse
        // (only a negative one: the rest are whole numbers >= 0, or -0).
        if (value < 0 && checkFigure(value, "count") !== undefined) {
          whole = false;
          break;
        }
        values[k] = value;
      }
      if (!whole) break;
      // The period: mostly the one after the row before's in the order the
      // periods first came (a region's months in turn), compared without a lookup.
      const periodText = match[periodGroup] as string;
      let entry = periodOrder[this.#periodAt + 1];
      if (entry !== undefined && entry.text === periodText) this.#periodAt++;
      else entry = this.#periodEntry(periodText, page);
      if (entry.period === undefined) break;
      // The crime type and the region, looked up only when either changes
      // (one call for both: a region's change comes soon, so V8 has seen the
      // call before it optimises this; a crime type's may come pages later).
      const crime = match[crimeGroup] as string;
      const region = match[regionGroup] as string;
      if (
        (crime !== this.#crimeText ||
          region !== this.#regionText ||
          region === "" ||
          this.#crimeDataset !== page.dataset) &&
        !this.#useCrimeAndRegion(crime, region, page)
      )
        break;
      // The row's place: the line breaks before its `{`, each found once
      // (none to look for after a row of the layout and no break between).
      if (nextNewline === -2 && !breakBetween) counted = from;
      else {
        if (nextNewline === -2) nextNewline = newlineFrom(chunk, counted);
        while (nextNewline < from) {
          newlines++;
          lastNewline = nextNewline;
          nextNewline = newlineFrom(chunk, nextNewline + 1);
        }
        counted = from;
      }
      this.#keep(
        shape,
        entry,
        page,
        line + newlines,
        lastNewline === -1 ? column + (from - start) : from - lastNewline,
      );
      rows++;
      if (laidOut) {
        const known = layout as RowLayout;
        end = known.pattern.lastIndex;
        // The row's line breaks, where the layout has them.
        if (known.newlines > 0) {
          newlines += known.newlines;
          lastNewline =
            known.lastFromEnd > 0 ? end - known.lastFromEnd : from + known.lastFromStart;
        }
        counted = end;
        if (nextNewline < end) nextNewline = -2;
      } else {
        end = pattern.lastIndex;
        // Its line breaks are looked for before the next row's place.
        if (nextNewline === -2) nextNewline = newlineFrom(chunk, counted);
        // Its layout, learned from the first row read this way.
        if (shape.layout === undefined) layout = shape.layout = rowLayout(chunk, from, end, shape);
      }
      // The next row (the pattern starts with its `{`), after a comma and JSON's whitespace.
      // The whitespace tests are written out rather than calls of isSpace: this
      // loop runs once per row, and bulk runs without V8's inlining (apps/cli/src/bulk/v8-tuning.ts).
      breakBetween = false;
      let p = end;
      let c = p < n ? chunk.charCodeAt(p) : 0;
      while (c === 32 || c === 10 || c === 9 || c === 13) {
        if (c === 10) breakBetween = true;
        c = ++p < n ? chunk.charCodeAt(p) : 0;
      }
      if (c !== 44) break; // ,
      c = ++p < n ? chunk.charCodeAt(p) : 0;
      while (c === 32 || c === 10 || c === 9 || c === 13) {
        if (c === 10) breakBetween = true;
        c = ++p < n ? chunk.charCodeAt(p) : 0;
      }
      from = p;
    }
    if (rows === 0) return -1;
    // The line breaks within the last row, if not known from the layout.
    if (counted < end) {
      if (nextNewline === -2) nextNewline = newlineFrom(chunk, counted);
      while (nextNewline < end) {
        newlines++;
        lastNewline = nextNewline;
        nextNewline = newlineFrom(chunk, nextNewline + 1);
      }
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
    return this.#sortOut(shape, period, crime, region, page, line, column);
  }

  /**
   * The rest of {@link readParsed}, once a row has the shape and its counts
   * are in `#countValues`: whether it is of the common shape (a period that
   * parses, a crime type and a region), and if so it is counted and its
   * figures kept, as addCommon does ({@link readRow} does the same, its
   * steps inlined). Returns false having counted nothing.
   */
  #sortOut(
    shape: RowShape,
    periodText: string,
    crime: string,
    region: string,
    page: ODataPageState,
    line: number,
    column: number,
  ): boolean {
    const entry = this.#periodEntry(periodText, page);
    if (entry.period === undefined) return false;
    if (!this.#useCrimeAndRegion(crime, region, page)) return false;
    this.#keep(shape, entry, page, line, column);
    return true;
  }

  /** What a text in the `Perioden` column is (made once per text); the row's place in `#periodOrder` set to it. */
  #periodEntry(text: string, page: ODataPageState): PeriodEntry {
    let entry = this.#periods.get(text);
    if (entry === undefined) {
      const trimmed = text.trim();
      const period = trimmed === "" ? undefined : page.cache.period(trimmed);
      entry = {
        text,
        period: typeof period === "string" ? period : undefined,
        index: -1,
        order: this.#periodOrder.length,
      };
      this.#periods.set(text, entry);
      this.#periodOrder.push(entry);
    }
    this.#periodAt = entry.order;
    return entry;
  }

  /**
   * Takes the crime type and the region of a row's text (and the page's
   * dataset) as the current ones, each looked up only when it is not the
   * current one already; false when either is missing.
   */
  #useCrimeAndRegion(crime: string, region: string, page: ODataPageState): boolean {
    if (
      (crime !== this.#crimeText || this.#crimeDataset !== page.dataset) &&
      !this.#useCrime(crime, page)
    )
      return false;
    return region !== this.#regionText || region === "" ? this.#useRegion(region, page) : true;
  }

  /** Takes the crime type of a row's text (and the page's dataset) as the current one; false when there is none. */
  #useCrime(text: string, page: ODataPageState): boolean {
    const code = text.trim();
    if (code === "") return false;
    const dataset = page.dataset;
    this.#crimeText = text;
    this.#crimeDataset = dataset;
    this.#series = this.#crimeType(
      code,
      dataset.classification ?? classificationOfCode(code),
    ).series;
    this.#seriesIndex = -1;
    return true;
  }

  /** Takes the region of a row's text as the current one; false when there is none. */
  #useRegion(text: string, page: ODataPageState): boolean {
    const code = text.trim();
    if (code === "") return false;
    this.#regionText = text;
    this.#municipality = this.#sorted.classifier.municipalityOf(page.cache.region(code));
    this.#municipalityIndex = -1;
    return true;
  }

  /**
   * Counts a row of the common shape whose period is `entry`, of the current
   * crime type and region, as addCommon counts, and keeps the figures used
   * (its counts, in `#countValues`) in the order of their topics.
   */
  #keep(
    shape: RowShape,
    entry: PeriodEntry,
    page: ODataPageState,
    line: number,
    column: number,
  ): void {
    const values = this.#countValues;
    const sorted = this.#sorted;
    sorted.dataset ??= page.dataset;
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
        if (entry.index === -1) entry.index = sorted.periodIndex(entry.period as string);
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

/**
 * The layout of a row of a shape: its whitespace as the row `chunk[from]` to
 * `chunk[end - 1]` (which the shape's pattern matched) has it, as a regular
 * expression with the shape's groups that matches a row of the shape with
 * exactly that whitespace, and where its line breaks are. Null when a
 * line break is anywhere but right after the `{` or right before the `}`
 * (where a row's line breaks are in the same places whatever its values).
 *
 * Why: on a national download every row is laid out alike (`{`, a line
 * break and an indent, the names and values without whitespace, a line break
 * and an indent, `}`); matched with the whitespace written out, a row is
 * matched in some 0.7 of the instructions, and its line breaks need not be
 * looked for (docs/benchmarks/rounds.md, the tenth round of reading).
 */
function rowLayout(chunk: string, from: number, end: number, shape: RowShape): RowLayout | null {
  // The row is valid JSON of the shape's names, in order: walk it, keeping each whitespace.
  const spaces: string[] = [];
  let p = from + 1;
  const space = () => {
    const at = p;
    while (p < end && isSpace(chunk.charCodeAt(p))) p++;
    spaces.push(chunk.slice(at, p));
  };
  space();
  for (let k = 0; k < shape.names.length; k++) {
    if (k > 0) {
      p++; // ,
      space();
    }
    p += (shape.names[k] as string).length + 2;
    space();
    p++; // :
    space();
    if (chunk.charCodeAt(p) === 34) p = chunk.indexOf('"', p + 1) + 1;
    else
      while (p < end) {
        const c = chunk.charCodeAt(p);
        if (isSpace(c) || c === 44 || c === 125) break;
        p++;
      }
    space();
  }
  const first = spaces[0] as string;
  const last = spaces[spaces.length - 1] as string;
  for (let k = 1; k < spaces.length - 1; k++) if ((spaces[k] as string).includes("\n")) return null;
  // (A shape has a name at least, so `first` and `last` are two.)
  const newlines = first.split("\n").length - 1 + (last.split("\n").length - 1);
  const inLast = last.lastIndexOf("\n");
  return {
    pattern: rowPattern(shape.names, shape.roles, spaces).pattern,
    newlines,
    lastFromEnd: inLast === -1 ? 0 : 1 + last.length - inLast,
    lastFromStart: 1 + first.lastIndexOf("\n"),
  };
}

/** Whether a character code is JSON's whitespace (space, tab, line feed, carriage return). */
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** How the characters of JSON's whitespace but the space are written in a regular expression. */
const SPACE_ESCAPES: Readonly<Record<string, string>> = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };
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
 * crime type, the region, the period and the counts (their numbers in the
 * shape: `crimeGroup`, ..., `countGroups`).
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
  spaces?: readonly string[],
): Pick<RowShape, "pattern" | "crimeGroup" | "regionGroup" | "periodGroup" | "countGroups"> {
  const countGroups: number[] = [];
  let crimeGroup = 0;
  let regionGroup = 0;
  let periodGroup = 0;
  let group = 0;
  // JSON's whitespace anywhere, or the whitespace given, in the order of the places.
  let place = 0;
  const space = () => {
    const given = spaces?.[place++];
    return given === undefined
      ? SPACE
      : given.replace(/[\t\n\r]/g, (c) => SPACE_ESCAPES[c] as string);
  };
  let source = `\\{${space()}`;
  for (let k = 0; k < names.length; k++) {
    const role = roles[k] as Role;
    if (k > 0) source += `,${space()}`;
    source += `"${(names[k] as string).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}"${space()}:`;
    source += space();
    if (role === ID) source += `(?:${PLAIN_STRING.replace("(", "(?:")}|${WHOLE_NUMBER}|null)`;
    else if (role === OTHER) source += `(?:${WHOLE_NUMBER}|null)`;
    else if (role === COUNT) {
      source += `(${WHOLE_NUMBER}|null)`;
      countGroups.push(++group);
    } else {
      source += PLAIN_STRING;
      if (role === CRIME) crimeGroup = ++group;
      else if (role === REGION) regionGroup = ++group;
      else periodGroup = ++group;
    }
    source += space();
  }
  return {
    pattern: new RegExp(`${source}\\}`, "y"),
    crimeGroup,
    regionGroup,
    periodGroup,
    countGroups,
  };
}
