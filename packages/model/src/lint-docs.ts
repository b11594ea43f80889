/**
 * `@ivp/model/lint-docs`: the documentation of the lint rules, each rule's
 * description in every language and its examples, for a docs site or an
 * editor's help. An entry of its own: the rules of `@ivp/model`
 * (`LINT_RULES`, `lintPlan`) find and word the problems without it, so a page
 * that lints a plan does not load it.
 *
 * @packageDocumentation
 */

export { type LintRuleDocumentation, lintRuleDocs } from "./lint/docs/lint-rule-docs.ts";
export type { LintRuleDocs, LocalizedText } from "./lint/lint-types.ts";
