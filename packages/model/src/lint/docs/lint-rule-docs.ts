import type { LintRuleDocs, LocalizedText } from "../lint-types.ts";
import type { CatalogueRuleId } from "../messages/rule-messages.ts";
import { enDescriptions } from "./descriptions-en.ts";
import { nlDescriptions } from "./descriptions-nl.ts";
import { LINT_RULE_EXAMPLES } from "./examples.ts";

/** The documentation of a lint rule: what it checks, in every language, and its examples. */
export interface LintRuleDocumentation {
  /** What the rule checks and why it matters, one short paragraph. */
  readonly description: LocalizedText;
  /** A plan fragment the rule reports, and the same fragment fixed. */
  readonly docs: LintRuleDocs;
}

/**
 * The documentation of a lint rule (the docs site shows it on the rule's
 * page). Apart from the rules themselves (`LINT_RULES` of `@ivp/model`), so
 * that a page that lints a plan does not load every rule's description in two
 * languages and its examples (6.5 kB of a browser bundle, min + brotli).
 *
 * @param id - a rule id such as `label-typo`
 * @returns its description and examples, or `undefined` for an id that is no rule
 * @example
 * lintRuleDocs("duplicate-id")?.description.en.startsWith("An id may occur only once") //=> true
 * lintRuleDocs("no-such-rule") //=> undefined
 */
export function lintRuleDocs(id: string): LintRuleDocumentation | undefined {
  if (!Object.hasOwn(LINT_RULE_EXAMPLES, id)) return undefined;
  const rule = id as CatalogueRuleId;
  return {
    description: { nl: nlDescriptions[rule], en: enDescriptions[rule] },
    docs: LINT_RULE_EXAMPLES[rule],
  };
}
