import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** The built CLI: end-to-end tests run exactly what users run. */
export const IVP = join(ROOT, "apps/cli/dist/ivp.js");
export const LAREN = join(ROOT, "examples/laren-2019-2022");

export interface IvpRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `ivp` with arguments, from `cwd` (default the repository root). */
export function runIvp(
  args: readonly string[],
  options: { cwd?: string; input?: string } = {},
): IvpRun {
  const result = spawnSync(process.execPath, [IVP, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    input: options.input,
    env: { ...process.env, IVP_DEBUG: "", NO_COLOR: "1" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary copy of the Laren example. */
export function copyLaren(): string {
  const dir = mkdtempSync(join(tmpdir(), "ivp-laren-"));
  cpSync(LAREN, dir, { recursive: true });
  return dir;
}

/** Asserts-friendly check that no stack trace leaked. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+:\d+:\d+\)?/.test(text);
}
