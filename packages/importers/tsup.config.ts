import { defineConfig } from "tsup";
import { baseTsupConfig } from "../../tooling/tsup.base.ts";

// Two entries: "." (dist/index.js) imports nothing of Node and runs in a
// browser; "./node" (dist/node.js) adds what touches the file system.
export default defineConfig(
  baseTsupConfig({ entry: ["src/index.ts", "src/node.ts"], platform: "node" }),
);
