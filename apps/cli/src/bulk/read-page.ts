import {
  type ClassifiedFigures,
  ImportError,
  type NextPage,
  type TargetSeries,
} from "@ivp/importers";
import { classifyODataPage } from "@ivp/importers/node";
import { IvpError } from "@ivp/model";

/** One OData page for a worker thread to read (read-pages-in-parallel.ts). */
export interface PageJob {
  /** The page's address (`file:`). */
  readonly url: string;
  /** The template's series and which municipalities: what `classifyFigures` needs. */
  readonly series: TargetSeries;
  readonly only: ReadonlySet<string> | undefined;
}

/** An error as it crosses between threads: its own properties (code, location, hint, ...) and message. */
export interface ThreadError {
  readonly message: string;
  readonly props: Readonly<Record<string, unknown>>;
  readonly importError: boolean;
  readonly stack?: string;
}

/** What a worker read of a page. */
export interface PageResult {
  /** The figures of the page, sorted out; up to the error, if there is one. */
  readonly classified: ClassifiedFigures;
  /** Where the page's next link leads, if it has one. */
  readonly next?: NextPage;
  /** Why the page could not be read to its end. */
  readonly error?: ThreadError;
}

/**
 * Reads one OData page and sorts out its figures (`classifyODataPage`): the
 * work a worker thread of `ivp bulk` does for each page, so that the pages of
 * a national download are read on every core. An error is returned, not
 * thrown, with the figures before it: the main thread takes the pages in
 * order, and an error counts only once every page before it is taken.
 */
export async function readPage(job: PageJob): Promise<PageResult> {
  let next: NextPage | undefined;
  const { classified, error } = await classifyODataPage(job.url, {
    series: job.series,
    ...(job.only && { only: job.only }),
    onNextPage: (n) => (next = n),
  });
  return {
    classified,
    ...(next && { next }),
    ...(error !== undefined && { error: toThreadError(error) }),
  };
}

/** An error, for another thread (see {@link fromThreadError}); its `cause` stays behind. */
function toThreadError(thrown: unknown): ThreadError {
  const error = thrown instanceof Error ? thrown : new IvpError("internal", String(thrown));
  const { cause: _cause, ...props } = error as Error & Record<string, unknown>;
  return {
    message: error.message,
    props,
    importError: error instanceof ImportError,
    ...(error.stack && { stack: error.stack }),
  };
}

/**
 * The error a {@link ThreadError} was: an {@link ImportError} again (the CLI
 * says what is wrong with the file), anything else an internal error with the
 * other thread's stack.
 */
export function fromThreadError(sent: ThreadError): Error {
  if (sent.importError) {
    const error = new ImportError(sent.props.code as IvpError["code"], sent.message);
    return Object.assign(error, sent.props);
  }
  const error = new IvpError("internal", sent.message);
  if (sent.stack) error.stack = sent.stack;
  return error;
}
