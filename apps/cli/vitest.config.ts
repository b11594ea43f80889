import { defineConfig } from "vitest/config";

export default defineConfig({
  // Vite resolves Node-side imports with the `ssr` conditions: both are needed
  // for tests to import the workspace packages' sources instead of their dist.
  resolve: { conditions: ["@ivp/source"] },
  ssr: { resolve: { conditions: ["@ivp/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The end-to-end tests spawn the built CLI; give them room on slow machines.
    testTimeout: 30_000,
  },
});
