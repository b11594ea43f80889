/**
 * Runs the built CLI for the end-to-end tests, and what they check its runs
 * with. The repository's paths and temporary directories are in
 * `@ivp/testkit`.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LAREN_DIR, REPO_ROOT, STATLINE_FILE } from "@ivp/testkit/paths";

/** The built CLI: end-to-end tests run exactly what users run. */
export const IVP = join(REPO_ROOT, "apps/cli/dist/ivp.js");

/** What a run of the CLI printed and returned. */
export interface IvpRun {
  /** The exit code (`code` is the same, for the tests that say it so). */
  readonly status: number | null;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built `ivp` with arguments, from `cwd` (default the repository
 * root). A run that takes longer than `timeout` ms (default 2 minutes) is
 * killed and has status null: a CLI that never ends fails its test instead
 * of hanging the suite.
 */
export function runIvp(
  args: readonly string[],
  options: {
    cwd?: string;
    input?: string;
    timeout?: number;
    env?: Readonly<Record<string, string>>;
  } = {},
): IvpRun {
  const result = spawnSync(process.execPath, [IVP, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    encoding: "utf8",
    input: options.input,
    // The CLI's own texts in English (IVP_LANG), whatever the shell that runs the tests says.
    env: { ...process.env, IVP_DEBUG: "", IVP_LANG: "", NO_COLOR: "1", ...options.env },
    timeout: options.timeout ?? 120_000,
    killSignal: "SIGKILL",
  });
  return {
    status: result.status,
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** Runs the built `ivp` in `cwd` (default the repository root). */
export function ivp(args: readonly string[], cwd = REPO_ROOT): IvpRun {
  return runIvp(args, { cwd });
}

/** A fresh temporary copy of the Laren example. */
export function copyLaren(): string {
  const dir = mkdtempSync(join(tmpdir(), "ivp-laren-"));
  cpSync(LAREN_DIR, dir, { recursive: true });
  return dir;
}

/** Whether a stack trace leaked into the text. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+:\d+:\d+\)?/.test(text);
}

/** Every file under `dir` with its content, to prove that nothing changed. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    result[path.slice(dir.length + 1)] = await readFile(path, "utf8");
  }
  return result;
}

/** The figures of a StatLine row, read by hand from the file (not with the importer). */
export async function statlineRow(name: string): Promise<number[]> {
  const line = (await readFile(STATLINE_FILE, "utf8"))
    .split("\n")
    .find((l) => l.startsWith(`"${name}";`));
  if (!line) throw new Error(`no row ${name}`);
  return line.trim().slice(1, -1).split('";"').slice(1).map(Number);
}
