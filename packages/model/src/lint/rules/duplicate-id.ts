import { checkReferences } from "../../validation/check-references.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { quoted } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

const say = ruleMessages("duplicate-id");

export const duplicateId: LintRule = {
  id: "duplicate-id",
  severity: "error",
  check({ plan }) {
    return checkReferences(plan)
      .filter((issue) => issue.code === "duplicate-id")
      .map((issue): RuleFinding => {
        const code = issue.params?.what === "code";
        const earlier = issue.params?.earlier;
        return {
          ...say.message(code ? "duplicate-code" : "duplicate-id", {
            id: quoted(issue.params?.id ?? ""),
            list: issue.params?.list ?? "",
            earlier: earlier ? say.fragment("earlier-spelling", { earlier: quoted(earlier) }) : "",
          }),
          locations: [issue.path],
          ...say.suggestion(code ? "give-own-code" : "give-own-id"),
        };
      });
  },
};
