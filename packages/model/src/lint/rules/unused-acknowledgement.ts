import { closestMatch } from "../../text/closest-match.ts";
import { localize, pick, quoted } from "../_lib/text.ts";
import { findingField } from "../finding-field.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

/**
 * Runs after every other rule: an entry of `lint.acknowledged` must match a
 * finding, or it has gone stale (the slip was fixed, the rule turned off, the
 * field moved) and would silently accept a different problem later.
 */
export const unusedAcknowledgement: LintRule = {
  id: "unused-acknowledgement",
  severity: "warning",
  description: localize((lang) =>
    pick(
      lang,
      "Elke erkende bevinding onder lint.acknowledged moet bij een bevinding horen: dezelfde regel, hetzelfde veld. Een erkenning zonder bevinding is achterhaald (de fout is hersteld, de regel staat uit of het veld is verschoven) en hoort weg, anders erkent ze later ongemerkt iets anders.",
      "Every entry under lint.acknowledged must match a finding: the same rule, the same field. An acknowledgement without a finding is stale (the slip was fixed, the rule turned off or the field moved) and should go, or it may later accept something else unnoticed.",
    ),
  ),
  docs: {
    failing: `indicators:
  - id: woninginbraken
    label: Aantal woninginbraken
    unit: count
    direction: lower-is-better
    source: bvh
    baseline: { value: 79, period: 2017 }
    targets: [{ kind: absolute, value: 59, period: 2021 }]
sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
lint:
  acknowledged:
    - rule: relative-target-mismatch
      at: indicators[0].targets[0].value
      reason: Zo gedrukt in het vastgestelde plan.
`,
    fixed: `indicators:
  - id: woninginbraken
    label: Aantal woninginbraken
    unit: count
    direction: lower-is-better
    source: bvh
    baseline: { value: 79, period: 2017 }
    targets: [{ kind: absolute, value: 59, period: 2021 }]
sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
`,
  },
  check({ plan, ruleIds, earlier }) {
    const found = new Set(earlier.map((f) => `${f.rule} ${findingField(f) ?? ""}`));
    return (plan.lint?.acknowledged ?? []).flatMap(({ rule, at }, i): RuleFinding[] => {
      if (found.has(`${rule} ${at}`)) return [];
      const known = ruleIds.includes(rule);
      const closest = known ? undefined : closestMatch(rule, ruleIds);
      const fields = earlier.filter((f) => f.rule === rule).map((f) => findingField(f) ?? "");
      const nearest = known ? closestMatch(at, fields) : undefined;
      return [
        {
          message: localize((lang) =>
            known
              ? pick(
                  lang,
                  `lint.acknowledged erkent een bevinding van ${quoted(rule)} bij ${at}, maar die regel vindt daar niets.`,
                  `lint.acknowledged accepts a finding of ${quoted(rule)} at ${at}, but the rule finds nothing there.`,
                )
              : pick(
                  lang,
                  `lint.acknowledged noemt de regel ${quoted(rule)}, maar die regel bestaat niet.`,
                  `lint.acknowledged names the rule ${quoted(rule)}, but there is no such rule.`,
                ),
          ),
          locations: [["lint", "acknowledged", i, known ? "at" : "rule"]],
          suggestion: localize((lang) =>
            closest
              ? pick(
                  lang,
                  `Bedoeld is misschien ${quoted(closest)}.`,
                  `Did you mean ${quoted(closest)}?`,
                )
              : nearest
                ? pick(
                    lang,
                    `Die regel vindt wel iets bij ${nearest}; is het veld verschoven?`,
                    `The rule does find something at ${nearest}; has the field moved?`,
                  )
                : pick(
                    lang,
                    "Haal de erkenning weg: er is niets meer te erkennen.",
                    "Remove the acknowledgement: there is nothing left to accept.",
                  ),
          ),
        },
      ];
    });
  },
};
