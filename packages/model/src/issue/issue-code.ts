/**
 * Every code a problem reported by ivp can carry, in one place, grouped by
 * where it arises. A code is stable across releases: programs branch on it
 * (and tests assert it), never on the wording of a message.
 *
 * A new code goes into the group of the package that reports it, with a line
 * saying what it means; `issue-code.test.ts` fails for a code that nothing
 * reports, so a code is added together with the code that reports it.
 */
/** Problems with a plan's files, found while reading a plan (`@ivp/plan-file`). */
export type PlanFileIssueCode =
  /** The plan file or a data file does not exist or cannot be read. */
  | "file-not-found"
  /** A directory, named pipe, socket or device where ivp needs a regular file. */
  | "not-a-regular-file"
  /** A data file path that leaves the plan's directory. */
  | "data-outside-plan"
  /** A file that is not UTF-8. */
  | "invalid-encoding"
  /** plan.yaml is not valid YAML (or a key is written twice). */
  | "yaml-syntax"
  /** An explicit YAML tag (`!!str`, `!custom`): the plan format has none. */
  | "yaml-tag"
  /** Values nested deeper than a plan ever needs. */
  | "yaml-too-deep"
  /** A Dutch decimal comma inside `[ ]` or `{ }`, which YAML reads as two values. */
  | "decimal-comma"
  /** The plan format: a required field is missing. */
  | "missing-field"
  /** The plan format: a value of the wrong type. */
  | "invalid-type"
  /** The plan format: a field the format does not have. */
  | "unknown-field"
  /** The plan format: a value of the right type that is not allowed. */
  | "invalid-value"
  /** Two items of one list with the same id. */
  | "duplicate-id"
  /** An id that names nothing in the plan (or a data file's unknown series or area). */
  | "unknown-reference"
  /** An average baseline without a figure for one of its periods. */
  | "average-missing-figure"
  /** A data file that is not well-formed CSV. */
  | "csv-syntax"
  /** A data file's row that is not a valid figure. */
  | "invalid-data";

/** Input that `@ivp/model`'s computations refuse (thrown as an `IvpError`). */
export type ModelIssueCode =
  /** A period code that cannot be read (`2017-H3`). */
  | "invalid-period"
  /** A date that is not a real date written YYYY-MM-DD. */
  | "invalid-date"
  /** Two periods of different lengths compared. */
  | "incomparable-periods"
  /** A number a computation cannot use: negative, not finite, not whole, out of range. */
  | "invalid-number"
  /** A table id the plan does not have. */
  | "unknown-table"
  /** A plan (or a template) that is not valid where a valid one is needed. */
  | "invalid-plan";

/** Problems importing open data into a plan (`@ivp/importers`). */
export type ImportIssueCode =
  /** A source file that is not what it should be: truncated, not a number, the wrong table. */
  | "malformed-file"
  /** The plan maps one source figure onto more than one series, or one series twice. */
  | "ambiguous-mapping"
  /** A municipality name or code that is unknown, ambiguous or no longer exists. */
  | "unknown-municipality"
  /** Another import holds the plan's lock, or changed the plan meanwhile: try again. */
  | "plan-busy";

/** What the command line (`ivp`) refuses. */
export type CliIssueCode =
  /** A wrong command line: an unknown option, a bad value, a missing argument. */
  | "usage"
  /** An output file that cannot be written. */
  | "cannot-write"
  /** Input a command cannot use that no other code describes (such as a data file without the figures asked for). */
  | "invalid-input";

/**
 * The id of a lint rule, a lint finding's code: one per file in `lint/rules/`,
 * in the order of `LINT_RULES` (a test checks that the two lists agree).
 */
export type LintRuleId =
  // Structure
  | "unknown-reference"
  | "duplicate-id"
  | "unknown-lint-rule"
  // Figures
  | "conflicting-figures"
  | "shorter-period-exceeds-longer"
  | "negative-derived-value"
  | "parts-sum-mismatch"
  | "printed-change-mismatch"
  | "value-out-of-range"
  | "incomparable-periods"
  | "claim-contradicted"
  // Baselines and targets
  | "relative-target-mismatch"
  | "indicator-value-conflict"
  | "baseline-figure-mismatch"
  | "baseline-target-period"
  | "target-direction"
  // Wording
  | "indicator-wording-conflict"
  | "label-typo"
  | "source-name-typo"
  // Completeness
  | "priority-without-indicators"
  | "indicator-missing-source"
  | "indicator-missing-baseline"
  | "indicator-missing-direction"
  | "indicator-missing-target"
  | "placeholder"
  | "unused-acknowledgement";

/**
 * Every code of an {@link Issue} or an {@link IvpError}. `internal` is a
 * failed invariant of ivp itself (a bug), never a problem with the input.
 */
export type IssueCode =
  | PlanFileIssueCode
  | ModelIssueCode
  | ImportIssueCode
  | CliIssueCode
  | LintRuleId
  | "internal";
