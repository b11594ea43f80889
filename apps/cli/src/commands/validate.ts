import { type Language, lintPlan } from "@ivp/model";
import { formatIssue, type LocatedIssue, loadPlan } from "@ivp/plan-file";
import type { ParsedCommandArgs } from "../args.ts";
import { listLimited } from "../list-limit.ts";
import { formatFinding, type LocatedFinding, locateFindings } from "../locate-findings.ts";
import { writeOutput } from "../output.ts";
import { EXIT } from "./definitions.ts";

/** JSON report of `ivp validate --format json`. */
export interface ValidateReport {
  readonly plan: string;
  readonly valid: boolean;
  /** Findings and issues by severity; `acknowledged` counts the errors among them that the plan accepts. */
  readonly counts: {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly acknowledged: number;
  };
  /** Problems that stop the plan from loading (syntax, schema, references, data files). */
  readonly issues: readonly LocatedIssue[];
  /** What the linter found in a plan that loads. */
  readonly findings: readonly LocatedFinding[];
}

const ALL = " (--format json lists them all)";

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** `ivp validate <plan>`: returns the exit code. */
export async function runValidate(args: ParsedCommandArgs): Promise<number> {
  const target = args.positionals[0] as string;
  const result = await loadPlan(target);
  const issues = result.success ? [] : result.issues;
  const lang =
    (args.options.lang as Language | undefined) ?? (result.success ? result.plan.language : "nl");
  const linted = result.success ? lintPlan(result.plan, { observations: result.observations }) : [];
  // --placeholders-as-errors: a TODO left in the plan fails it, unless the plan acknowledges it.
  const strict = args.options["placeholders-as-errors"] === true;
  const findings = result.success
    ? locateFindings(
        strict
          ? linted.map((f) => (f.rule === "placeholder" ? { ...f, severity: "error" as const } : f))
          : linted,
        result,
        lang,
      )
    : [];
  const all = [...issues, ...findings];
  const count = (severity: LocatedIssue["severity"]) =>
    all.filter((i) => i.severity === severity).length;
  const errors = count("error");
  const warnings = count("warning");
  const infos = count("info");
  // An error the plan acknowledges is still reported, but does not make the plan invalid.
  const acknowledged = findings.filter(
    (f) => f.severity === "error" && f.acknowledged !== undefined,
  ).length;
  const failing = errors - acknowledged;
  if (args.options.format === "json") {
    const report: ValidateReport = {
      plan: target,
      valid: failing === 0,
      counts: { errors, warnings, infos, acknowledged },
      issues,
      findings,
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
    const errorText =
      acknowledged === 0
        ? plural(errors, "error")
        : acknowledged === errors
          ? `${plural(errors, "error")} (acknowledged)`
          : `${plural(errors, "error")} (${acknowledged} acknowledged)`;
    const counts = [errorText, plural(warnings, "warning"), plural(infos, "info")]
      .filter((text) => !text.startsWith("0 "))
      .join(", ");
    const verdict =
      failing > 0
        ? `not valid: ${counts}`
        : `valid (${summary})${findings.length > 0 ? `; ${counts}` : ""}`;
    const lines = [
      ...listLimited(findings, formatFinding, (more) => `... and ${more} more findings${ALL}`),
      `${result.file}: ${verdict}`,
    ];
    await writeOutput(`${lines.join("\n")}\n`);
  } else {
    const lines = listLimited(issues, formatIssue, (more) => `... and ${more} more${ALL}`);
    lines.push(plural(errors, "error"));
    process.stderr.write(`${lines.join("\n")}\n`);
  }
  return failing > 0 ? EXIT.invalidInput : EXIT.ok;
}
