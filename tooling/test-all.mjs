// Quick start, step 2: the whole test suite, as CI runs it: install, build,
// type-check, lint and test every package, run the CLI's end-to-end smoke
// tests under Node 22 and 24 too (tooling/test-node-versions.mjs; the Node
// binaries are downloaded once from the npm registry into
// node_modules/.cache/ivp-node/, ignored by git), then check that the published
// packages are ready to publish (publint, attw, tarball contents, the packed
// CLI installed and run) and that knip finds no unused files, exports or
// dependencies, and audit the dependencies (SECURITY.md).
import { pnpm } from "./pnpm.mjs";

pnpm(["install", "--frozen-lockfile"]);
pnpm(["turbo", "run", "build", "typecheck", "lint", "test", "--output-logs=new-only"]);
pnpm(["run", "test:node-versions"]);
pnpm(["run", "check:packages"]);
pnpm(["run", "knip"]);
pnpm(["run", "audit:deps"]);
