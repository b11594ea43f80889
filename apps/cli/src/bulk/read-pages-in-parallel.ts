import { open, stat } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type ClassifiedFigures, pageLoopError, type TargetSeries } from "@ivp/importers";
import { fromThreadError, type PageResult } from "./read-page.ts";
import type { RenderPool } from "./render-pool.ts";

/**
 * How many pages per worker are read or waiting at once. A page is taken only
 * once every page before it is: with one page per worker, a worker that
 * finished its page before the one ahead of it waited (some 15 % of a
 * worker's reading time on the 1x set); with two, it starts the next one.
 */
const PAGES_PER_WORKER = 2;

/** How much of a page's end is read to find its next link. */
const TAIL_BYTES = 4096;

/** A page that ends with its next link, as the OData API writes one: `"odata.nextLink":"..."}`. */
const NEXT_LINK_AT_END = /"@?odata\.nextLink"\s*:\s*("(?:[^"\\]|\\.)*")\s*\}\s*$/;

/**
 * Where a page's next link most likely leads, from the page's last bytes
 * (the OData API writes the link last): a `file:` address, or undefined when
 * the end of the page does not say (or names no file). Only a guess, to start
 * reading the next page before this one is read: the page's reader finds the
 * real link.
 *
 * @param url - a page's `file:` address
 */
async function guessNextPage(url: string): Promise<string | undefined> {
  if (!url.startsWith("file:")) return undefined;
  const path = fileURLToPath(url);
  try {
    // Never open what is not a regular file (a named pipe would block).
    const { size, isFile } = await stat(path).then((s) => ({
      size: s.size,
      isFile: s.isFile(),
    }));
    if (!isFile) return undefined;
    const handle = await open(path);
    try {
      const length = Math.min(size, TAIL_BYTES);
      const tail = Buffer.alloc(length);
      await handle.read(tail, 0, length, size - length);
      const match = NEXT_LINK_AT_END.exec(tail.toString("utf8"));
      if (!match) return undefined;
      const next = new URL(JSON.parse(match[1] as string) as string, url).href;
      return next.startsWith("file:") ? next : undefined;
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

/** Options of {@link readPagesInParallel}. */
export interface ReadPagesInParallelOptions {
  /** The first page: a file. */
  readonly first: string;
  /** The workers that read the pages (with worker threads). */
  readonly pool: RenderPool;
  /** The template's series and which municipalities (see `classifyFigures`). */
  readonly series: TargetSeries;
  readonly only: ReadonlySet<string> | undefined;
  /** Called with the size of each page once it is taken, for the progress bar. */
  readonly onBytes?: (bytes: number) => void;
}

/**
 * Reads the OData pages of a download on the worker threads of `pool`, as
 * many at a time as it has workers, and yields each page's figures sorted out
 * (`classifyFigures`), in the order of the pages, for
 * `aggregateByMunicipality`: the same figures, counts and errors as reading
 * the pages one after the other in this thread. Each page's next link is
 * known only once the page is read; the next pages are started on a guess
 * from the end of each file ({@link guessNextPage}) and, when the guess was
 * wrong, what was read on it is dropped. At most twice as many pages as
 * workers are read or waiting at once (what a page's figures sorted out take:
 * some 200 kB for a page of 10,000 rows), so memory stays flat whatever the
 * number of pages.
 *
 * Why: no municipality of a download in the API's order is complete before
 * its last page, so while one thread reads the pages, every other waits.
 */
export async function* readPagesInParallel(
  options: ReadPagesInParallelOptions,
): AsyncGenerator<ClassifiedFigures> {
  const { pool, series, only } = options;
  const flights: { readonly url: string; readonly page: Promise<PageResult> }[] = [];
  const visited = new Set<string>();
  let guess: string | undefined = pathToFileURL(options.first).href;
  for (;;) {
    while (guess !== undefined && flights.length < PAGES_PER_WORKER * pool.size) {
      const url: string = guess;
      const { page } = await pool.readPage({ url, series, only });
      // A page read on a wrong guess is dropped unawaited.
      page.catch(() => {});
      flights.push({ url, page });
      guess = await guessNextPage(url);
    }
    const flight = flights.shift();
    if (!flight) return;
    const page = await flight.page;
    visited.add(flight.url);
    if (options.onBytes) options.onBytes(await sizeOf(flight.url));
    yield page.classified;
    if (page.error) throw fromThreadError(page.error);
    const next = page.next;
    if (!next) return;
    if (visited.has(next.url)) throw pageLoopError(next);
    if (flights[0]?.url !== next.url) {
      // The guess was wrong: what was started on it is not this download's next page.
      flights.length = 0;
      guess = next.url;
    }
  }
}

async function sizeOf(url: string): Promise<number> {
  try {
    return (await stat(fileURLToPath(url))).size;
  } catch {
    return 0;
  }
}
