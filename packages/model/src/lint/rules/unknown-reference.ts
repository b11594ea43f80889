import { checkReferences } from "../../validation/check-references.ts";
import type { PlanIssue } from "../../validation/plan-issue.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { type MessageValue, quoted } from "../messages/message-value.ts";
import {
  type ReportedMessage,
  type ReportedSuggestion,
  ruleMessages,
} from "../messages/rule-messages.ts";

/** The kinds of id the catalogue names (`kind-<kind>`, `list-<kind>`). */
const KINDS = ["area", "series", "indicator", "source", "partner", "table", "theme"] as const;

function isKnownKind(kind: string | undefined): kind is (typeof KINDS)[number] {
  return (KINDS as readonly (string | undefined)[]).includes(kind);
}

function describe(issue: PlanIssue): ReportedMessage {
  const p = issue.params ?? {};
  const id = quoted(p.id ?? "");
  if (p.kind === "kernbeleid") {
    return say.message("no-kernbeleid-theme", { theme: p.id ?? "" });
  }
  if (p.kind === "column") {
    return say.message("not-a-column", {
      id,
      wanted: say.fragment(p.wanted === "change" ? "change-column" : "reference-column"),
      table: p.table ?? "",
    });
  }
  const kind = p.kind;
  const [one, list]: [MessageValue, MessageValue] = isKnownKind(kind)
    ? [say.fragment(`kind-${kind}`), say.fragment(`list-${kind}`)]
    : [kind ?? "", kind ?? ""];
  return say.message("unknown-id", { kind: one, id, list });
}

function suggest(issue: PlanIssue): ReportedSuggestion {
  const p = issue.params ?? {};
  if (p.kind === "kernbeleid") return say.suggestion("use-kernbeleid-code");
  if (p.kind === "column") return say.suggestion("use-column", { options: p.options ?? "" });
  return p.suggestion
    ? say.suggestion("did-you-mean", { id: quoted(p.suggestion) })
    : say.suggestion("define-id");
}

const say = ruleMessages("unknown-reference");

export const unknownReference: LintRule = {
  id: "unknown-reference",
  severity: "error",
  check({ plan }) {
    return checkReferences(plan)
      .filter((issue) => issue.code === "unknown-reference")
      .map(
        (issue): RuleFinding => ({
          ...describe(issue),
          locations: [issue.path],
          ...suggest(issue),
        }),
      );
  },
};
