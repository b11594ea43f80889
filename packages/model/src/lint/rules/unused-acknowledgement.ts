import { closestMatch } from "../../text/closest-match.ts";
import { findingField } from "../finding-field.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { quoted } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

const say = ruleMessages("unused-acknowledgement");

/**
 * Runs after every other rule: an entry of `lint.acknowledged` must match a
 * finding, or it has gone stale (the slip was fixed, the rule turned off, the
 * field moved) and would silently accept a different problem later.
 */
export const unusedAcknowledgement: LintRule = {
  id: "unused-acknowledgement",
  severity: "warning",
  check({ plan, ruleIds, earlier }) {
    const found = new Set(earlier.map((f) => `${f.code} ${findingField(f) ?? ""}`));
    return (plan.lint?.acknowledged ?? []).flatMap(({ rule, at }, i): RuleFinding[] => {
      if (found.has(`${rule} ${at}`)) return [];
      const known = ruleIds.includes(rule);
      const closest = known ? undefined : closestMatch(rule, ruleIds);
      const fields = earlier.filter((f) => f.code === rule).map((f) => findingField(f) ?? "");
      const nearest = known ? closestMatch(at, fields) : undefined;
      return [
        {
          ...(known
            ? say.message("nothing-found", { rule: quoted(rule), field: at })
            : say.message("no-such-rule", { rule: quoted(rule) })),
          locations: [["lint", "acknowledged", i, known ? "at" : "rule"]],
          ...(closest
            ? say.suggestion("did-you-mean", { rule: quoted(closest) })
            : nearest
              ? say.suggestion("field-moved", { field: nearest })
              : say.suggestion("remove-acknowledgement")),
        },
      ];
    });
  },
};
