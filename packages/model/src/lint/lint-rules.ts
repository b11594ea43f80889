import type { LintRule } from "./lint-types.ts";
import { baselineFigureMismatch } from "./rules/baseline-figure-mismatch.ts";
import { baselineTargetPeriod } from "./rules/baseline-target-period.ts";
import { claimContradicted } from "./rules/claim-contradicted.ts";
import { conflictingFigures } from "./rules/conflicting-figures.ts";
import { duplicateId } from "./rules/duplicate-id.ts";
import { incomparablePeriods } from "./rules/incomparable-periods.ts";
import { indicatorMissingBaseline } from "./rules/indicator-missing-baseline.ts";
import { indicatorMissingDirection } from "./rules/indicator-missing-direction.ts";
import { indicatorMissingSource } from "./rules/indicator-missing-source.ts";
import { indicatorMissingTarget } from "./rules/indicator-missing-target.ts";
import { indicatorValueConflict } from "./rules/indicator-value-conflict.ts";
import { indicatorWordingConflict } from "./rules/indicator-wording-conflict.ts";
import { labelTypo } from "./rules/label-typo.ts";
import { negativeDerivedValue } from "./rules/negative-derived-value.ts";
import { partsSumMismatch } from "./rules/parts-sum-mismatch.ts";
import { placeholder } from "./rules/placeholder.ts";
import { printedChangeMismatch } from "./rules/printed-change-mismatch.ts";
import { priorityWithoutIndicators } from "./rules/priority-without-indicators.ts";
import { relativeTargetMismatch } from "./rules/relative-target-mismatch.ts";
import { shorterPeriodExceedsLonger } from "./rules/shorter-period-exceeds-longer.ts";
import { sourceNameTypo } from "./rules/source-name-typo.ts";
import { targetDirection } from "./rules/target-direction.ts";
import { unknownLintRule } from "./rules/unknown-lint-rule.ts";
import { unknownReference } from "./rules/unknown-reference.ts";
import { unusedAcknowledgement } from "./rules/unused-acknowledgement.ts";
import { valueOutOfRange } from "./rules/value-out-of-range.ts";

/**
 * Every lint rule, in the order the linter runs them: the plan's structure
 * first, then its figures, its targets, its wording and its completeness, and
 * last the check of the plan's acknowledged findings.
 */
export const LINT_RULES: readonly LintRule[] = Object.freeze([
  // Structure
  unknownReference,
  duplicateId,
  unknownLintRule,
  // Figures
  conflictingFigures,
  shorterPeriodExceedsLonger,
  negativeDerivedValue,
  partsSumMismatch,
  printedChangeMismatch,
  valueOutOfRange,
  incomparablePeriods,
  claimContradicted,
  // Baselines and targets
  relativeTargetMismatch,
  indicatorValueConflict,
  baselineFigureMismatch,
  baselineTargetPeriod,
  targetDirection,
  // Wording
  indicatorWordingConflict,
  labelTypo,
  sourceNameTypo,
  // Completeness
  priorityWithoutIndicators,
  indicatorMissingSource,
  indicatorMissingBaseline,
  indicatorMissingDirection,
  indicatorMissingTarget,
  placeholder,
  // Last: checks the plan's lint.acknowledged against what the others found
  unusedAcknowledgement,
]);

/**
 * The lint rule with an id, or `undefined`.
 *
 * @param id - a rule id such as `relative-target-mismatch`
 * @returns the rule's definition: default severity, description, examples, check
 * @example
 * findLintRule("label-typo")?.severity //=> "warning"
 * findLintRule("no-such-rule") //=> undefined
 */
export function findLintRule(id: string): LintRule | undefined {
  return LINT_RULES.find((rule) => rule.id === id);
}
