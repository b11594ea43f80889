import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** The built CLI: end-to-end tests run what users run. */
export const IVP = join(ROOT, "apps/cli/dist/ivp.js");
/** The real StatLine export, copied into the repository. */
export const STATLINE_FILE = join(
  ROOT,
  "fixtures/data/statline-geregistreerde-misdrijven-2022-2023.csv",
);

/** What a run of the CLI printed and returned. */
export interface IvpRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `ivp` with arguments, in `cwd` (default the repository root). */
export function ivp(args: readonly string[], cwd = ROOT): IvpRun {
  const result = spawnSync(process.execPath, [IVP, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary directory and a function that removes it. */
export async function temporaryDirectory(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "ivp-cli-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
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
