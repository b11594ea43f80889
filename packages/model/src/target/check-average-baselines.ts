import type { Observation, PlanPath } from "../observation/observation.ts";
import { ObservationIndex } from "../observation/observation-index.ts";
import type { Baseline, Plan } from "../schema/types.ts";
import { resolveValue, seriesUnits } from "../series/resolve-value.ts";
import { plural } from "../text/plural.ts";
import type { PlanIssue } from "../validation/plan-issue.ts";
import { isAverageBaseline, resolveBaseline } from "./resolve-baseline.ts";

/**
 * Checks that every average baseline (`baseline: { average: { from, to } }`,
 * on an indicator or in an indicator-table row) has a figure for each of its
 * periods in the indicator's series, observed or derived (a half year from a
 * year minus the other half). Readers call it once the data files are read,
 * so an average that cannot be computed is an error at its place in the
 * plan, not an indicator silently left without a baseline.
 *
 * @param plan - a validated plan
 * @param observations - every observation: the plan's own and its data files'
 * @returns one issue per average with missing figures (code `average-missing-figure`, at the `average` field)
 * @example
 * checkAverageBaselines(plan, observations)
 * //=> [{ code: "average-missing-figure", severity: "error", path: ["indicators", 2, "baseline", "average"], message: "the average from 2015 to 2017 needs a figure for every period, but there is none for 2016", ... }]
 */
export function checkAverageBaselines(
  plan: Plan,
  observations: readonly Observation[],
): PlanIssue[] {
  const stated: { baseline: Baseline; path: PlanPath; indicator: string }[] = [];
  plan.indicators.forEach((indicator, i) => {
    if (indicator.baseline)
      stated.push({
        baseline: indicator.baseline,
        path: ["indicators", i, "baseline"],
        indicator: indicator.id,
      });
  });
  plan.indicatorTables.forEach((table, t) => {
    table.rows.forEach((row, r) => {
      if (row.baseline)
        stated.push({
          baseline: row.baseline,
          path: ["indicatorTables", t, "rows", r, "baseline"],
          indicator: row.indicator,
        });
    });
  });
  const averages = stated.filter((s) => isAverageBaseline(s.baseline));
  if (averages.length === 0) return [];
  const context = {
    index: new ObservationIndex(observations),
    series: new Map(plan.series.map((s) => [s.id, s])),
    units: seriesUnits(plan),
  };
  const area = plan.municipality.code;
  const issues: PlanIssue[] = [];
  for (const { baseline, path, indicator: id } of averages) {
    const indicator = plan.indicators.find((i) => i.id === id);
    // An unknown indicator is reported by checkReferences.
    if (!indicator) continue;
    const series = indicator.series ?? indicator.id;
    const resolved = resolveBaseline(baseline, (period) => {
      const found = resolveValue(context, series, area, period);
      return found.status === "missing" ? null : found.value;
    });
    if (resolved.success || resolved.error.code !== "average-missing-figure") continue;
    const missing = resolved.error.missing;
    issues.push({
      code: "average-missing-figure",
      severity: "error",
      path: [...path, "average"],
      message: resolved.error.message,
      expected: `a figure of series "${series}" for ${area} in every period of the average`,
      hint: `add the ${plural("en", missing.length, { one: "figure", other: "figures" })} for ${missing.join(", ")} to a data file or to the plan's observations, or let the average start or end where there are figures`,
      params: { series, area, missing: missing.join(", ") },
    });
  }
  return issues;
}
