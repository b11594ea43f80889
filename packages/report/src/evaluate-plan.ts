/**
 * The evaluation step of the report: plan in, {@link EvaluatedPlan} out.
 *
 * It lives in `@ivp/report`, not in `@ivp/model`, because the evaluated plan
 * is the report's own input contract (and its JSON format): it composes the
 * model's functions (`evaluateTable`, the observation index, periods) into
 * what the renderers show, and it changes with the report, not with the
 * domain rules. Progress and significance are domain rules and stay in the
 * model; they come in through the two assessor options below, so the report
 * never computes a status itself.
 */
import {
  arePeriodsComparable,
  collectObservations,
  type EvaluatedTable,
  evaluateTable,
  formatPeriodCode,
  type Indicator,
  type Language,
  type Observation,
  ObservationIndex,
  type Period,
  type Plan,
  parsePeriodOrThrow,
  periodKind,
  type Target,
  type Unit,
} from "@ivp/model";
import { observationsAsOf } from "./evaluate/as-of.ts";
import { effectiveTargets, evaluateTarget } from "./evaluate/effective-targets.ts";
import { kernbeleidCoverage } from "./evaluate/kernbeleid-coverage.ts";
import type {
  EvaluatedBaseline,
  EvaluatedCell,
  EvaluatedFigureTable,
  EvaluatedIndicator,
  EvaluatedIndicatorTable,
  EvaluatedPlan,
  EvaluatedTarget,
  IndicatorProgress,
  ObservedPoint,
  SignificanceMarker,
} from "./evaluated-plan.ts";
import { tableToJson } from "./render-table.ts";

/**
 * What a progress assessor receives for one indicator: the plan, the
 * indicator, what the report already worked out for it, and the
 * observations as of the report's period.
 */
export interface ProgressInput {
  readonly plan: Plan;
  readonly indicator: Indicator;
  /** The evaluated indicator without its assessment. */
  readonly evaluated: Omit<EvaluatedIndicator, "progress">;
  /** Every observation the report uses (already limited to the as-of period). */
  readonly index: ObservationIndex;
  /** The as-of period, when the report has one. */
  readonly asOf: Period | undefined;
}

/**
 * Assesses one indicator's progress toward its target; returns `null` when it
 * makes no assessment. This is the seam for `assessProgress` of `@ivp/model`.
 */
export type AssessProgress = (input: ProgressInput) => IndicatorProgress | null;

/** What a significance assessor receives for one computed change cell. */
export interface ChangeInput {
  readonly table: string;
  readonly column: string;
  readonly series: string;
  readonly unit: Unit;
  readonly from: { readonly period: string; readonly value: number };
  readonly to: { readonly period: string; readonly value: number };
}

/**
 * Decides whether a change can be told apart from chance; returns `null`
 * when it makes no judgement (e.g. for figures that are not counts).
 */
export type AssessChange = (input: ChangeInput) => SignificanceMarker | null;

/** Options of {@link evaluatePlan}. */
export interface EvaluatePlanOptions {
  /** Every observation to use. Default: those written in the plan file (`collectObservations`). */
  readonly observations?: readonly Observation[];
  /** Use only observations whose period ends on or before this period ends (e.g. `"2018-H1"`). */
  readonly asOf?: string | Period;
  /** Language of generated headers and notation. Default: the plan's language. */
  readonly lang?: Language;
  /** Progress assessment per indicator. Without it every indicator's `progress` is `null`. */
  readonly assessProgress?: AssessProgress;
  /** Significance per computed change cell. Without it every `significance` is `null`. */
  readonly assessChange?: AssessChange;
}

/**
 * Evaluates a plan for a report: computes every figure table (as
 * `evaluateTable` does for `ivp table`), each indicator's effective baseline
 * and target, its observed series and latest comparable value, the indicator
 * tables as printed and the Kernbeleid Veiligheid coverage. Pure and
 * deterministic: the same plan and options give the same result.
 *
 * Progress and significance come in through `assessProgress` and
 * `assessChange`; without them the result says "not assessed" (`null`)
 * rather than inventing a status.
 *
 * @param plan - a validated plan
 * @param options - observations, as-of period, language, assessors
 * @returns the evaluated plan every renderer takes
 * @throws IvpError `invalid-period` for an as-of text that is not a period
 * @example
 * const evaluated = evaluatePlan(plan, { asOf: "2017" });
 * evaluated.indicators.find((i) => i.id === "woninginbraken")?.latest //=> { period: "2017", value: 79, origin: "table", comparable: true }
 */
export function evaluatePlan(plan: Plan, options: EvaluatePlanOptions = {}): EvaluatedPlan {
  const lang = options.lang ?? plan.language;
  const asOf =
    options.asOf === undefined
      ? undefined
      : typeof options.asOf === "string"
        ? parsePeriodOrThrow(options.asOf)
        : options.asOf;
  const all = options.observations ?? collectObservations(plan);
  const index = new ObservationIndex(observationsAsOf(all, asOf));

  const tables = plan.tables.map((table) =>
    evaluateFigureTable(plan, evaluateTable(plan, table.id, { lang, index }), options.assessChange),
  );
  const indicators = plan.indicators.map((indicator) => {
    const evaluated = evaluateIndicator(plan, indicator, index);
    const progress = options.assessProgress?.({ plan, indicator, evaluated, index, asOf }) ?? null;
    return { ...evaluated, progress };
  });
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const indicatorTables = plan.indicatorTables.map(
    (table): EvaluatedIndicatorTable => ({
      id: table.id,
      title: table.title,
      theme: table.theme ?? null,
      headers: table.headers ?? null,
      rows: table.rows.map((row) => {
        const effective = byId.get(row.indicator);
        return {
          indicator: row.indicator,
          label: row.label ?? effective?.label ?? row.indicator,
          source: row.source ?? null,
          group: row.group ?? null,
          baseline: row.baseline ?? null,
          target: row.target ?? null,
          differsFromEffective:
            effective !== undefined &&
            (differsBaseline(row.baseline, effective.baseline) ||
              differsTarget(
                row.target,
                row.baseline ? { ...row.baseline, from: table.id } : effective.baseline,
                effective.targets[0],
              )),
        };
      }),
    }),
  );

  return {
    format: "ivp-evaluated-plan",
    formatVersion: 1,
    lang,
    asOf: asOf === undefined ? null : formatPeriodCode(asOf),
    plan,
    tables,
    indicators,
    indicatorTables,
    kernbeleid: kernbeleidCoverage(plan, { lang }),
  };
}

function evaluateFigureTable(
  plan: Plan,
  table: EvaluatedTable,
  assessChange: AssessChange | undefined,
): EvaluatedFigureTable {
  const definition = plan.tables.find((t) => t.id === table.id);
  const source = definition?.source
    ? (plan.sources.find((s) => s.id === definition.source) ?? null)
    : null;
  const units = new Map(plan.series.map((s) => [s.id, s.unit]));
  const json = tableToJson(table);
  return {
    ...json,
    source: source ? { id: source.id, name: source.name } : null,
    note: definition?.note ?? null,
    rows: json.rows.map((row, r) => ({
      ...row,
      cells: Object.fromEntries(
        Object.entries(row.cells).map(([column, cell]): [string, EvaluatedCell] => {
          if (cell.kind !== "change") return [column, cell];
          const evaluated = table.rows[r]?.cells.find((c) => c.column === column);
          let significance: SignificanceMarker | null = null;
          if (
            assessChange &&
            evaluated?.kind === "change" &&
            evaluated.from.status !== "missing" &&
            evaluated.to.status !== "missing"
          ) {
            significance = assessChange({
              table: table.id,
              column,
              series: row.series,
              unit: units.get(row.series) ?? "count",
              from: { period: evaluated.from.period, value: evaluated.from.value },
              to: { period: evaluated.to.period, value: evaluated.to.value },
            });
          }
          return [column, { ...cell, significance }];
        }),
      ),
    })),
  };
}

function evaluateIndicator(
  plan: Plan,
  indicator: Indicator,
  index: ObservationIndex,
): Omit<EvaluatedIndicator, "progress"> {
  const { baseline, targets } = effectiveTargets(plan, indicator);
  const series = indicator.series ?? indicator.id;
  const basePeriod = baseline ? parsePeriodOrThrow(baseline.period) : undefined;
  const observations = observedPoints(index, series, plan.municipality.code, basePeriod);
  const comparable = observations.filter((o) => o.comparable);
  const source = indicator.source ? plan.sources.find((s) => s.id === indicator.source) : undefined;
  const themes = [...plan.priorities, ...plan.themes]
    .filter(
      (theme) =>
        theme.indicators.includes(indicator.id) ||
        plan.indicatorTables.some(
          (t) => t.theme === theme.id && t.rows.some((r) => r.indicator === indicator.id),
        ),
    )
    .map((theme) => theme.id);
  return {
    id: indicator.id,
    label: indicator.label,
    unit: indicator.unit,
    direction: indicator.direction ?? null,
    source: source ? { id: source.id, name: source.name } : null,
    series,
    description: indicator.description ?? null,
    themes,
    baseline,
    targets,
    observations,
    latest: comparable[comparable.length - 1] ?? null,
    statusOverride: indicator.statusOverride ?? null,
  };
}

/**
 * The figures of a series for an area, one per period (the first non-missing
 * figure when a period was written twice, as `resolveValue` takes it), in
 * period order.
 */
function observedPoints(
  index: ObservationIndex,
  series: string,
  area: string,
  basePeriod: Period | undefined,
): ObservedPoint[] {
  const points: ObservedPoint[] = [];
  const seen = new Set<string>();
  for (const observation of index.series(series, area)) {
    if (observation.value === null || seen.has(observation.period)) continue;
    seen.add(observation.period);
    const period = parsePeriodOrThrow(observation.period);
    points.push({
      period: observation.period,
      value: observation.value,
      origin: observation.origin,
      comparable: basePeriod
        ? arePeriodsComparable(period, basePeriod)
        : periodKind(period) === "year",
    });
  }
  return points;
}

function differsBaseline(
  printed: { value: number; period: string } | undefined,
  effective: EvaluatedBaseline | null,
): boolean {
  if (printed === undefined) return false;
  return (
    effective === null || printed.value !== effective.value || printed.period !== effective.period
  );
}

function differsTarget(
  printed: Target | undefined,
  baseline: EvaluatedBaseline | null,
  effective: EvaluatedTarget | undefined,
): boolean {
  if (printed === undefined) return false;
  if (effective === undefined) return true;
  const row = evaluateTarget(printed, baseline, "");
  return (
    row.kind !== effective.kind ||
    row.value !== effective.value ||
    row.change !== effective.change ||
    row.period !== effective.period
  );
}
