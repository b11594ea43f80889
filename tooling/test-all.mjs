// Quick start, step 2: the whole test suite, as CI runs it: install, build,
// type-check, lint and test every package, then check that the published
// packages are ready to publish (publint, attw, tarball contents, the packed
// CLI installed and run) and that knip finds no unused files, exports or
// dependencies, and audit the dependencies (SECURITY.md).
import { pnpm } from "./pnpm.mjs";

pnpm(["install", "--frozen-lockfile"]);
pnpm(["turbo", "run", "build", "typecheck", "lint", "test", "--output-logs=new-only"]);
pnpm(["run", "check:packages"]);
pnpm(["run", "knip"]);
pnpm(["run", "audit:deps"]);
