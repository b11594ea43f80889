import type { PlanPath } from "../observation/observation.ts";
import type { Baseline, Indicator, Plan, Target } from "../schema/types.ts";

/** Where an indicator's baseline or target is written in the plan. */
export type GoalSource =
  | { readonly kind: "indicator"; readonly path: PlanPath }
  | {
      readonly kind: "indicator-table";
      /** The id of the indicator table. */
      readonly table: string;
      /** The index of the row in that table. */
      readonly row: number;
      readonly path: PlanPath;
    };

/** An indicator's effective baseline and target, with where each was found. */
export interface IndicatorGoal {
  readonly indicator: Indicator;
  readonly baseline: { readonly value: Baseline; readonly source: GoalSource } | null;
  /** Every target, in the order written (an indicator may have more than one). */
  readonly targets: readonly { readonly value: Target; readonly source: GoalSource }[];
}

/**
 * The effective baseline and targets of an indicator: its own when it has
 * them, else those of the first indicator-table row that lists it (the
 * document may print other values in later tables; the linter reports those).
 *
 * @param plan - a validated plan
 * @param indicator - the indicator
 * @returns its baseline and targets with their place in the plan
 * @example
 * findIndicatorGoal(plan, plan.indicators[0]).baseline
 * //=> { value: { value: 79, period: "2017" }, source: { kind: "indicator-table", table: "indicatoren-woninginbraken", row: 0, ... } }
 */
export function findIndicatorGoal(plan: Plan, indicator: Indicator): IndicatorGoal {
  const indicatorIndex = plan.indicators.indexOf(indicator);
  const ownPath = (field: string): PlanPath => ["indicators", indicatorIndex, field];
  let row: { table: string; tableIndex: number; rowIndex: number } | undefined;
  const tables = plan.indicatorTables;
  for (let tableIndex = 0; tableIndex < tables.length && !row; tableIndex++) {
    const table = tables[tableIndex] as (typeof tables)[number];
    const rowIndex = table.rows.findIndex((r) => r.indicator === indicator.id);
    if (rowIndex >= 0) row = { table: table.id, tableIndex, rowIndex };
  }
  // Stryker disable next-line OptionalChaining: equivalent, row.tableIndex is the index of a table found above
  const rowData = row ? plan.indicatorTables[row.tableIndex]?.rows[row.rowIndex] : undefined;
  const rowSource = (field: string): GoalSource | undefined =>
    row && {
      kind: "indicator-table",
      table: row.table,
      row: row.rowIndex,
      path: ["indicatorTables", row.tableIndex, "rows", row.rowIndex, field],
    };

  let baseline: IndicatorGoal["baseline"] = null;
  if (indicator.baseline) {
    baseline = {
      value: indicator.baseline,
      source: { kind: "indicator", path: ownPath("baseline") },
    };
  } else if (rowData?.baseline) {
    const source = rowSource("baseline");
    if (source) baseline = { value: rowData.baseline, source };
  }

  let targets: IndicatorGoal["targets"] = [];
  if (indicator.targets && indicator.targets.length > 0) {
    targets = indicator.targets.map((value, i) => ({
      value,
      source: { kind: "indicator", path: ["indicators", indicatorIndex, "targets", i] },
    }));
  } else if (rowData?.target) {
    const source = rowSource("target");
    if (source) targets = [{ value: rowData.target, source }];
  }
  return { indicator, baseline, targets };
}
