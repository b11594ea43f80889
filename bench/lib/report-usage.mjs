// Preloaded with `node --import` into a measured process: at exit it writes
// the process's own resource usage (peak memory, CPU time) to the file in
// IVP_BENCH_USAGE, so the measurement needs no /usr/bin/time.
import { writeFileSync } from "node:fs";

const file = process.env.IVP_BENCH_USAGE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        maxRssKb: usage.maxRSS,
        userMs: usage.userCPUTime / 1000,
        systemMs: usage.systemCPUTime / 1000,
      }),
    );
  });
}
