import type { PlanFileIssueCode } from "../issue/issue-code.ts";
import type { PlanPath } from "../observation/observation.ts";

/**
 * A problem found in a plan, with the path of the field it concerns. Loaders
 * turn the path into a file, line and column.
 */
export interface PlanIssue {
  /** Stable code, e.g. `unknown-reference` or `duplicate-id`. */
  readonly code: PlanFileIssueCode;
  readonly path: PlanPath;
  readonly message: string;
  /** What was expected there. */
  readonly expected?: string;
  /** How to fix it. */
  readonly hint?: string;
  /**
   * The facts behind the message (such as `kind` and `id` of an unknown
   * reference), so that callers can word it in another language.
   */
  readonly params?: Readonly<Record<string, string>>;
}
