import { formatPlanPath, planPathOf } from "../observation/plan-path.ts";
import type { RuleFinding } from "./lint-types.ts";

/**
 * The field a finding points at first, as `indicatorTables[1].rows[0].target.value`:
 * what `lint.acknowledged` names to accept it. `undefined` when the finding points
 * at a line of a data file first.
 *
 * @example
 * findingField({ messageId, data, locations: [["indicatorTables", 1, "rows", 0, "target", "value"]] })
 * //=> "indicatorTables[1].rows[0].target.value"
 */
export function findingField(finding: RuleFinding): string | undefined {
  const first = finding.locations[0];
  const path = first === undefined ? undefined : planPathOf(first);
  return path === undefined ? undefined : formatPlanPath(path);
}
