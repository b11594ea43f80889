import { defineConfig } from "vitest/config";
import { baseVitestConfig } from "../tooling/vitest.base.ts";

// The site tests read the built site (turbo runs `build` before `test`) and start a browser.
export default defineConfig(baseVitestConfig(["test/**/*.test.ts", "scripts/**/*.test.ts"]));
