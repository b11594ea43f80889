// Reads and sorts out every OData page of a directory in one thread, as a
// worker of `ivp bulk` does with each page it is sent (`classifyODataPage`
// of @ivp/importers, the built package), and prints the CPU time, wall time
// and peak memory of the reading alone: what grows with the data, without the
// reports, the other thread and the machine's other load in the way.
//
//   node bench/read-odata-pages.mjs DIR [--importers PATH] [--plain] [--passes N]
//
// DIR holds the pages (`pnpm --filter @ivp/bench generate -- --out DIR`).
// --importers: another build of @ivp/importers (a copy of its dist/ kept
// under packages/importers/node_modules/, so that it finds its dependencies),
// to compare a change with the build before it. --plain: V8's defaults
// instead of the flags `ivp bulk` sets (apps/cli/src/bulk/v8-tuning.ts).
// --passes N: read the pages N times over in the same process, a line per
// pass (the first pass is what a worker of `ivp bulk` pays, V8 compiling the
// reader as it goes; the later ones the reader once V8 has compiled it).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { loadImporters, tuneV8LikeBulk } from "./lib/reading-harness.mjs";

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    importers: { type: "string" },
    plain: { type: "boolean", default: false },
    passes: { type: "string", default: "1" },
  },
});
const dir = positionals[0];
if (dir === undefined) {
  console.error("usage: read-odata-pages.mjs DIR [--importers PATH/dist] [--plain]");
  process.exit(2);
}
if (!options.plain) tuneV8LikeBulk();
const {
  node: { classifyODataPage },
  series,
} = await loadImporters(options.importers);
const pages = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();

const passes = Number(options.passes);
for (let pass = 1; pass <= passes; pass++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let figures = 0;
  let used = 0;
  for (const page of pages) {
    const { classified, error } = await classifyODataPage(pathToFileURL(join(dir, page)).href, {
      series,
      onNextPage: () => {},
    });
    if (error) throw error;
    figures += classified.counts.figures;
    used += classified.values.length;
  }
  const { user, system } = process.cpuUsage(cpu);
  console.log(
    JSON.stringify({
      ...(passes > 1 && { pass }),
      pages: pages.length,
      figures,
      used,
      cpuSeconds: Math.round((user + system) / 1e4) / 100,
      wallSeconds: Math.round(performance.now() - started) / 1000,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}
