// Loads the CLI's bundles (dist/commands/<name>.js, dist/plan-loader.js, ...)
// with V8's code cache, so that a command's functions are compiled once, not
// at every start.
//
// Compiling is the largest share of a short command's start-up: V8 parses a
// bundle when it is loaded and compiles each function the first time it is
// called (`ivp status` on a cached plan: some 55 million instructions on Node
// 20, against 86 million for all of `node -e 0`). Node 22's compile cache
// (`module.enableCompileCache`) keeps what was compiled when a module was
// loaded, not the functions compiled while it ran; Node 20 has none. This
// module compiles a bundle as a `vm.Script` with the code V8 produced for it
// last time (`cachedData`), and when there was none, or V8 refused it, writes
// the code of every function compiled during this run (`createCachedData()`
// at exit) for the next one.
//
// Never trusted blindly:
// - a cache file is used only for the same bundle (its path, size,
//   modification time and inode, as Python keys its .pyc files), on the same
//   Node version and platform;
// - the file starts with a 64-bit checksum of the cached data (src/checksum.ts;
//   Node's own compile cache checks its files with a CRC-32): a corrupt or
//   truncated file is ignored and rewritten (V8 checks cached data's checksum
//   only in its debug builds); inverted when the first run wrote it (it may
//   lack code that later runs compile), which the next successful run then
//   writes anew;
// - V8 itself refuses code cached by another V8 version or with other V8
//   flags, and for a source of another length, and then compiles the source;
// - at most three files per bundle are kept (the newest), so upgrades do not
//   fill the directory;
// - writing is atomic (a temporary file, then a rename) and every error of the
//   cache is swallowed: a cache that cannot be read or written only means
//   compiling as Node does.
// Hand-written: no library does this for CommonJS bundles on Node 20 (Node's
// own compile cache exists from Node 22 on and keeps less). Tested in
// test/code-cache.test.ts.
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
import { BUNDLE_END, BUNDLE_START } from "./bundle-wrapper.ts";
import { cacheDirectory } from "./cache-directory.ts";
import { checksum, readChecked, readText } from "./checksum.ts";

/**
 * How a bundle's code was obtained: from the cache, compiled (and cached at
 * exit), or without a cache; "hit, partial": from a cache that the first run
 * wrote (written anew at exit if this run succeeds, see PARTIAL).
 */
export type CodeCacheOutcome = "hit" | "written" | "hit, partial" | "off";

/** The exports of each bundle loaded so far, by absolute path (as `require.cache`). */
const loaded = new Map<string, unknown>();

/** What each load did, by bundle file name; for the tests (IVP_DEBUG_CODE_CACHE). */
const outcomes: [string, CodeCacheOutcome][] = [];

/**
 * A 32-bit FNV-1a hash of a short text, in hex: names a cache file. Not a
 * check of anything (the key's parts are compared by V8 and by the name
 * itself); collisions only mean one bundle's cache replaces another's.
 */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * The source of a bundle and the name of its cache file (from its stat, read
 * through one descriptor); `variant` names one of several cache files of the
 * same bundle (see {@link requireBundle}).
 */
function readBundle(
  file: string,
  dir: string,
  variant: string | undefined,
): { source: string; cacheFile: string } {
  const fd = openSync(file, "r");
  try {
    const stat = fstatSync(fd);
    const source = readBundleSource(fd, stat.size);
    const key = fnv1a(
      [
        file,
        stat.size,
        stat.mtimeMs,
        stat.ino,
        process.version,
        process.platform,
        process.arch,
      ].join("\0"),
    );
    const name =
      variant === undefined ? basename(file, ".js") : `${basename(file, ".js")}.${variant}`;
    return { source, cacheFile: join(dir, "code", `${name}-${key}.bin`) };
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of an open bundle of `size` bytes: through the checksum's memory
 * (`readText`, src/checksum.ts: some 60 page faults fewer for a status's
 * bundle, Node 20), or with `readFileSync` where WebAssembly is not available
 * (`node --jitless`, whose caches are off anyway).
 */
function readBundleSource(fd: number, size: number): string {
  try {
    return readText(fd, size);
  } catch {
    return readFileSync(fd, "utf8");
  }
}

/**
 * A cache file written by the first run of a bundle (no cache file before it)
 * carries its checksum inverted, and the next successful run that uses it
 * writes it anew, with the code of every function either run compiled:
 * - a run that failed (exit code other than 0) may have stopped before most
 *   of the command ran (`ivp validate` on a plan that does not load never
 *   lints), so its cache lacks the code of the rest, which every later run
 *   would compile again (34 million instructions for `ivp validate` on
 *   Laren);
 * - the first run of a command on a plan is a miss of the cache of validated
 *   plans, which reads the plan through dist/plan-loader.js, and never runs
 *   the code that reads the plan from that cache, which every later run then
 *   compiled (`ivp status` on Laren 0.8 million instructions more, Node 20).
 * A failed run leaves the mark as it is.
 */
const PARTIAL = 0xffff_ffff_ffff_ffffn;

/** The length of the checksum at the start of a cache file. */
const CHECK_BYTES = 8;

/**
 * The cached data of a cache file whose checksum is right (and whether the
 * first run wrote it), or undefined. The data is read straight into the
 * checksum's memory (src/checksum.ts, `readChecked`): a view valid only until
 * the checksum is used again, which {@link requireBundle} hands to V8 at once
 * and {@link readBundleCode} copies.
 */
function readCache(file: string): { data: Uint8Array; partial: boolean } | undefined {
  try {
    const fd = openSync(file, "r");
    try {
      const size = fstatSync(fd).size;
      if (size <= CHECK_BYTES) return undefined;
      // A typed array, not a Buffer: Node's Buffer functions are compiled on
      // first use, and a status needs none of them here.
      const head = new Uint8Array(CHECK_BYTES);
      if (readSync(fd, head, 0, CHECK_BYTES, 0) !== CHECK_BYTES) return undefined;
      const check = new DataView(head.buffer).getBigUint64(0, true);
      const read = readChecked(fd, CHECK_BYTES, size - CHECK_BYTES);
      if (read === undefined) return undefined;
      if (check === read.sum) return { data: read.bytes, partial: false };
      return check === (read.sum ^ PARTIAL) ? { data: read.bytes, partial: true } : undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** Writes a cache file atomically, its checksum first (inverted when `partial`); never throws. */
function writeCache(file: string, data: Buffer, partial: boolean): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const check = Buffer.alloc(CHECK_BYTES);
    check.writeBigUInt64LE(partial ? checksum(data) ^ PARTIAL : checksum(data));
    writeFileSync(temporary, Buffer.concat([check, data]), { mode: 0o600 });
    renameSync(temporary, file);
    pruneOlder(file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing to clean up
    }
  }
}

/** How many cache files of one bundle are kept (other builds, other Node versions). */
const KEPT_PER_BUNDLE = 3;

/**
 * Removes the oldest cache files of the bundle `file` is for, beyond
 * {@link KEPT_PER_BUNDLE}: every new build or Node version writes a file of
 * its own, and the directory would otherwise grow with every upgrade. A few
 * are kept, for someone who switches between Node versions.
 */
function pruneOlder(file: string): void {
  const dir = dirname(file);
  const prefix = basename(file).replace(/-[0-9a-f]{8}\.bin$/, "-");
  const others = readdirSync(dir)
    .filter(
      (name) => name.startsWith(prefix) && /^[0-9a-f]{8}\.bin$/.test(name.slice(prefix.length)),
    )
    .map((name) => ({ path: join(dir, name), mtimeMs: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const old of others.slice(KEPT_PER_BUNDLE)) rmSync(old.path, { force: true });
}

/**
 * Loads a CommonJS bundle of ivp's dist/ (an absolute path) as `require`
 * would, with V8's code cache of it when caching is on (see
 * cache-directory.ts), and returns its exports.
 *
 * `variant` (letters and digits) keeps a cache file of its own for each kind
 * of run of a bundle that every run loads, such as the dispatcher
 * (dist/main.js) for each command: a cache file is written once, by the first
 * run that finds none, with the functions that run compiled; an `ivp
 * --version` that came first would otherwise leave every later `ivp status`
 * compiling its argument parser and the rest of its part of the dispatcher.
 */
export function requireBundle(file: string, variant?: string): unknown {
  if (loaded.has(file)) return loaded.get(file);
  const dir = cacheDirectory();
  if (dir === undefined) {
    record(file, "off");
    // Compiled here, not with `require`: the file may carry its wrapper (bundle-wrapper.ts).
    const { exports } = runBundle({ file, source: readFileSync(file, "utf8") }, (partial) =>
      loaded.set(file, partial),
    );
    loaded.set(file, exports);
    return exports;
  }
  const { source, cacheFile } = readBundle(file, dir, variant);
  const cached = readCache(cacheFile);
  const cachedData = cached?.data;
  const { exports, script } = runBundle({ file, source, cachedData }, (partial) =>
    loaded.set(file, partial),
  );
  loaded.set(file, exports);
  // At exit: the code of every function this run compiled, not only the
  // bundle's top level; over a cache the first run wrote, only if this run
  // succeeds (see PARTIAL).
  if (cachedData !== undefined && !script.cachedDataRejected) {
    record(file, cached?.partial ? "hit, partial" : "hit");
    if (cached?.partial)
      process.once("exit", (code) => {
        if (code === 0) writeCache(cacheFile, script.createCachedData(), false);
      });
  } else {
    record(file, "written");
    process.once("exit", () => writeCache(cacheFile, script.createCachedData(), true));
  }
  return exports;
}

/**
 * A bundle's source and V8's cached code of it, as one thread reads them for
 * another (`ivp bulk`'s worker threads, bulk/render-pool.ts): the main
 * thread reads them once, hands them to every worker, which compiles the
 * bundle with {@link runBundle}, and writes the cache file itself when a
 * worker sends back its code ({@link writeBundleCode}). One reader and one
 * writer per process, and nothing at a worker's exit: `Worker.terminate()`
 * runs no exit handler of the worker.
 */
export interface BundleCode {
  /** The bundle's absolute path. */
  readonly file: string;
  /** Its text, read through the same descriptor as the stat that names the cache file. */
  readonly source: string;
  /** The cache file; undefined when caching is off. */
  readonly cacheFile: string | undefined;
  /** The cached code, when the cache file exists and its checksum is right. */
  readonly cachedData: Uint8Array | undefined;
}

/**
 * Reads a bundle of ivp's dist/ (an absolute path) and its cache file, as
 * {@link requireBundle} does, for a bundle that another thread compiles.
 */
export function readBundleCode(file: string): BundleCode {
  const dir = cacheDirectory();
  if (dir === undefined) {
    record(file, "off");
    return {
      file,
      source: readFileSync(file, "utf8"),
      cacheFile: undefined,
      cachedData: undefined,
    };
  }
  const { source, cacheFile } = readBundle(file, dir, undefined);
  // A copy: the bundle is compiled on other threads, later.
  return { file, source, cacheFile, cachedData: readCache(cacheFile)?.data.slice() };
}

/**
 * Writes the code a thread created for a bundle read by
 * {@link readBundleCode} (`Script.createCachedData()`) to its cache file,
 * atomically; nothing when caching is off, and never throws. Says so for
 * IVP_DEBUG_CODE_CACHE: "written" when there is code, else "hit" (the
 * thread had used the cached code) or "off".
 */
export function writeBundleCode(code: BundleCode, data: Uint8Array | undefined): void {
  if (code.cacheFile === undefined) return;
  record(code.file, data === undefined ? "hit" : "written");
  if (data !== undefined) writeCache(code.cacheFile, Buffer.from(data), false);
}

/**
 * Compiles a CommonJS bundle (`source`, the text of `file`) as a
 * `vm.Script`, with V8's cached code of it when there is some, and runs it
 * as `require` would; returns its exports and the script (whose
 * `createCachedData()` gives the code of every function compiled so far).
 * `started` sees the bundle's exports object before the bundle runs (for a
 * bundle required again while it runs).
 */
export function runBundle(
  code: {
    readonly file: string;
    readonly source: string;
    readonly cachedData?: Uint8Array | undefined;
  },
  started?: (exports: unknown) => void,
): { readonly exports: unknown; readonly script: Script } {
  const { file, source, cachedData } = code;
  // A bundle of dist/ carries its wrapper; anything else is wrapped here.
  const script = new Script(
    source.startsWith(BUNDLE_START) ? source : `${BUNDLE_START}${source}${BUNDLE_END}`,
    { filename: file, ...(cachedData !== undefined && { cachedData }) },
  );
  const module = { exports: {} as unknown, filename: file, id: file, loaded: false };
  started?.(module.exports);
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, bundleRequire(file), module, file, dirname(file));
  module.loaded = true;
  return { exports: module.exports, script };
}

/**
 * The `require` a bundle runs with: Node's built-in modules as
 * `process.getBuiltinModule` gives them, anything else (another file of
 * dist/) through a `require` for the bundle's file, created when first
 * needed: `createRequire` costs about a million instructions per bundle
 * (Node 20, callgrind), and a status requires nothing but built-in modules.
 */
function bundleRequire(file: string): (id: string) => unknown {
  let own: NodeJS.Require | undefined;
  return (id) => {
    const builtIn = process.getBuiltinModule(id);
    if (builtIn !== undefined) return builtIn;
    own ??= createRequire(file);
    return own(id);
  };
}

/**
 * Node's `createRequire`, from `node:module` loaded only when needed: loading
 * it (with the ES module loader it requires) cost every start some 1.3
 * million instructions (Node 20, callgrind), and a run with its caches needs
 * no `require` of its own.
 */
function createRequire(file: string): NodeJS.Require {
  return process.getBuiltinModule("node:module").createRequire(file);
}

function record(file: string, outcome: CodeCacheOutcome): void {
  if (!process.env.IVP_DEBUG_CODE_CACHE) return;
  if (outcomes.length === 0)
    process.once("exit", () => {
      process.stderr.write(
        `ivp code cache: ${outcomes.map(([name, what]) => `${name} ${what}`).join(", ")}\n`,
      );
    });
  outcomes.push([basename(file), outcome]);
}
