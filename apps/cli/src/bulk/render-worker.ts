// The worker thread of `ivp bulk` (built as dist/bulk-worker.js): renders the
// reports it is sent, one at a time, writes each to its file in the staging
// directory and sends back the overview's line, or the error (its name, code and message: an IvpError
// becomes one again in the main thread); and reads the OData pages it is sent
// (read-page.ts), sending back their figures sorted out; and writes the pages
// of the overview it is sent after the last report.
import { parentPort } from "node:worker_threads";
import { IvpError } from "@ivp/model";
import { readPage } from "./read-page.ts";
import { renderAndWrite, writeOverview } from "./render-municipality.ts";
import type { WorkerJob } from "./render-pool.ts";

parentPort?.on("message", async (message: { id: number } & WorkerJob) => {
  try {
    const result =
      message.kind === "read-page"
        ? await readPage(message.job)
        : message.kind === "overview"
          ? writeOverview(message.job)
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
