import { indicatorEntries } from "../_lib/statements.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { quoted } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

const say = ruleMessages("indicator-missing-direction");

export const indicatorMissingDirection: LintRule = {
  id: "indicator-missing-direction",
  severity: "warning",
  description: say.description,
  docs: {
    failing: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: woninginbraken, label: Aantal woninginbraken, unit: count, source: bvh,
      baseline: { value: 79, period: 2017 },
      targets: [{ kind: absolute, value: 59, period: 2021 }] }
`,
    fixed: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: woninginbraken, label: Aantal woninginbraken, unit: count, source: bvh,
      direction: lower-is-better,
      baseline: { value: 79, period: 2017 },
      targets: [{ kind: absolute, value: 59, period: 2021 }] }
`,
  },
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
