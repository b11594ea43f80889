// Reads a StatLine CSV download and collects its figures per municipality in
// one thread, as the main thread of `ivp bulk` does (aggregateByMunicipality
// of @ivp/importers, the built package, without rendering anything), and
// prints the CPU time, wall time and peak memory of that alone.
//
//   node bench/read-statline.mjs FILE [--importers PATH] [--plain] [--passes N] [--figures]
//
// FILE: a download (`pnpm --filter @ivp/bench generate -- --format statline`).
// --importers: another build of @ivp/importers (a copy of its dist/ kept
// under packages/importers/node_modules/, so that it finds its dependencies).
// --plain: V8's defaults instead of the flags `ivp bulk` sets
// (apps/cli/src/bulk/v8-tuning.ts). --passes N: N times over in one process.
// --figures: read with `readSourceFileChunks` (a figure object per cell) even
// when the build has `classifySourceFile`, which `ivp bulk` uses.
import { register } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";

// Before @ivp/importers is loaded: see lib/json-attributes-hook.mjs.
register("./lib/json-attributes-hook.mjs", import.meta.url);

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    importers: { type: "string" },
    plain: { type: "boolean", default: false },
    passes: { type: "string", default: "1" },
    figures: { type: "boolean", default: false },
  },
});
const file = positionals[0];
if (file === undefined) {
  console.error(
    "usage: read-statline.mjs FILE [--importers PATH/dist] [--plain] [--passes N] [--figures]",
  );
  process.exit(2);
}
if (!options.plain) {
  // As tuneV8ForBulk (Node 20; V8 12 has no interrupt budget).
  setFlagsFromString("--no-turbo-inlining");
  if (Number.parseInt(process.versions.v8, 10) < 12)
    setFlagsFromString(`--interrupt-budget=${1024 * 1024}`);
}
const lib = (entry) =>
  options.importers === undefined
    ? import(entry === "node" ? "@ivp/importers/node" : "@ivp/importers")
    : import(pathToFileURL(join(resolve(options.importers), `${entry}.js`)).href);
const node = await lib("node");
const { aggregateByMunicipality, buildImportTarget, createBulkTemplate } = await lib("index");
const { series } = buildImportTarget(createBulkTemplate({ period: { start: 2000, end: 2003 } }));
const classified = !options.figures && node.classifySourceFile !== undefined;

const passes = Number(options.passes);
for (let pass = 1; pass <= passes; pass++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const source = classified
    ? node.classifySourceFile(resolve(file), { series })
    : node.readSourceFileChunks(resolve(file));
  const { municipalities, summary } = await aggregateByMunicipality(source, {
    series,
    onComplete: () => {},
  });
  const { user, system } = process.cpuUsage(cpu);
  console.log(
    JSON.stringify({
      ...(passes > 1 && { pass }),
      reader: classified ? "classifySourceFile" : "readSourceFileChunks",
      municipalities: municipalities.length,
      figures: summary.figures,
      used: summary.used,
      cpuSeconds: Math.round((user + system) / 1e4) / 100,
      wallSeconds: Math.round(performance.now() - started) / 1000,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}
