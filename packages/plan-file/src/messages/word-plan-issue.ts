/**
 * A problem the model finds in a valid plan (`checkReferences`,
 * `checkAverageBaselines`: a `PlanIssue`) in the reader's language, worded
 * from the facts it gives in `params`. A problem without the facts this
 * needs keeps the model's English words.
 */
import type { PlanIssue } from "@ivp/model";
import type { PlanFileSay } from "./say.ts";

/** A plan issue's message, what was expected and the hint. */
export interface PlanIssueWords {
  readonly message: string;
  readonly expected?: string;
  readonly hint?: string;
}

const KINDS = ["area", "series", "indicator", "source", "partner", "table", "theme"] as const;
type Kind = (typeof KINDS)[number];

/**
 * A plan issue in the language of `say`.
 *
 * @example
 * wordPlanIssue({ code: "unknown-reference", path: ["indicators", 0, "source"], message: 'unknown source "bvh"', params: { kind: "source", id: "bvh" } }, planFileSay("nl"))
 * //=> { message: 'onbekende bron "bvh"', expected: "een van de ids onder sources" }
 */
export function wordPlanIssue(problem: PlanIssue, say: PlanFileSay): PlanIssueWords {
  const asGiven: PlanIssueWords = {
    message: problem.message,
    ...(problem.expected && { expected: problem.expected }),
    ...(problem.hint && { hint: problem.hint }),
  };
  const params = problem.params ?? {};
  const { id } = params;
  if (problem.code === "average-missing-figure") {
    if (!params.missing || !params.from || !params.to) return asGiven;
    const data = { ...params, count: Number(params.count) };
    return {
      message: say("model", "average-missing-figure", data),
      expected: say("model", "average-expected", data),
      hint: say("model", "average-hint", data),
    };
  }
  if (id === undefined) return asGiven;
  if (problem.code === "duplicate-id" && params.list !== undefined) {
    const code = params.what === "code";
    const data = { id, list: params.list, ...(params.earlier && { earlier: params.earlier }) };
    const message = params.earlier
      ? say("references", code ? "duplicate-code-case" : "duplicate-id-case", data)
      : say("references", code ? "duplicate-code" : "duplicate-id", data);
    return { message, hint: say("references", code ? "own-code" : "own-id") };
  }
  if (problem.code !== "unknown-reference") return asGiven;
  const kind = params.kind;
  if ((KINDS as readonly string[]).includes(kind ?? "")) {
    const known = kind as Kind;
    return {
      message: say("references", `unknown-${known}`, { id }),
      expected: say("references", `ids-in-${known}`),
      ...(params.suggestion && {
        hint: say("schema", "did-you-mean", { suggestion: params.suggestion }),
      }),
    };
  }
  if (kind === "column" && params.table !== undefined && params.options !== undefined) {
    const change = params.wanted === "change";
    return {
      message: say("references", change ? "not-a-change-column" : "not-a-reference-column", {
        id,
        table: params.table,
      }),
      expected:
        params.options === "(none)"
          ? say("references", "none-of")
          : say("references", "one-of", { options: params.options }),
    };
  }
  if (kind === "kernbeleid")
    return {
      message: say("references", "kernbeleid", { id }),
      expected: say("references", "kernbeleid-expected"),
    };
  return asGiven;
}
