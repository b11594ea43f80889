/**
 * The evaluation step of the report: plan in, {@link EvaluatedPlan} out.
 *
 * It lives in `@ivp/report`, not in `@ivp/model`, because the evaluated plan
 * is the report's own input contract (and its JSON format): it composes the
 * model's functions (`evaluateTable`, `assessPlanProgress`, `findIndicatorGoal`,
 * `resolveTarget`, the observation index, periods) into what the renderers
 * show, and it changes with the report, not with the domain rules. The report
 * computes no status and no test of its own: both come from the model, in the
 * same form as `ivp status` and `ivp table --mark-chance` write them.
 */
import {
  arePeriodsComparable,
  type Baseline,
  type EvaluatedTable,
  evaluateTable,
  findIndicatorGoal,
  formatPeriodCode,
  type Indicator,
  type IndicatorGoal,
  type IndicatorTableRow,
  isAverageBaseline,
  type ObservationIndex,
  type Period,
  type Plan,
  parsePeriodOrThrow,
  periodKind,
  resolveTarget,
} from "@ivp/model";
import { figuresAsOf } from "./evaluate/figures-as-of.ts";
import { kernbeleidCoverage } from "./evaluate/kernbeleid-coverage.ts";
import type {
  EvaluatedFigureTable,
  EvaluatedIndicator,
  EvaluatedIndicatorTable,
  EvaluatedPlan,
  ObservedPoint,
} from "./evaluated-plan.ts";
import { tableToJson } from "./render-table.ts";
import { type EvaluateStatusOptions, statusFromIndex } from "./status/evaluate-status.ts";
import { targetJson } from "./status/status-json.ts";
import type { IndicatorStatusJson } from "./status/status-json-types.ts";

/**
 * Options of {@link evaluatePlan}: those of `evaluateStatus`, so a report and
 * `ivp status` given the same options assess the same figures.
 */
export type EvaluatePlanOptions = EvaluateStatusOptions;

/**
 * Evaluates a plan for a report: computes every figure table (as
 * `evaluateTable` does for `ivp table --mark-chance`, each change tested
 * against chance), the progress of every indicator toward its target (as
 * `ivp status` does, with every component), each indicator's targets and
 * observed series, the indicator tables as printed and the Kernbeleid
 * Veiligheid coverage. Pure and deterministic: the same plan and options give
 * the same result.
 *
 * @param plan - a validated plan
 * @param options - observations, as-of period, language
 * @returns the evaluated plan every renderer takes
 * @throws IvpError `invalid-period` for an as-of text that is not a period
 * @example
 * const evaluated = evaluatePlan(plan, { asOf: "2018-H1" });
 * evaluated.indicators.find((i) => i.id === "woninginbraken")?.progress.status.text //=> "doel bereikt"
 */
export function evaluatePlan(plan: Plan, options: EvaluatePlanOptions = {}): EvaluatedPlan {
  const lang = options.lang ?? plan.language;
  const { index, asOf } = figuresAsOf(plan, options);
  const status = statusFromIndex(plan, index, asOf, lang, options.correction);

  const tables = plan.tables.map((table) =>
    figureTable(
      plan,
      // The same level as the assessments: what the report calls chance is one thing.
      evaluateTable(plan, table.id, { lang, index, significance: { alpha: status.alpha } }),
    ),
  );
  const indicators = plan.indicators.map((indicator, i) =>
    evaluateIndicator(plan, indicator, index, status.indicators[i] as IndicatorStatusJson),
  );
  const indicatorTables = plan.indicatorTables.map(
    (table): EvaluatedIndicatorTable => ({
      id: table.id,
      title: table.title,
      theme: table.theme ?? null,
      headers: table.headers ?? null,
      rows: table.rows.map((row) => {
        const indicator = plan.indicators.find((i) => i.id === row.indicator);
        return {
          indicator: row.indicator,
          label: row.label ?? indicator?.label ?? row.indicator,
          source: row.source ?? null,
          group: row.group ?? null,
          baseline: row.baseline ?? null,
          target: row.target ?? null,
          differsFromEffective:
            indicator !== undefined && differsFromGoal(row, findIndicatorGoal(plan, indicator)),
        };
      }),
    }),
  );

  return {
    format: "ivp-evaluated-plan",
    formatVersion: 2,
    lang,
    asOf: asOf === undefined ? null : formatPeriodCode(asOf),
    alpha: status.alpha,
    thresholds: status.thresholds,
    correction: status.correction,
    plan,
    tables,
    indicators,
    indicatorTables,
    kernbeleid: kernbeleidCoverage(plan, { lang }),
  };
}

function figureTable(plan: Plan, table: EvaluatedTable): EvaluatedFigureTable {
  const definition = plan.tables.find((t) => t.id === table.id);
  const source = definition?.source
    ? (plan.sources.find((s) => s.id === definition.source) ?? null)
    : null;
  // Fields added to the JSON table, not after a spread of it (slow on Node 20; see status-json.ts).
  return Object.assign(tableToJson(table), {
    source: source ? { id: source.id, name: source.name } : null,
    note: definition?.note ?? null,
  });
}

function evaluateIndicator(
  plan: Plan,
  indicator: Indicator,
  index: ObservationIndex,
  progress: IndicatorStatusJson,
): EvaluatedIndicator {
  const goal = findIndicatorGoal(plan, indicator);
  // The baseline as assessed: an average resolved to its mean and components.
  const baseline = progress.baseline;
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
    source: source ? { id: source.id, name: source.name } : null,
    series: progress.series,
    description: indicator.description ?? null,
    themes,
    targets: goal.targets.map((t) =>
      // The source added to the resolved target, not after a spread of it (slow on Node 20).
      targetJson(
        Object.assign(resolveTarget({ target: t.value, baseline, conventions: plan.conventions }), {
          source: t.source,
        }),
      ),
    ),
    observations: observedPoints(
      index,
      progress.series,
      progress.area,
      baseline ? parsePeriodOrThrow(baseline.period) : undefined,
    ),
    progress,
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

/**
 * Whether an indicator-table row prints another baseline or target than the
 * indicator is followed with (its own, or the first row that lists it).
 * Targets are compared resolved, so a keep-level target without a value
 * equals one that writes the baseline out.
 */
function differsFromGoal(row: IndicatorTableRow, goal: IndicatorGoal): boolean {
  const baseline = goal.baseline?.value ?? null;
  const target = goal.targets[0]?.value;
  // The row prints the goal's own target and baseline (or none): the very
  // objects, as in every plan `ivp bulk` makes from a template (its rows
  // are given the indicator's), or the row the goal is taken from. What is
  // printed is then what is followed, without resolving both below.
  if (row.target === target && (row.baseline === undefined || row.baseline === baseline))
    return false;
  const baselineDiffers =
    row.baseline !== undefined && (baseline === null || !sameBaseline(row.baseline, baseline));
  if (row.target === undefined) return baselineDiffers;
  if (target === undefined) return true;
  // Targets resolved against a printed baseline; an average has no printed value.
  const printedBase = row.baseline ?? baseline;
  const printed = resolveTarget({
    target: row.target,
    baseline: printedBase && !isAverageBaseline(printedBase) ? printedBase : null,
  });
  const followed = resolveTarget({
    target,
    baseline: baseline && !isAverageBaseline(baseline) ? baseline : null,
  });
  return (
    baselineDiffers ||
    printed.kind !== followed.kind ||
    printed.value !== followed.value ||
    printed.change !== followed.change ||
    printed.period !== followed.period
  );
}

/** Whether two baselines are written the same: the same value and period, or the same average. */
function sameBaseline(a: Baseline, b: Baseline): boolean {
  if (isAverageBaseline(a) || isAverageBaseline(b)) {
    return (
      isAverageBaseline(a) &&
      isAverageBaseline(b) &&
      a.average.from === b.average.from &&
      a.average.to === b.average.to
    );
  }
  return a.value === b.value && a.period === b.period;
}
