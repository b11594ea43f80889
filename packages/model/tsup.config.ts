import { defineConfig } from "tsup";
import { baseTsupConfig } from "../../tooling/tsup.base.ts";

// One output file per source module (shared code in chunks), not one file for
// the whole library: a browser bundler then keeps only the modules a page
// uses (sideEffects: false). A dashboard that imports evaluateTable gets a
// fraction of the whole library with zod; see .size-limit.json.
export default defineConfig(
  baseTsupConfig({ entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/test-utils.ts"] }),
);
