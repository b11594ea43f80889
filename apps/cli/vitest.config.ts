import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@ivp/source"] },
  test: {
    // Until the package has tests of its own (the foundation shipped none).
    passWithNoTests: true,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The end-to-end tests spawn the built CLI; give them room on slow machines.
    testTimeout: 30_000,
  },
});
