// `pnpm audit` with the project's policy (SECURITY.md): every advisory against
// a dependency must be fixed or explained in SECURITY.md, by its GHSA id.
// When the registry's audit endpoint does not answer (some networks only let
// package downloads through), the audit is reported as not run; with
// --require (`pnpm release` uses it) that is a failure.
//
// Usage: node tooling/audit.mjs [--require]   (pnpm audit:deps)
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const require = process.argv.includes("--require");

const result = spawnSync("pnpm", ["audit", "--json"], { cwd: ROOT, encoding: "utf8" });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  report = undefined;
}
if (!report || typeof report.advisories !== "object" || report.advisories === null) {
  const reason =
    report?.error?.message ??
    (`${result.stdout}${result.stderr}`.trim().split("\n")[0] || "no answer");
  process.stderr.write(`pnpm audit did not run: ${reason}\n`);
  if (require) {
    process.stderr.write("Run the audit where the registry's audit endpoint is reachable.\n");
    process.exit(1);
  }
  process.stderr.write("Not a failure here (see SECURITY.md); `pnpm release` requires it.\n");
  process.exit(0);
}

// The GHSA ids in the first column of SECURITY.md's table of explained advisories.
const explained = new Set(
  [
    ...readFileSync(`${ROOT}/SECURITY.md`, "utf8").matchAll(/^\| *(GHSA(?:-[0-9a-z]{4}){3}) *\|/gm),
  ].map((m) => m[1]),
);
const advisories = Object.values(report.advisories);
const unexplained = advisories.filter((a) => !explained.has(a.github_advisory_id));
for (const a of advisories) {
  const paths = (a.findings ?? []).flatMap((f) => f.paths ?? []).slice(0, 3);
  const mark = explained.has(a.github_advisory_id) ? "explained" : "UNEXPLAINED";
  process.stdout.write(
    `${mark}  ${a.severity}  ${a.module_name} ${a.vulnerable_versions}  ${a.github_advisory_id}  ${a.title}\n    ${paths.join("\n    ")}\n`,
  );
}
if (unexplained.length > 0) {
  process.stderr.write(
    `${unexplained.length} advisor${unexplained.length === 1 ? "y is" : "ies are"} neither fixed nor explained in SECURITY.md: update the dependency (exact pin, lockfile), or add the GHSA id to SECURITY.md with why it does not affect ivp.\n`,
  );
  process.exit(1);
}
process.stdout.write(`pnpm audit: ${advisories.length} advisories, all explained in SECURITY.md\n`);
