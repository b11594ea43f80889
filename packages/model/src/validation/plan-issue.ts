import type { Issue } from "../issue/issue.ts";
import type { PlanFileIssueCode } from "../issue/issue-code.ts";
import type { PlanPath } from "../observation/observation.ts";

/**
 * A problem the model finds in a valid-looking plan (an id defined twice, a
 * reference to nothing, an average without its figures): an {@link Issue},
 * always an error, with the path of the field it concerns. The model knows no
 * files, so it has no `location` yet: `@ivp/plan-file`'s `locatePlanIssues`
 * turns the path into file, line, column and field.
 *
 * @example
 * const issue: PlanIssue = { code: "unknown-reference", severity: "error", path: ["indicators", 0, "source"], message: 'unknown source "bvh"', expected: "one of the ids in sources", params: { kind: "source", id: "bvh" } };
 */
export interface PlanIssue extends Issue {
  /** Stable code, e.g. `unknown-reference` or `duplicate-id`. */
  readonly code: PlanFileIssueCode;
  readonly severity: "error";
  /** The field it concerns, as `["indicators", 0, "source"]`. */
  readonly path: PlanPath;
  /**
   * The facts behind the message (such as `kind` and `id` of an unknown
   * reference), so that callers can word it in another language.
   */
  readonly params?: Readonly<Record<string, string>>;
}
