import { indicatorEntries } from "../_lib/statements.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { quoted } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

const say = ruleMessages("indicator-missing-direction");

export const indicatorMissingDirection: LintRule = {
  id: "indicator-missing-direction",
  severity: "warning",
  check({ plan }) {
    return indicatorEntries(plan).flatMap((entry): RuleFinding[] => {
      if (entry.indicator.direction !== undefined) return [];
      return [
        {
          ...say.message("no-direction", { label: quoted(entry.indicator.label) }),
          locations: [[...entry.path, "id"]],
          ...say.suggestion("add-direction"),
        },
      ];
    });
  },
};
