import type { Language } from "../language.ts";
import type { Observation, PlanPath, SourceRef } from "../observation/observation.ts";
import type { ObservationIndex } from "../observation/observation-index.ts";
import type { Plan } from "../schema/types.ts";

/** How serious a finding is: `error` fails `ivp validate`, the others only inform. */
export type LintSeverity = "error" | "warning" | "info";

/** A rule's setting in a plan's `lint.rules`: a severity, or `off`. */
export type LintRuleSetting = LintSeverity | "off";

/** A text in every language ivp writes. */
export type LocalizedText = Readonly<Record<Language, string>>;

/**
 * A place a finding concerns: a path in the plan file, or a reference to where
 * a figure was written (a plan path or a line of a data file). Loaders turn
 * either into file, line and column.
 */
export type LintLocation = PlanPath | SourceRef;

/** What a rule's check reports; the linter adds the rule id and severity. */
export interface RuleFinding {
  /** What is wrong, with the figures involved, so it can be checked by hand. */
  readonly message: LocalizedText;
  /** Every place involved, at least one; the first is where to look first. */
  readonly locations: readonly LintLocation[];
  /** How to fix it, when the rule can tell. */
  readonly suggestion?: LocalizedText;
}

/** A problem the linter found in a plan. */
export interface LintFinding extends RuleFinding {
  /** The id of the rule that found it, e.g. `relative-target-mismatch`. */
  readonly rule: string;
  /** The rule's default severity, or the one the plan's `lint.rules` sets. */
  readonly severity: LintSeverity;
  /**
   * The reason, when the plan's `lint.acknowledged` accepts this finding. It is
   * still reported; an acknowledged error does not make the plan invalid.
   */
  readonly acknowledged?: string;
}

/** What every rule's check receives. */
export interface LintContext {
  readonly plan: Plan;
  /** Every observation: the plan's own and those of its data files. */
  readonly observations: readonly Observation[];
  /** The same observations, indexed by series, area and period. */
  readonly index: ObservationIndex;
  /** The ids of every rule the linter knows, for checking the plan's `lint.rules`. */
  readonly ruleIds: readonly string[];
  /** What the rules that ran before this one found (for checking `lint.acknowledged`). */
  readonly earlier: readonly LintFinding[];
}

/**
 * Examples for a rule's documentation page: YAML fragments of a plan (the
 * required fields `schemaVersion`, `id`, `title`, `municipality`, `period` and
 * `mission` are left out). `failing` makes the rule report; `fixed` is the same
 * plan corrected, on which no rule reports anything.
 */
export interface LintRuleDocs {
  readonly failing: string;
  readonly fixed: string;
}

/** A lint rule: a stable id, a default severity, documentation and a check. */
export interface LintRule {
  /** Stable id, used in `lint.rules` and in every finding. */
  readonly id: string;
  /** The severity when the plan does not set one. */
  readonly severity: LintSeverity;
  /** What the rule checks and why it matters, one short paragraph. */
  readonly description: LocalizedText;
  readonly docs: LintRuleDocs;
  /** Finds the problems; pure, never throws for a schema-valid plan. */
  readonly check: (context: LintContext) => readonly RuleFinding[];
}
