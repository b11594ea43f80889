/**
 * The terminal formatter of ivp's one issue model: an `Issue` (or an
 * `IvpError`, through {@link issueOf}) as the line a person reads, the way
 * compilers and linters print them. `ivp validate`, every other command's
 * error, the docs' playground and the docs' scripts print problems with it,
 * so a problem reads the same wherever it turns up. The JSON form is in
 * `issue-json.ts`.
 *
 * It lives here, in `@ivp/plan-file`, rather than in `@ivp/model`: it is
 * presentation, which the pure core's browser bundle should not carry, and
 * every package that prints problems (the importers, the CLI, the
 * playground) already depends on this one, which is browser-safe too. The
 * types it formats (`Issue`, `SourceLocation`, `IvpError`) are the model's.
 */
import type { Issue, IvpError, Language, PlanIssue, SourceLocation } from "@ivp/model";
import { formatPlanPath } from "@ivp/model";
import type { LocatedFinding } from "./locate-findings.ts";
import { planFileSay } from "./messages/say.ts";

/** Options of {@link formatIssue}. */
export interface FormatIssueOptions {
  /**
   * `listing` (the default): `place  severity  code  field: message (expected
   * ...; hint)`, one line per issue in a list of them (`ivp validate`).
   * `error`: `place  field: message (expected ...; hint)`, a single failure
   * that stops a command (`ivp import` of a malformed file), where severity
   * and code would only repeat that it failed.
   */
  readonly layout?: "listing" | "error";
  /**
   * The language of the formatter's own words (`expected`, the severity, `also
   * at`, `fix:`), English unless given; the issue's message and hint are
   * already in the language they were worded in.
   */
  readonly lang?: Language;
}

/** Options of {@link formatFinding}. */
export interface FormatFindingOptions {
  /** The language of the formatter's own words, as in {@link FormatIssueOptions}. */
  readonly lang?: Language;
}

/**
 * A location as `file:line:column` (or just the file, when the problem
 * concerns the whole file; column 1 when only the line is known).
 *
 * @example
 * formatLocation({ file: "a.csv", line: 9, column: 14 }) //=> "a.csv:9:14"
 */
export function formatLocation(location: SourceLocation): string {
  return location.line === undefined
    ? location.file
    : `${location.file}:${location.line}:${location.column ?? 1}`;
}

/**
 * An issue as one line: where, how serious, its code, the field, what is
 * wrong, what was expected there and how to fix it. Two spaces separate the
 * columns. The formatter's own words (`expected`, `error`) are in
 * `options.lang` (English unless given): `fout`, `verwacht: ...` in Dutch.
 *
 * @example
 * formatIssue({ code: "invalid-type", severity: "error", location: { file: "plan.yaml", line: 4, column: 9, field: "period.start" }, message: "expected an integer, got the text \"2019a\"" })
 * //=> 'plan.yaml:4:9  error  invalid-type  period.start: expected an integer, got the text "2019a"'
 * formatIssue({ code: "malformed-file", severity: "error", location: { file: "a.csv", line: 9, column: 14 }, message: "a quoted field is not closed" }, { layout: "error" })
 * //=> "a.csv:9:14  a quoted field is not closed"
 */
export function formatIssue(issue: Issue, options: FormatIssueOptions = {}): string {
  const { location } = issue;
  const say = planFileSay(options.lang);
  const field = location?.field ? `${location.field}: ` : "";
  const extra = [
    issue.expected && say("format", "expected", { expected: issue.expected }),
    issue.hint,
  ]
    .filter(Boolean)
    .join("; ");
  const text = `${field}${issue.message}${extra ? ` (${extra})` : ""}`;
  const columns =
    options.layout === "error" ? [text] : [say("format", issue.severity), issue.code, text];
  return (location ? [formatLocation(location), ...columns] : columns).join("  ");
}

/**
 * The issue an {@link IvpError} carries: its code, message, location and
 * hint, as an error.
 *
 * @example
 * issueOf(new IvpError("invalid-period", '"2017-H3" is not a period')) //=> { code: "invalid-period", severity: "error", message: '"2017-H3" is not a period' }
 */
export function issueOf(error: IvpError): Issue {
  return {
    code: error.code,
    severity: "error",
    message: error.message,
    ...(error.location && { location: error.location }),
    ...(error.hint && { hint: error.hint }),
  };
}

/**
 * A lint finding as text: its line as {@link formatIssue} writes it (without
 * the field and the suggestion), then an indented `also at file:line:col`
 * line for every other place involved, a `fix:` line with the suggestion when
 * the rule has one, and an `acknowledged:` line with the reason when the plan
 * accepts the finding (in Dutch, with `lang: "nl"`: `ook op`, `oplossing:`,
 * `geaccepteerd:`).
 *
 * @example
 * formatFinding({ code: "relative-target-mismatch", severity: "error", location: { file: "plan.yaml", line: 12, column: 9 }, message: "the target 45 is not -10% of 54", also: [] })
 * //=> "plan.yaml:12:9  error  relative-target-mismatch  the target 45 is not -10% of 54"
 */
export function formatFinding(finding: LocatedFinding, options: FormatFindingOptions = {}): string {
  const { file, line, column } = finding.location;
  const say = planFileSay(options.lang);
  const head = formatIssue(
    {
      code: finding.code,
      severity: finding.severity,
      location: { file, line, column },
      message: finding.message,
    },
    options,
  );
  const reason = finding.acknowledged;
  return [
    head,
    ...finding.also.map((p) => `    ${say("format", "also-at", { place: formatLocation(p) })}`),
    ...(finding.hint ? [`    ${say("format", "fix", { hint: finding.hint })}`] : []),
    ...(reason !== undefined ? [`    ${say("format", "acknowledged", { reason })}`] : []),
  ].join("\n");
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
