import type { Issue, Severity } from "../issue/issue.ts";
import type { LintRuleId } from "../issue/issue-code.ts";
import type { Language } from "../language.ts";
import type { Observation, PlanPath, SourceRef } from "../observation/observation.ts";
import type { ObservationIndex } from "../observation/observation-index.ts";
import type { Plan } from "../schema/types.ts";
import type { MessageData } from "./messages/message-value.ts";

export type { MessageData, MessageValue } from "./messages/message-value.ts";

/** How serious a finding is: `error` fails `ivp validate`, the others only inform. */
export type LintSeverity = Severity;

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

/**
 * What a rule's check reports; the linter adds the rule id and severity and
 * renders the texts. A finding carries no text of its own: a message id and
 * the values the text needs (labels, figures, periods, places), which the
 * catalogues in `lint/messages/` (one file per language) turn into words.
 */
export interface RuleFinding {
  /**
   * What is wrong: the id of one of the rule's messages in the catalogues,
   * stable across releases (e.g. `baseline-after-plan-start`).
   */
  readonly messageId: string;
  /**
   * The values the message shows, with the figures involved so it can be
   * checked by hand. Language-free: periods, figures, quoted labels and places
   * are written per language when the message is rendered.
   */
  readonly data: MessageData;
  /** Every place involved, at least one; the first is where to look first. */
  readonly locations: readonly LintLocation[];
  /** How to fix it, when the rule can tell: the id of one of the rule's messages. */
  readonly suggestionId?: string;
  /** The values the suggestion shows (present with `suggestionId`). */
  readonly suggestionData?: MessageData;
}

/**
 * A problem the linter found in a plan: an {@link Issue} whose code is the
 * id of the rule that found it, whose message is the rule's `messageId`
 * rendered with `data` in the language asked for, and whose hint is the
 * rule's suggestion, rendered the same way. The rule's finding stays beside
 * them (message id, data, places), so a program or a test can tell findings
 * apart without reading words. Like a `PlanIssue`, it has no `location` yet:
 * its `locations` are places in the plan and its data files, which
 * `@ivp/plan-file`'s `locateFindings` turns into file, line and column.
 */
export interface LintFinding extends RuleFinding, Issue {
  /** The id of the rule that found it, e.g. `relative-target-mismatch`. */
  readonly code: LintRuleId;
  /** The rule's default severity, or the one the plan's `lint.rules` sets. */
  readonly severity: LintSeverity;
  /** What is wrong: the rule's `messageId` rendered with `data`. */
  readonly message: string;
  /** How to fix it, when the rule can tell: `suggestionId` rendered with `suggestionData`. */
  readonly hint?: string;
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

/**
 * A lint rule: a stable id, a default severity and a check. Its documentation
 * (description and examples) is `lintRuleDocs(id)` of `@ivp/model/lint-docs`.
 */
export interface LintRule {
  /** Stable id, used in `lint.rules` and in every finding. */
  readonly id: string;
  /** The severity when the plan does not set one. */
  readonly severity: LintSeverity;
  /** Finds the problems; pure, never throws for a schema-valid plan. */
  readonly check: (context: LintContext) => readonly RuleFinding[];
}
