/** A Markdown table. */
function table(header, rows, align) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(align ?? header.map(() => "---")), ...rows.map(line)].join("\n");
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const thousands = (n) => (n === null || n === undefined ? "" : n.toLocaleString("en-US"));

/** The results of a benchmark run as the Markdown summary the docs quote. */
export function renderMarkdown(results) {
  const m = results.machine;
  const parts = [
    `# ivp benchmarks, ${results.date.slice(0, 10)}`,
    "",
    `Machine: ${m.nproc} CPUs (${m.cpu}), ${m.memoryGb} GB RAM, ${m.os}, Node ${m.node}; load average at the start ${m.loadAverage.join(", ")}. ivp ${m.commit ?? "?"}${m.dirty ? " (with uncommitted changes)" : ""}.`,
    "",
  ];
  if (results.startup) {
    const s = results.startup;
    parts.push(
      "## Start-up",
      "",
      `\`ivp status\` on the Laren example takes **${s.statusRatio}x** the time of Node's own start-up (\`node -e 0\`), \`ivp validate\` **${s.validateRatio}x**: each the median of the ratios of ${s.commands[0].runs} alternating pairs (the command, then \`node -e 0\`), with the cache of validated plans warm unless the row says \`--no-cache\`. CPU is user + system time per run (from /proc), which other load on the machine hardly changes.`,
      "",
      table(
        [
          "command",
          "median (ms)",
          "mean ± sd (ms)",
          "min (ms)",
          "CPU (ms)",
          "x node -e 0 (wall)",
          "x node -e 0 (CPU)",
        ],
        s.commands.map((c) => [
          c.name,
          String(c.medianMs),
          `${c.meanMs} ± ${c.stddevMs}`,
          String(c.minMs),
          c.cpuMs === null ? "" : String(c.cpuMs),
          String(c.ratioToNode),
          c.cpuRatioToNode === null ? "" : String(c.cpuRatioToNode),
        ]),
        ["---", "---:", "---:", "---:", "---:", "---:", "---:"],
      ),
      "",
    );
  }
  if (results.bulk) {
    parts.push(
      "## Bulk",
      "",
      "`ivp bulk <data-file> --out DIR` (HTML reports) over synthetic data sets of police table 47013NED (seed 42): every figure read (three topics a row), the registered crimes used, one report per municipality and the overview. Peak memory is the process's own max RSS.",
      "",
      table(
        [
          "data set",
          "size (MB)",
          "figures read",
          "used",
          "reports",
          "wall (s)",
          "figures/s",
          "observations used/s",
          "peak RSS (MB)",
        ],
        results.bulk.map((b) => [
          b.name,
          String(b.megabytes),
          thousands(b.figures),
          thousands(b.used),
          String(b.reports),
          String(b.medianSeconds),
          thousands(b.figuresPerSecond),
          thousands(b.observationsPerSecond),
          String(b.medianMaxRssMb),
        ]),
        ["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"],
      ),
      "",
      `Wall time and memory are the median of ${results.bulk[0].runs.length} run(s) for the first two rows, one run for the others.`,
      "",
    );
  }
  if (results.bundleSize) {
    parts.push(
      "## Browser bundle of @ivp/model",
      "",
      "size-limit 12.1.0 (@size-limit/preset-small-lib): esbuild bundle for browsers with every dependency, minified, brotli.",
      "",
      table(
        ["what", "size", "budget", ""],
        results.bundleSize.map((c) => [
          c.name,
          kb(c.bytes),
          kb(c.limitBytes),
          c.passed ? "ok" : "**over budget**",
        ]),
        ["---", "---:", "---:", "---"],
      ),
      "",
    );
  }
  return `${parts.join("\n")}`;
}
