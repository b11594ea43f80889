import { formatPlanPath, type PlanIssue } from "@ivp/model";

/** How serious an issue is. */
export type Severity = "error" | "warning" | "info";

/** A {@link PlanIssue} with the file, line and column it concerns. */
export interface LocatedIssue {
  readonly code: string;
  readonly severity: Severity;
  readonly file: string;
  /** 1-based; absent when the issue concerns the whole file. */
  readonly line?: number;
  /** 1-based. */
  readonly column?: number;
  /** The field, as `indicators[3].unit`. */
  readonly field?: string;
  readonly message: string;
  readonly expected?: string;
  readonly hint?: string;
}

/**
 * Writes a path such as `["indicators", 3, "unit"]` as `indicators[3].unit`.
 *
 * @example
 * formatPath(["tables", 0, "rows", 2, "series"]) //=> "tables[0].rows[2].series"
 */
export function formatPath(path: PlanIssue["path"]): string {
  return formatPlanPath(path);
}

/**
 * One line per issue, as compilers and linters print them:
 * `file:line:col  severity  code  field: message (expected ...; hint)`.
 *
 * @example
 * formatIssue({ code: "invalid-type", severity: "error", file: "plan.yaml", line: 4, column: 9, field: "period.start", message: "expected an integer, got the text \"2019a\"" })
 * //=> 'plan.yaml:4:9  error  invalid-type  period.start: expected an integer, got the text "2019a"'
 */
export function formatIssue(issue: LocatedIssue): string {
  const place =
    issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  const field = issue.field ? `${issue.field}: ` : "";
  const extra = [issue.expected && `expected ${issue.expected}`, issue.hint]
    .filter(Boolean)
    .join("; ");
  return `${place}  ${issue.severity}  ${issue.code}  ${field}${issue.message}${extra ? ` (${extra})` : ""}`;
}
