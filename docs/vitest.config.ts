import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@ivp/source"] },
  test: {
    include: ["test/**/*.test.ts", "scripts/**/*.test.ts"],
    // The site tests read the built site (turbo runs `build` before `test`) and start a browser.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
