import { IvpError } from "../errors.ts";
import { collectObservations } from "../observation/collect-observations.ts";
import type { Observation } from "../observation/observation.ts";
import { ObservationIndex } from "../observation/observation-index.ts";
import { endsOnOrBefore, observationsAsOf } from "../observation/observations-as-of.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import { fullYear, type Period } from "../period/period.ts";
import type { Direction, Indicator, Plan, Series, Unit } from "../schema/types.ts";
import { figureSources, type ResolveContext, seriesUnits } from "../series/resolve-value.ts";
import {
  assessChangeSignificance,
  type ChangeSide,
  type ChangeSignificance,
} from "../statistics/change-significance.ts";
import { baselineExtremity } from "../statistics/regression-to-mean.ts";
import { findIndicatorGoal, type GoalSource } from "../target/find-indicator-goal.ts";
import { type BaselineAverage, resolveBaseline } from "../target/resolve-baseline.ts";
import { type ResolvedTarget, resolveTarget } from "../target/resolve-target.ts";
import { assessVerdict, type DispersionUsed, type Verdict } from "../verdict/assess-verdict.ts";
import type { ProgressStatus, VerdictStage } from "../verdict/decide-verdict.ts";
import {
  compare,
  find,
  type PeriodValue,
  type ProgressComparison,
  ratePerOf,
} from "./compare-with-baseline.ts";
import { measureProgress, type ProgressMeasures } from "./measure-progress.ts";
import { type PreviousPeriodChange, previousPeriodChange } from "./previous-period-change.ts";
import { type ChangeUnit, changeOf, changeUnitOf, type ProgressChange } from "./progress-change.ts";
import { seriesDispersion } from "./series-dispersion.ts";
import { comparableHistory, type HistoryPoint } from "./series-history.ts";
import { type SeriesTrend, seriesTrend } from "./series-trend.ts";

export { type ChangeUnit, changeUnitOf, type ProgressChange };

/** Why an indicator gets no automatic status. */
export type NotAssessableReason =
  | "no-target"
  | "no-baseline"
  | "no-direction"
  | "target-not-after-baseline"
  | "no-observations"
  | "no-later-measurement"
  | "incomparable-periods"
  | "inconsistent-target"
  | "no-margin";

/** Something a reader should know about an assessment. */
export type ProgressWarning =
  | {
      /** A relative target whose printed value differs from its stated change applied to the baseline. */
      readonly code: "target-disagrees-with-change";
      readonly stated: number;
      readonly resolved: number;
      readonly used: number;
    }
  | {
      /** The target lies on the bad side of the baseline (e.g. a higher count for a lower-is-better indicator). */
      readonly code: "target-against-direction";
      readonly baseline: number;
      readonly target: number;
    }
  | {
      /** The plan's baseline differs from the figure recorded for the baseline period. */
      readonly code: "baseline-differs-from-observation";
      readonly baseline: number;
      readonly observed: number;
      readonly period: string;
    }
  | {
      /** The projection rests on a single earlier year, so the spread of the share is unknown. */
      readonly code: "projection-single-year";
      readonly year: number;
    }
  | {
      /**
       * The baseline is the lowest or highest of the comparable periods before
       * it (at least 3): the next one tends back toward the others by chance
       * alone (regression to the mean).
       */
      readonly code: "baseline-extreme";
      readonly position: "lowest" | "highest";
      readonly period: string;
      readonly value: number;
      /** The earlier comparable periods, oldest first. */
      readonly history: readonly { readonly period: string; readonly value: number }[];
      /** The mean of the earlier periods. */
      readonly otherMean: number;
    };

/** The progress of one indicator as of a moment, with every component. */
export interface IndicatorProgress {
  readonly indicator: string;
  readonly label: string;
  readonly unit: Unit;
  /** The series whose figures are the indicator's values. */
  readonly series: string;
  readonly area: string;
  readonly direction: { readonly value: Direction; readonly source: "declared" | "target" } | null;
  /**
   * The effective baseline: its value (for an average, the mean sum / count),
   * its period (for an average, the last one averaged), where the plan writes
   * it, and for an average its components; `null` without one (or when an
   * average lacks a figure up to the as-of moment).
   */
  readonly baseline: {
    readonly value: number;
    readonly period: string;
    readonly source: GoalSource;
    readonly average: BaselineAverage | null;
  } | null;
  readonly target: (ResolvedTarget & { readonly source: GoalSource }) | null;
  /** The latest figure up to the as-of moment. */
  readonly latest: PeriodValue | null;
  readonly comparison: ProgressComparison | null;
  readonly change: ProgressChange | null;
  /** Whether the change is distinguishable from chance. */
  readonly significance: ChangeSignificance | null;
  /** The change of the latest figure since the previous comparable period, with its test; `null` without one. */
  readonly previousChange: PreviousPeriodChange | null;
  /** For a count with 5 or more comparable periods up to the latest: the trend over them. */
  readonly trend: SeriesTrend | null;
  /**
   * The measures of the way travelled (fraction of the way, the straight
   * path, Open SDG's growth ratio); `null` when not assessable. They describe
   * the figures; the verdict is {@link IndicatorProgress.verdict}.
   */
  readonly measures: ProgressMeasures | null;
  /** The verdict with its tests; `null` when not assessable. */
  readonly verdict: Verdict | null;
  /** The computed status: the verdict, or `not-assessable`. */
  readonly automaticStatus: ProgressStatus;
  readonly notAssessable: NotAssessableReason | null;
  /** The plan's manual status, kept next to the automatic one. */
  readonly override: { readonly status: ProgressStatus; readonly reason: string } | null;
  /** The status that counts: the override when there is one, else the automatic status. */
  readonly status: ProgressStatus;
  readonly warnings: readonly ProgressWarning[];
}

/** Options of {@link assessProgress}. */
export interface AssessProgressOptions {
  /**
   * Assess with the figures known by the end of this period (e.g. `2018-H1`):
   * those whose period ends on or before it ends ({@link observationsAsOf}).
   * Default: every figure, so each indicator's latest.
   */
  readonly asOf?: Period | string | undefined;
  /** Extra observations, e.g. from the plan's data files. */
  readonly observations?: readonly Observation[];
  /**
   * A prebuilt index (takes precedence over `observations`). Build it from
   * {@link observationsAsOf} when you pass `asOf`, as `ivp status` and
   * `ivp report` do; the latest figure is chosen by the same rule either way.
   */
  readonly index?: ObservationIndex;
  /** Significance level of the change and of the verdict's tests. Default 0.05. */
  readonly alpha?: number;
}

/** Orders periods by when they end, the longer first among those ending together. */
function endsLater(a: Period, b: Period): number {
  return a.year - b.year || a.endMonth - b.endMonth || b.startMonth - a.startMonth;
}

/**
 * The periods that may have a figure for the series: those of its
 * observations (or of its complete parts, or of the count of its rate), and
 * their years, which two halves may make. Which of them has a figure,
 * observed or derived, is for {@link find} to say. Each once, in no
 * particular order ({@link latestValue} sorts them): by year and months as
 * one number, not by a code written for each figure and parsed back.
 *
 * @internal
 */
export function candidatePeriods(
  index: ObservationIndex,
  series: Series | undefined,
  seriesId: string,
  area: string,
): Period[] {
  const periods = new Map<number, Period>();
  for (const id of figureSources(series, seriesId)) {
    for (const o of index.series(id, area)) {
      const p = parsePeriodOrThrow(o.period);
      periods
        .set(p.year * 256 + p.startMonth * 16 + p.endMonth, p)
        .set(p.year * 256 + 28, fullYear(p.year));
    }
  }
  return [...periods.values()];
}

function latestValue(
  context: ResolveContext,
  series: Series | undefined,
  seriesId: string,
  area: string,
  asOf: Period | undefined,
): PeriodValue | null {
  const periods = candidatePeriods(context.index, series, seriesId, area)
    .filter((p) => asOf === undefined || endsOnOrBefore(p, asOf))
    .sort(endsLater)
    .reverse();
  for (const period of periods) {
    const value = find(context, seriesId, area, period);
    if (value) return value;
  }
  return null;
}

/** The declared direction, else the one the target implies (a maximum: lower is better). */
function inferDirection(
  indicator: Indicator,
  target: ResolvedTarget | null,
  baseline: number | null,
): IndicatorProgress["direction"] {
  if (indicator.direction) return { value: indicator.direction, source: "declared" };
  if (!target) return null;
  if (target.kind === "maximum") return { value: "lower-is-better", source: "target" };
  if (target.kind === "minimum") return { value: "higher-is-better", source: "target" };
  const change =
    target.kind === "relative"
      ? target.change
      : target.kind === "absolute" &&
          baseline !== null &&
          // Stryker disable next-line ConditionalExpression: an absolute target always has a value (the schema requires one); this only narrows the type
          target.value !== null
        ? target.value - baseline
        : null;
  if (change === null || change === 0) return null;
  // Stryker disable next-line EqualityOperator: a change of 0 has returned above, so < and <= agree
  return { value: change < 0 ? "lower-is-better" : "higher-is-better", source: "target" };
}

/**
 * Assesses an indicator's progress toward its target as of a moment: finds its
 * effective baseline and target and its latest figure, compares like with
 * like, and measures progress with every component ({@link measureProgress}).
 *
 * Like with like: a figure for the same months as the baseline is compared
 * directly. A part of a year (January-October 2018) is compared with the same
 * months of the baseline year, with the target scaled by the same factor; when
 * the baseline year lacks those months, a count is projected to a full year
 * with the share of those months in earlier years ({@link projectFullYear}).
 * Otherwise, or without a target, baseline, direction or later figure, the
 * indicator is not assessable and the result says why; the latest figure, the
 * change and its significance are still given where they exist.
 *
 * @param plan - a validated plan
 * @param indicatorId - the id of one of its indicators
 * @param options - the as-of period, extra observations, the significance level
 * @returns the assessment; throws an {@link IvpError} (`unknown-reference`) for an unknown id
 * @example
 * const progress = assessProgress(plan, "woninginbraken");
 * progress.comparison //=> { method: "same-months", from: { period: "2017-01..2017-10", value: 70, ... }, to: { period: "2018-01..2018-10", value: 46, ... }, ... }
 * progress.status //=> "ahead"
 */
export function assessProgress(
  plan: Plan,
  indicatorId: string,
  options: AssessProgressOptions = {},
): IndicatorProgress {
  const indicator = plan.indicators.find((i) => i.id === indicatorId);
  if (!indicator) {
    throw new IvpError(
      "unknown-reference",
      `the plan has no indicator "${indicatorId}" (indicators: ${plan.indicators.map((i) => i.id).join(", ") || "none"})`,
    );
  }
  const { asOf, index } = figuresOf(plan, options);
  return assessIndicatorProgress(plan, indicator, planContext(plan, index), asOf, options.alpha);
}

/**
 * The as-of period of the options, and the index of the figures known by its
 * end (the options' own index when they have one): as {@link assessProgress}
 * and `assessPlanProgress` read their options.
 *
 * @internal
 */
export function figuresOf(
  plan: Plan,
  options: AssessProgressOptions,
): { readonly asOf: Period | undefined; readonly index: ObservationIndex } {
  const asOf = typeof options.asOf === "string" ? parsePeriodOrThrow(options.asOf) : options.asOf;
  const index =
    options.index ??
    new ObservationIndex(
      observationsAsOf([...collectObservations(plan), ...(options.observations ?? [])], asOf),
    );
  return { asOf, index };
}

/**
 * What every indicator of a plan is assessed with: the index of its figures,
 * its series by id and their units. Built once per plan by
 * {@link assessPlanProgress}, not once per indicator.
 *
 * @internal
 */
export interface PlanContext extends ResolveContext {
  readonly series: ReadonlyMap<string, Series>;
  /** The comparable histories read so far, by series, area and period (see `comparableHistory`). */
  readonly histories: Map<string, HistoryPoint[]>;
}

/** The {@link PlanContext} of a plan with an index of its figures. @internal */
export function planContext(plan: Plan, index: ObservationIndex): PlanContext {
  return {
    index,
    series: new Map(plan.series.map((s) => [s.id, s])),
    units: seriesUnits(plan),
    histories: new Map(),
  };
}

/**
 * {@link assessProgress} of one of the plan's indicators, with the plan's
 * context (see {@link PlanContext}) and the as-of period read.
 *
 * @internal
 */
export function assessIndicatorProgress(
  plan: Plan,
  indicator: Indicator,
  context: PlanContext,
  asOf: Period | undefined,
  alphaOption: number | undefined,
): IndicatorProgress {
  const seriesById = context.series;
  const seriesId = indicator.series ?? indicator.id;
  const series = seriesById.get(seriesId);
  const area = plan.municipality.code;

  const goal = findIndicatorGoal(plan, indicator);
  const baseline = effectiveBaseline(
    goal.baseline,
    (p) => find(context, seriesId, area, p)?.value ?? null,
  );
  const latest = latestValue(context, series, seriesId, area, asOf);
  const chosen = chooseTarget(goal.targets, latest);
  // The source added to the resolved target, not after a spread of it: on
  // Node 20 a field written after a spread costs microseconds.
  const target = chosen
    ? Object.assign(
        resolveTarget({
          target: chosen.value,
          baseline,
          conventions: plan.conventions,
          unit: indicator.unit,
        }),
        { source: chosen.source },
      )
    : null;
  const direction = inferDirection(indicator, target, baseline?.value ?? null);

  const warnings = goalWarnings(context, seriesId, area, baseline, target, direction);
  const built =
    baseline && latest
      ? compare(context, indicator.unit, seriesId, area, baseline, target?.value ?? null, latest)
      : null;
  if (
    built?.comparison.method === "projection" &&
    built.comparison.projection.shares.length === 1
  ) {
    const only = built.comparison.projection.shares[0];
    // Stryker disable next-line ConditionalExpression: the one share exists (length 1); the check narrows the type
    if (only) warnings.push({ code: "projection-single-year", year: only.year });
  }
  const comparison = built?.comparison ?? null;
  // An average baseline is the remedy for an extreme single year: no warning.
  if (baseline && !baseline.average) {
    const extreme = extremeBaseline(context, seriesId, area, baseline);
    if (extreme) warnings.push(extreme);
  }
  const change = comparison
    ? changeOf(comparison.from.value, comparison.current, indicator.unit)
    : null;
  const alpha = alphaOption ?? 0.05;
  const dispersion: DispersionUsed | null =
    built && indicator.unit === "count"
      ? seriesDispersion(context, seriesId, area, parsePeriodOrThrow(built.comparison.to.period))
      : null;
  const significance = built
    ? assessChangeSignificance({
        unit: indicator.unit,
        from: built.sides.from,
        to: built.sides.to,
        alpha,
        dispersion: dispersion?.used,
      })
    : null;

  const baselinePeriod = baseline ? parsePeriodOrThrow(baseline.period) : null;
  const targetPeriod = target ? parsePeriodOrThrow(target.period) : null;
  let notAssessable = reasonNotAssessable(
    target,
    baselinePeriod,
    targetPeriod,
    direction,
    latest,
    comparison,
    warnings,
  );

  let measures: ProgressMeasures | null = null;
  let verdict: Verdict | null = null;
  if (
    notAssessable === null &&
    // Stryker disable next-line ConditionalExpression,OptionalChaining: with no reason against it there is a comparison (reasonNotAssessable) and a target value, so a scaled target; the checks narrow the types
    built?.comparison.target != null &&
    direction &&
    target &&
    baselinePeriod &&
    targetPeriod &&
    latest
  ) {
    // The comparison itself, its target known to be a number (checked above):
    // a copy only to say so to the types cost an object and a spread.
    const compared = built.comparison as ProgressComparison & { readonly target: number };
    const latestPeriod = parsePeriodOrThrow(latest.period);
    measures = measureProgress({
      direction: direction.value,
      bound: target.bound,
      baseline: compared.baseline,
      target: compared.target,
      current: compared.current,
      elapsedYears: latestPeriod.year - baselinePeriod.year,
      totalYears: targetPeriod.year - baselinePeriod.year,
    });
    // The target period has come when a figure for the whole of it (or a later
    // one) is compared: a part of the target year is still on the way.
    const stage: VerdictStage =
      latestPeriod.year >= targetPeriod.year && compared.method === "same-period"
        ? "target-period"
        : "before-target-period";
    verdict = assessVerdict({
      unit: indicator.unit,
      direction: direction.value,
      bound: target.bound,
      comparison: compared,
      stage,
      timeFraction: measures.timeFraction,
      interval: built.sides.to.interval,
      rate: rateOf(indicator.unit, built.sides.to),
      tolerance: indicator.tolerance,
      significance,
      dispersion,
      alpha,
    });
    if (verdict.versusBenchmark === null) {
      notAssessable = "no-margin";
      verdict = null;
    }
  }
  const previousChange = latest
    ? previousPeriodChange(context, { unit: indicator.unit, series: seriesId, area, latest, alpha })
    : null;
  const automaticStatus: ProgressStatus = verdict?.status ?? "not-assessable";
  const trend =
    latest && indicator.unit === "count"
      ? seriesTrend(context, seriesId, area, latest, parsePeriodOrThrow(latest.period), alpha)
      : null;
  const override = indicator.statusOverride
    ? { status: indicator.statusOverride.status, reason: indicator.statusOverride.reason }
    : null;
  return {
    indicator: indicator.id,
    label: indicator.label,
    unit: indicator.unit,
    series: seriesId,
    area,
    direction,
    baseline,
    target,
    latest,
    comparison,
    change,
    significance,
    previousChange,
    trend,
    measures,
    verdict,
    automaticStatus,
    notAssessable,
    override,
    status: override?.status ?? automaticStatus,
    warnings,
  };
}

/** The plan's baseline resolved with the figures (an average's mean), with where the plan writes it. */
function effectiveBaseline(
  stated: ReturnType<typeof findIndicatorGoal>["baseline"],
  figureOf: (period: Period) => number | null,
): IndicatorProgress["baseline"] {
  if (!stated) return null;
  const resolved = resolveBaseline(stated.value, figureOf);
  return resolved.success ? Object.assign(resolved.data, { source: stated.source }) : null;
}

/** A warning when the baseline is the lowest or highest of its comparable periods. */
function extremeBaseline(
  context: ResolveContext,
  seriesId: string,
  area: string,
  from: { readonly value: number; readonly period: string },
): ProgressWarning | null {
  const history = comparableHistory(context, seriesId, area, parsePeriodOrThrow(from.period));
  const values = history.map((h) => h.value);
  if (!values.every(Number.isFinite)) return null;
  const extremity = baselineExtremity({ baseline: from.value, history: values });
  if (!extremity?.position) return null;
  return {
    code: "baseline-extreme",
    position: extremity.position,
    period: from.period,
    value: from.value,
    history: history.map((h) => ({ period: h.period, value: h.value })),
    otherMean: extremity.otherMean,
  };
}

/** The count, population and base of the latest figure of a rate, when known. */
function rateOf(
  unit: Unit,
  side: ChangeSide,
): { count: number; population: number; per: number } | undefined {
  const per = ratePerOf(unit);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: rateBasis gives a side its count and its population (as the exposure) together and only for a rate unit, so the count or the exposure check alone decides; the others narrow the types
  if (per === null || side.count === undefined || side.exposure === undefined) return undefined;
  return { count: side.count, population: side.exposure, per };
}

/** What the reader should know about the baseline and target (see {@link ProgressWarning}). */
function goalWarnings(
  context: ResolveContext,
  seriesId: string,
  area: string,
  baseline: { value: number; period: string; average: BaselineAverage | null } | null,
  target: ResolvedTarget | null,
  direction: IndicatorProgress["direction"],
): ProgressWarning[] {
  const warnings: ProgressWarning[] = [];
  if (
    target?.consistent === false &&
    // Stryker disable next-line ConditionalExpression: a target is inconsistent only when it has a printed and a computed value (resolveTarget); these checks narrow the types
    target.stated !== null &&
    // Stryker disable next-line ConditionalExpression: as above
    target.resolved !== null
  ) {
    warnings.push({
      code: "target-disagrees-with-change",
      stated: target.stated,
      resolved: target.resolved,
      used: target.value ?? target.stated,
    });
  }
  if (
    baseline &&
    target &&
    // Stryker disable next-line ConditionalExpression: with a baseline every target has a value (a relative one resolves, a level keeps the baseline); this narrows the type
    target.value !== null &&
    direction &&
    target.bound === "direction"
  ) {
    const worse =
      direction.value === "lower-is-better"
        ? target.value > baseline.value
        : target.value < baseline.value;
    if (worse)
      warnings.push({
        code: "target-against-direction",
        baseline: baseline.value,
        target: target.value,
      });
  }
  // An average is computed from the observations, so it cannot differ from them.
  if (baseline && !baseline.average) {
    const observed = find(context, seriesId, area, baseline.period);
    if (observed && observed.value !== baseline.value) {
      warnings.push({
        code: "baseline-differs-from-observation",
        baseline: baseline.value,
        observed: observed.value,
        period: baseline.period,
      });
    }
  }

  return warnings;
}

/** The first reason that leaves an indicator without an automatic status, or `null`. */
function reasonNotAssessable(
  target: ResolvedTarget | null,
  baselinePeriod: Period | null,
  targetPeriod: Period | null,
  direction: IndicatorProgress["direction"],
  latest: PeriodValue | null,
  comparison: ProgressComparison | null,
  warnings: readonly ProgressWarning[],
): NotAssessableReason | null {
  if (!target || target.value === null) return "no-target";
  if (!baselinePeriod) return "no-baseline";
  if (!direction) return "no-direction";
  if (warnings.some((w) => w.code === "target-against-direction")) return "inconsistent-target";
  if (!targetPeriod || targetPeriod.year <= baselinePeriod.year) return "target-not-after-baseline";
  if (!latest) return "no-observations";
  if (parsePeriodOrThrow(latest.period).year <= baselinePeriod.year) return "no-later-measurement";
  if (!comparison) return "incomparable-periods";
  return null;
}

/** The first target due in or after the latest figure's year (without one, the earliest), else the last one. */
function chooseTarget<T extends { value: { period: string } }>(
  targets: readonly T[],
  latest: PeriodValue | null,
): T | undefined {
  const year = latest ? parsePeriodOrThrow(latest.period).year : Number.NEGATIVE_INFINITY;
  const ordered = [...targets].sort(
    (a, b) => parsePeriodOrThrow(a.value.period).year - parsePeriodOrThrow(b.value.period).year,
  );
  return ordered.find((t) => parsePeriodOrThrow(t.value.period).year >= year) ?? ordered.at(-1);
}
