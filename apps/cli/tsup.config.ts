import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";
import { baseTsupConfig } from "../../tooling/tsup.base.ts";
import { BUNDLE_END, BUNDLE_START } from "./src/bundle-wrapper.ts";

// Unlike the libraries, the CLI is an application, bundled for start-up time:
//
// - dist/ivp.js, the entry (src/ivp.ts), compiled by Node at every start,
//   holds only what loads dist/main.js through V8's code cache
//   (src/code-cache.ts);
// - dist/main.js (src/main.ts) holds the dispatcher, the argument parser,
//   the command definitions (src/commands/<name>/definition.ts; no
//   dependency at all) and the CLI's messages in every language
//   (src/messages/<lang>.ts; each set up only when its language is asked
//   for);
// - dist/messages/help/<lang>.js, the help texts of one language
//   (src/messages/help/), imported by the dispatcher only for --help or a
//   missing argument;
// - dist/commands/<name>.js, one self-contained file per command (its
//   src/commands/<name>/run.ts; for the commands of WITH_DISPATCHER, its
//   src/commands/<name>/bundle.ts, the dispatcher and the command) with exactly
//   the modules that command reaches (the workspace packages from their
//   TypeScript sources, zod, yaml, js-yaml, date-fns), imported only when the
//   command runs; dist/suggest.js (did-you-mean) only after a typo.
//
// A file per command rather than shared chunks: esbuild's code splitting puts
// every module that a package's index re-exports into the chunk all commands
// share (`ivp status` would load the linter and the HTML renderer); a bundle
// per command is tree-shaken exactly. bench/ measures the start-up.
//
// - dist/plan-loader.js: reading a plan that is not in the cache of validated
//   plans (src/plan-cache.ts), with zod, the YAML parsers and every message
//   about a bad plan; a command imports it only on a cache miss, so on a hit
//   none of that is even compiled.
//
// - dist/plan-file-text.js: the words of a problem with a plan
//   (src/plan-file-text.ts), for the commands of WITH_DISPATCHER only when
//   one has a problem.
//
// - dist/write-xlsx.js: the spreadsheet writer, imported only for
//   `--format xlsx`.
//
// - dist/bulk-worker.js: the script a worker thread of `ivp bulk` starts
//   with (src/bulk/worker-entry.ts), which compiles dist/bulk-render.js (src/bulk/render-worker.ts:
//   what renders the reports, src/bulk/render-pool.ts) with the V8 code cache
//   the main thread read for it.
//
// Every bundle is minified: Node compiles less text at each start.
type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

// A folder per command, src/commands/<name>/ (src/commands/index.ts lists them).
const COMMANDS = readdirSync(new URL("./src/commands/", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The commands whose bundle carries the dispatcher (src/main.ts) too:
 * dist/ivp.js loads dist/commands/<name>.js, with its code cache, instead of
 * dist/main.js and then the command's bundle. One file, one code cache and
 * one script fewer (Node 20, callgrind, on Laren): `ivp status` 140.2 -> 139.1
 * million instructions, `ivp table` 116.2 -> 112.4, `ivp validate` 204.8 ->
 * 203.0, `ivp report --format md` 276.0 -> 273.3, `ivp compare` of the three
 * examples 130.6 -> 129.1. Each has a src/commands/<name>/bundle.ts.
 */
const WITH_DISPATCHER = ["status", "table", "validate", "report", "compare"];

// Each language of the CLI's texts, src/messages/<lang>.ts (src/messages/catalogues.ts lists them).
const LANGUAGES = readdirSync(new URL("./src/messages/", import.meta.url))
  .map((file) => /^([a-z]{2})\.ts$/.exec(file)?.[1])
  .filter((lang) => lang !== undefined);

// The builds below write into dist/ side by side: clean it once, here.
rmSync(new URL("./dist/", import.meta.url), { recursive: true, force: true });
// Every file in dist/ is CommonJS (the package is "type": "module" for its sources and tests).
mkdirSync(new URL("./dist/", import.meta.url));
writeFileSync(new URL("./dist/package.json", import.meta.url), '{ "type": "commonjs" }\n');

/**
 * A bundle of dist/ loaded at run time through src/code-cache.ts (V8's code
 * cache of it): `import(...)` in the sources becomes
 * `requireBundle(<dist>/<file>)`, `file` relative to the importing bundle's
 * directory.
 */
function cachedBundle(file: string): { path: string; namespace: string } {
  return { path: file, namespace: "ivp-cached-bundle" };
}

const CODE_CACHE = fileURLToPath(new URL("./src/code-cache.ts", import.meta.url));

/** Loads the modules that {@link cachedBundle} names. */
const cachedBundles: Plugin = {
  name: "ivp-cached-bundles",
  setup(build) {
    build.onLoad({ filter: /.*/, namespace: "ivp-cached-bundle" }, (args) => ({
      contents: [
        `const { requireBundle } = require(${JSON.stringify(CODE_CACHE)});`,
        `module.exports = requireBundle(require("node:path").join(__dirname, ${JSON.stringify(args.path)}));`,
      ].join("\n"),
      resolveDir: dirname(CODE_CACHE),
      loader: "js",
    }));
  },
};

/**
 * Leaves `import("./<name>/run.ts")` (in src/commands/index.ts) and
 * `import("./suggest.ts")` to run time: `commands/<name>.js` through the
 * code cache, `suggest.js` (a mistyped command) as it is, in dist/ (`dist`:
 * dist/ relative to the bundle's directory). The command `inline` (in its
 * own bundle, with the dispatcher) is part of the bundle.
 */
function loadedAtRunTime(dist: "." | "..", inline?: string): Plugin {
  return {
    name: "ivp-loaded-at-run-time",
    setup(build) {
      build.onResolve({ filter: /^\.\/(?:[a-z-]+\/run|suggest)\.ts$/ }, (args) => {
        if (args.kind !== "dynamic-import") return undefined;
        const command = /^\.\/([a-z-]+)\/run\.ts$/.exec(args.path)?.[1];
        if (command !== undefined && command === inline) return undefined;
        return command
          ? cachedBundle(`${dist}/commands/${command}.js`)
          : { path: `${dist}/suggest.js`, external: true };
      });
    },
  };
}

/**
 * Leaves `import("./help/nl.ts")` (in src/messages/catalogues.ts, one per
 * language) to run time, as dist/messages/help/nl.js (`dist`: dist/ relative
 * to the bundle's directory): the
 * help, for `--help` only, as it is. The messages (`import("./nl.ts")`), which
 * every run but `ivp --version` uses, stay in dist/main.js, each language's
 * set up on its first `import()`, and come with the dispatcher's code cache:
 * a file and a code cache of their own cost `ivp status` on Laren some 0.9
 * million instructions more (Node 20, callgrind: opening, reading and
 * checking two more files, a second script).
 */
function languageAtRunTime(dist: "." | ".."): Plugin {
  return {
    name: "ivp-language-at-run-time",
    setup(build) {
      build.onResolve({ filter: /^\.\/help\/[a-z]{2}\.ts$/ }, (args) =>
        args.kind === "dynamic-import" &&
        args.path.startsWith("./help/") &&
        /[\\/]messages[\\/]catalogues\.ts$/.test(args.importer)
          ? { path: `${dist}/messages/${args.path.slice(2, -3)}.js`, external: true }
          : undefined,
      );
    },
  };
}

/**
 * Leaves `import("./plan-loader.ts")` (in src/load-plan-or-fail.ts) to run
 * time, through the code cache: the commands are in dist/commands/, the
 * loader in dist/.
 */
const planLoaderAtRunTime: Plugin = {
  name: "ivp-plan-loader-at-run-time",
  setup(build) {
    build.onResolve({ filter: /^\.\/plan-loader\.ts$/ }, (args) =>
      args.kind === "dynamic-import" ? cachedBundle("../plan-loader.js") : undefined,
    );
  },
};

/**
 * The bundles of WITH_DISPATCHER leave `import("./plan-file-text.ts")` (the
 * words of a problem with a plan: `@ivp/plan-file`'s two message catalogues,
 * some 48 kB) to run time, as dist/plan-file-text.js through the code cache:
 * a command that succeeds never needs them, and every `ivp status` read them,
 * checked them with their code cache and deserialised them with the rest of
 * its bundle. `ivp validate` and `ivp table` still carry the catalogues for
 * their own texts; inlined there, the module would also bring the model's
 * error wording (word-error.ts) into `ivp validate`'s start (2.2 million
 * instructions more on Laren, Node 20, callgrind).
 */
/** See above; `dist`: dist/ relative to the bundle's directory. */
function planFileTextAtRunTime(dist: "." | ".."): Plugin {
  return {
    name: "ivp-plan-file-text-at-run-time",
    setup(build) {
      build.onResolve({ filter: /^\.\/plan-file-text\.ts$/ }, (args) =>
        args.kind === "dynamic-import" ? cachedBundle(`${dist}/plan-file-text.js`) : undefined,
      );
    },
  };
}

/**
 * Leaves `import("./write-xlsx.ts")` (in src/write-sheets.ts) to run time: the
 * spreadsheet writer (write-excel-file and fflate, 80 kB of the 190 kB of
 * `ivp status`) is loaded only for `--format xlsx`. Without code splitting,
 * esbuild would otherwise inline the dynamic import into every command that
 * can write a workbook.
 */
const xlsxWriterAtRunTime: Plugin = {
  name: "ivp-xlsx-writer-at-run-time",
  setup(build) {
    build.onResolve({ filter: /^\.\/write-xlsx\.ts$/ }, (args) =>
      args.kind === "dynamic-import" ? { path: "../write-xlsx.js", external: true } : undefined,
    );
  },
};

/**
 * What identifies this build in the cache of validated plans: a hash of the
 * sources that decide what a valid plan is and how it is read (the model, the
 * plan-file reader, the CLI) and of the version. A cache entry written by
 * another build is never used.
 */
function buildId(): string {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const hash = createHash("sha256");
  for (const dir of ["packages/model/src", "packages/plan-file/src", "apps/cli/src"]) {
    const files = readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .sort();
    for (const file of files) {
      hash.update(`${dir}/${file}\0`);
      hash.update(readFileSync(join(root, dir, file)));
    }
  }
  hash.update(readFileSync(join(root, "apps/cli/package.json")));
  return hash.digest("hex").slice(0, 16);
}

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
  // CommonJS: Node loads it without its ES module loader (some 14 million
  // instructions of every start), and a CommonJS bundle can be compiled with
  // V8's code cache (src/code-cache.ts). dist/package.json says so.
  format: ["cjs" as const],
  outExtension: () => ({ js: ".js" }),
  dts: false,
  clean: false,
  splitting: false,
  noExternal: [/.*/],
  minify: process.env.IVP_NO_MINIFY !== "1",
  // esbuild's own tree shaking, without tsup's second pass through rollup,
  // which would move every require() of a built-in module to the top of the
  // bundle (node:vm and node:v8 would be loaded for `ivp --version`).
  treeshake: false,
  // The one use of import.meta in the sources (commands/bulk/run.ts: the worker's file):
  // import.meta.url, a getter of build/import-meta-url.js.
  // The version (dist/ivp.js's `--version`, the dispatcher's in src/main.ts).
  define: {
    "import.meta": "__ivpImportMeta",
    __IVP_VERSION__: JSON.stringify(
      JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")).version,
    ),
  },
  esbuildOptions(options: {
    conditions?: string[];
    supported?: Record<string, boolean>;
    inject?: string[];
  }) {
    options.inject = [fileURLToPath(new URL("./build/import-meta-url.js", import.meta.url))];
    // The workspace packages from their sources: esbuild tree-shakes modules, not a built file.
    options.conditions = ["@ivp/source"];
    // import() of another bundle or of a built-in module becomes require().
    options.supported = { ...options.supported, "dynamic-import": false };
  },
};

/**
 * For the bundles that only src/code-cache.ts loads: the CommonJS wrapper in
 * the file (src/bundle-wrapper.ts), so that V8 compiles the text as read
 * instead of a flattened copy of it. esbuild writes the banner before the
 * bundle's "use strict" (then the wrapper's first statement, so still its
 * directive) and the footer after the bundle's last line.
 */
const wrapped = {
  banner: { js: BUNDLE_START },
  footer: { js: BUNDLE_END.trimStart() },
};

export default defineConfig([
  baseTsupConfig({
    ...shared,
    entry: { ivp: "src/ivp.ts" },
    // The names of the commands, for the dispatcher's code cache per command;
    // the version, for `ivp --version`.
    define: {
      ...shared.define,
      __IVP_COMMANDS__: JSON.stringify(COMMANDS),
      __IVP_WITH_DISPATCHER__: JSON.stringify(WITH_DISPATCHER),
    },
    banner: { js: "#!/usr/bin/env node" },
  }),
  baseTsupConfig({
    ...shared,
    ...wrapped,
    entry: { main: "src/main.ts" },
    esbuildPlugins: [loadedAtRunTime("."), languageAtRunTime("."), cachedBundles],
  }),
  ...WITH_DISPATCHER.map((name) =>
    baseTsupConfig({
      ...shared,
      ...wrapped,
      entry: { [`commands/${name}`]: `src/commands/${name}/bundle.ts` },
      esbuildPlugins: [
        zodEnglishOnly,
        loadedAtRunTime("..", name),
        languageAtRunTime(".."),
        planLoaderAtRunTime,
        xlsxWriterAtRunTime,
        planFileTextAtRunTime(".."),
        cachedBundles,
      ],
      define: { ...shared.define, __IVP_BUILD__: JSON.stringify(buildId()) },
    }),
  ),
  baseTsupConfig({
    ...shared,
    entry: Object.fromEntries(
      LANGUAGES.map((lang) => [`messages/help/${lang}`, `src/messages/help/${lang}.ts`]),
    ),
  }),
  // Loaded by src/code-cache.ts only: with the wrapper.
  baseTsupConfig({
    ...shared,
    ...wrapped,
    entry: {
      ...Object.fromEntries(
        COMMANDS.filter((name) => !WITH_DISPATCHER.includes(name)).map((name) => [
          `commands/${name}`,
          `src/commands/${name}/run.ts`,
        ]),
      ),
      "plan-loader": "src/plan-loader.ts",
      "plan-file-text": "src/plan-file-text.ts",
      "bulk-render": "src/bulk/render-worker.ts",
    },
    esbuildPlugins: [zodEnglishOnly, planLoaderAtRunTime, xlsxWriterAtRunTime, cachedBundles],
    define: { ...shared.define, __IVP_BUILD__: JSON.stringify(buildId()) },
  }),
  // Loaded with require (suggest.js, write-xlsx.js) or as a worker's script (bulk-worker.js).
  baseTsupConfig({
    ...shared,
    entry: {
      suggest: "src/suggest.ts",
      "write-xlsx": "src/write-xlsx.ts",
      "bulk-worker": "src/bulk/worker-entry.ts",
    },
    esbuildPlugins: [zodEnglishOnly, planLoaderAtRunTime, xlsxWriterAtRunTime, cachedBundles],
    define: { ...shared.define, __IVP_BUILD__: JSON.stringify(buildId()) },
  }),
]);
