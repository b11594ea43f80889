// The cache of validated plans: what makes `ivp status`, `table`, `report` and
// `validate` start fast. Reading a plan costs zod's schema (its set-up and its
// checks), a YAML parser and, for `validate`, the positions of the fields;
// a plan that was valid once is stored as the JSON of what was read, and read
// back with JSON.parse while plan.yaml and its data files are unchanged.
//
// Never trusted blindly:
// - an entry is used only when the SHA-256 of plan.yaml and of every data file
//   it lists equal the hashes recorded when it was written (one changed byte
//   is a miss), by the same build of ivp (a build id over the sources that say
//   what a valid plan is), for the same plan path and working directory
//   (messages name files relative to it);
// - the entry carries the hash of its own content: a truncated or corrupt
//   entry is ignored (and rewritten by the next command that reads the plan);
// - only valid plans are stored, never results (statuses, tables): those are
//   computed anew from the plan at every run;
// - a cache directory that cannot be written (read-only, missing rights) only
//   means no cache: every error of the cache is swallowed and the command reads
//   the plan the slow way.
// Hand-written (no library caches files by content with these checks, and the
// module must stay small: it runs at every start). Tested in plan-cache.test.ts.
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ReadPlan } from "@ivp/plan-file/node";
import { cacheDirectory } from "./cache-directory.ts";
import { readRegularFileSync } from "./read-regular-file-sync.ts";

declare const __IVP_BUILD__: string | undefined;

/** The build of ivp (set by tsup.config.ts); tests from the sources use "source". */
const BUILD = typeof __IVP_BUILD__ === "string" ? __IVP_BUILD__ : "source";
const FORMAT = "ivp-plan-cache";
const FORMAT_VERSION = 1;

/** Where fields of plan.yaml were written: a path (segments joined by U+001F) to [line, column]. */
export type PositionMap = Readonly<Record<string, readonly [number, number]>>;

/** What a cache entry holds: the plan as read, and the positions of its fields when known. */
export interface CachedPlan {
  readonly read: ReadPlan;
  /** Present once a command needed positions (`validate` with findings). */
  readonly positions?: PositionMap;
}

/** The header line of an entry: what it is valid for. */
interface EntryHeader {
  readonly format: string;
  readonly version: number;
  readonly build: string;
  readonly planPath: string;
  readonly cwd: string;
  /** SHA-256 of plan.yaml. */
  readonly plan: string;
  /** Absolute path and SHA-256 of each data file. */
  readonly data: readonly (readonly [string, string])[];
  /** SHA-256 of the rest of the entry (the JSON of a {@link CachedPlan}). */
  readonly content: string;
}

function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The plan file a target names: the target itself, or plan.yaml in it. */
function planPathOf(target: string): string {
  const path = resolve(target);
  return statSync(path).isDirectory() ? join(path, "plan.yaml") : path;
}

/** The file of the entry for one plan file, read from one working directory, by this build. */
function entryFile(dir: string, planPath: string, cwd: string): string {
  return join(dir, "plans", `${sha256(`${BUILD}\0${planPath}\0${cwd}`).slice(0, 32)}.json`);
}

/** A plan found in the cache, with what is needed to update its entry. */
export interface CacheHit extends CachedPlan {
  /** The bytes of plan.yaml (whose hash matched). */
  readonly planBytes: Uint8Array;
  /** Writes the entry again with the positions added. */
  readonly addPositions: (positions: PositionMap) => void;
}

/**
 * The cached plan of a target (a plan directory or plan.yaml), or undefined
 * on a miss: no cache, no entry, a changed file, an entry of another build, a
 * corrupt entry. Never throws.
 */
export function readCachedPlan(
  target: string,
  env: NodeJS.ProcessEnv = process.env,
): CacheHit | undefined {
  const dir = cacheDirectory(env);
  if (dir === undefined) return undefined;
  try {
    const planPath = planPathOf(target);
    const cwd = process.cwd();
    const file = entryFile(dir, planPath, cwd);
    const text = readRegularFileSync(file).toString("utf8");
    const newline = text.indexOf("\n");
    if (newline < 0) return undefined;
    const header = JSON.parse(text.slice(0, newline)) as EntryHeader;
    const content = text.slice(newline + 1);
    if (
      header.format !== FORMAT ||
      header.version !== FORMAT_VERSION ||
      header.build !== BUILD ||
      header.planPath !== planPath ||
      header.cwd !== cwd ||
      !Array.isArray(header.data) ||
      header.content !== sha256(content)
    )
      return undefined;
    const planBytes = readRegularFileSync(planPath);
    if (header.plan !== sha256(planBytes)) return undefined;
    for (const [path, hash] of header.data)
      if (sha256(readRegularFileSync(path)) !== hash) return undefined;
    const cached = JSON.parse(content) as CachedPlan;
    if (typeof cached?.read?.plan !== "object" || !Array.isArray(cached.read.observations))
      return undefined;
    const hit: CacheHit = {
      ...cached,
      planBytes,
      addPositions: (positions) =>
        writeEntry(dir, file, { ...header }, { read: cached.read, positions }),
    };
    return hit;
  } catch {
    return undefined;
  }
}

/**
 * Stores a plan that was just read and found valid. `planBytes` are the bytes
 * of plan.yaml read before the plan was, at `startedMs` (Date.now()). A plan
 * or data file modified since then is not stored: its hash could be of bytes
 * other than the ones that were parsed. Never throws: a cache that cannot be
 * written is no cache.
 */
export function writeCachedPlan(
  target: string,
  cached: CachedPlan,
  planBytes: Uint8Array,
  startedMs: number,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const dir = cacheDirectory(env);
  if (dir === undefined) return;
  try {
    const planPath = planPathOf(target);
    const cwd = process.cwd();
    const data = cached.read.dataFiles.map(
      (path) => [path, sha256(readRegularFileSync(path))] as const,
    );
    // A margin for file systems that round times: changed at the start is changed.
    const changed = [planPath, ...cached.read.dataFiles].some(
      (path) => statSync(path).mtimeMs >= startedMs - 2,
    );
    if (changed) return;
    writeEntry(
      dir,
      entryFile(dir, planPath, cwd),
      {
        format: FORMAT,
        version: FORMAT_VERSION,
        build: BUILD,
        planPath,
        cwd,
        plan: sha256(planBytes),
        data,
      },
      cached,
    );
  } catch {
    // no cache
  }
}

/** Writes an entry atomically (a temporary file, then a rename); never throws. */
function writeEntry(
  dir: string,
  file: string,
  header: Omit<EntryHeader, "content">,
  cached: CachedPlan,
): void {
  const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    mkdirSync(join(dir, "plans"), { recursive: true, mode: 0o700 });
    const content = JSON.stringify(cached);
    const line = JSON.stringify({ ...header, content: sha256(content) });
    writeFileSync(temporary, `${line}\n${content}`, { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing to clean up
    }
  }
}

/** The key of a path in a {@link PositionMap}. */
function positionKey(path: readonly (string | number)[]): string {
  return path.join("\u001f");
}

/**
 * Where the value at `path` was written, or its deepest written ancestor (as
 * plan-file's YamlLocator answers), from a {@link PositionMap}.
 */
export function locateInMap(
  positions: PositionMap,
  path: readonly (string | number)[],
): { line: number; column: number } {
  const get = (key: string) => (Object.hasOwn(positions, key) ? positions[key] : undefined);
  let best = get("") ?? [1, 1];
  for (let i = 1; i <= path.length; i++) {
    const found = get(positionKey(path.slice(0, i)));
    if (!found) break;
    best = found;
  }
  return { line: best[0], column: best[1] };
}
