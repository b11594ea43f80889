// Prints the mutation score of every mutated file from Stryker's JSON report
// (reports/mutation/mutation.json, written by `pnpm mutation`) as the Markdown
// table of docs/mutation.md, and exits 1 when a file scores below the floor.
// Stryker's own `thresholds.break` only sees the score of all files together.
//
//   node scripts/mutation-scores.mjs [--floor 90] [--report PATH]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    floor: { type: "string", default: "90" },
    report: { type: "string", default: "reports/mutation/mutation.json" },
  },
});
const floor = Number(values.floor);

let report;
try {
  report = JSON.parse(readFileSync(values.report, "utf8"));
} catch (error) {
  console.error(
    `mutation-scores: cannot read ${values.report} (${error.message}); run pnpm mutation first.`,
  );
  process.exit(1);
}

// Stryker's definition: detected (killed, timed out) over valid mutants
// (detected, survived, no coverage); ignored and invalid mutants do not count.
const rows = Object.entries(report.files)
  .map(([file, { mutants }]) => {
    const count = (status) => mutants.filter((m) => m.status === status).length;
    const killed = count("Killed");
    const timeout = count("Timeout");
    const survived = count("Survived");
    const noCoverage = count("NoCoverage");
    const ignored = count("Ignored");
    const valid = killed + timeout + survived + noCoverage;
    const score = valid === 0 ? 100 : (100 * (killed + timeout)) / valid;
    return { file, killed, timeout, survived, noCoverage, ignored, valid, score };
  })
  .sort((a, b) => a.file.localeCompare(b.file));

const total = rows.reduce(
  (sum, r) => ({
    killed: sum.killed + r.killed,
    timeout: sum.timeout + r.timeout,
    survived: sum.survived + r.survived,
    noCoverage: sum.noCoverage + r.noCoverage,
    ignored: sum.ignored + r.ignored,
    valid: sum.valid + r.valid,
  }),
  { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, valid: 0 },
);
const totalScore = total.valid === 0 ? 100 : (100 * (total.killed + total.timeout)) / total.valid;

const line = (cells) => `| ${cells.join(" | ")} |`;
console.log(line(["module", "score", "killed", "timeout", "survived", "no coverage", "ignored"]));
console.log(line(["---", "---:", "---:", "---:", "---:", "---:", "---:"]));
for (const r of rows) {
  console.log(
    line([
      `\`${r.file.replace(/^src\//, "")}\``,
      `${r.score.toFixed(1)} %`,
      r.killed,
      r.timeout,
      r.survived,
      r.noCoverage,
      r.ignored,
    ]),
  );
}
console.log(
  line([
    "**all**",
    `**${totalScore.toFixed(1)} %**`,
    total.killed,
    total.timeout,
    total.survived,
    total.noCoverage,
    total.ignored,
  ]),
);

const below = rows.filter((r) => r.score < floor);
if (below.length > 0) {
  console.error(
    `\n${below.length} file(s) below ${floor} %: ${below.map((r) => `${r.file} (${r.score.toFixed(1)} %)`).join(", ")}`,
  );
  process.exit(1);
}
