// Sorting out the rows of an OData page for `ivp bulk` without a figure
// object per topic (`classifyODataPages`): what `readODataPageChunks`
// followed by `classifyFigures` would count and keep, without making the
// figures. Hand-written because that path made three figure objects per row
// of a national download (370,000 rows a 1x set), most of a worker's reading
// and of its garbage collection (docs/benchmarks/rounds.md, the fifth round).
//
// It is a short cut, never a second reader: `RowSorter` sorts out a row only
// when it is of the common shape (a crime type, a region, a period that
// parses, every topic a finite number or null, every count one that can be),
// with the same caches and rules; every other row goes through `figuresOfRow`
// and `FigureClassifier`, so its figures, counts and errors are theirs.
// test/classify-odata-page.test.ts holds it to that path figure for figure,
// however the page is cut. A row comes to `RowSorter` one of three ways:
//
// - `add`: an object the scanner parsed row by row (the page's first rows,
//   a row of another shape). A row of the common shape is sorted out by
//   `sortOutCommonRow` (odata-common-row.ts), and its names in order become
//   the page's shape (`rowShape`, odata-row-shape.ts).
// - `readRow`: the text of the rows from a `{` on, matched one after another
//   with the shape's regular expression (odata-row-pattern.ts), first with
//   the whitespace of the first row so read written out (`rowLayout`), where
//   a row's line breaks are known without looking for them. The scanner asks
//   it first, and parses only what it leaves. Why: no object and no string
//   per value but the groups' (the sixth, ninth and tenth rounds).
// - `readParsed`: an object of the shape that `JSON.parse` made of the rows
//   the scanner read many at a time (the eighth round).
//
// A row's period is compared with the one after the row before's
// (odata-period-texts.ts), its crime type and region looked up only when
// they change.
import { checkFigure } from "@ivp/model";
import type { TargetSeries } from "../mapping/import-target.ts";
import type { RowBreaks } from "../odata/json-page-scanner.ts";
import { classificationOfCode } from "../odata/odata-tables.ts";
import {
  figuresOfRow,
  type ODataPageState,
  type ReadODataPagesOptions,
  readODataPageRows,
} from "../odata/read-odata-pages.ts";
import type { BulkMunicipality } from "./bulk-municipality.ts";
import { type ClassifiedFigures, ClassifiedFiguresBuilder } from "./classify-figures.ts";
import { CrimeTypes, sortOutCommonRow } from "./odata-common-row.ts";
import { type PeriodEntry, PeriodTexts } from "./odata-period-texts.ts";
import {
  COUNT,
  CRIME,
  ID,
  OTHER,
  REGION,
  type Role,
  type RowLayout,
  rowLayout,
} from "./odata-row-pattern.ts";
import { hasNames, type RowShape, rowShape } from "./odata-row-shape.ts";

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

/**
 * The shape last learned in this thread, for the next page's `RowSorter`:
 * the pages of a download have the same names, so the first rows of a page
 * need not be parsed with `JSON.parse` to learn it again (a 26th of the rows
 * of a national page; the shape holds nothing of the page it came from).
 */
let shapeOfThread: RowShape | undefined;

class RowSorter {
  readonly #sorted: ClassifiedFiguresBuilder;
  readonly #crimeTypes: CrimeTypes;
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
  /** The period texts met in this thread, and the place of the row last read's among them. */
  readonly #periods = PeriodTexts.ofThread();
  /** Per period text (by its `order`), 1 + its period's index in this page's figures; 0 before it is used. */
  #periodIndexes: Int32Array = new Int32Array(64);

  constructor(sorted: ClassifiedFiguresBuilder) {
    this.#sorted = sorted;
    this.#crimeTypes = new CrimeTypes(sorted.classifier);
    this.#useShape(shapeOfThread);
  }

  add(row: Record<string, unknown>, page: ODataPageState, line: number, column: number): void {
    const regionColumn = sortOutCommonRow(row, page, line, column, this.#sorted, this.#crimeTypes);
    if (regionColumn === undefined) {
      const location = { file: page.file, line, column };
      for (const figure of figuresOfRow(row, page.dataset, location, page.cache))
        this.#sorted.add(figure);
    } else if (regionColumn !== "") this.#learnShape(row, regionColumn, page);
  }

  /**
   * The shape of a row of the common shape just sorted out, for
   * {@link readRow} and {@link readParsed} ({@link rowShape}). Kept while
   * the rows keep it.
   */
  #learnShape(row: Record<string, unknown>, regionColumn: string, page: ODataPageState): void {
    const shape = this.#shape;
    const names = Object.keys(row);
    if (shape && hasNames(shape, names)) return;
    shapeOfThread = rowShape(names, regionColumn, page.cache);
    this.#useShape(shapeOfThread);
  }

  #useShape(shape: RowShape | undefined): void {
    this.#shape = shape;
    const counts = shape?.counts ?? 0;
    if (this.#countValues.length < counts) this.#countValues = new Float64Array(counts);
  }

  /**
   * Sorts out the row whose `{` is at `chunk[start]` straight from the text,
   * when it has the shape of the last row of the common shape (see the
   * module's header) and is one of the common shape itself, and so each row
   * after it in the chunk (after a comma) while they are; returns the index
   * after the last one's `}` (how many in `breaks.rows`), or -1 having
   * counted nothing. A row is matched with the shape's regular expression
   * (`rowPattern`), whose groups are the crime type, the region, the
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
    const values = this.#countValues;
    const periods = this.#periods;
    const periodOrder = periods.order;
    const sorted = this.#sorted;
    const counts = sorted.classifier.counts;
    const { topics, counts: countsPerRow } = shape;
    const otherTopics = topics - countsPerRow;
    const file = page.file;
    let periodIndexes = this.#periodIndexes;
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
      for (let k = 0; k < countsPerRow; k++) {
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
      let entry = periodOrder[periods.at + 1];
      if (entry !== undefined && entry.text === periodText) periods.at++;
      else entry = periods.entry(periodText, page.cache);
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
      // The row counted and its figures kept, as #keep does, written out: a
      // call per row (bulk runs without V8's inlining) with its loads of what
      // stays the same over the rows (the twelfth round of reading).
      sorted.dataset ??= page.dataset;
      counts.figures += topics;
      counts.otherTopics += otherTopics;
      if (countsPerRow > 0) {
        const municipality = this.#municipality;
        const series = this.#series;
        if (municipality === undefined) counts.otherRegions += countsPerRow;
        else if (series === undefined) counts.otherCrimeTypes += countsPerRow;
        else {
          // The indexes in the order push takes them: municipality, series, period.
          if (this.#municipalityIndex === -1)
            this.#municipalityIndex = sorted.municipalityIndex(municipality);
          if (this.#seriesIndex === -1) this.#seriesIndex = sorted.seriesIndex(series);
          const order = entry.order;
          if (order >= periodIndexes.length) periodIndexes = this.#growPeriodIndexes(order);
          if (periodIndexes[order] === 0)
            periodIndexes[order] = 1 + sorted.periodIndex(entry.period as string);
          const periodIndex = (periodIndexes[order] as number) - 1;
          const rowLine = line + newlines;
          const rowColumn = lastNewline === -1 ? column + (from - start) : from - lastNewline;
          for (let k = 0; k < countsPerRow; k++) {
            sorted.pushIndexed(
              this.#municipalityIndex,
              this.#seriesIndex,
              periodIndex,
              file,
              rowLine,
              rowColumn,
              values[k] as number,
            );
          }
        }
      }
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
        if (shape.layout === undefined)
          layout = shape.layout = rowLayout(chunk, from, end, shape.names, shape.roles);
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
    const entry = this.#periods.entry(periodText, page.cache);
    if (entry.period === undefined) return false;
    if (!this.#useCrimeAndRegion(crime, region, page)) return false;
    this.#keep(shape, entry, page, line, column);
    return true;
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
    this.#series = this.#crimeTypes.of(
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
   * {@link readRow} takes the same steps, written out in its loop.
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
        let indexes = this.#periodIndexes;
        const order = entry.order;
        if (order >= indexes.length) indexes = this.#growPeriodIndexes(order);
        if (indexes[order] === 0) indexes[order] = 1 + sorted.periodIndex(entry.period as string);
        const periodIndex = (indexes[order] as number) - 1;
        for (let k = 0; k < shape.counts; k++) {
          sorted.pushIndexed(
            municipalityIndex,
            this.#seriesIndex,
            periodIndex,
            page.file,
            line,
            column,
            values[k] as number,
          );
        }
      }
    }
  }

  /** `#periodIndexes` with room for a text's `order` (made larger, the indexes kept). */
  #growPeriodIndexes(order: number): Int32Array {
    const indexes = new Int32Array(Math.max(2 * this.#periodIndexes.length, order + 1));
    indexes.set(this.#periodIndexes);
    this.#periodIndexes = indexes;
    return indexes;
  }
}

/** The index of the first line break in `chunk` from `from`; the chunk's length when there is none. */
function newlineFrom(chunk: string, from: number): number {
  const at = chunk.indexOf("\n", from);
  return at === -1 ? chunk.length : at;
}
