/**
 * Puts the model's problems at places in the plan's files. The model knows
 * a plan's fields by their path (`["indicators", 3, "unit"]`) and a figure
 * by where it was written, never a file's lines: a `PlanIssue` has a `path`,
 * a `LintFinding` its `locations`. Both are `Issue`s already; these
 * functions add the `location` (file, line, column, field) that the
 * formatters print.
 */
import {
  formatPlanPath,
  type Issue,
  type LintFinding,
  type LintLocation,
  type LintRuleId,
  type PlanIssue,
  type PlanPath,
  planPathOf,
  type SourceLocation,
  type SourceRef,
} from "@ivp/model";
/** What locating findings needs of a plan (a `LoadedPlan` has it): its file and a way from a figure or a field to a place. */
export interface Locator {
  /** The plan file, for a finding without a place. */
  readonly file: string;
  /** File, line and column of a figure or a field. */
  readonly locateRef: (ref: SourceRef | PlanPath) => {
    readonly file: string;
    readonly line: number;
    readonly column: number;
  };
}

/** A place a finding points at: a location with its line and column. */
export type FindingPlace = SourceLocation & { readonly line: number; readonly column: number };

/**
 * A lint finding at places in files: its code, severity, message and hint as
 * the linter wrote them, its location the first place involved (with the
 * field of plan.yaml, as `indicatorTables[1].rows[0].target.value`), and the
 * other places.
 */
export interface LocatedFinding extends Issue {
  readonly code: LintRuleId;
  readonly location: FindingPlace;
  /** The other places involved. */
  readonly also: readonly FindingPlace[];
  /** Why the plan accepts this finding (its `lint.acknowledged`); an acknowledged error does not fail. */
  readonly acknowledged?: string;
}

function place(loaded: Locator, location: LintLocation): FindingPlace {
  const at = loaded.locateRef(location);
  const path = planPathOf(location);
  return { ...at, ...(path && path.length > 0 && { field: formatPlanPath(path) }) };
}

function key(p: FindingPlace): string {
  return `${p.file}:${p.line}:${p.column}`;
}

/**
 * Puts plan issues at their places in the plan file: the line and column of
 * the field each one's `path` names (through `locate`), and the field as
 * `indicators[3].unit`.
 *
 * @example
 * locatePlanIssues(checkReferences(plan), "plan.yaml", locate)
 * //=> [{ code: "unknown-reference", severity: "error", location: { file: "plan.yaml", line: 12, column: 15, field: "indicators[0].source" }, message: 'unknown source "bvh"', expected: "one of the ids in sources", hint: 'did you mean "BVH"?' }]
 */
export function locatePlanIssues(
  issues: readonly PlanIssue[],
  file: string,
  locate: (path: PlanPath) => { readonly line: number; readonly column: number },
): Issue[] {
  return issues.map((issue) => {
    const { line, column } = locate(issue.path);
    return {
      code: issue.code,
      severity: issue.severity,
      location: { file, line, column, field: formatPlanPath(issue.path) },
      message: issue.message,
      ...(issue.expected && { expected: issue.expected }),
      ...(issue.hint && { hint: issue.hint }),
    };
  });
}

/**
 * Turns findings into places in the plan's files, ordered by file, line and
 * column. Places that resolve to the same spot are
 * listed once. `ivp validate` prints these; the docs' playground shows them.
 *
 * @example
 * const loaded = await loadPlanFromFiles({ "plan.yaml": yamlText });
 * if (loaded.success) {
 *   const findings = locateFindings(lintPlan(loaded.plan, { observations: loaded.observations, lang: "en" }), loaded);
 *   findings[0]?.location.line //=> the line of plan.yaml the first finding points at
 * }
 */
export function locateFindings(
  findings: readonly LintFinding[],
  loaded: Locator,
): LocatedFinding[] {
  const located = findings.map((finding, order) => {
    const [first, ...rest] = finding.locations.map((location) => place(loaded, location));
    const primary = first ?? { file: loaded.file, line: 1, column: 1 };
    const seen = new Set([key(primary)]);
    const also = rest.filter((p) => !seen.has(key(p)) && seen.add(key(p)));
    return {
      order,
      finding: {
        code: finding.code,
        severity: finding.severity,
        location: primary,
        message: finding.message,
        ...(finding.hint !== undefined && { hint: finding.hint }),
        also,
        ...(finding.acknowledged !== undefined && { acknowledged: finding.acknowledged }),
      } satisfies LocatedFinding,
    };
  });
  located.sort(
    (a, b) =>
      compareFiles(a.finding.location.file, b.finding.location.file) ||
      a.finding.location.line - b.finding.location.line ||
      a.finding.location.column - b.finding.location.column ||
      a.order - b.order,
  );
  return located.map((l) => l.finding);
}

/**
 * Two files' names in the order of `localeCompare`, without calling it for
 * one file with itself (0 either way): its first call builds ICU's collator
 * and the set of available locales, some 69 million instructions, more than
 * all of Node's own start-up, where a plan's findings are usually in
 * plan.yaml alone.
 */
function compareFiles(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}
