// The cache of validated plans: what makes `ivp status`, `table`, `report` and
// `validate` start fast. Reading a plan costs zod's schema (its set-up and its
// checks), a YAML parser and, for `validate`, the positions of the fields;
// a plan that was valid once is stored as the JSON of what was read, and read
// back with JSON.parse while plan.yaml and its data files are unchanged.
//
// Never trusted blindly:
// - an entry holds a copy of plan.yaml and of every data file it lists, and is
//   used only when those files are byte for byte what was read when it was
//   written (one changed byte is a miss; a comparison, not a hash, so no two
//   contents can be mistaken for each other), by the same build of ivp (a
//   build id over the sources that say what a valid plan is), for the same
//   plan path and working directory (messages name files relative to it);
// - the entry carries a 64-bit checksum of everything after its header line
//   (src/checksum.ts): a truncated or corrupt entry is ignored (and rewritten
//   by the next command that reads the plan);
// - only valid plans are stored, never results (statuses, tables): those are
//   computed anew from the plan at every run;
// - a cache directory that cannot be written (read-only, missing rights) only
//   means no cache: every error of the cache is swallowed and the command reads
//   the plan the slow way.
// The positions of the fields (for `validate`'s findings) are a second entry
// next to the plan's, read only by `validate`, so that the other commands
// never parse them.
// Hand-written (no library caches files by content with these checks, and the
// module must stay small: it runs at every start). The checksum of
// src/checksum.ts rather than a SHA-256 from node:crypto or a CRC-32 from
// node:zlib: loading node:crypto and hashing cost some 25 million
// instructions at every start, node:zlib some 9 (its streams), the checksum
// about 3 (and src/code-cache.ts checks its files with the same checksum).
// Tested in test/plan-cache.test.ts.
import {
  mkdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import type { ReadPlan } from "@ivp/plan-file/node";
import { cacheDirectory } from "./cache-directory.ts";
import { checksum, checksumHex, hex, readChecked, textChecksumHex } from "./checksum.ts";
import { readRegularFileSync, withRegularFileSync } from "./read-regular-file-sync.ts";

declare const __IVP_BUILD__: string | undefined;

/** The build of ivp (set by tsup.config.ts); tests from the sources use "source". */
const BUILD = typeof __IVP_BUILD__ === "string" ? __IVP_BUILD__ : "source";
const FORMAT = "ivp-plan-cache";
const FORMAT_VERSION = 6;

/** Where fields of plan.yaml were written: a path (segments joined by U+001F) to [line, column]. */
export type PositionMap = Readonly<Record<string, readonly [number, number]>>;

/** What a cache entry holds: the plan as read, and the positions of its fields when known. */
export interface CachedPlan {
  readonly read: ReadPlan;
  /** Present once a command needed positions (`validate` with findings). */
  readonly positions?: PositionMap;
}

/** What an entry is: the plan as read, or the positions of its fields. */
type EntryKind = "plan" | "positions";

/** The header line of an entry: what it is valid for. */
interface EntryHeader {
  readonly format: string;
  readonly version: number;
  readonly kind: EntryKind;
  readonly build: string;
  readonly planPath: string;
  readonly cwd: string;
  /** The absolute path and length of each file whose copy follows the header (plan.yaml first). */
  readonly files: readonly (readonly [string, number])[];
  /** The checksum of everything after the header line (the copies, then the JSON), in hex. */
  readonly checksum: string;
}

/** The plan file a target names: the target itself, or plan.yaml in it. */
function planPathOf(target: string): string {
  const path = resolve(target);
  return statSync(path).isDirectory() ? join(path, "plan.yaml") : path;
}

/**
 * The file of an entry for one plan file, read from one working directory, by
 * this build. Two keys with the same name only replace each other's entry: the
 * header says whose it is.
 */
function entryFile(dir: string, planPath: string, cwd: string, kind: EntryKind): string {
  const name = textChecksumHex(`${BUILD}\0${planPath}\0${cwd}`);
  return join(dir, "plans", kind === "plan" ? `${name}.json` : `${name}.positions`);
}

/** What an entry must be for to be used. */
interface Expected {
  readonly kind: EntryKind;
  readonly planPath: string;
  readonly cwd: string;
}

/**
 * How much of an entry is read first for its header line; an entry whose
 * header is longer (hundreds of data files) is read whole, as before.
 */
const HEAD_BYTES = 16_384;

/**
 * The JSON of an entry whose header matches `expected`, whose checksum is right
 * and whose copies equal the files as they are now; with the bytes of
 * plan.yaml. Throws or answers undefined otherwise.
 *
 * The header line is read on its own, and everything after it straight into
 * the checksum's memory (`readChecked`, src/checksum.ts), where it is checked,
 * compared with the files and its JSON read, before anything else uses the
 * checksum: the 247 kB of Laren's entry were read into a buffer of their own
 * and copied there, some 60 page faults and a copy more (Node 20).
 */
function readEntry(
  file: string,
  expected: Expected,
): { readonly json: string; readonly planBytes: Uint8Array } | undefined {
  // The cache's own file, in its own directory: opened without the `stat`
  // before that guards a path a user names (read-regular-file-sync.ts).
  return withRegularFileSync(
    file,
    (fd, size) => {
      const head = new Uint8Array(Math.min(size, HEAD_BYTES));
      const newline = head.subarray(0, readSync(fd, head, 0, head.length, 0)).indexOf(10);
      if (newline < 0) {
        // A header longer than HEAD_BYTES: the whole entry in a buffer of its own.
        const bytes = readFileSync(fd);
        const end = bytes.indexOf(10);
        if (end < 0) return undefined;
        const body = bytes.subarray(end + 1);
        return entryOf(JSON.parse(latin1(bytes, 0, end)), body, checksum(body), expected);
      }
      const header = JSON.parse(latin1(head, 0, newline)) as EntryHeader;
      const read = readChecked(fd, newline + 1, size - newline - 1);
      return read && entryOf(header, read.bytes, read.sum, expected);
    },
    { ownFile: true },
  );
}

/** {@link readEntry} once its header is parsed and its body checked. */
function entryOf(
  header: EntryHeader,
  body: Uint8Array,
  sum: bigint,
  expected: Expected,
): { readonly json: string; readonly planBytes: Uint8Array } | undefined {
  if (
    header.format !== FORMAT ||
    header.version !== FORMAT_VERSION ||
    header.kind !== expected.kind ||
    header.build !== BUILD ||
    header.planPath !== expected.planPath ||
    header.cwd !== expected.cwd ||
    !Array.isArray(header.files) ||
    header.files[0]?.[0] !== expected.planPath ||
    header.checksum !== hex(sum)
  )
    return undefined;
  let offset = 0;
  let planBytes: Uint8Array | undefined;
  for (const [path, length] of header.files) {
    const now = readFileOfLength(path, length);
    if (now === undefined || Buffer.compare(now, body.subarray(offset, offset + length)) !== 0)
      return undefined;
    planBytes ??= now;
    offset += length;
  }
  if (planBytes === undefined) return undefined;
  // ASCII (see asciiJson): read as Latin-1, one byte per character.
  return { json: latin1(body, offset, body.length), planBytes };
}

/**
 * Bytes `start` to `end` of `bytes` as Latin-1 text, one character per byte
 * (the entries are ASCII, see {@link asciiJson}).
 */
function latin1(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("latin1");
}

/**
 * The bytes of a regular file (as {@link readRegularFileSync} checks it) when
 * it is `length` bytes long, else undefined (nothing read). Into a typed
 * array rather than a Buffer (`readFileSync`): Node's functions that allocate
 * and fill a Buffer are compiled on first use, and a status on a cached plan
 * needs none of them (some 1.5 million instructions with the other Buffer
 * functions this module no longer calls, Node 20, callgrind).
 */
function readFileOfLength(path: string, length: number): Uint8Array | undefined {
  return withRegularFileSync(path, (fd, size) => {
    if (size !== length) return undefined;
    const bytes = new Uint8Array(length);
    let read = 0;
    while (read < length) {
      const n = readSync(fd, bytes, read, length - read, read);
      if (n === 0) return undefined;
      read += n;
    }
    return bytes;
  });
}

/** A plan found in the cache, with what is needed to update its entry. */
export interface CacheHit {
  readonly read: ReadPlan;
  /** The bytes of plan.yaml (equal to the copy in the entry). */
  readonly planBytes: Uint8Array;
  /** The positions of the plan's fields, when cached for this plan.yaml. Never throws. */
  readonly positions: () => PositionMap | undefined;
  /** Stores the positions of the plan's fields next to the entry. */
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
    const entry = readEntry(entryFile(dir, planPath, cwd, "plan"), { kind: "plan", planPath, cwd });
    if (entry === undefined) return undefined;
    const read = readPlanText(entry.json);
    if (typeof read?.plan !== "object" || !Array.isArray(read.observations)) return undefined;
    const positionsFile = entryFile(dir, planPath, cwd, "positions");
    return {
      read,
      planBytes: entry.planBytes,
      positions: () => {
        try {
          const found = readEntry(positionsFile, { kind: "positions", planPath, cwd });
          const positions = found && (JSON.parse(found.json) as PositionMap);
          return typeof positions === "object" && positions !== null ? positions : undefined;
        } catch {
          return undefined;
        }
      },
      addPositions: (positions) =>
        writeEntry(
          positionsFile,
          { kind: "positions", planPath, cwd },
          [[planPath, entry.planBytes]],
          asciiJson(positions),
        ),
    };
  } catch {
    return undefined;
  }
}

/**
 * Stores a plan that was just read and found valid (and the positions of its
 * fields, when given). `planBytes` are the bytes of plan.yaml read before the
 * plan was, at `startedMs` (Date.now()). A plan or data file modified since
 * then is not stored: its copy could be of bytes other than the ones that were
 * parsed. Never throws: a cache that cannot be written is no cache.
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
    const data = cached.read.dataFiles.map((path) => [path, readRegularFileSync(path)] as const);
    // A margin for file systems that round times: changed at the start is changed.
    const changed = [planPath, ...cached.read.dataFiles].some(
      (path) => statSync(path).mtimeMs >= startedMs - 2,
    );
    if (changed) return;
    const plan = [planPath, planBytes] as const;
    writeEntry(
      entryFile(dir, planPath, cwd, "plan"),
      { kind: "plan", planPath, cwd },
      [plan, ...data],
      planText(cached.read),
    );
    if (cached.positions !== undefined)
      writeEntry(
        entryFile(dir, planPath, cwd, "positions"),
        { kind: "positions", planPath, cwd },
        [plan],
        asciiJson(cached.positions),
      );
  } catch {
    // no cache
  }
}

let written = 0;

/** Writes an entry atomically (a temporary file, then a rename); never throws. */
function writeEntry(
  file: string,
  expected: Expected,
  copies: readonly (readonly [string, Uint8Array])[],
  text: string,
): void {
  // Unique within this process (pid) and across runs of it (time, counter).
  const temporary = `${file}.${process.pid}-${Date.now()}-${written++}.tmp`;
  try {
    mkdirSync(join(file, ".."), { recursive: true, mode: 0o700 });
    const body = Buffer.concat([...copies.map(([, bytes]) => bytes), Buffer.from(text, "latin1")]);
    const header: EntryHeader = {
      format: FORMAT,
      version: FORMAT_VERSION,
      ...expected,
      build: BUILD,
      files: copies.map(([path, bytes]) => [path, bytes.length] as const),
      checksum: checksumHex(body),
    };
    // The header in ASCII too: read back as Latin-1 (paths may hold any character).
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${asciiJson(header)}\n`), body]), {
      mode: 0o600,
    });
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing to clean up
    }
  }
}

/**
 * The JSON of a value in ASCII only: every character above U+007E written as
 * a `\uXXXX` escape (they occur only within strings; JSON.parse gives the
 * same value back). Decoding 142 kB of UTF-8 with a few accented letters and
 * dashes into a string of two-byte characters, and parsing that, cost some
 * 9.7 million instructions of every `ivp status` on Laren (Node 20,
 * callgrind); the same JSON in ASCII, read as Latin-1, about 6.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * The text of a plan's entry (after the copies): a first line with the JSON of
 * the plan as read, its `plan` null, and the names of the plan's fields; then
 * the JSON of each field on a line of its own (JSON never holds a raw line
 * break). In ASCII (see {@link asciiJson}).
 */
function planText(read: ReadPlan): string {
  const plan = read.plan as unknown as Record<string, unknown>;
  const fields: string[] = [];
  const lines: string[] = [];
  for (const [key, value] of Object.entries(plan)) {
    // JSON leaves out what it cannot write (undefined): so does the entry.
    if (JSON.stringify(value) === undefined) continue;
    fields.push(key);
    lines.push(asciiJson(value));
  }
  return [asciiJson({ read: { ...read, plan: null }, fields }), ...lines].join("\n");
}

/**
 * The plan as read from the text of its entry (see {@link planText}), or
 * undefined when the text is not of that form. Each field of the plan is
 * parsed when first read: `ivp status` reads 8 of the 29 fields of Laren's
 * plan (its indicators, series and goals), some 12 of its 84 kB of JSON, and
 * parsing the rest (the texts of the priorities, themes, sections, tables)
 * cost some 3 million instructions of every status (Node 20, callgrind). The
 * entry's checksum was checked as it was read, so each line is the JSON that
 * was written.
 */
function readPlanText(text: string): ReadPlan | undefined {
  const lines = text.split("\n");
  const head = JSON.parse(lines[0] as string) as {
    read?: Record<string, unknown>;
    fields?: unknown;
  };
  const fields = head.fields;
  if (
    typeof head.read !== "object" ||
    head.read === null ||
    !Array.isArray(fields) ||
    fields.length !== lines.length - 1 ||
    !fields.every((field) => typeof field === "string")
  )
    return undefined;
  const plan: Record<string, unknown> = {};
  fields.forEach((field: string, i) => {
    let parsed = false;
    let value: unknown;
    Object.defineProperty(plan, field, {
      enumerable: true,
      configurable: true,
      get() {
        if (!parsed) {
          value = JSON.parse(lines[i + 1] as string);
          parsed = true;
        }
        return value;
      },
      set(changed: unknown) {
        value = changed;
        parsed = true;
      },
    });
  });
  head.read.plan = plan;
  return head.read as unknown as ReadPlan;
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
