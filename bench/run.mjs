// The benchmarks of ivp, in one command (from the repository root: `pnpm bench`,
// which builds first). Measures and records:
//   1. start-up: `ivp status` and `ivp validate` on the Laren example against
//      `node -e 0` (alternating pairs, the median of the pairs' ratios; with
//      the cache of validated plans warm, and without it), and a few other
//      commands for comparison;
//   2. bulk: `ivp bulk` over a synthetic national data set of police table
//      47013NED (342 municipalities, 9 crime types) as OData pages and as a
//      StatLine CSV, with 10, 20 and 40 years of months (1x, 2x, 4x) and the
//      OData table four times over, for wall time, figures per second and peak
//      memory (max RSS), each run paired with DuckDB doing the core
//      computation on the same files (lib/duckdb-peer.mjs): ivp / DuckDB;
//   3. `ivp validate` on plans with one series of 20k, 40k and 80k monthly
//      rows: whether its time grows linearly;
//   4. the browser bundle size of @ivp/model (size-limit, with the budgets of
//      packages/model/.size-limit.json).
// It opens with the goals of issue 14 and whether each is met, and writes
// bench/results/<date>-<machine>.json and .md (with -2, -3... when a
// recording of that name exists: none is replaced) and prints the Markdown.
//
// Options: --runs N (start-up pairs, default 30), --bulk-runs N (pairs on
// every bulk set, default 5: one pair's ratio moves by ±0.3x on a shared VM,
// so a goal is judged on the median and the recording shows every pair),
// --quick (10 start-up pairs, 1x sets only, one run each), --skip-startup, --skip-bulk, --skip-validate-scaling, --skip-size,
// --baseline PATH (an older build's dist/ivp.js, to time its `status` too),
// --label TEXT (appended to the recorded files' name, e.g. "loaded" for a run
// on a busy machine), --no-record (print only).
import { existsSync, rmSync } from "node:fs";
import { register } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { measureBundleSize } from "./lib/bundle-size.mjs";
import { measureValidateScaling } from "./lib/long-series.mjs";
import { describeMachine } from "./lib/machine.mjs";
import { renderMarkdown } from "./lib/markdown.mjs";
import { recordResults } from "./lib/record.mjs";
import { timeCommands } from "./lib/startup.mjs";
import { round } from "./lib/stats.mjs";

// Before @ivp/importers is loaded (lib/bulk.mjs): see lib/json-attributes-hook.mjs.
register("./lib/json-attributes-hook.mjs", import.meta.url);
const { ensureDataset, ensureDir, measureBulk } = await import("./lib/bulk.mjs");

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const IVP = join(ROOT, "apps/cli/dist/ivp.js");
const LAREN = "examples/laren-2019-2022";
const OUT = ensureDir(join(ROOT, "bench/out"));

const { values: options } = parseArgs({
  options: {
    runs: { type: "string", default: "30" },
    "bulk-runs": { type: "string", default: "5" },
    quick: { type: "boolean", default: false },
    "skip-startup": { type: "boolean", default: false },
    "skip-bulk": { type: "boolean", default: false },
    "skip-size": { type: "boolean", default: false },
    "skip-validate-scaling": { type: "boolean", default: false },
    baseline: { type: "string" },
    label: { type: "string" },
    "no-record": { type: "boolean", default: false },
  },
});
/** A count of pairs from the command line: a whole number, 1 or more. */
function pairs(name) {
  const n = Number(options[name]);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} takes a whole number of pairs, 1 or more (got '${options[name]}')`);
    process.exit(2);
  }
  return n;
}
const runs = options.quick ? 10 : pairs("runs");
const bulkRuns = options.quick ? 1 : pairs("bulk-runs");
if (!existsSync(IVP)) {
  console.error(`no built CLI at ${IVP}: run 'pnpm bench' from the root (it builds first)`);
  process.exit(2);
}

const log = (text) => process.stderr.write(`${text}\n`);
const machine = describeMachine(ROOT);
const results = { format: "ivp-bench", formatVersion: 1, date: new Date().toISOString(), machine };

if (!options["skip-startup"]) {
  log(`start-up: ${runs} alternating pairs per command...`);
  const ivp = (...args) => [process.execPath, IVP, ...args];
  // The cache of validated plans in a directory of its own, empty at the start:
  // the warm-up runs fill it, as a user's first run does.
  const cacheDir = join(OUT, "cache");
  rmSync(cacheDir, { recursive: true, force: true });
  const commands = [
    { name: "node -e 0", argv: [process.execPath, "-e", "0"] },
    { name: "ivp --version", argv: ivp("--version") },
    { name: "ivp status (Laren)", argv: ivp("status", LAREN) },
    { name: "ivp status (Laren), --no-cache", argv: ivp("status", LAREN, "--no-cache") },
    { name: "ivp table (Laren, tabel-2)", argv: ivp("table", LAREN, "tabel-2") },
    { name: "ivp validate (Laren)", argv: ivp("validate", LAREN) },
    { name: "ivp validate (Laren), --no-cache", argv: ivp("validate", LAREN, "--no-cache") },
    { name: "ivp validate (Blaricum)", argv: ivp("validate", "examples/blaricum") },
    { name: "ivp report (Laren, md)", argv: ivp("report", LAREN, "--format", "md") },
    ...(options.baseline
      ? [
          {
            name: "ivp status (Laren), baseline build",
            argv: [process.execPath, options.baseline, "status", LAREN],
          },
        ]
      : []),
  ];
  const timed = timeCommands(commands, {
    runs,
    warmup: 3,
    cwd: ROOT,
    env: { ...process.env, IVP_CACHE_DIR: cacheDir, IVP_NO_CACHE: "" },
  });
  const ratio = (name) => timed.find((t) => t.name === name).ratioToNode;
  results.startup = {
    commands: timed,
    statusRatio: ratio("ivp status (Laren)"),
    validateRatio: ratio("ivp validate (Laren)"),
  };
  // NODE_EXTRA_CA_CERTS makes every Node process read and parse those
  // certificates at start-up (a system bundle: some 400 million instructions,
  // five times `node -e 0` without it), which flattens every ratio to
  // `node -e 0`. Where it is set, the main commands again without it: the
  // start-up most users have.
  if (process.env.NODE_EXTRA_CA_CERTS) {
    log("start-up: again without NODE_EXTRA_CA_CERTS...");
    const { NODE_EXTRA_CA_CERTS: _, ...withoutCerts } = process.env;
    const plain = timeCommands(
      commands.filter((c) =>
        ["node -e 0", "ivp --version", "ivp status (Laren)", "ivp validate (Laren)"].includes(
          c.name,
        ),
      ),
      {
        runs,
        warmup: 3,
        cwd: ROOT,
        env: { ...withoutCerts, IVP_CACHE_DIR: cacheDir, IVP_NO_CACHE: "" },
      },
    );
    results.startup.withoutExtraCaCerts = {
      commands: plain,
      statusRatio: plain.find((t) => t.name === "ivp status (Laren)").ratioToNode,
      validateRatio: plain.find((t) => t.name === "ivp validate (Laren)").ratioToNode,
    };
  }
}

if (!options["skip-bulk"]) {
  // 1x, 2x and 4x: ten, twenty and forty years of months of every
  // municipality, as OData pages and as a StatLine download; and the OData
  // table four times over (4x the rows, the same state).
  const years = (n, format) => ({ seed: 42, startYear: 2024 - n, years: n, format });
  const sizes = options.quick
    ? [[1, 10]]
    : [
        [1, 10],
        [2, 20],
        [4, 40],
      ];
  const cases = [];
  for (const [times, n] of sizes) {
    for (const format of ["statline", "odata"]) {
      cases.push({
        name: `${format === "odata" ? "OData pages" : "StatLine CSV"}, ${times}x (${n} years of months)`,
        size: `${times}x`,
        dir: `national-${format}-${n}y`,
        dataset: years(n, format),
        runs: bulkRuns,
      });
    }
  }
  if (!options.quick) {
    cases.push({
      name: "OData pages, 4x the rows (the 10-year table four times over)",
      size: "4x rows",
      dir: "national-odata-4x-rows",
      dataset: { ...years(10, "odata"), repeat: 4 },
      runs: bulkRuns,
    });
  }
  results.bulk = [];
  for (const c of cases) {
    log(`bulk: ${c.name}: generating...`);
    const data = await ensureDataset(join(OUT, c.dir), c.dataset);
    log(`bulk: ${c.name}: ${c.runs} run(s) of ivp bulk, each with one of DuckDB...`);
    const measured = measureBulk({
      ivp: IVP,
      first: data.files[0],
      out: join(OUT, `${c.dir}-reports`),
      runs: c.runs,
      cwd: ROOT,
      dataFormat: c.dataset.format,
    });
    results.bulk.push({
      name: c.name,
      size: c.size,
      dataset: c.dataset,
      files: data.files.length,
      megabytes: round(data.bytes / 1e6),
      generateSeconds: data.generateSeconds,
      ...measured,
    });
  }
}

if (!options["skip-validate-scaling"]) {
  const sizes = [20_000, 40_000, 80_000];
  log(`validate: one series of ${sizes.join(", ")} monthly rows...`);
  results.validateScaling = measureValidateScaling({
    ivp: IVP,
    root: ROOT,
    out: OUT,
    sizes,
    runs: options.quick ? 1 : 3,
  });
}

if (!options["skip-size"]) {
  log("bundle size: size-limit on @ivp/model...");
  results.bundleSize = measureBundleSize(ROOT);
}

const markdown = renderMarkdown(results);
if (!options["no-record"]) {
  const label = options.label ? `-${options.label.replace(/[^a-z0-9-]+/gi, "-")}` : "";
  const name = `${results.date.slice(0, 10)}-${machine.hostname.replace(/[^a-z0-9-]+/gi, "-")}${label}`;
  const dir = ensureDir(join(ROOT, "bench/results"));
  const used = recordResults(dir, name, `${JSON.stringify(results, null, 2)}\n`, markdown);
  log(`recorded in bench/results/${used}.json and .md`);
}
process.stdout.write(markdown);
if (results.bundleSize?.some((c) => !c.passed)) {
  log("a bundle-size budget is exceeded (see above)");
  process.exitCode = 1;
}
