/**
 * The JSON formatter of ivp's one issue model: an `Issue` or a located lint
 * finding as the flat object `ivp validate --format json` prints (and the
 * playground could hand to a program). The form is a public format: keys and
 * their order are those ivp has always printed, so a change here is a change
 * to a documented output, with a changeset. The terminal form is in
 * `format-issue.ts`.
 */
import type { Issue, IssueCode, LintRuleId, Severity } from "@ivp/model";
import type { FindingPlace, LocatedFinding } from "./locate-findings.ts";

/** An {@link Issue} in JSON: its location's fields at the top level. */
export interface IssueJson {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly file?: string;
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

/** A located lint finding in JSON: the rule's id as `rule`, its suggestion as `suggestion`. */
export interface FindingJson {
  readonly rule: LintRuleId;
  readonly severity: Severity;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly field?: string;
  readonly message: string;
  readonly suggestion?: string;
  /** The other places involved. */
  readonly also: readonly FindingPlace[];
  /** Why the plan accepts this finding (its `lint.acknowledged`). */
  readonly acknowledged?: string;
}

/**
 * An issue as JSON.
 *
 * @example
 * issueToJson({ code: "invalid-type", severity: "error", location: { file: "plan.yaml", line: 4, column: 9 }, message: "expected an integer" })
 * //=> { code: "invalid-type", severity: "error", file: "plan.yaml", line: 4, column: 9, message: "expected an integer" }
 */
export function issueToJson(issue: Issue): IssueJson {
  const { location: at } = issue;
  return {
    code: issue.code,
    severity: issue.severity,
    ...(at && { file: at.file }),
    ...(at?.line !== undefined && { line: at.line }),
    ...(at?.column !== undefined && { column: at.column }),
    ...(at?.field !== undefined && { field: at.field }),
    message: issue.message,
    ...(issue.expected !== undefined && { expected: issue.expected }),
    ...(issue.hint !== undefined && { hint: issue.hint }),
  };
}

/**
 * A located lint finding as JSON.
 *
 * @example
 * findingToJson({ code: "placeholder", severity: "warning", location: { file: "plan.yaml", line: 3, column: 8 }, message: "TODO", also: [] })
 * //=> { rule: "placeholder", severity: "warning", file: "plan.yaml", line: 3, column: 8, message: "TODO", also: [] }
 */
export function findingToJson(finding: LocatedFinding): FindingJson {
  return {
    rule: finding.code,
    severity: finding.severity,
    ...finding.location,
    message: finding.message,
    ...(finding.hint !== undefined && { suggestion: finding.hint }),
    also: finding.also,
    ...(finding.acknowledged !== undefined && { acknowledged: finding.acknowledged }),
  };
}
