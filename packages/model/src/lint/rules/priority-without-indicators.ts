import type { LintRule, RuleFinding } from "../lint-types.ts";
import { quoted } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

const say = ruleMessages("priority-without-indicators");

export const priorityWithoutIndicators: LintRule = {
  id: "priority-without-indicators",
  severity: "warning",
  check({ plan }) {
    const findings: RuleFinding[] = [];
    plan.priorities.forEach((priority, i) => {
      if (priority.indicators.length > 0) return;
      if (plan.indicatorTables.some((table) => table.theme === priority.id)) return;
      findings.push({
        ...say.message("no-indicator", {
          priority: quoted(`${priority.number ? `${priority.number} ` : ""}${priority.title}`),
        }),
        locations: [["priorities", i, "id"]],
        ...say.suggestion("add-indicators", { theme: priority.id }),
      });
    });
    return findings;
  },
};
