/**
 * The one shape of a problem ivp reports: an {@link Issue}, with a stable
 * code, a severity, a message, and where it is. Reading a plan, importing
 * data, linting and the command line all report their problems this way; an
 * `IvpError` (errors.ts) carries the same fields when a problem is thrown.
 * Types only: they cost a browser bundle nothing.
 */
import type { IssueCode } from "./issue-code.ts";

/** How serious a problem is: `error` fails a command, the others only inform. */
export type Severity = "error" | "warning" | "info";

/**
 * Where in a file a problem is. Line and column are 1-based; a location
 * without a line concerns the whole file.
 */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** The field of the plan file (`indicators[3].unit`) or the column of a data file (`value`). */
  readonly field?: string;
}

/**
 * A problem, with what is needed to print it as `file:line:col  severity
 * code  message` and to act on it: the code to branch on, what was expected
 * there and how to fix it.
 *
 * @example
 * const issue: Issue = { code: "invalid-type", severity: "error", message: "expected an integer", location: { file: "plan.yaml", line: 4, column: 9, field: "period.start" } };
 */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly message: string;
  readonly location?: SourceLocation;
  /** What was expected there. */
  readonly expected?: string;
  /** How to fix it. */
  readonly hint?: string;
}
