import type { LintLocation } from "../lint/lint-types.ts";
import type { PlanPath } from "./observation.ts";

/**
 * Writes a path into a plan as `indicators[3].unit`: how errors, findings and
 * the plan's `lint.acknowledged` name a field.
 *
 * @example
 * formatPlanPath(["tables", 0, "rows", 2, "series"]) //=> "tables[0].rows[2].series"
 */
export function formatPlanPath(path: PlanPath): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}

/** The plan path of a place a finding names; `undefined` for a line of a data file. */
export function planPathOf(location: LintLocation): PlanPath | undefined {
  if (Array.isArray(location)) return location as PlanPath;
  const ref = location as Exclude<LintLocation, PlanPath>;
  return ref.kind === "plan" ? ref.path : undefined;
}
