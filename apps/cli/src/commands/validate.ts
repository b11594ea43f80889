import { formatIssue, type LocatedIssue, loadPlan } from "@ivp/plan-file";
import type { ParsedCommandArgs } from "../args.ts";
import { writeOutput } from "../output.ts";
import { EXIT } from "./definitions.ts";

/** JSON report of `ivp validate --format json`. */
export interface ValidateReport {
  readonly plan: string;
  readonly valid: boolean;
  readonly counts: { readonly errors: number; readonly warnings: number; readonly infos: number };
  readonly issues: readonly LocatedIssue[];
}

/** `ivp validate <plan>`: returns the exit code. */
export async function runValidate(args: ParsedCommandArgs): Promise<number> {
  const target = args.positionals[0] as string;
  const result = await loadPlan(target);
  const issues = result.success ? [] : result.issues;
  const count = (severity: LocatedIssue["severity"]) =>
    issues.filter((i) => i.severity === severity).length;
  const errors = count("error");
  if (args.options.format === "json") {
    const report: ValidateReport = {
      plan: target,
      valid: errors === 0,
      counts: { errors, warnings: count("warning"), infos: count("info") },
      issues,
    };
    await writeOutput(`${JSON.stringify(report, null, 2)}\n`);
  } else if (result.success) {
    const { plan } = result;
    const summary = [
      `${plan.priorities.length} priorities`,
      `${plan.themes.length} themes`,
      `${plan.indicators.length} indicators`,
      `${plan.tables.length} tables`,
      `${result.observations.length} observations`,
    ].join(", ");
    await writeOutput(`${result.file}: valid (${summary})\n`);
  } else {
    const lines = issues.map(formatIssue);
    lines.push(`${errors} error${errors === 1 ? "" : "s"}`);
    process.stderr.write(`${lines.join("\n")}\n`);
  }
  return errors > 0 ? EXIT.invalidInput : EXIT.ok;
}
