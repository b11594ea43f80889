import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeSyntheticDataset } from "@ivp/importers/node";
import { median, round } from "./stats.mjs";

const USAGE_PRELOAD = fileURLToPath(new URL("./report-usage.mjs", import.meta.url));

/**
 * Writes a synthetic data set once: a manifest next to the files records the
 * options, and a data set with the same options is reused.
 */
export async function ensureDataset(dir, options) {
  const manifest = join(dir, "manifest.json");
  const wanted = JSON.stringify(options);
  if (existsSync(manifest)) {
    const saved = JSON.parse(readFileSync(manifest, "utf8"));
    if (JSON.stringify(saved.options) === wanted && saved.files.every((f) => existsSync(f))) {
      return { ...saved, reused: true };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const written = await writeSyntheticDataset({ ...options, dir });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const saved = { options, ...written, generateSeconds: round(seconds, 2) };
  writeFileSync(manifest, `${JSON.stringify(saved, null, 2)}\n`);
  return { ...saved, reused: false };
}

/** Reads the figures `ivp bulk` says it read and used from its summary line. */
function parseSummary(stdout) {
  const read = /Read ([\d,]+) figures/.exec(stdout);
  const used = /used ([\d,]+);/.exec(stdout);
  const reports = /^Wrote (\d+) reports?/.exec(stdout);
  const number = (m) => (m ? Number(m[1].replaceAll(",", "")) : null);
  return { figures: number(read), used: number(used), reports: number(reports) };
}

const PEER = fileURLToPath(new URL("./duckdb-peer.mjs", import.meta.url));

/** One run of `ivp bulk` into a fresh directory: wall time, peak memory, CPU time, its summary. */
function runIvpBulk({ ivp, first, out, format, cwd, jobs }) {
  rmSync(out, { recursive: true, force: true });
  const usageFile = `${out}.usage.json`;
  rmSync(usageFile, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [
      "--import",
      USAGE_PRELOAD,
      ivp,
      "bulk",
      first,
      "--out",
      out,
      "--format",
      format,
      ...(jobs === undefined ? [] : ["--jobs", String(jobs)]),
    ],
    { cwd, encoding: "utf8", env: { ...process.env, IVP_BENCH_USAGE: usageFile } },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`ivp bulk failed (${result.status}):\n${result.stderr}`);
  const usage = JSON.parse(readFileSync(usageFile, "utf8"));
  rmSync(usageFile, { force: true });
  return {
    seconds: round(seconds, 2),
    maxRssMb: round(usage.maxRssKb / 1024),
    cpuSeconds: round((usage.userMs + usage.systemMs) / 1000, 2),
    ...parseSummary(result.stdout),
  };
}

/** One run of the DuckDB peer (duckdb-peer.mjs) on the same files: wall time and what it computed. */
function runPeer({ format, first, cwd }) {
  const target = format === "statline" ? first : dirname(first);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [PEER, format, target], { cwd, encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0)
    throw new Error(`the DuckDB peer failed (${result.status}):\n${result.stderr}`);
  const computed = JSON.parse(result.stdout);
  return {
    seconds: round(seconds, 2),
    figures: Number(computed.figures),
    cells: Number(computed.cells),
  };
}

/**
 * Runs `ivp bulk` (HTML reports) on a data set `runs` times, each run paired
 * with a run of the DuckDB peer on the same files (ivp, then DuckDB, in
 * turn, so that a busy machine slows both alike), and returns every run, the
 * medians, and ivp / DuckDB as the median of the pairs' ratios with every
 * pair's ratio (their spread shows how far one pair can be trusted). Wall time is
 * from start to exit; peak memory (max RSS) and CPU time are what the ivp
 * process reports itself.
 */
export function measureBulk({
  ivp,
  first,
  out,
  runs,
  format = "html",
  cwd,
  dataFormat,
  peer = true,
  jobs,
}) {
  const results = [];
  const peers = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const own = runIvpBulk({ ivp, first, out, format, cwd, jobs });
    results.push(own);
    if (!peer) continue;
    const other = runPeer({ format: dataFormat, first, cwd });
    peers.push(other);
    ratios.push(own.seconds / other.seconds);
  }
  const seconds = median(results.map((r) => r.seconds));
  const { figures, used, reports } = results[0];
  return {
    runs: results,
    medianSeconds: round(seconds, 2),
    medianMaxRssMb: round(median(results.map((r) => r.maxRssMb))),
    medianCpuSeconds: round(median(results.map((r) => r.cpuSeconds)), 2),
    figures,
    used,
    reports,
    figuresPerSecond: Math.round(figures / seconds),
    observationsPerSecond: Math.round(used / seconds),
    ...(peer && {
      duckdb: {
        runs: peers,
        medianSeconds: round(median(peers.map((p) => p.seconds)), 2),
        figures: peers[0].figures,
        cells: peers[0].cells,
        sameFigures: peers[0].figures === used,
      },
      ratioToDuckdb: round(median(ratios), 2),
      pairRatios: ratios.map((r) => round(r, 2)),
    }),
  };
}

/** Makes a directory (and its parents). */
export function ensureDir(dir) {
  mkdirSync(dir, { recursive: true });
  return dir;
}
