/**
 * What the browser bundles of `.size-limit.json` are made of: for each check,
 * the bundle's size (minified, and minified + brotli as size-limit measures
 * it) and, per folder of `src/` and per package, the minified bytes it adds
 * and how much smaller the brotli bundle is without it (its modules replaced
 * by empty ones, so also without what only they reach). Run:
 *
 *   pnpm --filter @ivp/model size:why                      every check
 *   pnpm --filter @ivp/model size:why dashboard            the checks whose name has "dashboard"
 *   pnpm --filter @ivp/model size:why dashboard --without 'src/(verdict|statistics)/'
 *
 * `--without <regex>` leaves out every module whose path matches, to measure
 * a split before making it. The bundles are built from `src/` with esbuild as
 * size-limit builds `dist/` (bundle, minify, tree-shake, brotli quality 11),
 * so the totals agree with `pnpm size` to within 0.2 kB (`export *` of the
 * main entry 53.16 kB from src/ against 52.99 kB from dist/).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { build, type Plugin } from "esbuild";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

export interface Check {
  readonly name: string;
  readonly path: string | readonly string[];
  readonly import: string | Readonly<Record<string, string>>;
}

/** The source module of each dist/ entry a check imports from. */
function sourceOf(distPath: string): string {
  return `./${distPath.replace(/^dist\//, "src/").replace(/\.js$/, ".ts")}`;
}

/** The entry module of a check, importing from src/ what it imports from dist/. */
export function entryOf(check: Check): string {
  const imports =
    typeof check.import === "string"
      ? { [String(check.path)]: check.import }
      : (check.import as Record<string, string>);
  return Object.entries(imports)
    .map(([path, names], i) =>
      names === "*"
        ? `export * from "${sourceOf(path)}";`
        : `export ${names.replace(/\b(\w+)\b/g, (n) => `${n} as ${n}_${i}`)} from "${sourceOf(path)}";`,
    )
    .join("\n");
}

/** The names a TypeScript module exports (values and types; types are erased anyway). */
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const [, name = ""] of source.matchAll(
    /^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|enum)\s+(\w+)/gm,
  )) {
    names.add(name);
  }
  for (const [, list = ""] of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of list.split(",")) {
      const name = part
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)
        .pop();
      if (name && !part.trim().startsWith("type ")) names.add(name);
    }
  }
  return [...names];
}

/**
 * Replaces every module whose path matches `pattern` by an empty one: a module
 * of src/ by one with the same (undefined) exports, a package's module by an
 * empty CommonJS module, whose every import is undefined (a JSON file by `{}`).
 */
export function leaveOut(pattern: RegExp): Plugin {
  return {
    name: "leave-out",
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === "resolving" || args.kind === "entry-point") return undefined;
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          with: args.with,
          pluginData: "resolving",
        });
        if (resolved.errors.length > 0 || !pattern.test(resolved.path)) return resolved;
        if (/\.ts$/.test(resolved.path)) return resolved;
        return { path: resolved.path, namespace: "left-out" };
      });
      b.onLoad({ filter: /.*/, namespace: "left-out" }, (args) =>
        args.path.endsWith(".json")
          ? { contents: "{}", loader: "json" }
          : { contents: "module.exports = {};", loader: "js" },
      );
      b.onLoad({ filter: pattern }, (args) => ({
        contents: exportedNames(readFileSync(args.path, "utf8"))
          .map((n) => `export const ${n} = undefined;`)
          .join("\n"),
        loader: "ts",
      }));
    },
  };
}

export interface Measured {
  readonly minified: number;
  readonly brotli: number;
  /** Minified bytes per input module (path relative to the package), without the modules left out. */
  readonly inputs: ReadonlyMap<string, number>;
}

export async function measure(entry: string, without?: RegExp): Promise<Measured | null> {
  try {
    const result = await build({
      stdin: { contents: entry, resolveDir: ROOT, loader: "js", sourcefile: "entry.js" },
      bundle: true,
      minify: true,
      treeShaking: true,
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
      plugins: without ? [leaveOut(without)] : [],
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const output = Object.values(result.metafile.outputs)[0];
    const inputs = new Map<string, number>();
    for (const [path, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
      // A module left out is not a contributor (its empty stand-in is a few bytes).
      const leftOut = path.startsWith("left-out:") || without?.test(resolve(ROOT, path));
      if (bytesInOutput > 0 && !leftOut) inputs.set(path, bytesInOutput);
    }
    return {
      minified: code.length,
      brotli: brotliCompressSync(code, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
      inputs,
    };
  } catch (error) {
    if (process.env.DEBUG) console.error(error);
    return null;
  }
}

/** A module's group: its folder under src/, or its package. */
export function groupOf(path: string): string {
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1] ?? path;
  const src = /^src\/([^/]+)\//.exec(path);
  if (src) return `src/${src[1]}/`;
  return path;
}

/** A regex matching exactly the modules of a group. */
export function patternOf(group: string): RegExp {
  const escaped = group.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return group.startsWith("src/")
    ? new RegExp(`/packages/model/${escaped}`)
    : group.endsWith(".json")
      ? new RegExp(`${escaped}$`)
      : new RegExp(`node_modules/(\\.pnpm/[^/]+/node_modules/)?${escaped}/`);
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf("--without");
  const without = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !without) throw new Error("--without needs a regular expression");
  const filter = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1)).join(" ");
  const checks = (JSON.parse(readFileSync(`${ROOT}.size-limit.json`, "utf8")) as Check[]).filter(
    (c) => c.name.includes(filter),
  );
  if (checks.length === 0) throw new Error(`no check of .size-limit.json names "${filter}"`);
  for (const check of checks) {
    const entry = entryOf(check);
    const pattern = without ? new RegExp(without) : undefined;
    const whole = await measure(entry, pattern);
    if (!whole) throw new Error(`the bundle of "${check.name}" does not build`);
    console.log(`\n${check.name}`);
    console.log(
      `  ${kB(whole.minified)} minified, ${kB(whole.brotli)} minified + brotli${without ? ` (without ${without})` : ""}`,
    );
    const groups = new Map<string, number>();
    for (const [path, bytes] of whole.inputs) {
      groups.set(groupOf(path), (groups.get(groupOf(path)) ?? 0) + bytes);
    }
    console.log("  group                          minified   brotli without it");
    for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
      const withoutGroup = await measure(
        entry,
        pattern ? new RegExp(`${pattern.source}|${patternOf(group).source}`) : patternOf(group),
      );
      const saved = withoutGroup ? kB(whole.brotli - withoutGroup.brotli) : "n/a";
      console.log(`  ${group.padEnd(30)} ${kB(bytes).padStart(9)} ${saved.padStart(9)}`);
    }
    console.log("  largest modules (minified):");
    for (const [path, bytes] of [...whole.inputs].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
      console.log(`    ${kB(bytes).padStart(9)}  ${path}`);
    }
  }
}

// Run as a program, not when a test imports it.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
