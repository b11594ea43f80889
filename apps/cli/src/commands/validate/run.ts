import {
  type Language,
  type LintFinding,
  lintPlan,
  type PlanPath,
  planPathOf,
  type Severity,
  type SourceRef,
} from "@ivp/model";
import {
  type FindingJson,
  findingToJson,
  formatFinding,
  formatIssue,
  type IssueJson,
  issueToJson,
  type LocatedFinding,
  type Locator,
  locateFindings,
} from "@ivp/plan-file";
import type { ReadPlan } from "@ivp/plan-file/node";
import { EXIT } from "../../exit-codes.ts";
import { listLimited } from "../../list-limit.ts";
import { readPlanForValidate } from "../../load-plan-or-fail.ts";
import { messageLanguage } from "../../message-language.ts";
import { say } from "../../messages/say.ts";
import { writeOutput } from "../../output.ts";
import { locateInMap, type PositionMap } from "../../plan-cache.ts";
import type { ParsedCommandArgs } from "../command.ts";

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
  readonly issues: readonly IssueJson[];
  /** What the linter found in a plan that loads. */
  readonly findings: readonly FindingJson[];
}

/**
 * Where findings are: a figure of a data file at the line and column it
 * carries, a field of plan.yaml at the position in `positions` (which only
 * findings that point into plan.yaml need: a clean plan never pays for them).
 */
function locator(read: ReadPlan, positions: PositionMap | undefined): Locator {
  return {
    file: read.file,
    locateRef: (ref: SourceRef | PlanPath) => {
      if (!Array.isArray(ref) && (ref as SourceRef).kind === "file") {
        const r = ref as Extract<SourceRef, { kind: "file" }>;
        return { file: r.file, line: r.line, column: r.column };
      }
      const path = planPathOf(ref) ?? [];
      return { file: read.file, ...locateInMap(positions ?? {}, path) };
    },
  };
}

/** Whether a finding points into plan.yaml (and so needs the positions of its fields). */
function pointsIntoPlan(finding: LintFinding): boolean {
  return finding.locations.some((l) => planPathOf(l) !== undefined);
}

/** `ivp validate <plan>`: returns the exit code. */
export async function runValidate(args: ParsedCommandArgs): Promise<number> {
  const target = args.positionals[0] as string;
  const said = messageLanguage(args.options.lang);
  const loaded = await readPlanForValidate(target, said);
  const result = loaded.success
    ? { success: true as const, ...loaded.read, positions: loaded.positions }
    : loaded;
  const issues = result.success ? [] : result.issues;
  const lang =
    (args.options.lang as Language | undefined) ?? (result.success ? result.plan.language : "nl");
  // --placeholders-as-errors: a TODO left in the plan fails it, unless the plan acknowledges it.
  const strict = args.options["placeholders-as-errors"] === true;
  let findings: LocatedFinding[] = [];
  if (result.success) {
    const all = lintPlan(result.plan, { observations: result.observations, lang });
    const linted = strict
      ? all.map((f) => (f.code === "placeholder" ? { ...f, severity: "error" as const } : f))
      : all;
    const positions = linted.some(pointsIntoPlan) ? await result.positions() : undefined;
    findings = locateFindings(linted, locator(result, positions));
  }
  const all = [...issues, ...findings];
  const count = (severity: Severity) => all.filter((i) => i.severity === severity).length;
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
      issues: issues.map(issueToJson),
      findings: findings.map(findingToJson),
    };
    await writeOutput(`${JSON.stringify(report, null, 2)}\n`);
  } else if (result.success) {
    const { plan } = result;
    const summary = [
      say("validate", "priorities", { count: plan.priorities.length }),
      say("validate", "themes", { count: plan.themes.length }),
      say("validate", "indicators", { count: plan.indicators.length }),
      say("validate", "tables", { count: plan.tables.length }),
      say("validate", "observations", { count: result.observations.length }),
    ].join(", ");
    const errorText = say("validate", "errors", { count: errors });
    const counts = [
      errors > 0 &&
        (acknowledged === 0
          ? errorText
          : acknowledged === errors
            ? say("validate", "all-acknowledged", { errors: errorText })
            : say("validate", "some-acknowledged", { errors: errorText, count: acknowledged })),
      warnings > 0 && say("validate", "warnings", { count: warnings }),
      infos > 0 && say("validate", "infos", { count: infos }),
    ]
      .filter((text) => text !== false)
      .join(", ");
    const verdict =
      failing > 0
        ? say("validate", "not-valid", { counts })
        : say("validate", "valid", { summary, counts: findings.length > 0 ? `; ${counts}` : "" });
    const lines = [
      ...listLimited(
        findings,
        (f) => formatFinding(f, { lang: said }),
        (count) => say("validate", "more-findings", { count }),
      ),
      `${result.file}: ${verdict}`,
    ];
    await writeOutput(`${lines.join("\n")}\n`);
  } else {
    const lines = listLimited(
      issues,
      (issue) => formatIssue(issue, { lang: said }),
      (count) => say("validate", "more-issues", { count }),
    );
    lines.push(say("validate", "errors", { count: errors }));
    process.stderr.write(`${lines.join("\n")}\n`);
  }
  return failing > 0 ? EXIT.invalidInput : EXIT.ok;
}
