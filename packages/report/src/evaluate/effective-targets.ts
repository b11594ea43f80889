import type { Indicator, Plan, Target } from "@ivp/model";
import type { EvaluatedBaseline, EvaluatedTarget } from "../evaluated-plan.ts";

/** The baseline and targets an indicator is followed with. */
export interface EffectiveTargets {
  readonly baseline: EvaluatedBaseline | null;
  readonly targets: readonly EvaluatedTarget[];
}

/**
 * The effective baseline and targets of an indicator: its own when it has
 * them, otherwise those of the first indicator-table row that lists it. The
 * first row wins because a document may print the same indicator with other
 * values in a later table (Laren: the safety grade is 7,5 -> 7,6 in the main
 * goals and 7,3 -> 7,5 under priority 4.2); a report must pick one rule and
 * say which.
 *
 * @param plan - the plan
 * @param indicator - one of its indicators
 * @returns the baseline (or `null`) and targets, each saying where it came from
 * @example
 * effectiveTargets(plan, woninginbraken).targets[0] //=> { kind: "relative", value: 60, change: -25, period: "2021", asPrinted: "60 (-25%)", from: "indicatoren-woninginbraken" }
 */
export function effectiveTargets(plan: Plan, indicator: Indicator): EffectiveTargets {
  const first = firstTableRow(plan, indicator.id);
  const row = first?.row;
  const rowFrom = first?.table ?? "indicator";

  const baselineSource = indicator.baseline
    ? { value: indicator.baseline, from: "indicator" }
    : row?.baseline
      ? { value: row.baseline, from: rowFrom }
      : null;
  const baseline: EvaluatedBaseline | null = baselineSource
    ? {
        value: baselineSource.value.value,
        period: baselineSource.value.period,
        from: baselineSource.from,
      }
    : null;

  const ownTargets = indicator.targets;
  const targetSource: { targets: readonly Target[]; from: string } =
    ownTargets && ownTargets.length > 0
      ? { targets: ownTargets, from: "indicator" }
      : { targets: row?.target ? [row.target] : [], from: rowFrom };
  const targets = targetSource.targets.map((target) =>
    evaluateTarget(target, baseline, targetSource.from),
  );
  return { baseline, targets };
}

type IndicatorTableRow = Plan["indicatorTables"][number]["rows"][number];

function firstTableRow(
  plan: Plan,
  indicatorId: string,
): { readonly table: string; readonly row: IndicatorTableRow } | null {
  for (const table of plan.indicatorTables) {
    const row = table.rows.find((r) => r.indicator === indicatorId);
    if (row) return { table: table.id, row };
  }
  return null;
}

/**
 * A target as the report draws it: the stated value; for `keep-level`
 * without one, the baseline value; `null` for a relative target with no
 * stated value.
 *
 * @example
 * evaluateTarget({ kind: "keep-level", period: "2021" }, { value: 7.9, period: "2017", from: "t" }, "t").value //=> 7.9
 */
export function evaluateTarget(
  target: Target,
  baseline: EvaluatedBaseline | null,
  from: string,
): EvaluatedTarget {
  // A keep-level target without a printed value means "the baseline value".
  const value =
    target.value ?? (target.kind === "keep-level" && baseline ? baseline.value : null) ?? null;
  return {
    kind: target.kind,
    value,
    change: target.change ?? null,
    period: target.period,
    asPrinted: target.asPrinted ?? null,
    from,
  };
}
