import type { LintRuleId } from "../issue/issue-code.ts";
import type { Language } from "../language.ts";
import { collectObservations } from "../observation/collect-observations.ts";
import type { Observation } from "../observation/observation.ts";
import { ObservationIndex } from "../observation/observation-index.ts";
import type { Plan } from "../schema/types.ts";
import { findingField } from "./finding-field.ts";
import { LINT_RULES } from "./lint-rules.ts";
import type { LintContext, LintFinding, LintRuleSetting } from "./lint-types.ts";
import { renderMessage } from "./messages/render-message.ts";

/** Options of {@link lintPlan}. */
export interface LintPlanOptions {
  /**
   * Every observation, each with the `ref` of where it was written; default
   * the plan's own (`collectObservations(plan)`). Pass the loader's list to
   * include the plan's data files.
   */
  readonly observations?: readonly Observation[];
  /** Rule settings that take precedence over the plan's `lint.rules`. */
  readonly rules?: Readonly<Record<string, LintRuleSetting>>;
  /** The language of the findings' messages and hints; default the plan's `language`. */
  readonly lang?: Language;
}

/**
 * Runs every lint rule on a plan and returns what they find: contradicting
 * figures, targets that do not match their percentage, sub-rows that do not
 * add up, claims the figures contradict, typos in labels, missing sources.
 * Each finding is an `Issue`: its code is its rule's id, its severity the
 * rule's default or the plan's `lint: { rules: { <rule-id>: off|info|warning|error } }`,
 * its message the rule's message id with its data rendered in the language
 * asked for (default the plan's), and its hint, where the rule can tell, a
 * fix (again an id, data and the text); it has every place involved. A
 * finding the plan's `lint.acknowledged` accepts (same rule, same first field)
 * carries the reason as `acknowledged`; an entry that matches nothing is itself
 * a finding (`unused-acknowledgement`).
 * Pure: no I/O; findings are in rule order, then in plan order.
 *
 * @param plan - a validated plan
 * @param options - the observations of its data files; rule settings that override the plan's; the language
 * @returns the findings; empty for a consistent plan
 * @example
 * const findings = lintPlan(plan, { observations, lang: "en" });
 * findings[0]
 * //=> { code: "relative-target-mismatch", severity: "error",
 * //     messageId: "target-mismatch", data: { target: ..., label: ..., ... },
 * //     message: "The target \"60 (-25%)\" ...",
 * //     locations: [["indicatorTables", 1, "rows", 0, "target", "value"], ...], hint: "..." }
 */
export function lintPlan(plan: Plan, options: LintPlanOptions = {}): LintFinding[] {
  const observations = options.observations ?? collectObservations(plan);
  const lang = options.lang ?? plan.language;
  const findings: LintFinding[] = [];
  const context: LintContext = {
    plan,
    observations,
    index: new ObservationIndex(observations),
    ruleIds: LINT_RULES.map((rule) => rule.id),
    earlier: findings,
  };
  const settings: Readonly<Record<string, LintRuleSetting>> = {
    ...plan.lint?.rules,
    ...options.rules,
  };
  const reasons = new Map(
    (plan.lint?.acknowledged ?? []).map((a) => [`${a.rule} ${a.at}`, a.reason] as const),
  );
  for (const rule of LINT_RULES) {
    const setting = settings[rule.id] ?? rule.severity;
    if (setting === "off") continue;
    for (const finding of rule.check(context)) {
      const reason = reasons.get(`${rule.id} ${findingField(finding) ?? ""}`);
      findings.push({
        // LINT_RULES has one rule per LintRuleId (issue-model.test.ts); LintRule.id is a string for the tests' sake.
        code: rule.id as LintRuleId,
        severity: setting,
        ...finding,
        message: renderMessage(lang, rule.id, finding.messageId, finding.data),
        ...(finding.suggestionId !== undefined && {
          hint: renderMessage(lang, rule.id, finding.suggestionId, finding.suggestionData ?? {}),
        }),
        ...(reason !== undefined && { acknowledged: reason }),
      });
    }
  }
  return findings;
}
