// Quick start, step 2: the whole test suite, as CI runs it: install, build,
// type-check, lint and test every package.
import { pnpm } from "./pnpm.mjs";

pnpm(["install", "--frozen-lockfile"]);
pnpm(["turbo", "run", "build", "typecheck", "lint", "test", "--output-logs=new-only"]);
