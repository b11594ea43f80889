import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@ivp/source"] },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Until the package has tests of its own (the foundation shipped none).
    passWithNoTests: true,
  },
});
