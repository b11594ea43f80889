import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median, round } from "./stats.mjs";

/**
 * Times commands from start to exit: with hyperfine when it is installed
 * (`-N`, no shell; warm-up runs first), else with a Node loop that runs the
 * commands in turn, so that a noisy machine slows them all alike. Returns the
 * median, mean, minimum and spread in milliseconds per command.
 */
export function timeCommands(commands, { runs, warmup, cwd }) {
  const hyperfine = spawnSync("hyperfine", ["--version"], { encoding: "utf8" }).status === 0;
  if (hyperfine) {
    const dir = mkdtempSync(join(tmpdir(), "ivp-bench-"));
    const out = join(dir, "hyperfine.json");
    const result = spawnSync(
      "hyperfine",
      [
        "-N",
        "--warmup",
        String(warmup),
        "--runs",
        String(runs),
        "--export-json",
        out,
        ...commands.map((c) => c.argv.join(" ")),
      ],
      { cwd, encoding: "utf8" },
    );
    if (result.status !== 0) throw new Error(`hyperfine failed:\n${result.stderr}`);
    const { results } = JSON.parse(readFileSync(out, "utf8"));
    rmSync(dir, { recursive: true, force: true });
    return commands.map((command, i) => {
      const r = results[i];
      return {
        name: command.name,
        command: command.argv.join(" "),
        tool: "hyperfine",
        runs: r.times.length,
        medianMs: round(r.median * 1000),
        meanMs: round(r.mean * 1000),
        minMs: round(r.min * 1000),
        stddevMs: round(r.stddev * 1000),
        userMs: round(r.user * 1000),
        systemMs: round(r.system * 1000),
      };
    });
  }
  const times = commands.map(() => []);
  for (let round_ = 0; round_ < warmup + runs; round_++) {
    commands.forEach((command, i) => {
      const started = process.hrtime.bigint();
      const result = spawnSync(command.argv[0], command.argv.slice(1), { cwd, stdio: "ignore" });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (result.status !== 0) throw new Error(`${command.argv.join(" ")} exited ${result.status}`);
      if (round_ >= warmup) times[i].push(ms);
    });
  }
  return commands.map((command, i) => {
    const t = times[i];
    const mean = t.reduce((a, b) => a + b, 0) / t.length;
    return {
      name: command.name,
      command: command.argv.join(" "),
      tool: "node loop",
      runs: t.length,
      medianMs: round(median(t)),
      meanMs: round(mean),
      minMs: round(Math.min(...t)),
      stddevMs: round(Math.sqrt(t.reduce((a, b) => a + (b - mean) ** 2, 0) / t.length)),
      userMs: null,
      systemMs: null,
    };
  });
}
