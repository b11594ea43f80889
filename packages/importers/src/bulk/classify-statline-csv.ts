// Sorting out the rows of a StatLine download for `ivp bulk` without a figure
// object per cell (`classifyStatlineCsv`): what `readStatlineCsvRows`
// followed by `aggregateByMunicipality`'s own sorting out (`FigureClassifier`)
// would count and keep, as `ClassifiedFigures`, the form the OData pages'
// figures come in from the workers.
//
// Hand-written because that path made, per cell of a national download
// (370,440 on the 1x set, 1,080 per row), a string and a place in
// `splitStatlineLine`, a figure object and its location, and sorted each
// figure out anew (its region, crime type and period looked up per figure);
// with the rows sorted out here, the main thread of `ivp bulk`, which reads
// the download while the workers render, did the reading and collecting of
// the 1x set in about half the CPU (docs/benchmarks/rounds.md, the thirteenth
// round of reading).
//
// It is a short cut, never a second reader: a row is read here only when it
// is of the common kind (rows of regions; its label a quoted field without a
// quote inside; every value 1 to 15 digits, or `.`, `x`, `X`, `-` or nothing,
// quoted or not; exactly the header's number of fields), whose figures the
// reader would make without an error; every other row (a `Bron:` line, a
// blank one, a bad or cut cell, another layout) is read by
// `readStatlineCsvRows` as always, with its figures or its error. What a
// column is (its topic, crime type and period) is sorted out once, from the
// header; a row's region once per row, by the same `FigureClassifier`.
// test/classify-statline-csv.test.ts holds it to that path figure for
// figure, count for count, and error for error.
import type { TargetSeries } from "../mapping/import-target.ts";
import type { SourceFigure } from "../source-figure.ts";
import {
  type ReadStatlineCsvOptions,
  readStatlineCsvRows,
  type StatlineTable,
} from "../statline/read-statline-csv.ts";
import type { TextLine } from "../text/read-lines.ts";
import type { BulkMunicipality } from "./bulk-municipality.ts";
import { type ClassifiedFigures, FigureClassifier } from "./classify-figures.ts";

/** Options of {@link classifyStatlineCsv}: the template's series and which municipalities. */
export interface ClassifyStatlineCsvOptions extends ReadStatlineCsvOptions {
  readonly series: TargetSeries;
  readonly only?: ReadonlySet<string>;
}

/**
 * Reads a StatLine download as {@link readStatlineCsvRows} does and yields, for
 * each row of the common kind (see the module's header), its figures sorted
 * out as `ClassifiedFigures`; any other row's figures as that reader yields
 * them. Handed to `aggregateByMunicipality`, it collects the same figures,
 * counts and errors as from `readStatlineCsvRows`, in the same order.
 *
 * @param lines - the file's lines (see `readLines`)
 * @param options - the file name for locations, the template's series and which municipalities
 */
export function classifyStatlineCsv(
  lines: AsyncIterable<TextLine>,
  options: ClassifyStatlineCsvOptions,
): AsyncGenerator<SourceFigure[] | ClassifiedFigures> {
  const classifier = new FigureClassifier(options.series, options.only);
  return readStatlineCsvRows<ClassifiedFigures>(lines, options, (table) =>
    table.rowRole === "region" ? rowSorter(table, classifier) : () => undefined,
  );
}

const QUOTE = 34;
const SEMICOLON = 59;

/**
 * The reader of a table's rows of regions: what each column is, sorted out
 * once; then per row its values, read from the line's text, or undefined when
 * the row is not of the common kind.
 */
function rowSorter(
  table: StatlineTable,
  classifier: FigureClassifier,
): (line: TextLine) => ClassifiedFigures | undefined {
  const { columns, dataset, file } = table;
  const count = columns.length;
  // The columns used when the row's region is a municipality asked for: their
  // series and period (indexes into the lists below), in the columns' order.
  const series: string[] = [];
  const periods: string[] = [];
  // Per column, its place among the figures of a row of a municipality asked
  // for, or -1 when the column's figures are not used.
  const place = new Int32Array(count).fill(-1);
  // A row's figures as `ClassifiedFigures` has them (five numbers each), with
  // the series and period filled in: each row's a copy, its line and columns
  // written in as they are read.
  const usedCells: number[] = [];
  let otherTopics = 0;
  let otherCrimeTypes = 0;
  for (let i = 0; i < count; i++) {
    const column = columns[i] as StatlineTable["columns"][number];
    if (!column.registeredCrimes) {
      otherTopics++;
      continue;
    }
    const id = classifier.seriesOf(column.crime as SourceFigure["crime"]);
    if (id === undefined) {
      otherCrimeTypes++;
      continue;
    }
    const period = (column.period as NonNullable<typeof column.period>).period;
    place[i] = usedCells.length / 5;
    usedCells.push(0, indexIn(series, id), indexIn(periods, period), 0, 0);
  }
  const cellsOfRow = Int32Array.from(usedCells);
  const registered = count - otherTopics;
  const used = cellsOfRow.length / 5;
  // Where the values of a row not used are read (they are checked all the same).
  const noCells = new Int32Array(5 * used);
  const noValues = new Float64Array(used);
  const noneUsed = new Int32Array(0);
  const noneKept = new Float64Array(0);
  // The lists of a row without a figure used: empty lists of the kind of the
  // full ones (an empty literal is another kind of array to V8, and
  // `aggregateByMunicipality`'s loop was thrown away when it met one).
  const noMunicipalities = emptyListOf<BulkMunicipality>();
  const noStrings = emptyListOf<string>();

  /**
   * Reads a row's values from the text after its label's `;` (at `from`),
   * each used one into `values` and its line and column into `cells`; false
   * when a value is not of the common kind or the row has not exactly one per
   * column. (Written out, no call per character: `ivp bulk` runs without
   * V8's inlining.)
   */
  const readValues = (
    text: string,
    from: number,
    line: number,
    cells: Int32Array,
    values: Float64Array,
  ): boolean => {
    const end = text.length;
    let i = from;
    for (let k = 0; k < count; k++) {
      if (k > 0) {
        if (i >= end || text.charCodeAt(i) !== SEMICOLON) return false;
        i++;
      }
      const start = i + 1;
      const quoted = i < end && text.charCodeAt(i) === QUOTE;
      if (quoted) i++;
      const first = i;
      let value = 0;
      while (i < end) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) break;
        value = value * 10 + (c - 48);
        i++;
      }
      const digits = i - first;
      if (digits > 15) return false;
      if (digits === 0) {
        // `.`, `x` and `X` (missing), `-` (nil: 0), or nothing (missing).
        const c = i < end ? text.charCodeAt(i) : -1;
        if (c === 46 || c === 120 || c === 88) {
          value = Number.NaN;
          i++;
        } else if (c === 45) {
          value = 0;
          i++;
        } else value = Number.NaN;
      }
      if (quoted) {
        if (i >= end || text.charCodeAt(i) !== QUOTE) return false;
        i++;
      }
      const u = place[k] as number;
      if (u !== -1) {
        values[u] = value;
        cells[5 * u + 3] = line;
        cells[5 * u + 4] = start;
      }
    }
    return i === end;
  };

  return (line) => {
    const text = line.text;
    // The label: a quoted field without a quote inside, then `;`.
    if (text.length === 0 || text.charCodeAt(0) !== QUOTE) return undefined;
    const close = text.indexOf('"', 1);
    // (Never reading past the end: V8 throws the optimised code away when it does.)
    if (close === -1 || close + 1 >= text.length || text.charCodeAt(close + 1) !== SEMICOLON) {
      return undefined;
    }
    const municipality = classifier.municipalityOf(table.region(text.slice(1, close).trim()));
    const n = municipality ? used : 0;
    const cells = n > 0 ? cellsOfRow.slice() : noCells;
    const values = n > 0 ? new Float64Array(n) : noValues;
    if (!readValues(text, close + 2, line.number, cells, values)) return undefined;
    return {
      classified: true,
      dataset,
      counts: {
        figures: count,
        otherRegions: municipality ? 0 : registered,
        otherTopics,
        otherCrimeTypes: municipality ? otherCrimeTypes : 0,
      },
      file: n > 0 ? file : "",
      municipalities: municipality ? [municipality as BulkMunicipality] : noMunicipalities,
      // None when no figure is used: no period is collected then.
      series: n > 0 ? series : noStrings,
      periods: n > 0 ? periods : noStrings,
      used: n > 0 ? cells : noneUsed,
      values: n > 0 ? values : noneKept,
    };
  };
}

/** The index of an item in a list (added if new). */
function indexIn(list: string[], item: string): number {
  const at = list.indexOf(item);
  return at === -1 ? list.push(item) - 1 : at;
}

/**
 * An empty list that V8 holds as a list of objects (`[]` is one of small
 * whole numbers until something else is put in: another hidden class).
 */
function emptyListOf<T>(): T[] {
  const list: unknown[] = [{}];
  list.pop();
  return list as T[];
}
