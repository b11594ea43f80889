// Checks that a change to `ivp bulk` (or to what it renders) left every file it
// writes byte for byte as it was. Two steps:
//
//   node bench/compare-bulk-output.mjs save --ivp OLD/dist/ivp.js
//       runs the given build (e.g. a copy of main's apps/cli/dist, made
//       before changing anything) on the 1x StatLine and OData data sets of
//       the benchmark (generated into bench/out/ as `pnpm bench` does, with
//       the same options) and keeps every file it writes in
//       bench/out/bulk-reference/<set>/;
//   node bench/compare-bulk-output.mjs check [--ivp apps/cli/dist/ivp.js] [--jobs 1,2]
//       runs a build (by default this tree's) on the same sets, once per
//       number of workers, and compares every file with the saved ones: the
//       same list of files and the same bytes. Exits 1 and names the files
//       that differ (the first differing byte of each) otherwise.
//
// Options of both: --sets statline,odata (default both), --format html|md|json
// (default html, what the benchmark times). Nothing here is timed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { register } from "node:module";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// Before @ivp/importers is loaded (lib/bulk.mjs): see lib/json-attributes-hook.mjs.
register("./lib/json-attributes-hook.mjs", import.meta.url);
const { ensureDataset, ensureDir } = await import("./lib/bulk.mjs");

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const OUT = ensureDir(join(ROOT, "bench/out"));
const REFERENCE = join(OUT, "bulk-reference");

// The 1x data sets of bench/run.mjs, with the same options (so they are shared).
const SETS = {
  statline: {
    dir: "national-statline-10y",
    dataset: { seed: 42, startYear: 2014, years: 10, format: "statline" },
  },
  odata: {
    dir: "national-odata-10y",
    dataset: { seed: 42, startYear: 2014, years: 10, format: "odata" },
  },
};

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ivp: { type: "string" },
    jobs: { type: "string", default: "1,2" },
    sets: { type: "string", default: "statline,odata" },
    format: { type: "string", default: "html" },
  },
});
const mode = positionals[0];
if (mode !== "save" && mode !== "check") {
  console.error(
    "usage: compare-bulk-output.mjs save --ivp OLD/dist/ivp.js | check [--ivp PATH] [--jobs 1,2] [--sets statline,odata] [--format html]",
  );
  process.exit(2);
}
if (mode === "save" && options.ivp === undefined) {
  console.error("save needs --ivp: the build whose output is the reference");
  process.exit(2);
}
const ivp = resolve(options.ivp ?? join(ROOT, "apps/cli/dist/ivp.js"));
if (!existsSync(ivp)) {
  console.error(`no build at ${ivp}`);
  process.exit(2);
}
const sets = options.sets.split(",").map((s) => s.trim());
for (const name of sets) {
  if (!(name in SETS)) {
    console.error(`unknown set ${name}: statline or odata`);
    process.exit(2);
  }
}

/** Every file under a directory, as paths relative to it, sorted (walked by hand: see toolchain notes). */
function filesUnder(dir) {
  const found = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

/** Runs `ivp bulk` into a fresh directory; fails loudly when it fails. */
function runBulk(first, out, jobs) {
  rmSync(out, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [
      ivp,
      "bulk",
      first,
      "--out",
      out,
      "--format",
      options.format,
      "--quiet",
      ...(jobs ? ["--jobs", jobs] : []),
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (result.status !== 0) {
    console.error(`ivp bulk failed (exit ${result.status}):\n${result.stderr}`);
    process.exit(1);
  }
}

/** The first index at which two buffers differ, or -1. */
function firstDifference(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

let failed = false;
for (const name of sets) {
  const { dir, dataset } = SETS[name];
  const data = await ensureDataset(join(OUT, dir), dataset);
  const first = data.files[0];
  const reference = join(REFERENCE, `${name}-${options.format}`);
  if (mode === "save") {
    runBulk(first, reference);
    console.log(
      `${name}: saved ${filesUnder(reference).length} files of ${ivp} in ${relative(ROOT, reference)}`,
    );
    continue;
  }
  if (!existsSync(reference)) {
    console.error(`${name}: no reference in ${reference}: run 'save --ivp OLD/dist/ivp.js' first`);
    process.exit(2);
  }
  const expected = filesUnder(reference);
  for (const jobs of options.jobs.split(",").map((j) => j.trim())) {
    const out = join(OUT, `bulk-compare-${name}-${options.format}`);
    runBulk(first, out, jobs);
    const actual = filesUnder(out);
    const problems = [];
    const missing = expected.filter((f) => !actual.includes(f));
    const extra = actual.filter((f) => !expected.includes(f));
    if (missing.length > 0)
      problems.push(
        `missing: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", ..." : ""}`,
      );
    if (extra.length > 0) problems.push(`not in the reference: ${extra.slice(0, 5).join(", ")}`);
    let differing = 0;
    for (const file of expected) {
      if (!actual.includes(file)) continue;
      const at = firstDifference(
        readFileSync(join(reference, file)),
        readFileSync(join(out, file)),
      );
      if (at >= 0) {
        differing++;
        if (differing <= 5) problems.push(`${file} differs from byte ${at}`);
      }
    }
    if (differing > 5) problems.push(`... ${differing} files differ in all`);
    if (problems.length === 0) {
      console.log(
        `${name}, --jobs ${jobs}: all ${expected.length} files identical to the reference`,
      );
      rmSync(out, { recursive: true, force: true });
    } else {
      failed = true;
      console.log(`${name}, --jobs ${jobs}: DIFFERENT (output kept in ${relative(ROOT, out)})`);
      for (const p of problems) console.log(`  ${p}`);
    }
  }
}
process.exit(failed ? 1 : 0);
