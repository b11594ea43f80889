import { defineConfig } from "tsup";
import { baseTsupConfig } from "../../tooling/tsup.base.ts";

// The entry stays tiny; each command is a chunk loaded only when it runs. The
// entry's own `#!/usr/bin/env node` line is kept by esbuild, and tsup makes a
// file that starts with one executable (a banner would put it in every chunk).
export default defineConfig(
  baseTsupConfig({
    entry: { ivp: "src/ivp.ts" },
    platform: "node",
    dts: false,
  }),
);
