import { localize, pick, quoted } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

export const priorityWithoutIndicators: LintRule = {
  id: "priority-without-indicators",
  severity: "warning",
  description: localize((lang) =>
    pick(
      lang,
      "Een prioriteit zonder indicator (geen indicators en geen indicatortabel met dit theme) heeft geen meetbaar doel: raad en college kunnen niet zien of de aanpak werkt. Overige thema's hoeven geen indicator te hebben.",
      "A priority without an indicator (no indicators and no indicator table with this theme) has no measurable goal: council and executive cannot see whether the approach works. Other themes need no indicator.",
    ),
  ),
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
      const name = quoted(`${priority.number ? `${priority.number} ` : ""}${priority.title}`);
      findings.push({
        message: localize((lang) =>
          pick(
            lang,
            `De prioriteit ${name} heeft geen indicator: hoe wordt gemeten of het doel wordt gehaald?`,
            `The priority ${name} has no indicator: how is its goal measured?`,
          ),
        ),
        locations: [["priorities", i, "id"]],
        suggestion: localize((lang) =>
          pick(
            lang,
            `Voeg een indicatortabel met theme: ${priority.id} toe, of noem indicatoren onder indicators van de prioriteit.`,
            `Add an indicator table with theme: ${priority.id}, or list indicators under the priority's indicators.`,
          ),
        ),
      });
    });
    return findings;
  },
};
