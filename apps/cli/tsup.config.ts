import { defineConfig } from "tsup";
import { baseTsupConfig } from "../../tooling/tsup.base.ts";

// The entry stays tiny; each command is a chunk loaded only when it runs.
export default defineConfig(
  baseTsupConfig({
    entry: { ivp: "src/ivp.ts" },
    platform: "node",
    dts: false,
    banner: { js: "#!/usr/bin/env node" },
  }),
);
