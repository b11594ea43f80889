import {
  type BaselineAverage,
  type ChangeSignificance,
  formatPlanPath,
  type GoalSource,
  type IndicatorProgress,
  type Language,
  type ObservationIndex,
  type PeriodValue,
  type Plan,
  type PlanProgress,
  PROGRESS_THRESHOLDS,
  type ResolveContext,
  type ResolvedTarget,
  type Verdict,
} from "@ivp/model";
import { describeStatus, describeWarning } from "./progress-text.ts";
import { rateCoverage } from "./rate-coverage.ts";
import type {
  BaselineAverageJson,
  GoalSourceJson,
  IndicatorStatusJson,
  PeriodValueJson,
  RateJson,
  SignificanceJson,
  StatusJson,
  StatusPartsJson,
  TargetJson,
  VerdictJson,
  VerdictTestJson,
} from "./status-json-types.ts";

function averageJson(average: BaselineAverage): BaselineAverageJson {
  return {
    from: average.from,
    to: average.to,
    periods: average.periods.map((p) => ({ period: p.period, value: p.value })),
    sum: average.sum,
    count: average.count,
  };
}

/** A figure with its period; the baseline side of an average keeps its components. */
function periodValueJson(value: PeriodValue): PeriodValueJson {
  const { average, ...rest } = value;
  return average ? { ...rest, average: averageJson(average) } : rest;
}

function sourceJson(source: GoalSource): GoalSourceJson {
  return {
    kind: source.kind,
    table: source.kind === "indicator-table" ? source.table : null,
    row: source.kind === "indicator-table" ? source.row : null,
    path: formatPlanPath(source.path),
  };
}

/**
 * A resolved target in the JSON form of `ivp status`.
 *
 * @param target - a target resolved by `resolveTarget`, with where the plan writes it
 * @returns its JSON form
 * @example
 * targetJson({ ...resolveTarget({ target, baseline }), source }).value //=> 60
 */
export function targetJson(target: ResolvedTarget & { readonly source: GoalSource }): TargetJson {
  return {
    kind: target.kind,
    period: target.period,
    asPrinted: target.asPrinted,
    stated: target.stated,
    change: target.change,
    resolved: target.resolved,
    resolvedExact: target.resolvedExact,
    rounding: target.rounding ? { ...target.rounding } : null,
    value: target.value,
    valueSource: target.valueSource,
    preference: target.preference,
    consistent: target.consistent,
    bound: target.bound,
    illustrative: target.illustrative,
    source: sourceJson(target.source),
  };
}

function significanceJson(significance: ChangeSignificance): SignificanceJson;
function significanceJson(significance: ChangeSignificance | null): SignificanceJson | null;
function significanceJson(significance: ChangeSignificance | null): SignificanceJson | null {
  if (!significance) return null;
  switch (significance.test) {
    case "none":
      return {
        test: "none",
        reason: significance.reason,
        alpha: null,
        pValue: null,
        distinguishableFromChance: null,
        rateRatio: null,
        difference: null,
        confidenceInterval: null,
        dispersion: null,
        counts: null,
      };
    case "poisson-exact":
    case "quasi-poisson": {
      const c = significance.comparison;
      let interval: SignificanceJson["confidenceInterval"] | undefined;
      return {
        test: significance.test,
        reason: null,
        alpha: significance.alpha,
        pValue: significance.pValue,
        distinguishableFromChance: significance.distinguishableFromChance,
        rateRatio: c.rateRatio,
        difference: null,
        // Copied when first read, as the model works out the interval of a
        // Poisson comparison only then (its two beta quantiles): the text of
        // `ivp status` prints no interval of a change, and reading every one
        // here cost some 4 million instructions of a status on Laren (Node 20,
        // callgrind). Read, copied or written as JSON, it is the same object.
        get confidenceInterval() {
          interval ??= { ...c.confidenceInterval };
          return interval;
        },
        dispersion: "dispersion" in c ? c.dispersion : null,
        counts: {
          later: c.count1,
          earlier: c.count2,
          exposureLater: c.exposure1,
          exposureEarlier: c.exposure2,
        },
      };
    }
    case "survey-intervals": {
      const c = significance.comparison;
      return {
        test: "survey-intervals",
        reason: null,
        alpha: significance.alpha,
        pValue: significance.pValue,
        distinguishableFromChance: significance.distinguishableFromChance,
        rateRatio: null,
        difference: c.difference,
        confidenceInterval: { ...c.confidenceInterval },
        dispersion: null,
        counts: null,
      };
    }
  }
}

interface VerdictTestOf {
  readonly estimateSide: VerdictTestJson["estimateSide"];
  readonly pValue: number | null;
  readonly adjustedPValue: number | null;
  readonly side: VerdictTestJson["side"];
}

function testJson(test: VerdictTestOf): VerdictTestJson {
  return {
    estimateSide: test.estimateSide,
    pValue: test.pValue,
    adjustedPValue: test.adjustedPValue,
    side: test.side,
  };
}

/*
 * The objects below are written field by field, not as `{ ...a, b }`: on
 * Node 20 (V8 11.3) every field written after a spread that the spread did
 * not copy goes through the runtime, some microseconds each (a few per
 * indicator, thousands of indicators in `ivp bulk`). The fields are in the
 * order the spreads gave them, so the JSON is the same.
 */

function versusBenchmarkJson(
  compared: NonNullable<Verdict["versusBenchmark"]>,
): VerdictJson["versusBenchmark"] {
  const test: VerdictTestOf = compared.test;
  return {
    estimateSide: test.estimateSide,
    pValue: test.pValue,
    adjustedPValue: test.adjustedPValue,
    side: test.side,
    value: compared.value,
    benchmark: compared.benchmark,
    tolerance: compared.tolerance,
    method: compared.method,
    interval: compared.interval ? { ...compared.interval } : null,
  };
}

function verdictJson(verdict: Verdict | null): VerdictJson | null {
  const compared = verdict?.versusBenchmark;
  if (!verdict?.stage || !verdict.benchmarkKind || !compared) return null;
  return {
    status: verdict.status,
    stage: verdict.stage,
    benchmarkKind: verdict.benchmarkKind,
    alpha: verdict.alpha,
    versusBenchmark: versusBenchmarkJson(compared),
    versusBaseline: verdict.versusBaseline ? testJson(verdict.versusBaseline) : null,
    dispersion: verdict.dispersion
      ? { ...verdict.dispersion, periods: [...verdict.dispersion.periods] }
      : null,
  };
}

/** The trend with its fitted counts, its two tests and the periods fitted. */
function trendJson(trend: NonNullable<IndicatorProgress["trend"]>): IndicatorStatusJson["trend"] {
  const test = trend.test;
  return {
    periods: test.periods,
    alpha: test.alpha,
    intercept: test.intercept,
    slope: test.slope,
    rateRatio: test.rateRatio,
    fitted: [...test.fitted],
    pearsonChiSquare: test.pearsonChiSquare,
    df: test.df,
    dispersion: { ...test.dispersion },
    poisson: { ...test.poisson },
    quasiPoisson: { ...test.quasiPoisson },
    verdict: test.verdict,
    periodCodes: [...trend.periods],
  };
}

/** Where the rates of an indicator come from; `null` unless its series is a rate with a count and population. */
function rateJson(p: IndicatorProgress, context: ResolveContext | undefined): RateJson | null {
  const coverage = context ? rateCoverage(context, p.series, p.area) : null;
  if (!coverage) return null;
  return {
    count: coverage.count,
    population: coverage.population,
    per: coverage.per,
    periods: coverage.periods.map((period) => ({
      ...period,
      count: period.count ? { ...period.count } : null,
      population: period.population ? { ...period.population } : null,
    })),
  };
}

function indicatorJson(
  p: IndicatorProgress,
  lang: Language,
  context: ResolveContext | undefined,
): IndicatorStatusJson {
  const { target, comparison, measures } = p;
  const status: StatusPartsJson = {
    automatic: p.automaticStatus,
    notAssessable: p.notAssessable,
    override: p.override,
  };
  return {
    id: p.indicator,
    label: p.label,
    unit: p.unit,
    series: p.series,
    area: p.area,
    direction: p.direction?.value ?? null,
    directionSource: p.direction?.source ?? null,
    baseline: p.baseline
      ? {
          value: p.baseline.value,
          period: p.baseline.period,
          source: sourceJson(p.baseline.source),
          average: p.baseline.average ? averageJson(p.baseline.average) : null,
        }
      : null,
    target: target ? targetJson(target) : null,
    latest: p.latest ? { ...p.latest } : null,
    comparison: comparison
      ? {
          method: comparison.method,
          from: periodValueJson(comparison.from),
          to: { ...comparison.to },
          baseline: comparison.baseline,
          target: comparison.target,
          current: comparison.current,
          scale: comparison.method === "same-months" ? comparison.scale : null,
          projection:
            comparison.method === "projection"
              ? {
                  shares: comparison.projection.shares.map((s) => ({ ...s })),
                  share: comparison.projection.share,
                  partialInterval: comparison.projection.partialInterval
                    ? {
                        lower: comparison.projection.partialInterval.lower,
                        upper: comparison.projection.partialInterval.upper,
                      }
                    : null,
                  lower: comparison.projection.lower,
                  upper: comparison.projection.upper,
                  interval: comparison.projection.interval
                    ? {
                        lower: comparison.projection.interval.lower,
                        upper: comparison.projection.interval.upper,
                        coverage: comparison.projection.interval.coverage,
                        method: comparison.projection.interval.method,
                      }
                    : null,
                }
              : null,
        }
      : null,
    change: p.change ? { ...p.change } : null,
    progress: measures
      ? {
          elapsedYears: measures.elapsedYears,
          totalYears: measures.totalYears,
          timeFraction: measures.timeFraction,
          targetAchieved: measures.targetAchieved,
          fractionOfWay: measures.fractionOfWay,
          expected: measures.expected,
          onTrack: measures.onTrack,
          ratio: { ...measures.ratio },
        }
      : null,
    status: {
      automatic: status.automatic,
      notAssessable: status.notAssessable,
      override: status.override,
      effective: p.status,
      text: describeStatus(status, lang),
    },
    verdict: verdictJson(p.verdict),
    significance: significanceJson(p.significance),
    previousChange: p.previousChange
      ? {
          from: { ...p.previousChange.from },
          to: { ...p.previousChange.to },
          change: { ...p.previousChange.change },
          significance: significanceJson(p.previousChange.significance),
        }
      : null,
    trend: p.trend ? trendJson(p.trend) : null,
    warnings: p.warnings.map((w) => ({ code: w.code, message: describeWarning(w, p, lang) })),
    rate: rateJson(p, context),
  };
}

/** The significance level `ivp status` and the report test changes at. */
export const STATUS_ALPHA = 0.05;

/**
 * The JSON document of `ivp status` (see {@link StatusJson}) of assessments
 * made with {@link STATUS_ALPHA}; with the figures they were made from
 * (`index`), each rate indicator also says where its rates come from.
 */
export function toStatusJson(
  plan: Plan,
  progress: PlanProgress,
  lang: Language,
  index?: ObservationIndex,
): StatusJson {
  const context: ResolveContext | undefined = index && {
    index,
    series: new Map(plan.series.map((s) => [s.id, s])),
  };
  return {
    format: "ivp-status",
    version: 2,
    plan: {
      id: plan.id,
      title: plan.title,
      municipality: { name: plan.municipality.name, code: plan.municipality.code },
    },
    asOf: progress.asOf,
    lang,
    alpha: STATUS_ALPHA,
    thresholds: { ...PROGRESS_THRESHOLDS },
    correction: { ...progress.correction },
    indicators: progress.indicators.map((p) => indicatorJson(p, lang, context)),
  };
}
