/**
 * Where a plan states an indicator's baseline and targets: on the indicator
 * itself and in every indicator-table row that lists it. Internal to the linter.
 */
import type { PlanPath } from "../../observation/observation.ts";
import type { ObservationIndex } from "../../observation/observation-index.ts";
import type {
  Baseline,
  Indicator,
  IndicatorTable,
  IndicatorTableRow,
  Plan,
  Series,
  Target,
  Unit,
} from "../../schema/types.ts";
import { resolveValue, seriesUnits } from "../../series/resolve-value.ts";
import {
  isAverageBaseline,
  type ResolvedBaseline,
  resolveBaseline,
} from "../../target/resolve-baseline.ts";

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

/** The period a baseline stands at: its own, or the last period of an average. */
export function baselinePeriodOf(baseline: Baseline): string {
  return isAverageBaseline(baseline) ? baseline.average.to : baseline.period;
}

/** Where that period is written: `period`, or an average's `average.to`. */
export function baselinePeriodPath(statement: BaselineStatement): PlanPath {
  return isAverageBaseline(statement.baseline)
    ? [...statement.path, "average", "to"]
    : [...statement.path, "period"];
}

/** Where a baseline's value is written: `value`, or an average's `average`. */
export function baselineValuePath(statement: BaselineStatement): PlanPath {
  return isAverageBaseline(statement.baseline)
    ? [...statement.path, "average"]
    : [...statement.path, "value"];
}

/**
 * The value a baseline stands for: the printed value, or for an average the
 * mean of the indicator's figures for its periods (`undefined` when one of
 * them has no figure; `ivp validate` reports that when it reads the plan).
 */
export function baselineValueOf(
  context: { readonly plan: Plan; readonly index: ObservationIndex },
  statement: BaselineStatement,
): number | undefined {
  return resolvedBaselineOf(context, statement)?.value;
}

/** As {@link baselineValueOf}, with an average's components (its sum, count and decimals). */
export function resolvedBaselineOf(
  context: { readonly plan: Plan; readonly index: ObservationIndex },
  statement: BaselineStatement,
): ResolvedBaseline | undefined {
  const { baseline, entry } = statement;
  if (!isAverageBaseline(baseline)) return { ...baseline, average: null };
  const resolveContext = {
    index: context.index,
    series: seriesMap(context.plan),
    units: seriesUnits(context.plan),
  };
  const series = seriesOf(entry.indicator);
  const area = context.plan.municipality.code;
  const resolved = resolveBaseline(baseline, (period) => {
    const found = resolveValue(resolveContext, series, area, period);
    return found.status === "missing" ? null : found.value;
  });
  return resolved.success ? resolved.data : undefined;
}

const seriesMaps = new WeakMap<Plan, ReadonlyMap<string, Series>>();

function seriesMap(plan: Plan): ReadonlyMap<string, Series> {
  let map = seriesMaps.get(plan);
  if (!map) {
    map = new Map(plan.series.map((s) => [s.id, s]));
    seriesMaps.set(plan, map);
  }
  return map;
}
