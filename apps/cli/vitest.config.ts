import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@ivp/source"] },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The end-to-end tests spawn the built CLI; give them room on slow machines.
    testTimeout: 30_000,
  },
});
