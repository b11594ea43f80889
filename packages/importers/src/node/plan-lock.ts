import { randomBytes } from "node:crypto";
import { link, open, readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join, relative } from "node:path";
import type { ImportError } from "../import-error.ts";
import { importError } from "../messages/say.ts";

/**
 * The lock file an import holds in the plan directory while it reads,
 * merges and rewrites the plan's files: two imports at once would otherwise
 * each read the data file, add their own figures and rename their version
 * over the other's, and one import's figures would be lost.
 *
 * Hand-written (about a hundred lines) rather than proper-lockfile, the usual
 * library: that one judges a lock by the age of a directory it keeps touching
 * on a timer, while ivp wants to name the holder (process, host, start) in
 * its message and to recognise at once a lock whose process has died.
 */
export const LOCK_FILE_NAME = ".ivp-import.lock";

/** A lock older than this is stale even when its process seems alive (a reused pid, a hung run). */
export const STALE_AFTER_MS = 60 * 60 * 1000;

/** Who holds a lock, as written in the lock file. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** ISO time the lock was taken. */
  readonly started: string;
}

/** Options of {@link acquirePlanLock}. */
export interface PlanLockOptions {
  /** A lock older than this many milliseconds is taken over; default {@link STALE_AFTER_MS}. */
  readonly staleAfterMs?: number;
  /** The directory messages show paths relative to; default the working directory. */
  readonly displayBase?: string;
}

/** A held lock; {@link PlanLock.release} removes it. */
export interface PlanLock {
  readonly path: string;
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const data = JSON.parse(text) as Partial<LockHolder>;
    if (
      typeof data.pid === "number" &&
      typeof data.host === "string" &&
      typeof data.started === "string"
    ) {
      return { pid: data.pid, host: data.host, started: data.started };
    }
  } catch {
    // A lock file being written right now is empty: held, judged by its age.
  }
  return undefined;
}

/** Whether a lock can be taken over: its process is gone, or it is older than the bound. */
function isStale(holder: LockHolder | undefined, modified: number, staleAfterMs: number): boolean {
  const started = holder ? Date.parse(holder.started) : modified;
  if (Number.isNaN(started) || Date.now() - started > staleAfterMs) return true;
  return holder !== undefined && holder.host === hostname() && !alive(holder.pid);
}

/**
 * Takes the import lock of a plan directory: creates `.ivp-import.lock` only
 * if it does not exist (`O_EXCL`), holding this process's pid, host and start
 * time. When another import holds it, this fails at once with an
 * {@link ImportError} (`plan-busy`) naming that process; a stale lock (its
 * process has died, or it is older than an hour) is taken over. Taking over
 * renames the stale file away first and checks it was the one judged stale,
 * so two processes recovering at once cannot both win. Once taken, files an
 * import killed while taking or taking over a lock left beside it are
 * removed when their holder is stale too.
 *
 * @param dir - the plan directory
 * @example
 * const lock = await acquirePlanLock("examples/blaricum");
 * try { ... } finally { await lock.release(); }
 */
export async function acquirePlanLock(
  dir: string,
  options: PlanLockOptions = {},
): Promise<PlanLock> {
  const path = join(dir, LOCK_FILE_NAME);
  const shown = relative(options.displayBase ?? process.cwd(), path) || path;
  const staleAfterMs = options.staleAfterMs ?? STALE_AFTER_MS;
  const mine = `${JSON.stringify({
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
  } satisfies LockHolder)}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await createLock(path, mine);
      await removeLeftovers(dir, staleAfterMs);
      return { path, release: () => releaseIfMine(path, mine) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw importError(
          "plan-busy",
          "lock/cannot-create",
          { code: String((error as NodeJS.ErrnoException).code) },
          { location: { file: shown }, hintId: "lock/cannot-create-hint", cause: error },
        );
      }
    }
    let text: string;
    let modified: number;
    try {
      [text, modified] = await Promise.all([
        readFile(path, "utf8"),
        stat(path).then((s) => s.mtimeMs),
      ]);
    } catch {
      continue; // released meanwhile: try again
    }
    const holder = parseHolder(text);
    if (!isStale(holder, modified, staleAfterMs)) throw busy(holder, shown);
    await takeOver(path, text);
  }
  throw busy(undefined, shown);
}

/**
 * Creates the lock file with its holder already in it, or fails with EEXIST
 * when a lock exists: written to a file of its own, then hard-linked into
 * place, which fails when the name exists as `O_EXCL` does. A lock created
 * with `O_EXCL` and then written is empty for a moment, and another import
 * reading it then could only say the plan is busy, not who holds it (seen
 * under load in `concurrent-import.e2e.test.ts`). Where the file system has
 * no hard links, created with `O_EXCL` and then written, as before.
 */
async function createLock(path: string, mine: string): Promise<void> {
  const written = `${path}.${randomBytes(6).toString("hex")}.new`;
  await writeFile(written, mine, { flag: "wx" });
  try {
    await link(written, path);
  } catch (error) {
    if (!NO_HARD_LINKS.has(String((error as NodeJS.ErrnoException).code))) throw error;
    const handle = await open(path, "wx");
    try {
      await handle.writeFile(mine);
    } finally {
      await handle.close();
    }
  } finally {
    await unlink(written).catch(() => undefined);
  }
}

/** The names of {@link createLock}'s and {@link takeOver}'s own files beside the lock. */
const LEFTOVER = /^\.ivp-import\.lock\.[0-9a-f]{12}\.(?:new|stale)$/;

/**
 * Removes the files an import killed in the middle of {@link createLock} or
 * {@link takeOver} left beside the lock (`.ivp-import.lock.<hex>.new` or
 * `.stale`): each holds a holder, and is removed only when that holder is
 * stale by the rule of the lock itself, so the file of an import taking the
 * lock at this moment stays. Run while holding the lock; a file that cannot
 * be read or removed is left for the next import.
 */
async function removeLeftovers(dir: string, staleAfterMs: number): Promise<void> {
  const names = await readdir(dir).catch(() => []);
  for (const name of names) {
    if (!LEFTOVER.test(name)) continue;
    const file = join(dir, name);
    try {
      const [text, modified] = await Promise.all([
        readFile(file, "utf8"),
        stat(file).then((s) => s.mtimeMs),
      ]);
      if (isStale(parseHolder(text), modified, staleAfterMs)) await unlink(file);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
}

/** Errors of link(2) on a file system without hard links (FAT, some network shares). */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"]);

/** Moves a stale lock away, unless it changed since it was judged stale (then it is put back). */
async function takeOver(path: string, judged: string): Promise<void> {
  const aside = `${path}.${randomBytes(6).toString("hex")}.stale`;
  try {
    await rename(path, aside);
  } catch {
    return; // someone else moved it: try again
  }
  const moved = await readFile(aside, "utf8").catch(() => judged);
  if (moved !== judged) {
    // A fresh lock taken between the check and the rename: give it back.
    await link(aside, path).catch(() => undefined);
  }
  await unlink(aside).catch(() => undefined);
}

async function releaseIfMine(path: string, mine: string): Promise<void> {
  const text = await readFile(path, "utf8").catch(() => undefined);
  if (text === mine) await unlink(path).catch(() => undefined);
}

function busy(holder: LockHolder | undefined, shown: string): ImportError {
  const texts = { location: { file: shown }, hintId: "lock/busy-hint" } as const;
  if (!holder) return importError("plan-busy", "lock/busy", { lock: shown }, texts);
  const since = holder.started.replace("T", " ").replace(/\.\d+Z$/, " UTC");
  const data = { pid: holder.pid, host: holder.host, since, lock: shown };
  return importError("plan-busy", "lock/busy-held", data, texts);
}

/**
 * Runs `action` while holding the plan directory's import lock
 * ({@link acquirePlanLock}), and releases it afterwards, also on failure.
 *
 * @example
 * await withPlanLock(dir, async () => importIntoPlan({ plan: await loadPlanOrFail(dir), source }));
 */
export async function withPlanLock<T>(
  dir: string,
  action: () => Promise<T>,
  options: PlanLockOptions = {},
): Promise<T> {
  const lock = await acquirePlanLock(dir, options);
  try {
    return await action();
  } finally {
    await lock.release();
  }
}
