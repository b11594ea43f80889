import type { ErrorData, PeriodError, SourceLocation } from "@ivp/model";
import {
  checkFigure,
  describeFigureProblem,
  formatPeriodCode,
  parsePeriod,
  readFigureText,
} from "@ivp/model";
import { firstInvalidUtf8 } from "@ivp/plan-file";
import { ImportError } from "../import-error.ts";
import { type ImportMessageId, importError, importText } from "../messages/say.ts";
import { classifyRegionCode } from "../regions/classify-region.ts";
import {
  type DatasetInfo,
  isPopulationTopic,
  isRegisteredCrimesTopic,
  type SourceFigure,
} from "../source-figure.ts";
import { concatBytes, incompleteUtf8Tail } from "../text/utf8-tail.ts";
import {
  JsonPageScanner,
  type PageEvent,
  type PageRowHandler,
  type RowBreaks,
} from "./json-page-scanner.ts";
import {
  classificationOfCode,
  ODATA_TABLES,
  POPULATION_TABLES,
  type PopulationTable,
  tableIdFromMetadata,
} from "./odata-tables.ts";

/**
 * Fetches a page: the first page's name or URL, then each `odata.nextLink`
 * (resolved against the page that links to it). Returns the page's content in
 * chunks. Tests give one that reads fixture files; the CLI reads files and
 * fetches http(s) links.
 */
export type PageLoader = (
  url: string,
) => Promise<AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>>;

/** Options of {@link readODataPages}. */
export interface ReadODataPagesOptions {
  /** The first page: a URL (`file:`, `https:`) as the loader understands it. */
  readonly first: string;
  readonly loadPage: PageLoader;
  /** How a page is named in locations and messages; default the URL. */
  readonly displayName?: (url: string) => string;
  /** Only this page, without following `odata.nextLink`. Default false. */
  readonly firstPageOnly?: boolean;
  /** Called with the dataset of each page once its metadata is read. */
  readonly onDataset?: (dataset: DatasetInfo) => void;
  /** Called after each page with the number of rows it had. */
  readonly onPage?: (page: { readonly url: string; readonly rows: number }) => void;
  /**
   * Called with the address of the next page before it is read (its link
   * checked, and not a page already read); `false` ends the reading there.
   */
  readonly onNextPage?: (next: NextPage) => boolean;
  /**
   * The text of a piece of a page when every byte of it is ASCII, else
   * undefined: a one-byte string made without decoding UTF-8 (Node's
   * `isAscii` and Latin-1 conversion, some five times cheaper than
   * `TextDecoder` for a piece of a national download, whose pages are ASCII).
   * Used only where the UTF-8 decoder holds nothing back, so the text, and
   * every error and its place, are the same as without. Default none: every
   * piece is decoded as UTF-8.
   */
  readonly asciiText?: (bytes: Uint8Array) => string | undefined;
}

/** A page's `odata.nextLink`: the address it leads to, the link as written and where. */
export interface NextPage {
  readonly url: string;
  readonly link: string;
  readonly location: SourceLocation;
}

/**
 * The error of a next link that leads back to a page already read (which
 * would never end).
 *
 * @param next - the link and where it is
 */
export function pageLoopError(next: Pick<NextPage, "link" | "location">): ImportError {
  return importError(
    "malformed-file",
    "odata/next-loops",
    { link: next.link },
    { location: next.location },
  );
}

export const DIMENSIONS = new Set(["ID", "SoortMisdrijf", "Perioden"]);
/** The breakdowns of the tables of inhabitants, with the keys of their totals. */
const POPULATION_TOTALS: Readonly<Record<string, string>> = Object.assign(
  {},
  ...POPULATION_TABLES.map((t: PopulationTable) => t.totals),
);
export const REGION_COLUMNS = ["RegioS", "WijkenEnBuurten", "Gemeenten", "Gemeente", "Regio"];

export function cellText(value: unknown): string | undefined {
  return typeof value === "string" ? value.trim() : undefined;
}

/**
 * Reads CBS OData v3 `TypedDataSet` pages of registered crime (police tables
 * 47013NED, 47018NED, 47022NED; CBS 83648NED) and yields one figure per row
 * and topic, following `odata.nextLink` from page to page. Keys arrive
 * space-padded (`"GM0417    "`) and are trimmed; periods such as `2021MM01`
 * become canonical codes; `null` stays missing. Each page is streamed, so
 * memory holds one row at a time.
 *
 * @param options - the first page and how to load pages
 * @example
 * for await (const figure of readODataPages({ first: "file:///data/page-1.json", loadPage })) figure
 * //=> { region: { code: "GM0417", kind: "municipality" }, crime: { classification: "police", code: "1.1.1" }, period: "2021-01", value: 3, ... }
 */
export async function* readODataPages(
  options: ReadODataPagesOptions,
): AsyncGenerator<SourceFigure> {
  for await (const figures of readODataPageChunks(options)) yield* figures;
}

/**
 * {@link readODataPages}, one array of figures per piece of a page as it
 * arrives: the same figures in the same order, without a promise per figure (a
 * national download has a million; `ivp bulk` reads them this way). A bad row
 * yields the figures of the rows before it in its piece, then throws, as the
 * figure-by-figure reader does.
 *
 * @param options - the first page and how to load pages
 */
export async function* readODataPageChunks(
  options: ReadODataPagesOptions,
): AsyncGenerator<SourceFigure[]> {
  yield* readODataPageRows(options, (row, page, line, column, figures: SourceFigure[]) => {
    const location = { file: page.file, line, column };
    for (const figure of figuresOfRow(row, page.dataset, location, page.cache))
      figures.push(figure);
  });
}

/** What a row handler of {@link readODataPageRows} knows of the page a row is on. */
export interface ODataPageState {
  /** The page as named in locations. */
  readonly file: string;
  /** The dataset its metadata names (so far). */
  readonly dataset: DatasetInfo;
  /** What rows repeat, worked out once per download. */
  readonly cache: RowCache;
}

/**
 * The page loop of {@link readODataPageChunks}: reads the pages as it does,
 * and hands each row (a parsed object, where it starts) to `onRow`, which
 * pushes what it makes of the row onto `out` or throws at a bad row; yields
 * what the rows of each piece of a page made, if anything, and before an
 * error what the rows before it made. `ivp bulk` sorts the rows out without a
 * figure object per topic (`classifyODataPage`), and reads the rows of a
 * shape it knows without an object per row (`readRow`).
 *
 * @param options - the first page and how to load pages
 * @param onRow - what to make of a row
 * @param readRow - reads rows from the page's text itself, as far as it can (see {@link PageRowHandler}): the index after the last, how many in `breaks.rows`, else -1 and the row goes to `onRow`
 * @param readParsed - when given, rows may be parsed many at a time (`PageRowHandler.parsedRow`) and each handed to it: true when it sorted the row out, else the row goes to `onRow`
 */
export async function* readODataPageRows<T>(
  options: ReadODataPagesOptions,
  onRow: (
    row: Record<string, unknown>,
    page: ODataPageState,
    line: number,
    column: number,
    out: T[],
  ) => void,
  readRow?: (
    chunk: string,
    start: number,
    line: number,
    column: number,
    breaks: RowBreaks,
    page: ODataPageState,
  ) => number,
  readParsed?: (
    row: Record<string, unknown>,
    page: ODataPageState,
    line: number,
    column: number,
  ) => boolean,
): AsyncGenerator<T[]> {
  const name = options.displayName ?? ((url: string) => url);
  const visited = new Set<string>();
  const cache = new RowCache();
  let url: string | undefined = options.first;
  while (url !== undefined) {
    visited.add(url);
    const file = name(url);
    const scanner = new JsonPageScanner(file);
    const page: { file: string; dataset: DatasetInfo; cache: RowCache } = {
      file,
      dataset: { format: "odata-json" },
      cache,
    };
    let nextLink:
      | { readonly value: string; readonly line: number; readonly column: number }
      | undefined;
    let rows = 0;
    /** What the rows of the current piece of the page made. */
    let out: T[] = [];
    /** Hands a row to `onRow` (which throws at a bad row), or takes in a property. */
    const handle = (event: PageEvent): void => {
      if (event.kind === "property") {
        if (event.name === "odata.metadata" && typeof event.value === "string") {
          const id = tableIdFromMetadata(event.value);
          const table = ODATA_TABLES.find((t) => t.id === id);
          const population = POPULATION_TABLES.find((t) => t.id === id);
          page.dataset = {
            format: "odata-json",
            ...(id && { table: id }),
            ...(table && { title: table.description, classification: table.classification }),
            ...(population && { title: population.description }),
          };
          options.onDataset?.(page.dataset);
        } else if (
          (event.name === "odata.nextLink" || event.name === "@odata.nextLink") &&
          typeof event.value === "string"
        ) {
          nextLink = { value: event.value, line: event.line, column: event.column };
        }
        return;
      }
      rows++;
      onRow(event.row, page, event.line, event.column, out);
    };
    // Every row is handled as soon as the scanner finds it: a syntax error
    // later in the same piece of the page comes after what the rows before it made.
    const handler: PageRowHandler = {
      readRow: readRow
        ? (chunk, start, line, column, breaks) => {
            const end = readRow(chunk, start, line, column, breaks, page);
            if (end !== -1) rows += breaks.rows;
            return end;
          }
        : () => -1,
      event: handle,
      ...(readParsed && {
        parsedRow: (row: Record<string, unknown>, line: number, column: number) => {
          rows++;
          if (!readParsed(row, page, line, column)) onRow(row, page, line, column, out);
        },
      }),
    };
    const decode = utf8Decoder(file, () => scanner.place, options.asciiText);
    const chunks = await options.loadPage(url);
    const read = async function* (): AsyncGenerator<string> {
      for await (const chunk of chunks) yield typeof chunk === "string" ? chunk : decode(chunk);
      yield decode();
    };
    for await (const text of read()) {
      out = [];
      try {
        scanner.pushTo(text, handler);
      } catch (error) {
        // What the rows before a bad row made, as the figure-by-figure reader gives them.
        if (out.length > 0) yield out;
        throw error;
      }
      if (out.length > 0) yield out;
    }
    scanner.finish();
    options.onPage?.({ url, rows });
    if (nextLink === undefined || options.firstPageOnly) break;
    const at = { file, line: nextLink.line, column: nextLink.column };
    let next: string;
    try {
      next = new URL(nextLink.value, url).href;
    } catch {
      throw importError(
        "malformed-file",
        "odata/next-not-address",
        { link: nextLink.value },
        { location: at, hintId: "odata/damaged-hint" },
      );
    }
    if (visited.has(next)) throw pageLoopError({ link: nextLink.value, location: at });
    if (options.onNextPage?.({ url: next, link: nextLink.value, location: at }) === false) break;
    url = next;
  }
}

/**
 * The periods of the texts of the `Perioden` column, for every {@link RowCache}
 * of a thread: what a text is does not depend on the page, and a page of a
 * national download of 40 years has some 480 of them, each parsed anew per
 * page before (docs/benchmarks/rounds.md, the eleventh round of reading).
 * Emptied when it holds {@link MOST_PERIODS} (a download has hundreds), so
 * that memory stays bounded.
 */
const periodsOfThread = new Map<string, string | { readonly error: PeriodError }>();
const MOST_PERIODS = 100_000;

/**
 * What a download repeats on every row (a few hundred periods, three topics,
 * a few hundred regions), worked out once per distinct text: a national
 * download has a million figures.
 */
export class RowCache {
  readonly topics = new Map<string, boolean>();
  readonly regions = new Map<string, SourceFigure["region"]>();

  period(text: string): string | { readonly error: PeriodError } {
    let period = periodsOfThread.get(text);
    if (period === undefined) {
      const parsed = parsePeriod(text);
      period = parsed.success ? formatPeriodCode(parsed.data) : { error: parsed.error };
      if (periodsOfThread.size >= MOST_PERIODS) periodsOfThread.clear();
      periodsOfThread.set(text, period);
    }
    return period;
  }

  registeredCrimes(topic: string): boolean {
    let registered = this.topics.get(topic);
    if (registered === undefined) {
      registered = isRegisteredCrimesTopic(topic);
      this.topics.set(topic, registered);
    }
    return registered;
  }

  region(code: string): SourceFigure["region"] {
    let region = this.regions.get(code);
    if (region === undefined) {
      region = { code, kind: classifyRegionCode(code) };
      this.regions.set(code, region);
    }
    return region;
  }
}

export function figuresOfRow(
  row: Record<string, unknown>,
  dataset: DatasetInfo,
  location: SourceLocation,
  cache: RowCache,
): SourceFigure[] {
  const fail = (id: ImportMessageId, data: ErrorData = {}): never => {
    throw importError("malformed-file", id, data, { location, hintId: "odata/row-hint" });
  };
  const failFigure = (id: ImportMessageId, data: ErrorData): never => {
    throw importError("malformed-file", id, data, { location, hintId: "odata/count-hint" });
  };
  if (row === null || typeof row !== "object" || Array.isArray(row)) fail("odata/row-not-object");
  const regionColumn = REGION_COLUMNS.find((c) => c in row);
  if (!regionColumn) return fail("odata/no-region", { columns: REGION_COLUMNS.join(", ") });
  const regionCode = cellText(row[regionColumn]);
  const crimeCode = cellText(row.SoortMisdrijf);
  const periodText = cellText(row.Perioden);
  if (!regionCode) return fail("odata/no-code", { column: regionColumn });
  // A table of inhabitants (CBS 03759ned) has no crime type; it breaks the
  // population down by sex, age and marital state, and only the row of all
  // of them together is the municipality's number of inhabitants.
  const population = !("SoortMisdrijf" in row) && Object.keys(row).some(isPopulationTopic);
  if (population) {
    for (const [column, total] of Object.entries(POPULATION_TOTALS)) {
      if (column in row && cellText(row[column]) !== total) return [];
    }
  }
  if (!crimeCode && !population) return fail("odata/no-code", { column: "SoortMisdrijf" });
  if (!periodText) return fail("odata/no-code", { column: "Perioden" });
  const period = cache.period(periodText);
  if (typeof period !== "string") {
    // The model's error, as data too: wordImportError words it (wordError of @ivp/plan-file).
    throw new ImportError("malformed-file", period.error.message, {
      location,
      hint: importText("en", "odata/row-hint"),
      hintId: "odata/row-hint",
      messageId: period.error.messageId,
      data: period.error.data,
    });
  }
  const region = cache.region(regionCode);
  const classification =
    dataset.classification ?? (crimeCode ? classificationOfCode(crimeCode) : undefined);
  const figures: SourceFigure[] = [];
  for (const [topic, raw] of Object.entries(row)) {
    if (
      DIMENSIONS.has(topic) ||
      topic === regionColumn ||
      (population && topic in POPULATION_TOTALS)
    )
      continue;
    const registeredCrimes = cache.registeredCrimes(topic);
    let value: number | null;
    if (raw === null) value = null;
    else if (typeof raw === "number" && Number.isFinite(raw)) value = raw;
    else if (typeof raw === "string" && /^\s*(?:\.|)\s*$/.test(raw)) value = null;
    else if (registeredCrimes && typeof raw === "string" && /^\s*-?[\d.,]+\s*$/.test(raw)) {
      // A count written as text is read as a CSV cell is: by the figure rules
      // (" 12 " is 12, "1.004" is 1004, "12.5" and "-3" are errors).
      const read = readFigureText(raw, "count");
      if (!read.success)
        return failFigure("odata/count-text", { topic, text: raw, problem: read.message });
      value = read.value;
    } else if (typeof raw === "string" && /^\s*-?\d+(?:\.\d+)?\s*$/.test(raw)) value = Number(raw);
    else return fail("odata/not-a-number", { topic, value: JSON.stringify(raw) });
    const problem = registeredCrimes && value !== null ? checkFigure(value, "count") : undefined;
    if (problem) {
      const words = describeFigureProblem(problem, "en");
      return failFigure("odata/count-impossible", {
        topic,
        value: String(value),
        problem: words,
        problemId: problem,
      });
    }
    figures.push({
      dataset,
      region,
      crime:
        population || !crimeCode
          ? {}
          : { code: crimeCode, ...(classification && { classification }) },
      topic,
      registeredCrimes,
      period,
      provisional: false,
      value,
      location,
    });
  }
  return figures;
}

/**
 * A strict UTF-8 decoder for a page that arrives in chunks: a byte that is not
 * UTF-8 is an {@link ImportError} at its line and column, never a silent
 * replacement character in a name. Call it without a chunk at the end.
 * A chunk that `asciiText` reads is not decoded, once the decoder has seen
 * the first three bytes (a byte-order mark is dropped only at the start) and
 * when it holds back no bytes of a character cut off: UTF-8 and ASCII are
 * then the same text. `place` is where the text decoded so far ends (the
 * scanner's place, which has read all of it): the decoder does not count
 * the line breaks of every piece itself only for the place of an error
 * (some 2.5 % of the reading of a national download, in a profile).
 */
function utf8Decoder(
  file: string,
  place: () => { readonly line: number; readonly column: number },
  asciiText?: (bytes: Uint8Array) => string | undefined,
): (chunk?: Uint8Array) => string {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  // The bytes of a character cut off at the end of the chunks so far.
  let pending: Uint8Array = new Uint8Array(0);
  // How many bytes the decoder has been given.
  let decoded = 0;
  return (chunk) => {
    try {
      let text: string | undefined;
      if (chunk !== undefined && asciiText !== undefined && decoded >= 3 && pending.length === 0)
        text = asciiText(chunk);
      if (text === undefined) {
        text = chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
        decoded += chunk?.length ?? 0;
      }
      if (chunk !== undefined) {
        pending = incompleteUtf8Tail(chunk.length >= 3 ? chunk : concatBytes(pending, chunk));
      }
      return text;
    } catch {
      // The place of the bad byte in the held-back bytes and this chunk.
      const bytes = concatBytes(pending, chunk ?? new Uint8Array(0));
      const offset = Math.max(0, firstInvalidUtf8(bytes));
      const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
      const lastBreak = before.lastIndexOf("\n");
      const breaks = before.match(/\n/g)?.length ?? 0;
      const byte = bytes[offset];
      const { line, column } = place();
      throw importError(
        "malformed-file",
        byte === undefined ? "source-file/cut-character" : "source-file/not-utf-8",
        { byte: `0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, "0")}` },
        {
          location: {
            file,
            line: line + breaks,
            column: lastBreak === -1 ? column + before.length : before.length - lastBreak,
          },
          hintId: "source-file/utf-8-hint",
        },
      );
    }
  };
}
