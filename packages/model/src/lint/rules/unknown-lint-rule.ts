import { closestMatch } from "../../text/closest-match.ts";
import { localize, pick, quoted } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

export const unknownLintRule: LintRule = {
  id: "unknown-lint-rule",
  severity: "warning",
  description: localize((lang) =>
    pick(
      lang,
      "Elke regel onder lint.rules moet een regel zijn die ivp kent. Een verschreven regel-id zet niets uit en niets aan, en dat valt anders niemand op.",
      "Every rule under lint.rules must be one ivp knows. A misspelt rule id turns nothing off or on, and nobody would notice otherwise.",
    ),
  ),
  docs: {
    failing: `lint:
  rules:
    indicator-missing-targt: off
`,
    fixed: `lint:
  rules:
    indicator-missing-target: off
`,
  },
  check({ plan, ruleIds }) {
    return Object.keys(plan.lint?.rules ?? {}).flatMap((id): RuleFinding[] => {
      if (ruleIds.includes(id)) return [];
      const suggestion = closestMatch(id, ruleIds);
      return [
        {
          message: localize((lang) =>
            pick(
              lang,
              `lint.rules noemt ${quoted(id)}, maar die regel bestaat niet; de instelling doet niets.`,
              `lint.rules names ${quoted(id)}, but there is no such rule; the setting has no effect.`,
            ),
          ),
          locations: [["lint", "rules", id]],
          suggestion: localize((lang) =>
            suggestion
              ? pick(
                  lang,
                  `Bedoeld is misschien ${quoted(suggestion)}.`,
                  `Did you mean ${quoted(suggestion)}?`,
                )
              : pick(
                  lang,
                  "Gebruik een van de regels uit de documentatie van ivp.",
                  "Use one of the rules listed in ivp's documentation.",
                ),
          ),
        },
      ];
    });
  },
};
