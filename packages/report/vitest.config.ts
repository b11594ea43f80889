import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@ivp/source"] },
  ssr: { resolve: { conditions: ["@ivp/source"] } },
  test: { include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
});
