// Quick start, step 1: install everything, build, and print Laren's Tabel 2
// as computed from the plan's raw counts.
import { pnpm, run } from "./pnpm.mjs";

pnpm(["install", "--frozen-lockfile"]);
pnpm(["turbo", "run", "build", "--output-logs=errors-only"]);
run(["node", "apps/cli/dist/ivp.js", "table", "examples/laren-2019-2022", "tabel-2"]);
