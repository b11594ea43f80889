import { defineConfig } from "vitest/config";

export default defineConfig({
  // Tests import the workspace packages' sources (no build needed); Vite applies
  // `resolve.conditions` to browser code and `ssr.resolve.conditions` to Node code.
  resolve: { conditions: ["@ivp/source"] },
  ssr: { resolve: { conditions: ["@ivp/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // A timeout only catches a hang: speed is measured in bench/, not here. turbo runs
    // every package's tests at once, and CI has two cores, so property tests need room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
