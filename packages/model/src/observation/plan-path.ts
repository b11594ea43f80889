import type { PlanPath, SourceRef } from "./observation.ts";

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

/**
 * The plan path of a place (a path, or a reference to where a figure was
 * written); `undefined` for a line of a data file.
 *
 * @example
 * planPathOf({ kind: "plan", path: ["claims", 0] }) //=> ["claims", 0]
 * planPathOf({ kind: "file", file: "data/politie.csv", line: 2, column: 1 }) //=> undefined
 */
export function planPathOf(location: PlanPath | SourceRef): PlanPath | undefined {
  if (Array.isArray(location)) return location as PlanPath;
  const ref = location as SourceRef;
  return ref.kind === "plan" ? ref.path : undefined;
}
