// dist/ivp.js, the CLI as users run it. Node compiles this file at every
// start, so it holds no more than what loads the rest through V8's code cache
// (code-cache.ts): the dispatcher, the argument parser, the command
// definitions and the help (src/main.ts, dist/main.js, some 20 kB that Node
// would otherwise compile at every start), which loads the command's bundle
// the same way. `ivp --version` is answered here.
import { join } from "node:path";
import { startEarlyWorkers } from "./bulk/early-workers.ts";
import { endBulkProcess } from "./bulk/end-process.ts";
import { tuneV8ForBulk } from "./bulk/v8-tuning.ts";
import { cacheDirectory } from "./cache-directory.ts";
import { requireBundle } from "./code-cache.ts";
import { endProcess } from "./end-process.ts";
import { writeStandardOutput, writeStandardOutputDirectly } from "./standard-output.ts";

/**
 * The names of the commands, those whose bundle carries the dispatcher too,
 * and the version of ivp (set by tsup.config.ts).
 */
declare const __IVP_COMMANDS__: readonly string[];
declare const __IVP_WITH_DISPATCHER__: readonly string[];
declare const __IVP_VERSION__: string;

// The commands' bundles are compiled with V8's code cache of them
// (code-cache.ts, on every Node version). On Node >= 22.1, Node's own compile
// cache (in <cache directory>/compile, or NODE_COMPILE_CACHE) also keeps the
// small files the dispatcher requires as they are (the messages of the CLI's
// language). Off with IVP_NO_CACHE (as the cache of validated plans) or Node's
// own NODE_DISABLE_COMPILE_CACHE.
// `--no-cache` turns off every cache of the run, this file's code cache too.
if (process.argv.includes("--no-cache")) process.env.IVP_NO_CACHE = "1";
// node:module only where it has one (Node >= 22.1): loading it costs Node 20
// some 1.3 million instructions (callgrind) of every start.
const enableCompileCache =
  Number.parseInt(process.versions.node, 10) >= 22
    ? (
        process.getBuiltinModule("node:module") as {
          enableCompileCache?: (dir?: string) => unknown;
        }
      ).enableCompileCache
    : undefined;
const cacheDir = cacheDirectory();
if (enableCompileCache && cacheDir !== undefined) {
  try {
    enableCompileCache(process.env.NODE_COMPILE_CACHE ?? join(cacheDir, "compile"));
  } catch {
    // no compile cache: slower, not wrong
  }
}

// The commands' output goes to file descriptor 1 without creating
// process.stdout and its streams; a closed pipe (`ivp table ... | head`) is
// not an error (standard-output.ts).
writeStandardOutputDirectly();

/**
 * Runs the dispatcher on the arguments: for a command of
 * `__IVP_WITH_DISPATCHER__`, the one in the command's own bundle
 * (dist/commands/<name>.js, src/commands/<name>/bundle.ts: one file and one
 * code cache to read instead of two), else dist/main.js.
 */
function dispatch(): void {
  const first = process.argv[2];
  // dist/main.js's code cache is kept per command (the first word, when it
  // names one; "other" for --help and the rest): each kind of run compiles a
  // different part of it.
  const variant = first !== undefined && __IVP_COMMANDS__.includes(first) ? first : "other";
  // `ivp bulk` runs with V8's flags of bulk/v8-tuning.ts, set before any
  // bundle is compiled: V8 uses cached code only under the flags it was
  // made with, and the caches are made at exit.
  // Its worker threads start now, after the flags (the process's), while
  // this thread loads the dispatcher and the command (bulk/early-workers.ts).
  if (variant === "bulk") {
    tuneV8ForBulk();
    startEarlyWorkers(join(__dirname, "bulk-worker.js"), process.argv.slice(3));
  }
  const { main } = (
    first !== undefined && __IVP_WITH_DISPATCHER__.includes(first)
      ? requireBundle(join(__dirname, "commands", `${first}.js`))
      : requireBundle(join(__dirname, "main.js"), variant)
  ) as typeof import("./main.ts");
  main(process.argv.slice(2)).then((code) => {
    // Without tearing down the heap once nothing is pending (end-process.ts;
    // bulk's own, whose heap is large, in bulk/end-process.ts).
    if (variant === "bulk") endBulkProcess(code);
    else endProcess(code);
  });
}

const first = process.argv[2];
if (first === "--version" || first === "-v") {
  // As the dispatcher answers it, without loading it; should writing fail,
  // the dispatcher tries again and words the error.
  writeStandardOutput(`${__IVP_VERSION__}\n`).then(() => endProcess(0), dispatch);
} else {
  dispatch();
}
