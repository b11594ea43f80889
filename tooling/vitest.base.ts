// The test settings every package shares; each vitest.config.ts passes them to
// vitest's defineConfig. (No import of vitest here: the root has no vitest of
// its own, each package has.)

/** Where a package's tests are, unless it says otherwise. */
const TESTS = ["src/**/*.test.ts", "test/**/*.test.ts"];

/**
 * Tests import the workspace packages' TypeScript sources through the
 * `@ivp/source` export condition, so they need no build; Vite applies
 * `resolve.conditions` to browser code and `ssr.resolve.conditions` to Node
 * code. A timeout only catches a hang: speed is measured in bench/, not here,
 * and turbo runs every package's tests at once on CI's two cores.
 */
export function baseVitestConfig(include: readonly string[] = TESTS) {
  return {
    resolve: { conditions: ["@ivp/source"] },
    ssr: { resolve: { conditions: ["@ivp/source"] } },
    test: { include: [...include], testTimeout: 60_000, hookTimeout: 60_000 },
  };
}
