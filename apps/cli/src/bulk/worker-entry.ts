// The script each worker thread of `ivp bulk` starts with (built as
// dist/bulk-worker.js, compiled by Node at every start, so it holds little):
// waits for its first message, the worker's bundle (src/bulk/render-worker.ts,
// dist/bulk-render.js) with V8's cached code of it, which the main thread
// read (a BundleCode of code-cache.ts), compiles and runs it. The main thread
// is the only one that reads or writes the cache file: a worker that compiled
// the bundle itself (no cache, or V8 refused it) sends its code back when the
// main thread asks for it, after the last report (see render-pool.ts).
//
// Why: each worker compiled the 270 kB bundle and then, while it rendered its
// first reports, every function of the evaluation and the rendering, all on
// the critical path of a run (the main thread hands out the first reports
// while the workers are still loading). The code comes in a message rather
// than with the worker's start (`workerData`): dist/ivp.js starts the workers
// before the command that reads the code is loaded (early-workers.ts).
import { parentPort } from "node:worker_threads";
import type { BundleCode } from "../code-cache.ts";
import { runBundle } from "../code-cache.ts";

parentPort?.once("message", (code: BundleCode) => {
  const { exports, script } = runBundle(code);
  const compiled = code.cachedData === undefined || script.cachedDataRejected === true;
  (exports as typeof import("./render-worker.ts")).serve(() =>
    compiled ? script.createCachedData() : undefined,
  );
});
