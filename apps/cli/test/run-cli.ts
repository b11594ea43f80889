import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The built CLI: the end-to-end tests run what users run (build first). */
export const CLI = fileURLToPath(new URL("../dist/ivp.js", import.meta.url));

/** Runs `node dist/ivp.js ...args` and returns its exit code and output. */
export function runCli(args: readonly string[], options: { cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    cwd: options.cwd,
    env: { ...process.env, IVP_LANG: "", NO_COLOR: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
