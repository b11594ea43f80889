import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";
import { baseVitestConfig } from "../../tooling/vitest.base.ts";

const base = baseVitestConfig();

// The CLI's tests run the built ivp thousands of times (the fuzz test with
// mutated plans): its cache of validated plans goes to a directory of this
// run, not to the user's ~/.cache/ivp.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    env: { IVP_CACHE_DIR: mkdtempSync(join(tmpdir(), "ivp-test-cache-")) },
    setupFiles: ["./test/install-messages.ts"],
  },
});
