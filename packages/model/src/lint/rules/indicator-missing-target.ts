import { indicatorEntries, targetStatements } from "../_lib/statements.ts";
import { localize, pick, quoted } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

export const indicatorMissingTarget: LintRule = {
  id: "indicator-missing-target",
  severity: "info",
  description: localize((lang) =>
    pick(
      lang,
      "Een indicator zonder doel (targets, bij de indicator of in een tabel) wordt wel gevolgd maar niet beoordeeld. Dat kan bewust zijn, daarom is dit een mededeling.",
      "An indicator without a target (on the indicator or in a table) is followed but not assessed. That may be deliberate, hence this is for information.",
    ),
  ),
  docs: {
    failing: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: woninginbraak-geslaagd, label: Aantal geslaagde woninginbraken, unit: count,
      direction: lower-is-better, source: bvh, baseline: { value: 59, period: 2017 } }
`,
    fixed: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: woninginbraak-geslaagd, label: Aantal geslaagde woninginbraken, unit: count,
      direction: lower-is-better, source: bvh, baseline: { value: 59, period: 2017 },
      targets: [{ kind: absolute, value: 45, period: 2021 }] }
`,
  },
  check({ plan }) {
    return indicatorEntries(plan).flatMap((entry): RuleFinding[] => {
      if (targetStatements(entry).length > 0) return [];
      const label = quoted(entry.indicator.label);
      return [
        {
          message: localize((lang) =>
            pick(
              lang,
              `De indicator ${label} heeft geen doel${entry.rows.length > 0 ? ", ook niet in de tabel" : ""}.`,
              `The indicator ${label} has no target${entry.rows.length > 0 ? ", not in its table either" : ""}.`,
            ),
          ),
          locations: [...entry.rows.map((row) => row.path), [...entry.path, "id"]],
          suggestion: localize((lang) =>
            pick(
              lang,
              "Geef een doel (target) als de indicator beoordeeld moet worden; anders kan deze mededeling uit.",
              "Give a target if the indicator is to be assessed; otherwise this notice can be turned off.",
            ),
          ),
        },
      ];
    });
  },
};
