// The worker threads of `ivp bulk`, started by dist/ivp.js before it loads
// the dispatcher and the bulk command's bundle, and handed over to the
// RenderPool (render-pool.ts) when the command starts.
//
// Why: Node takes a while to start a worker thread (its own isolate and
// bootstrap, before the first line of dist/bulk-worker.js runs): in a
// timeline of the 1x national StatLine set on this (loaded) two-core
// machine, 400 ms from `new Worker` to that first line, while the main
// thread had its first report ready 230 ms after it started the workers,
// and then waited for them. Loading the dispatcher and the bulk bundle took
// the main thread some 140-190 ms before it could start a worker, with the
// second core idle. Started here, the workers boot while the main thread
// loads and reads, and take their bundle (and its cached code, which only
// the command knows how to pick) in their first message (worker-entry.ts).
//
// How many: only `ivp bulk`'s default, one per CPU (what runBulk starts
// without --jobs and --municipalities); with either option, or --help, none
// are started here and the pool starts its own. A guess that turns out
// wrong costs only time: the pool takes the workers it can use and stops the
// others. They do not keep the process alive until the pool takes them (an
// error in the arguments ends the run as before).
import type { Worker } from "node:worker_threads";

/**
 * The young generation of a worker's heap, where new objects live until a
 * collection (V8 starts it small).
 * Rendering a report makes much short-lived garbage (strings, figures, markup);
 * with room for it, V8 collects it less often and promotes less of it to the
 * old generation: a fifth fewer instructions in the workers (callgrind, 30
 * reports) with 64 MB than with V8's default. Since a worker no longer holds
 * each finished report until the main thread has it and V8 optimises less
 * (v8-tuning.ts), 32 MB does as well or better: on the 1x StatLine set the
 * whole process used 3.05 s and 3.28 s of CPU against 3.25 s and 3.41 s with
 * 64 MB (two rounds of 3 alternating runs; 16 MB 3.31 s, 128 MB 3.26 s), for
 * a fixed 2 x 32 MB at most, whatever the size of the data set.
 */
const YOUNG_GENERATION_MB = 32;

/** Starts a worker thread of `ivp bulk` on `entry` (dist/bulk-worker.js). */
export function startWorker(entry: string | URL): Worker {
  const { Worker } = process.getBuiltinModule("node:worker_threads");
  return new Worker(entry, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
}

/** A worker started early, and whether it has failed or stopped before the pool took it. */
export interface EarlyWorker {
  readonly worker: Worker;
  /** Set when the worker failed or stopped before it was taken. */
  dead: boolean;
  /** Takes off what {@link startEarlyWorkers} did to it: its listeners, and that it does not keep the process alive. */
  readonly release: () => void;
}

/**
 * Where the early workers wait for the pool: dist/ivp.js and the bulk bundle
 * each carry their own copy of this module, so the hand-over goes through a
 * global slot of the process, under a registered symbol.
 */
const SLOT = Symbol.for("ivp.bulk.early-workers");

type WithSlot = { [SLOT]?: EarlyWorker[] };

/**
 * How many workers to start before the command's options are read, for the
 * arguments after `bulk`: one per CPU (`parallelism`), as runBulk does by
 * default; none when an option may change that (--jobs, --municipalities, in
 * any spelling: `-j`, `--jobs=2`, short options run together) or the run
 * only prints its help, or with fewer than two CPUs (rendered in-thread).
 */
export function earlyWorkerCount(args: readonly string[], parallelism: number): number {
  if (parallelism < 2) return 0;
  for (const arg of args) {
    if (arg === "--") break;
    if (/^--(?:jobs|municipalities|help)(?:=|$)/.test(arg)) return 0;
    if (/^-[^-]/.test(arg) && /[jmh]/.test(arg)) return 0;
  }
  return parallelism;
}

/**
 * Starts the workers of an `ivp bulk` run whose arguments after `bulk` are
 * `args` ({@link earlyWorkerCount} of them for `parallelism` CPUs, on
 * `entry`, dist/bulk-worker.js)
 * and leaves them for {@link takeEarlyWorkers}. They do not keep the process
 * alive until they are taken, and a failure before then only marks them
 * (the pool starts others instead).
 */
export function startEarlyWorkers(
  entry: string | URL,
  args: readonly string[],
  // node:os only here: dist/ivp.js loads it for no other command.
  parallelism = process.getBuiltinModule("node:os").availableParallelism(),
): void {
  const count = earlyWorkerCount(args, parallelism);
  const early: EarlyWorker[] = [];
  for (let i = 0; i < count; i++) {
    const worker = startWorker(entry);
    const die = () => {
      record.dead = true;
    };
    const record: EarlyWorker = {
      worker,
      dead: false,
      release: () => worker.off("error", die).off("exit", die).ref(),
    };
    worker.on("error", die).on("exit", die).unref();
    early.push(record);
  }
  (globalThis as WithSlot)[SLOT] = early;
}

/**
 * The workers {@link startEarlyWorkers} started, once (none the second
 * time, or when none were started), without the listeners it gave them and
 * keeping the process alive again.
 */
export function takeEarlyWorkers(): EarlyWorker[] {
  const slot = globalThis as WithSlot;
  const early = slot[SLOT] ?? [];
  delete slot[SLOT];
  for (const found of early) found.release();
  return early;
}
