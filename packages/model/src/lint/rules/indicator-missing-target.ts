import { indicatorEntries, targetStatements } from "../_lib/statements.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { quoted } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

const say = ruleMessages("indicator-missing-target");

export const indicatorMissingTarget: LintRule = {
  id: "indicator-missing-target",
  severity: "info",
  check({ plan }) {
    return indicatorEntries(plan).flatMap((entry): RuleFinding[] => {
      if (targetStatements(entry).length > 0) return [];
      return [
        {
          ...say.message(entry.rows.length > 0 ? "no-target-in-table" : "no-target", {
            label: quoted(entry.indicator.label),
          }),
          locations: [...entry.rows.map((row) => row.path), [...entry.path, "id"]],
          ...say.suggestion("give-target"),
        },
      ];
    });
  },
};
