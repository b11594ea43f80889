import { closestMatch } from "../../text/closest-match.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { quoted } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

const say = ruleMessages("unknown-lint-rule");

export const unknownLintRule: LintRule = {
  id: "unknown-lint-rule",
  severity: "warning",
  check({ plan, ruleIds }) {
    return Object.keys(plan.lint?.rules ?? {}).flatMap((id): RuleFinding[] => {
      if (ruleIds.includes(id)) return [];
      const suggestion = closestMatch(id, ruleIds);
      return [
        {
          ...say.message("no-such-rule", { rule: quoted(id) }),
          locations: [["lint", "rules", id]],
          ...(suggestion
            ? say.suggestion("did-you-mean", { rule: quoted(suggestion) })
            : say.suggestion("use-known-rule")),
        },
      ];
    });
  },
};
