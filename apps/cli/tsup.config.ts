import { readdirSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { defineConfig, type Options } from "tsup";
import { baseTsupConfig } from "../../tooling/tsup.base.ts";

// Unlike the libraries, the CLI is an application, bundled for start-up time:
//
// - dist/ivp.js, the entry, holds only the dispatcher, the argument parser and
//   the command definitions (no dependency at all);
// - dist/commands/<name>.js, one self-contained file per command with exactly
//   the modules that command reaches (the workspace packages from their
//   TypeScript sources, zod, yaml, js-yaml, date-fns), imported only when the
//   command runs; dist/suggest.js (did-you-mean) only after a typo.
//
// A file per command rather than shared chunks: esbuild's code splitting puts
// every module that a package's index re-exports into the chunk all commands
// share (`ivp status` would load the linter and the HTML renderer); a bundle
// per command is tree-shaken exactly. bench/ measures the start-up.
type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

const COMMANDS = readdirSync(new URL("./src/commands/", import.meta.url))
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "definitions.ts")
  .map((f) => f.slice(0, -3));

// The two builds below write into dist/ side by side: clean it once, here.
rmSync(new URL("./dist/", import.meta.url), { recursive: true, force: true });

/** Leaves `import("./commands/<name>.ts")` and `import("./suggest.ts")` to run time, as `.js`. */
const loadedAtRunTime: Plugin = {
  name: "ivp-loaded-at-run-time",
  setup(build) {
    build.onResolve({ filter: /^\.\/(?:commands\/[a-z-]+|suggest)\.ts$/ }, (args) =>
      args.kind === "dynamic-import"
        ? { path: args.path.replace(/\.ts$/, ".js"), external: true }
        : undefined,
    );
  },
};

/**
 * zod's `z` namespace carries its error messages in forty languages (370 KB);
 * ivp turns zod's issues into its own messages and zod itself uses English
 * (its default). The bundle keeps English only.
 */
const zodEnglishOnly: Plugin = {
  name: "ivp-zod-english-only",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](?:classic|core)[\\/]/.test(args.importer)
        ? {
            path: "zod-locales-en-only",
            namespace: "ivp-zod-locales",
            pluginData: { resolveDir: dirname(args.importer) },
          }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "ivp-zod-locales" }, (args) => ({
      contents: 'export { default as en } from "../locales/en.js";',
      resolveDir: (args.pluginData as { resolveDir: string }).resolveDir,
    }));
  },
};

const shared = {
  platform: "node" as const,
  dts: false,
  clean: false,
  splitting: false,
  noExternal: [/.*/],
  esbuildOptions(options: { conditions?: string[] }) {
    // The workspace packages from their sources: esbuild tree-shakes modules, not a built file.
    options.conditions = ["@ivp/source"];
  },
};

export default defineConfig([
  baseTsupConfig({
    ...shared,
    entry: { ivp: "src/ivp.ts" },
    esbuildPlugins: [loadedAtRunTime],
    banner: { js: "#!/usr/bin/env node" },
  }),
  baseTsupConfig({
    ...shared,
    entry: {
      ...Object.fromEntries(
        COMMANDS.map((name) => [`commands/${name}`, `src/commands/${name}.ts`]),
      ),
      suggest: "src/suggest.ts",
    },
    esbuildPlugins: [zodEnglishOnly],
    // CommonJS dependencies (yaml's Node build) require Node's built-in modules.
    banner: {
      js: "import { createRequire as __ivpCreateRequire } from 'node:module';\nconst require = __ivpCreateRequire(import.meta.url);",
    },
  }),
]);
