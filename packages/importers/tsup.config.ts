import { defineConfig } from "tsup";
import { baseTsupConfig } from "../../tooling/tsup.base.ts";

export default defineConfig(baseTsupConfig({ entry: ["src/index.ts"], platform: "node" }));
