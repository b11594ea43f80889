import {
  formatPlanPath,
  type Issue,
  type Language,
  type LintFinding,
  type LintLocation,
  type LintRuleId,
  planPathOf,
  type SourceLocation,
} from "@ivp/model";
import type { LoadedPlan } from "./load-plan-files.ts";

/** What locating findings needs of a plan: its file and a way from a figure or a field to a place. */
export type Locator = Pick<LoadedPlan, "file" | "locateRef">;

/** A place a finding points at: a location with its line and column. */
export type FindingPlace = SourceLocation & { readonly line: number; readonly column: number };

/**
 * A lint finding as an {@link Issue}, in one language and at places in files:
 * its code is the rule's id, its hint the rule's suggestion, its location the
 * first place involved (with the field of plan.yaml, as
 * `indicatorTables[1].rows[0].target.value`).
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
 * Turns findings into places in the plan's files, in the given language,
 * ordered by file, line and column. Places that resolve to the same spot are
 * listed once. `ivp validate` prints these; the docs' playground shows them.
 *
 * @example
 * const loaded = await loadPlanFromFiles({ "plan.yaml": yamlText });
 * if (loaded.success) {
 *   const findings = locateFindings(lintPlan(loaded.plan, { observations: loaded.observations }), loaded, "en");
 *   findings[0]?.location.line //=> the line of plan.yaml the first finding points at
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
        // The linter's rule ids are the catalogue's: LintRule.id is a string only for the tests' sake.
        code: finding.rule as LintRuleId,
        severity: finding.severity,
        location: primary,
        message: finding.message[lang],
        ...(finding.suggestion && { hint: finding.suggestion[lang] }),
        also,
        ...(finding.acknowledged !== undefined && { acknowledged: finding.acknowledged }),
      } satisfies LocatedFinding,
    };
  });
  located.sort(
    (a, b) =>
      a.finding.location.file.localeCompare(b.finding.location.file) ||
      a.finding.location.line - b.finding.location.line ||
      a.finding.location.column - b.finding.location.column ||
      a.order - b.order,
  );
  return located.map((l) => l.finding);
}
