// The worker thread of `ivp bulk` (built as dist/bulk-worker.js): renders the
// reports it is sent, one at a time, writes each to its file in the staging
// directory and sends back the overview's line, or the error (its name, code and message: an IvpError
// becomes one again in the main thread).
import { parentPort } from "node:worker_threads";
import { IvpError } from "@ivp/model";
import { type RenderJob, renderAndWrite } from "./render-municipality.ts";

parentPort?.on("message", (message: { id: number; job: RenderJob }) => {
  try {
    parentPort?.postMessage({ id: message.id, result: renderAndWrite(message.job) });
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
