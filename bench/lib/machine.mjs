import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";

/** The first `model name` of /proc/cpuinfo, else what Node reports. */
function cpuModel() {
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) return line.split(":")[1].trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? "unknown";
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** What the figures were measured on. */
export function describeMachine(root) {
  return {
    hostname: os.hostname(),
    nproc: os.availableParallelism(),
    cpu: cpuModel(),
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    commit: run("git", ["rev-parse", "--short", "HEAD"], root),
    dirty: (run("git", ["status", "--porcelain"], root) ?? "") !== "",
    // Whether Node reads extra CA certificates at every start (see run.mjs).
    extraCaCerts: Boolean(process.env.NODE_EXTRA_CA_CERTS),
  };
}
