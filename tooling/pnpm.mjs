// Runs the pinned pnpm (10.34.9): the one on PATH when it is that version,
// otherwise through npx, so a fresh machine needs only Node 20 and npm.
import { spawnSync } from "node:child_process";

const PNPM_VERSION = "10.34.9";

function onPath() {
  const probe = spawnSync("pnpm", ["--version"], {
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  return probe.status === 0 && probe.stdout.trim() === PNPM_VERSION;
}

const command = onPath() ? ["pnpm"] : ["npx", "--yes", `pnpm@${PNPM_VERSION}`];

/** Runs a command, echoing it, and exits with its code when it fails. */
export function run(argv, options = {}) {
  process.stderr.write(`\n> ${argv.join(" ")}\n`);
  const result = spawnSync(argv[0], argv.slice(1), {
    stdio: "inherit",
    shell: process.platform === "win32",
    ...options,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs pnpm with arguments. */
export function pnpm(args, options) {
  run([...command, ...args], options);
}
