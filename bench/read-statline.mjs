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
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadImporters, tuneV8LikeBulk } from "./lib/reading-harness.mjs";

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
if (!options.plain) tuneV8LikeBulk();
const { index, node, series } = await loadImporters(options.importers);
const { aggregateByMunicipality } = index;
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
