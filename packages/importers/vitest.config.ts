import { defineConfig } from "vitest/config";
import { baseVitestConfig } from "../../tooling/vitest.base.ts";

export default defineConfig(baseVitestConfig());
