/**
 * For the packages' "browser-safe entry" tests: which modules in the import
 * graph of an entry point import something of Node. Each package passes its
 * own esbuild (a devDependency of the package), so the testkit needs none.
 */
import { builtinModules } from "node:module";

/** The part of esbuild's API this needs. */
interface EsbuildLike {
  build(
    options: Record<string, unknown>,
  ): Promise<{ metafile?: { inputs: Record<string, unknown> } | undefined }>;
}

/** An import of a Node built-in: the module that has it and what it imports. */
export interface NodeImport {
  readonly importer: string;
  readonly specifier: string;
}

const BUILTINS = new Set(builtinModules);

/**
 * Bundles `entry` for the browser as a web page's bundler would (the
 * workspace packages from their sources, through the `@ivp/source`
 * condition; static and dynamic imports alike) and returns every import of a
 * Node built-in (`node:fs`, `fs`, `path`, ...) anywhere in its graph, with
 * the module that has it, plus the number of modules bundled.
 */
export async function nodeImportsOf(
  esbuild: EsbuildLike,
  entry: string,
): Promise<{ imports: NodeImport[]; modules: number }> {
  const imports: NodeImport[] = [];
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "browser",
    conditions: ["@ivp/source"],
    logLevel: "silent",
    plugins: [
      {
        name: "record-node-imports",
        setup(build: {
          onResolve(
            options: { filter: RegExp },
            callback: (args: { path: string; importer: string }) => unknown,
          ): void;
        }) {
          build.onResolve({ filter: /.*/ }, (args) => {
            const bare = args.path.replace(/^node:/, "").split("/")[0] ?? "";
            if (args.path.startsWith("node:") || BUILTINS.has(bare) || BUILTINS.has(args.path)) {
              imports.push({ importer: args.importer, specifier: args.path });
              return { path: args.path, external: true };
            }
            return undefined;
          });
        },
      },
    ],
  });
  return { imports, modules: Object.keys(result.metafile?.inputs ?? {}).length };
}
