import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { median, round } from "./stats.mjs";

/**
 * The CPU time (user + system, ms) of the children this process has waited
 * for, from /proc/self/stat (cutime + cstime, in clock ticks of 10 ms), or
 * null where there is no /proc. Summed over many runs it is precise enough,
 * and unlike wall time it hardly moves when other processes share the CPUs.
 */
function childrenCpuMs() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After the name: state is field 3, cutime 16 and cstime 17 (1-based, man 5 proc).
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

function runOnce(command, cwd, env) {
  const cpu = childrenCpuMs();
  const started = process.hrtime.bigint();
  const result = spawnSync(command.argv[0], command.argv.slice(1), { cwd, env, stdio: "ignore" });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== command.expectStatus)
    throw new Error(`${command.argv.join(" ")} exited ${result.status}`);
  const after = childrenCpuMs();
  return { ms, cpuMs: cpu === null || after === null ? null : after - cpu };
}

/**
 * Times commands from start to exit against a reference command (the first,
 * `node -e 0`): each round runs the reference and then each command, in
 * alternating pairs, so that a busy machine slows both members of a pair
 * alike; a command's ratio is the median of its per-pair ratios (wall time).
 * Also returns the median wall time, the spread, and the mean CPU time per
 * run (user + system, from /proc; robust to other load).
 */
export function timeCommands(commands, { runs, warmup, cwd, env = process.env }) {
  const [reference, ...others] = commands.map((c) => ({ expectStatus: 0, ...c }));
  const times = commands.map(() => []);
  const cpu = commands.map(() => 0);
  const ratios = commands.map(() => []);
  for (let round_ = 0; round_ < warmup + runs; round_++) {
    others.forEach((command, i) => {
      const base = runOnce(reference, cwd, env);
      const own = runOnce(command, cwd, env);
      if (round_ < warmup) return;
      if (i === 0) {
        times[0].push(base.ms);
        cpu[0] += base.cpuMs ?? Number.NaN;
      }
      times[i + 1].push(own.ms);
      cpu[i + 1] += own.cpuMs ?? Number.NaN;
      ratios[i + 1].push(own.ms / base.ms);
    });
  }
  const cpuRef = cpu[0] / runs;
  return commands.map((command, i) => {
    const t = times[i];
    const mean = t.reduce((a, b) => a + b, 0) / t.length;
    const cpuMs = cpu[i] / runs;
    return {
      name: command.name,
      command: command.argv.join(" "),
      tool: "alternating pairs with node -e 0",
      runs: t.length,
      medianMs: round(median(t)),
      meanMs: round(mean),
      minMs: round(Math.min(...t)),
      stddevMs: round(Math.sqrt(t.reduce((a, b) => a + (b - mean) ** 2, 0) / t.length)),
      cpuMs: Number.isNaN(cpuMs) ? null : round(cpuMs),
      ratioToNode: i === 0 ? 1 : round(median(ratios[i]), 2),
      cpuRatioToNode: Number.isNaN(cpuMs) || cpuRef === 0 ? null : round(cpuMs / cpuRef, 2),
    };
  });
}
