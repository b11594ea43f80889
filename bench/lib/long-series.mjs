import { spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { median, round } from "./stats.mjs";

/**
 * Writes a plan with one series of `rows` monthly figures: the Blaricum
 * example with its data file replaced by `misdrijven-totaal` for every month
 * from January 1000 on (deterministic counts 0-499). Reused when present.
 */
function writeLongSeriesPlan(root, dir, rows) {
  if (existsSync(join(dir, "data/politie.csv"))) return dir;
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, "examples/blaricum"), dir, { recursive: true });
  const lines = ["series,area,period,value"];
  for (let i = 0; i < rows; i++) {
    const year = 1000 + Math.floor(i / 12);
    const month = String((i % 12) + 1).padStart(2, "0");
    lines.push(`misdrijven-totaal,GM0376,${year}-${month},${(i * 7919) % 500}`);
  }
  writeFileSync(join(dir, "data/politie.csv"), `${lines.join("\n")}\n`);
  return dir;
}

/**
 * Times `ivp validate --no-cache` on plans with one series of each number of
 * monthly rows (`runs` times each, in turn) and returns the medians and each
 * time relative to the smallest plan's: linear work gives ratios close to the
 * ratios of the rows (or below them, as start-up is a fixed cost), quadratic
 * work their squares.
 */
export function measureValidateScaling({ ivp, root, out, sizes, runs }) {
  const plans = sizes.map((rows) =>
    writeLongSeriesPlan(root, join(out, `long-series-${rows}`), rows),
  );
  const times = sizes.map(() => []);
  for (let r = 0; r < runs; r++) {
    plans.forEach((plan, i) => {
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [ivp, "validate", plan, "--no-cache"], {
        cwd: root,
        stdio: "ignore",
      });
      if (result.status !== 0) throw new Error(`ivp validate ${plan} exited ${result.status}`);
      times[i].push(Number(process.hrtime.bigint() - started) / 1e9);
    });
  }
  const medians = times.map((t) => median(t));
  return sizes.map((rows, i) => ({
    rows,
    medianSeconds: round(medians[i], 2),
    relativeTime: round(medians[i] / medians[0], 2),
    relativeRows: round(rows / sizes[0], 2),
  }));
}
