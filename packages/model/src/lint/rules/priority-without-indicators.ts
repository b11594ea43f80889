import type { LintRule, RuleFinding } from "../lint-types.ts";
import { quoted } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

const say = ruleMessages("priority-without-indicators");

export const priorityWithoutIndicators: LintRule = {
  id: "priority-without-indicators",
  severity: "warning",
  description: say.description,
  docs: {
    failing: `priorities:
  - id: jeugdoverlast
    title: Jeugdoverlast
    goals: Maximaal 1,7% van de inwoners ervaart vaak overlast door groepen jongeren.
`,
    fixed: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - { id: overlast-jongeren, label: "% bewoners dat vaak overlast door groepen jongeren ervaart",
      unit: percentage, direction: lower-is-better, source: veiligheidsmonitor }
priorities:
  - id: jeugdoverlast
    title: Jeugdoverlast
    goals: Maximaal 1,7% van de inwoners ervaart vaak overlast door groepen jongeren.
indicatorTables:
  - id: jeugdoverlast
    title: Effectindicatoren jeugdoverlast
    theme: jeugdoverlast
    rows:
      - indicator: overlast-jongeren
        baseline: { value: 1.7, period: 2017 }
        target: { kind: maximum, value: 1.7, period: 2021 }
`,
  },
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
