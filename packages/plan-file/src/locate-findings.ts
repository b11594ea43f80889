import {
  formatPlanPath,
  type Language,
  type LintFinding,
  type LintLocation,
  planPathOf,
} from "@ivp/model";
import type { LoadedPlan } from "./load-plan-files.ts";
import { formatIssue } from "./located-issue.ts";

/** What locating findings needs of a plan: its file and a way from a figure or a field to a place. */
export type Locator = Pick<LoadedPlan, "file" | "locateRef">;

/** A place in a file: where a finding points. */
export interface FindingPlace {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The field in the plan file, as `indicatorTables[1].rows[0].target.value`. */
  readonly field?: string;
}

/** A lint finding with its message in one language and its places in files. */
export interface LocatedFinding extends FindingPlace {
  readonly rule: string;
  readonly severity: LintFinding["severity"];
  readonly message: string;
  readonly suggestion?: string;
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
 * Turns findings into places in the plan's files, in the given language,
 * ordered by file, line and column. Places that resolve to the same spot are
 * listed once. `ivp validate` prints these; the docs' playground shows them.
 *
 * @example
 * const loaded = await loadPlanFromFiles({ "plan.yaml": yamlText });
 * if (loaded.success) {
 *   const findings = locateFindings(lintPlan(loaded.plan, { observations: loaded.observations }), loaded, "en");
 *   findings[0]?.line //=> the line of plan.yaml the first finding points at
 * }
 */
export function locateFindings(
  findings: readonly LintFinding[],
  loaded: Locator,
  lang: Language,
): LocatedFinding[] {
  const located = findings.map((finding, order) => {
    const [first, ...rest] = finding.locations.map((location) => place(loaded, location));
    const primary = first ?? { file: loaded.file, line: 1, column: 1 };
    const seen = new Set([key(primary)]);
    const also = rest.filter((p) => !seen.has(key(p)) && seen.add(key(p)));
    return {
      order,
      finding: {
        rule: finding.rule,
        severity: finding.severity,
        ...primary,
        message: finding.message[lang],
        ...(finding.suggestion && { suggestion: finding.suggestion[lang] }),
        also,
        ...(finding.acknowledged !== undefined && { acknowledged: finding.acknowledged }),
      } satisfies LocatedFinding,
    };
  });
  located.sort(
    (a, b) =>
      a.finding.file.localeCompare(b.finding.file) ||
      a.finding.line - b.finding.line ||
      a.finding.column - b.finding.column ||
      a.order - b.order,
  );
  return located.map((l) => l.finding);
}

/**
 * A finding as text: `file:line:col  severity  rule-id  message`, then an
 * indented `also at file:line:col` line for every other place involved, a
 * `fix:` line when the rule suggests one, and an `acknowledged:` line with the
 * reason when the plan accepts the finding.
 *
 * @example
 * formatFinding({ rule: "target-percentage", severity: "error", file: "plan.yaml", line: 12, column: 9, message: "the target 45 is not -10% of 54", also: [] })
 * //=> "plan.yaml:12:9  error  target-percentage  the target 45 is not -10% of 54"
 */
export function formatFinding(finding: LocatedFinding): string {
  const head = formatIssue({
    code: finding.rule,
    severity: finding.severity,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    message: finding.message,
  });
  return [
    head,
    ...finding.also.map((p) => `    also at ${p.file}:${p.line}:${p.column}`),
    ...(finding.suggestion ? [`    fix: ${finding.suggestion}`] : []),
    ...(finding.acknowledged !== undefined ? [`    acknowledged: ${finding.acknowledged}`] : []),
  ].join("\n");
}
