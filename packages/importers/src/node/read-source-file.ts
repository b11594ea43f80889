import { isAscii } from "node:buffer";
import { createReadStream, readSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { NotARegularFileError, openRegularFile } from "@ivp/plan-file/node";
import type { ClassifiedFigures } from "../bulk/classify-figures.ts";
import { type ClassifiedPage, classifyODataPages } from "../bulk/classify-odata-page.ts";
import { classifyStatlineCsv } from "../bulk/classify-statline-csv.ts";
import { ImportError } from "../import-error.ts";
import type { TargetSeries } from "../mapping/import-target.ts";
import { importError } from "../messages/say.ts";
import { type NextPage, type PageLoader, readODataPageChunks } from "../odata/read-odata-pages.ts";
import type { DatasetInfo, SourceFigure, SourceFormat } from "../source-figure.ts";
import { readStatlineCsvRows } from "../statline/read-statline-csv.ts";
import { readLines } from "../text/read-lines.ts";

/** Options of {@link readSourceFile}. */
export interface ReadSourceFileOptions {
  /** How OData pages are loaded; default {@link loadPageFromFileOrWeb}. */
  readonly loadPage?: PageLoader;
  /** Read only the first OData page, without following `odata.nextLink`. */
  readonly firstPageOnly?: boolean;
  /** Called when the dataset is known. */
  readonly onDataset?: (dataset: DatasetInfo) => void;
  /** File names in messages are relative to this directory; default the working directory. */
  readonly displayBase?: string;
  /** Called with the size in bytes of each piece read (of every page), for a progress display. */
  readonly onBytes?: (bytes: number) => void;
}

/** Passes pieces of a file through, telling `onBytes` the size of each. */
async function* countBytes(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  onBytes: (bytes: number) => void,
): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of chunks) {
    onBytes(typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength);
    yield chunk;
  }
}

/**
 * Loads an OData page: a `file:` URL from disk, an `http:` or `https:` URL
 * from the web (the CBS OData API). Anything else is an {@link ImportError}.
 *
 * @example
 * await loadPageFromFileOrWeb("file:///tmp/page-1.json") //=> a stream of the file's bytes
 */
export const loadPageFromFileOrWeb: PageLoader = async (url) => {
  if (url.startsWith("file:")) {
    const path = fileURLToPath(url);
    // Checked through a handle (never blocking on a named pipe), then read by
    // path: a stream left unfinished must not leave a FileHandle to the GC.
    await (await openSourceFile(path, relative(process.cwd(), path))).close();
    return createReadStream(path);
  }
  if (/^https?:/i.test(url)) {
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      // Node says only "fetch failed"; why is its cause's code (ECONNREFUSED,
      // ENOTFOUND), or else the cause's words ("bad port").
      const cause = (error as Error).cause as NodeJS.ErrnoException | undefined;
      const why = cause?.code ?? cause?.message;
      const reason = `${(error as Error).message}${why ? ` (${why})` : ""}`;
      throw importError(
        "malformed-file",
        "fetch/cannot-fetch",
        { url, reason },
        { hintId: "fetch/cannot-fetch-hint", cause: error },
      );
    }
    if (!response.ok || !response.body) {
      throw importError("malformed-file", "fetch/http-status", { url, status: response.status });
    }
    return response.body as unknown as AsyncIterable<Uint8Array>;
  }
  throw importError(
    "malformed-file",
    "fetch/cannot-load",
    { url },
    {
      hintId: "fetch/cannot-load-hint",
    },
  );
};

/**
 * Opens a source file for reading: only a regular file (a named pipe would
 * block the import forever, a directory fail with `EISDIR`); anything else is
 * an {@link ImportError} naming the path.
 */
async function openSourceFile(path: string, display: string): Promise<FileHandle> {
  try {
    return await openRegularFile(path, display);
  } catch (error) {
    if (error instanceof NotARegularFileError) {
      throw importError(
        "malformed-file",
        "source-file/not-regular",
        { kind: error.kind },
        { location: { file: display }, hintId: "source-file/not-regular-hint", cause: error },
      );
    }
    const code = (error as NodeJS.ErrnoException).code;
    throw importError(
      "malformed-file",
      code === "ENOENT" ? "source-file/no-such-file" : "source-file/cannot-read",
      { code: String(code) },
      { location: { file: display }, cause: error },
    );
  }
}

/**
 * Which format a file has, from its first characters: `{` is an OData JSON
 * page, `"` a StatLine CSV download. The handle stays open unless the file
 * is refused.
 */
async function sniff(handle: FileHandle, display: string): Promise<SourceFormat> {
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0);
    const head = buffer.subarray(0, bytesRead);
    // UTF-16 (Excel's "Unicode text") has a byte-order mark, or a NUL byte in
    // every other byte without one: say so rather than "not a StatLine file".
    const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
    if (utf16 || head.includes(0)) {
      throw importError(
        "malformed-file",
        utf16 ? "source-file/utf-16" : "source-file/nul-bytes",
        {},
        {
          location: { file: display, line: 1, column: 1 },
          hintId: "source-file/utf-8-hint",
        },
      );
    }
    const start = buffer
      .subarray(0, bytesRead)
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trimStart();
    if (start.startsWith("{")) return "odata-json";
    if (start.startsWith('"')) return "statline-csv";
    throw importError(
      "malformed-file",
      start === "" ? "source-file/empty" : "source-file/unknown-format",
      {},
      { location: { file: display, line: 1, column: 1 }, hintId: "source-file/format-hint" },
    );
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Reads an open-data file and yields its figures as they stream past: a
 * StatLine CSV download or an OData JSON page (following `odata.nextLink`),
 * told apart by their first character, or an OData URL. Memory stays small
 * whatever the size of the file.
 *
 * @param source - a file path, or an http(s) URL of an OData `TypedDataSet`
 * @param options - how to load further OData pages
 * @example
 * for await (const figure of readSourceFile("statline.csv")) figure.region.name
 * //=> "Nederland", "Aa en Hunze", ...
 */
export async function* readSourceFile(
  source: string,
  options: ReadSourceFileOptions = {},
): AsyncGenerator<SourceFigure> {
  for await (const figures of readSourceFileChunks(source, options)) yield* figures;
}

/**
 * {@link readSourceFile}, the figures in arrays as they are read (a row of a
 * StatLine download, a piece of an OData page): the same figures in the same
 * order, without a promise per figure. `ivp bulk` reads a national file this
 * way (see `aggregateByMunicipality`).
 *
 * @param source - a file path, or an http(s) URL of an OData `TypedDataSet`
 * @param options - how to load further OData pages
 */
export function readSourceFileChunks(
  source: string,
  options: ReadSourceFileOptions = {},
): AsyncIterable<SourceFigure[]> {
  // Without `classify`, the figures alone.
  return lazily(
    () => openSource(source, options, undefined) as Promise<AsyncIterable<SourceFigure[]>>,
  );
}

/**
 * {@link readSourceFileChunks} for `aggregateByMunicipality` in `ivp bulk`:
 * the rows of a StatLine download sorted out as they are read
 * (`classifyStatlineCsv`, without a figure object per cell), anything else
 * as `readSourceFileChunks` reads it. `aggregateByMunicipality` collects the
 * same figures, counts and errors from either.
 *
 * @param source - a file path, or an http(s) URL of an OData `TypedDataSet`
 * @param options - as {@link readSourceFileChunks}, and the template's series and which municipalities
 */
export function classifySourceFile(
  source: string,
  options: ReadSourceFileOptions & {
    readonly series: TargetSeries;
    readonly only?: ReadonlySet<string> | undefined;
  },
): AsyncIterable<SourceFigure[] | ClassifiedFigures> {
  return lazily(() =>
    openSource(source, options, {
      series: options.series,
      ...(options.only && { only: options.only }),
    }),
  );
}

/** An iterable of what `open` opens when it is first asked for. */
function lazily<T>(open: () => Promise<AsyncIterable<T>>): AsyncIterable<T> {
  // Not an async generator itself: a layer of `yield*` between the reader and
  // its user costs a promise per chunk.
  return {
    [Symbol.asyncIterator]: () => {
      let inner: AsyncIterator<T> | undefined;
      const start = async () => {
        inner = (await open())[Symbol.asyncIterator]();
        return inner;
      };
      return {
        next: () => (inner ? inner.next() : start().then((i) => i.next())),
        return: async () => (await inner?.return?.()) ?? { done: true, value: undefined },
      };
    },
  };
}

/**
 * One OData page (a `file:` or http(s) address), in chunks as
 * {@link readSourceFileChunks} reads it, without going on to the next page:
 * `onNextPage` learns where that is. For readers of many pages at once (`ivp
 * bulk` hands them to worker threads).
 *
 * @param url - the page's address
 * @param options - what to do with the next page's address; file names in messages relative to `displayBase` (default the working directory)
 */
export function readODataPage(
  url: string,
  options: { readonly onNextPage: (next: NextPage) => void; readonly displayBase?: string },
): AsyncIterable<SourceFigure[]> {
  return readODataPageChunks(onePage(url, options));
}

/**
 * One OData page as {@link readODataPage} reads it, its figures sorted out
 * for `aggregateByMunicipality` (`classifyFigures`) without a figure object
 * per topic (`classifyODataPages`): what a worker thread of `ivp bulk` does
 * with a page. An error is returned with the figures before it.
 *
 * @param url - the page's address
 * @param options - the template's series, which municipalities, and what to do with the next page's address
 */
export function classifyODataPage(
  url: string,
  options: {
    readonly series: TargetSeries;
    readonly only?: ReadonlySet<string>;
    readonly onNextPage: (next: NextPage) => void;
    readonly displayBase?: string;
  },
): Promise<ClassifiedPage> {
  return classifyODataPages(onePage(url, options), {
    series: options.series,
    ...(options.only && { only: options.only }),
  });
}

/**
 * How much of a page a worker of `ivp bulk` reads at a time
 * ({@link readPageInPieces}): 64 KiB, as a stream does (256 KiB and 1 MiB
 * made no difference the measurements could show).
 */
const PIECE_BYTES = 64 * 1024;

/**
 * Loads a `file:` page as {@link loadPageFromFileOrWeb} does, but reads it
 * with `readSync` in pieces of {@link PIECE_BYTES} (what a worker thread of
 * `ivp bulk`, which reads one page at a time, does nothing else meanwhile):
 * without a stream, a read request on libuv's threads and a promise per
 * piece. Anything else as `loadPageFromFileOrWeb` loads it.
 *
 * Every piece is read into the same buffer: the reader of the pages
 * (`readODataPageRows`) decodes each piece before it asks for the next and
 * keeps none of its bytes. A new buffer per piece left many of them to the
 * garbage collector, which now has few objects to collect and so runs
 * seldom: a worker's memory grew by tens of MB.
 */
const readPageInPieces: PageLoader = async (url) => {
  if (!url.startsWith("file:")) return loadPageFromFileOrWeb(url);
  const path = fileURLToPath(url);
  const handle = await openSourceFile(path, relative(process.cwd(), path));
  return (async function* () {
    const piece = Buffer.allocUnsafe(PIECE_BYTES);
    try {
      for (;;) {
        const read = readSync(handle.fd, piece, 0, PIECE_BYTES, null);
        if (read === 0) return;
        yield piece.subarray(0, read);
      }
    } finally {
      await handle.close();
    }
  })();
};

/**
 * The text of bytes that are all ASCII, as a one-byte string; undefined
 * otherwise (see `ReadODataPagesOptions.asciiText`).
 */
export function asciiText(bytes: Uint8Array): string | undefined {
  if (!isAscii(bytes)) return undefined;
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.toString("latin1");
}

/** Where a reader of one OData page starts, and that it stops before the next page. */
function onePage(
  url: string,
  options: { readonly onNextPage: (next: NextPage) => void; readonly displayBase?: string },
) {
  const base = options.displayBase ?? process.cwd();
  return {
    first: url,
    loadPage: readPageInPieces,
    asciiText,
    displayName: (page: string) => displayUrl(base, page),
    onNextPage: (next: NextPage) => {
      options.onNextPage(next);
      return false;
    },
  };
}

/** How an OData page is named in messages: a file relative to `base`, else its address. */
const displayUrl = (base: string, url: string) =>
  url.startsWith("file:") ? relative(base, fileURLToPath(url)) || url : url;

/**
 * Whether a file is an OData JSON page or a StatLine CSV download (from its
 * first characters); an {@link ImportError} when it is neither, or cannot be read.
 *
 * @param path - the file
 * @param displayBase - file names in messages are relative to it; default the working directory
 */
export async function sourceFormatOf(
  path: string,
  displayBase = process.cwd(),
): Promise<SourceFormat> {
  const display = relative(displayBase, path) || path;
  const handle = await openSourceFile(path, display);
  const format = await sniff(handle, display);
  await handle.close();
  return format;
}

async function openSource(
  source: string,
  options: ReadSourceFileOptions,
  classify: { readonly series: TargetSeries; readonly only?: ReadonlySet<string> } | undefined,
): Promise<AsyncIterable<SourceFigure[] | ClassifiedFigures>> {
  const base = options.displayBase ?? process.cwd();
  const load = options.loadPage ?? loadPageFromFileOrWeb;
  const onBytes = options.onBytes;
  const odata = (first: string) =>
    readODataPageChunks({
      first,
      loadPage: onBytes ? async (url) => countBytes(await load(url), onBytes) : load,
      displayName: (url) => displayUrl(base, url),
      ...(options.firstPageOnly && { firstPageOnly: true }),
      ...(options.onDataset && { onDataset: options.onDataset }),
    });
  if (/^https?:/i.test(source)) return odata(source);
  const display = relative(base, source) || source;
  const handle = await openSourceFile(source, display);
  const format = await sniff(handle, display);
  await handle.close();
  if (format === "odata-json") return odata(pathToFileURL(source).href);
  const stream = createReadStream(source);
  const lines = readLines(onBytes ? countBytes(stream, onBytes) : stream, { file: display });
  const csv = { file: display, ...(options.onDataset && { onDataset: options.onDataset }) };
  return classify
    ? classifyStatlineCsv(lines, { ...csv, ...classify })
    : readStatlineCsvRows(lines, csv);
}
