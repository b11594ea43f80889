// The worker thread of `ivp bulk` (built as dist/bulk-render.js, which
// dist/bulk-worker.js, worker-entry.ts, compiles with V8's cached code and
// starts with `serve`): renders the
// reports it is sent, one at a time, writes each to its file in the staging
// directory and sends back the overview's line, or the error (its name, code and message: an IvpError
// becomes one again in the main thread); and reads the OData pages it is sent
// (read-page.ts), sending back their figures sorted out; and writes the pages
// of the overview it is sent after the last report, with this thread's
// compiled code when asked for it (for the cache of it, render-pool.ts).
import { parentPort } from "node:worker_threads";
import { IvpError } from "@ivp/model";
import { readPage } from "./read-page.ts";
import { renderAndWrite, writeOverview } from "./render-municipality.ts";
import type { WorkerJob } from "./render-pool.ts";

/** Writes a page of the overview; returns this thread's compiled code when asked for and there is some, else null. */
function writeOverviewPage(
  message: Extract<WorkerJob, { kind: "overview" }>,
  codeCache: () => Uint8Array | undefined,
): Uint8Array | null {
  writeOverview(message.job);
  return (message.codeCache && codeCache()) || null;
}

/**
 * Answers the main thread's jobs. `codeCache` gives the code this thread
 * compiled of its bundle, for the main thread to cache, or undefined when
 * the bundle's code came from the cache.
 */
export function serve(codeCache: () => Uint8Array | undefined): void {
  parentPort?.on("message", async (message: { id: number } & WorkerJob) => {
    try {
      const result =
        message.kind === "read-page"
          ? await readPage(message.job)
          : message.kind === "overview"
            ? writeOverviewPage(message, codeCache)
            : renderAndWrite(message.job);
      parentPort?.postMessage({ id: message.id, result });
    } catch (error) {
      const e = error as Error;
      parentPort?.postMessage({
        id: message.id,
        error: {
          name: e?.name ?? "Error",
          message: e?.message ?? String(error),
          ...(error instanceof IvpError && { code: error.code }),
          stack: e?.stack,
        },
      });
    }
  });
}
