// What the reading harnesses (bench/read-odata-pages.mjs and
// bench/read-statline.mjs) share: V8's flags as `ivp bulk` sets them, and
// @ivp/importers, from the workspace or from another build, with the built-in
// template's series to sort figures out by.
import { register } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";

/** V8's flags as `tuneV8ForBulk` sets them (apps/cli/src/bulk/v8-tuning.ts; V8 12, Node 22 on, has no interrupt budget). */
export function tuneV8LikeBulk() {
  setFlagsFromString("--no-turbo-inlining");
  if (Number.parseInt(process.versions.v8, 10) < 12)
    setFlagsFromString(`--interrupt-budget=${1024 * 1024}`);
}

/**
 * `@ivp/importers` (`index`) and `@ivp/importers/node` (`node`): the
 * workspace's, or those of another build when `dir` is given (a copy of its
 * dist/ kept under packages/importers/node_modules/, so that it finds its
 * dependencies); and the series of the built-in template (`series`).
 */
export async function loadImporters(dir) {
  // Before @ivp/importers is loaded: see json-attributes-hook.mjs.
  register("./json-attributes-hook.mjs", import.meta.url);
  const lib = (entry) =>
    dir === undefined
      ? import(entry === "node" ? "@ivp/importers/node" : "@ivp/importers")
      : import(pathToFileURL(join(resolve(dir), `${entry}.js`)).href);
  const [index, node] = [await lib("index"), await lib("node")];
  const { series } = index.buildImportTarget(
    index.createBulkTemplate({ period: { start: 2000, end: 2003 } }),
  );
  return { index, node, series };
}
