import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeSyntheticDataset } from "@ivp/importers";
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

/**
 * Runs `ivp bulk` on a data set `runs` times into a fresh directory each time
 * and measures each run from start to exit (wall time), with the peak memory
 * (max RSS) and CPU time the process reports itself. Returns every run and
 * the medians.
 */
export function measureBulk({ ivp, first, out, runs, format = "html", cwd }) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    rmSync(out, { recursive: true, force: true });
    const usageFile = `${out}.usage.json`;
    rmSync(usageFile, { force: true });
    const started = process.hrtime.bigint();
    const result = spawnSync(
      process.execPath,
      ["--import", USAGE_PRELOAD, ivp, "bulk", first, "--out", out, "--format", format],
      { cwd, encoding: "utf8", env: { ...process.env, IVP_BENCH_USAGE: usageFile } },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status !== 0)
      throw new Error(`ivp bulk failed (${result.status}):\n${result.stderr}`);
    const usage = JSON.parse(readFileSync(usageFile, "utf8"));
    rmSync(usageFile, { force: true });
    const summary = parseSummary(result.stdout);
    results.push({
      seconds: round(seconds, 2),
      maxRssMb: round(usage.maxRssKb / 1024),
      cpuSeconds: round((usage.userMs + usage.systemMs) / 1000, 2),
      ...summary,
    });
  }
  const seconds = median(results.map((r) => r.seconds));
  const { figures, used, reports } = results[0];
  return {
    runs: results,
    medianSeconds: round(seconds, 2),
    medianMaxRssMb: round(median(results.map((r) => r.maxRssMb))),
    figures,
    used,
    reports,
    figuresPerSecond: Math.round(figures / seconds),
    observationsPerSecond: Math.round(used / seconds),
  };
}

/** Makes a directory (and its parents). */
export function ensureDir(dir) {
  mkdirSync(dir, { recursive: true });
  return dir;
}
