/**
 * Where a plan states an indicator's baseline and targets: on the indicator
 * itself and in every indicator-table row that lists it. Internal to the linter.
 */
import type { PlanPath } from "../../observation/observation.ts";
import type {
  Baseline,
  Indicator,
  IndicatorTable,
  IndicatorTableRow,
  Plan,
  Target,
  Unit,
} from "../../schema/types.ts";

/** The indicator itself, or a row of an indicator table. */
export type StatementPlace =
  | { readonly kind: "indicator"; readonly path: PlanPath }
  | {
      readonly kind: "row";
      readonly path: PlanPath;
      readonly table: IndicatorTable;
      readonly row: IndicatorTableRow;
    };

/** An indicator with where it is defined and every row that prints it. */
export interface IndicatorEntry {
  readonly indicator: Indicator;
  readonly path: PlanPath;
  /** The rows that list it, in document order. */
  readonly rows: readonly Extract<StatementPlace, { kind: "row" }>[];
}

/** A baseline as stated at one place. */
export interface BaselineStatement {
  readonly entry: IndicatorEntry;
  readonly baseline: Baseline;
  /** Path of the baseline object. */
  readonly path: PlanPath;
  readonly place: StatementPlace;
}

/** A target as stated at one place, with the baseline it is measured from. */
export interface TargetStatement {
  readonly entry: IndicatorEntry;
  readonly target: Target;
  /** Path of the target object. */
  readonly path: PlanPath;
  readonly place: StatementPlace;
  /** The baseline of the same row (or the indicator's own), else the effective one. */
  readonly baseline?: BaselineStatement;
}

const cache = new WeakMap<Plan, readonly IndicatorEntry[]>();

/** Every indicator with the rows that print it (rows of unknown indicators are left out). */
export function indicatorEntries(plan: Plan): readonly IndicatorEntry[] {
  const cached = cache.get(plan);
  if (cached) return cached;
  const entries = plan.indicators.map(
    (indicator, i): IndicatorEntry => ({
      indicator,
      path: ["indicators", i],
      rows: plan.indicatorTables.flatMap((table, t) =>
        table.rows.flatMap((row, r) =>
          row.indicator === indicator.id
            ? [{ kind: "row" as const, path: ["indicatorTables", t, "rows", r], table, row }]
            : [],
        ),
      ),
    }),
  );
  cache.set(plan, entries);
  return entries;
}

/** Every stated baseline of an indicator: its own first, then the rows'. */
export function baselineStatements(entry: IndicatorEntry): BaselineStatement[] {
  const result: BaselineStatement[] = [];
  if (entry.indicator.baseline) {
    result.push({
      entry,
      baseline: entry.indicator.baseline,
      path: [...entry.path, "baseline"],
      place: { kind: "indicator", path: entry.path },
    });
  }
  for (const place of entry.rows) {
    if (place.row.baseline) {
      result.push({
        entry,
        baseline: place.row.baseline,
        path: [...place.path, "baseline"],
        place,
      });
    }
  }
  return result;
}

/** The baseline progress is measured from: the indicator's own, else the first row's. */
export function effectiveBaseline(entry: IndicatorEntry): BaselineStatement | undefined {
  return baselineStatements(entry)[0];
}

/** Every stated target of an indicator, each with the baseline it is measured from. */
export function targetStatements(entry: IndicatorEntry): TargetStatement[] {
  const effective = effectiveBaseline(entry);
  const statements = baselineStatements(entry);
  const result: TargetStatement[] = [];
  (entry.indicator.targets ?? []).forEach((target, k) => {
    const own = statements.find((s) => s.place.kind === "indicator") ?? effective;
    result.push({
      entry,
      target,
      path: [...entry.path, "targets", k],
      place: { kind: "indicator", path: entry.path },
      ...(own && { baseline: own }),
    });
  });
  for (const place of entry.rows) {
    if (!place.row.target) continue;
    const same = statements.find((s) => s.place === place) ?? effective;
    result.push({
      entry,
      target: place.row.target,
      path: [...place.path, "target"],
      place,
      ...(same && { baseline: same }),
    });
  }
  return result;
}

/** The unit a series is measured in: its own, else that of the indicator measuring it. */
export function unitOf(plan: Plan, seriesId: string): Unit | undefined {
  const series = plan.series.find((s) => s.id === seriesId);
  if (series) return series.unit;
  return plan.indicators.find((i) => (i.series ?? i.id) === seriesId)?.unit;
}

/** The series an indicator's values are observations of. */
export function seriesOf(indicator: Indicator): string {
  return indicator.series ?? indicator.id;
}
