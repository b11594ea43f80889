import { indicatorEntries } from "../_lib/statements.ts";
import { localize, pick, quoted } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

export const indicatorMissingDirection: LintRule = {
  id: "indicator-missing-direction",
  severity: "warning",
  description: localize((lang) =>
    pick(
      lang,
      "Of een hoger cijfer beter of slechter is, verschilt per indicator: minder woninginbraken is beter, een hoger rapportcijfer ook. Zonder direction kan ivp de voortgang niet beoordelen.",
      "Whether a higher value is better or worse differs per indicator: fewer burglaries is better, and so is a higher grade. Without a direction ivp cannot assess progress.",
    ),
  ),
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
      const label = quoted(entry.indicator.label);
      return [
        {
          message: localize((lang) =>
            pick(
              lang,
              `De indicator ${label} zegt niet of hoger of lager beter is.`,
              `The indicator ${label} does not say whether higher or lower is better.`,
            ),
          ),
          locations: [[...entry.path, "id"]],
          suggestion: localize((lang) =>
            pick(
              lang,
              "Voeg direction: lower-is-better of direction: higher-is-better toe.",
              "Add direction: lower-is-better or direction: higher-is-better.",
            ),
          ),
        },
      ];
    });
  },
};
