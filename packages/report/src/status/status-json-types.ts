// The types of \`ivp status --format json\`: a module of their own so that
// the text of a status (progress-text.ts) and the JSON builder
// (status-json.ts) can both use them without importing each other.
import type {
  Language,
  NoTestReason,
  NotAssessableReason,
  PoissonTrend,
  ProgressRatioMethod,
  ProgressStatus,
  ResolvedTarget,
  Unit,
  VerdictCorrection,
} from "@ivp/model";

/**
 * The output of `ivp status --format json`, version 2; its `indicators` are
 * also the `progress` of the indicators of the report's JSON (`EvaluatedPlan`).
 *
 * Stable: fields are only ever added in a new minor version of ivp, never
 * renamed or removed without a new `version`. Every field is present; a
 * value that does not exist is `null`, never left out. Numbers are unrounded
 * (the text output rounds them); percentages are in percent.
 */
export interface StatusJson {
  /** Always `"ivp-status"`. */
  readonly format: "ivp-status";
  /**
   * The version of this format: 2. Version 2 replaced the Open SDG statuses
   * by verdicts that respect chance (`verdict`, `status`), wrote changes of
   * percentages and grades as differences (`change.unit`) and added the
   * correction for multiple tests (`correction`).
   */
  readonly version: 2;
  readonly plan: {
    readonly id: string;
    readonly title: string;
    readonly municipality: { readonly name: string; readonly code: string };
  };
  /** The `--as-of` period as a code; `null` when each indicator uses its latest figure. */
  readonly asOf: string | null;
  /** The language of the `text` and `message` fields. */
  readonly lang: Language;
  /** The significance level of the change: 0.05. */
  readonly alpha: number;
  /** The thresholds on Open SDG's progress ratio (`progress.ratio`): substantial 0.95, moderate 0.6. They no longer decide the status. */
  readonly thresholds: { readonly substantial: number; readonly moderate: number };
  /** How the verdicts' p-values were corrected for testing many indicators at once. */
  readonly correction: VerdictCorrection;
  /** One entry per indicator, in the plan's order. */
  readonly indicators: readonly IndicatorStatusJson[];
}

/** Where a baseline or target is written in the plan: the indicator itself or a row of an indicator table. */
export interface GoalSourceJson {
  readonly kind: "indicator" | "indicator-table";
  /** The indicator table's id; `null` for `indicator`. */
  readonly table: string | null;
  /** The row's index (0-based) in that table; `null` for `indicator`. */
  readonly row: number | null;
  /** The field in the plan file, written as `ivp validate` writes it, e.g. `indicatorTables[1].rows[0].target`. */
  readonly path: string;
}

/** A figure with its period. */
export interface PeriodValueJson {
  readonly period: string;
  readonly value: number;
  /** `baseline` (the plan's baseline), `observed`, or the derivation rule (`second-half`, `sum-of-parts`, ...). */
  readonly derivation: string;
  /** On the baseline side of an average baseline: the periods averaged (the same months as the latest figure), `value` = sum / count. */
  readonly average?: BaselineAverageJson;
}

/** The components of an average baseline: value = sum / count. */
export interface BaselineAverageJson {
  /** The first and last period averaged, both included. */
  readonly from: string;
  readonly to: string;
  /** Every period averaged with its figure, oldest first. */
  readonly periods: readonly { readonly period: string; readonly value: number }[];
  /** The sum of the figures. */
  readonly sum: number;
  /** The number of periods averaged (k). For counts the change is tested as the latest count against `sum` with exposures 1 and k. */
  readonly count: number;
}

/** A change between two figures, in the unit a reader expects. */
export interface ChangeJson {
  readonly from: number;
  readonly to: number;
  /** `percent` (counts, rates), `percentage-points` (percentages) or `points` (grades). */
  readonly unit: "percent" | "percentage-points" | "points";
  /** For percentage-points and points: to - from; else `null`. */
  readonly difference: number | null;
  /** For percent: rounded half away from zero to a whole percent; `null` for a zero base and other units. */
  readonly percent: number | null;
  readonly exact: number | null;
}

/** The status of one indicator with every component. */
export interface IndicatorStatusJson {
  readonly id: string;
  readonly label: string;
  /** `count`, `grade`, `percentage`, `rate-per-1000`, `rate-per-10000` or `rate-per-100000`. */
  readonly unit: Unit;
  /** The series whose figures are the indicator's values. */
  readonly series: string;
  /** The area of the figures (the municipality's code). */
  readonly area: string;
  readonly direction: "lower-is-better" | "higher-is-better" | null;
  /** `declared` in the plan, or inferred from the `target` kind or change; `null` when unknown. */
  readonly directionSource: "declared" | "target" | null;
  /**
   * The baseline: `value` (for an average, the mean `sum` / `count`),
   * `period` (for an average, the last period averaged), where the plan
   * writes it, and `average` with its components, or `null` for one figure.
   */
  readonly baseline: {
    readonly value: number;
    readonly period: string;
    readonly source: GoalSourceJson;
    readonly average: BaselineAverageJson | null;
  } | null;
  readonly target: TargetJson | null;
  /** The latest figure up to the as-of moment. */
  readonly latest: PeriodValueJson | null;
  /**
   * How the latest figure is compared with the baseline, and the three values
   * on the comparison's scale (`baseline`, `target`, `current`) that
   * `progress` is computed from.
   */
  readonly comparison: ComparisonJson | null;
  /** The change from comparison.from to comparison.current (for a projection: the projected year). */
  readonly change: ChangeJson | null;
  /** The measures; `null` when not assessable. */
  readonly progress: ProgressMeasuresJson | null;
  readonly status: StatusPartsJson & {
    /** The override when there is one, else the automatic status. */
    readonly effective: ProgressStatus;
    /** The effective status in words, in `lang`. */
    readonly text: string;
  };
  /** The verdict with its tests; `null` when not assessable (see `status.notAssessable`). */
  readonly verdict: VerdictJson | null;
  /** The test of the change from the baseline (`comparison.from`); `null` without a comparison. */
  readonly significance: SignificanceJson | null;
  /**
   * The change of the latest figure since the previous comparable period
   * (the same months of the latest earlier year with a figure: 2023 against
   * 2022), next to the change since the baseline (`change`), with the same
   * test (`significance` there). `null` without an earlier figure for the
   * same months. Added in ivp 0.3 (version 2 unchanged: fields are only added).
   */
  readonly previousChange: {
    /** The previous comparable period's figure. */
    readonly from: PeriodValueJson;
    /** The latest figure (`latest`). */
    readonly to: PeriodValueJson;
    /** As `change`: percent (counts, rates), percentage-points or points. */
    readonly change: ChangeJson;
    readonly significance: SignificanceJson;
  } | null;
  /**
   * For a count with 5 or more comparable periods up to the latest figure:
   * the log-linear trend over them (`testPoissonTrend` of `@ivp/model`, as R's
   * `glm(y ~ year, family = poisson | quasipoisson)`); `verdict` is the
   * quasi-Poisson test's. `null` otherwise.
   */
  readonly trend: (PoissonTrend & { readonly periodCodes: readonly string[] }) | null;
  readonly warnings: readonly {
    readonly code: string;
    /** The warning in words, in `lang`. */
    readonly message: string;
  }[];
  /**
   * For an indicator whose series is a rate with a declared count and
   * population (`rate` on the series): where each period's rate comes from.
   * A rate the plan does not give is computed as count x per / population
   * (`derivation` `rate` in `latest`, `comparison` and `previousChange`);
   * a period with only one of the two has no rate. `null` for other
   * indicators. Added in ivp 0.3 (version 2 unchanged: fields are only added).
   */
  readonly rate: RateJson | null;
}

/** Where the rates of an indicator come from (computed by `status/rate-coverage.ts`). */
export interface RateJson {
  /** The series of the counts. */
  readonly count: string;
  /** The series of the population. */
  readonly population: string;
  /** Per how many inhabitants: 1000, 10000 or 100000. */
  readonly per: number;
  /**
   * Every period with a count (and, for yearly counts, every year with a
   * population between the first and the last count), in order; `value`
   * unrounded. `status`: `computed` (value = count.value x per /
   * population.value), `given` (the plan's own figure), `no-population` or
   * `no-count` (no rate; value, and the missing side, `null`).
   */
  readonly periods: readonly {
    readonly period: string;
    readonly value: number | null;
    readonly status: "computed" | "given" | "no-population" | "no-count";
    readonly count: { readonly period: string; readonly value: number } | null;
    readonly population: { readonly period: string; readonly value: number } | null;
  }[];
}

/**
 * A resolved target (see `resolveTarget` in `@ivp/model`: every field as it
 * documents it, all plain JSON) and where the plan writes it.
 */
export interface TargetJson extends ResolvedTarget {
  readonly source: GoalSourceJson;
}

/** How the latest figure is made comparable with the baseline and the target. */
export interface ComparisonJson {
  /** `same-period`, `same-months` (part of a year against the same months of the baseline year) or `projection`. */
  readonly method: "same-period" | "same-months" | "projection";
  /** The figure compared against: the baseline, or the same months of the baseline year. */
  readonly from: PeriodValueJson;
  /** The latest figure. */
  readonly to: PeriodValueJson;
  readonly baseline: number;
  /** `null` without a target. */
  readonly target: number | null;
  readonly current: number;
  /** For `same-months`: from.value / baseline value; target = target value x scale. Else `null`. */
  readonly scale: number | null;
  /** For `projection`: the projection's components. Else `null`. */
  readonly projection: {
    /** Earlier years with the same months and the full year: share = partial / full. */
    readonly shares: readonly {
      readonly year: number;
      readonly partial: number;
      readonly full: number;
      readonly share: number;
    }[];
    /** Pooled share: sum of partial / sum of full. current = to.value / share. */
    readonly share: number;
    /** Exact 95% interval of the partial count; `null` if not a count. */
    readonly partialInterval: { readonly lower: number; readonly upper: number } | null;
    /** Range: interval lower / largest share, interval upper / smallest share (`null`: unbounded). */
    readonly lower: number;
    readonly upper: number | null;
    /**
     * An interval for the full-year figure with a stated `coverage` (95%), from
     * the partial count and the spread of the earlier years' shares
     * (`projectFullYear` of `@ivp/model`); `upper` `null`: unbounded. `null`
     * when it cannot be computed.
     */
    readonly interval: {
      readonly lower: number;
      readonly upper: number | null;
      readonly coverage: number;
      readonly method: string;
    } | null;
  } | null;
}

/** The measures of progress (see `measureProgress` in `@ivp/model`). */
export interface ProgressMeasuresJson {
  /** Years from the baseline to the latest figure. */
  readonly elapsedYears: number;
  /** Years from the baseline to the target. */
  readonly totalYears: number;
  /** min(1, elapsedYears / totalYears). */
  readonly timeFraction: number;
  /** current at least as good as target (by `target.bound` and `direction`). */
  readonly targetAchieved: boolean;
  /** (current - baseline) / (target - baseline); `null` when target = baseline. */
  readonly fractionOfWay: number | null;
  /** baseline + (target - baseline) x timeFraction. */
  readonly expected: number;
  /** current at least as good as expected, the figures taken as exact (no allowance for chance; the verdict is `verdict`). */
  readonly onTrack: boolean;
  readonly ratio: {
    /** `cagr`, `absolute` (zero baseline or target) or `no-change-required` (target = baseline). */
    readonly method: ProgressRatioMethod;
    /** +1 higher is better, -1 lower is better. */
    readonly directionSign: 1 | -1;
    /** cagr: (current / baseline)^(1 / elapsedYears) - 1; absolute: (current - baseline) / elapsedYears. */
    readonly observed: number | null;
    /** cagr: (target / baseline)^(1 / totalYears) - 1; absolute: (target - baseline) / totalYears. */
    readonly required: number | null;
    /** directionSign x observed / |required|. */
    readonly value: number | null;
  };
}

/** A test that decides part of the verdict. */
export interface VerdictTestJson {
  /** The side of the figure itself, whatever chance says. */
  readonly estimateSide: "better" | "worse" | "indistinguishable";
  /** Two-sided p-value; `null` for a comparison by tolerance only. */
  readonly pValue: number | null;
  /** After the correction for multiple tests (`correction`). */
  readonly adjustedPValue: number | null;
  /** `estimateSide` when adjustedPValue < alpha (or beyond the tolerance without a p-value), else `indistinguishable`. */
  readonly side: "better" | "worse" | "indistinguishable";
}

/**
 * The verdict and what it is decided from. Recompute it so: from the target
 * period on (`stage` = `target-period`), `versusBenchmark.side` better is
 * `achieved`, worse `not-achieved`, else `indistinguishable`; before it,
 * `versusBaseline.side` worse is `worse`, else `versusBenchmark.side` better is
 * `ahead`, worse `behind`, else `indistinguishable`.
 */
export interface VerdictJson {
  readonly status: ProgressStatus;
  readonly stage: "before-target-period" | "target-period";
  /** `path`: the point on the straight line from baseline to target after timeFraction; `target`: the target (from the target period on, and for a maximum or minimum). */
  readonly benchmarkKind: "path" | "target";
  readonly alpha: number;
  /** The latest figure against the benchmark. */
  readonly versusBenchmark: VerdictTestJson & {
    /** The figure compared (for a projection: the months counted so far). */
    readonly value: number;
    /** On the figure's scale (for a projection: times the share of those months). */
    readonly benchmark: number;
    readonly tolerance: number;
    /** `poisson` (exact interval), `quasi-poisson` (widened by the dispersion), `supplied-interval` or `tolerance`. */
    readonly method: "poisson" | "quasi-poisson" | "supplied-interval" | "tolerance";
    readonly interval: {
      readonly lower: number;
      readonly upper: number;
      readonly confidence: number;
    } | null;
  };
  /** The change from the baseline; its test is `significance`. `null` without a test. */
  readonly versusBaseline: VerdictTestJson | null;
  /** The quasi-Poisson dispersion of a count series (`null`: Poisson, fewer than 4 earlier periods). */
  readonly dispersion: {
    readonly estimate: number;
    readonly used: number;
    readonly periods: readonly string[];
  } | null;
}

/** What the status is computed from: the automatic status, its reason and the plan's override. */
export interface StatusPartsJson {
  /** The verdict (`verdict.status`), or `not-assessable`. */
  readonly automatic: ProgressStatus;
  readonly notAssessable: NotAssessableReason | null;
  /** The plan's manual status (`statusOverride`), kept next to the automatic one. */
  readonly override: { readonly status: ProgressStatus; readonly reason: string } | null;
}

/** Whether a change is distinguishable from chance, with the test behind it. */
export interface SignificanceJson {
  /** `poisson-exact` (counts), `quasi-poisson` (overdispersed counts), `survey-intervals` (supplied 95% intervals) or `none`. */
  readonly test: "poisson-exact" | "quasi-poisson" | "survey-intervals" | "none";
  /** Why there is no test (`test` = `none`). */
  readonly reason: NoTestReason | null;
  readonly alpha: number | null;
  /** Two-sided p-value. */
  readonly pValue: number | null;
  /** pValue < alpha. */
  readonly distinguishableFromChance: boolean | null;
  /** poisson-exact: later / earlier rate; survey-intervals: `null`. */
  readonly rateRatio: number | null;
  /** survey-intervals: later - earlier; poisson-exact: `null`. */
  readonly difference: number | null;
  /** The interval of the rate ratio or of the difference (`upper` `null`: unbounded). */
  readonly confidenceInterval: {
    readonly lower: number;
    readonly upper: number | null;
    readonly confidence: number;
  } | null;
  /** quasi-poisson: the dispersion the counts were divided by; else `null`. */
  readonly dispersion: number | null;
  /** poisson-exact, quasi-poisson: the counts and exposures tested (later first, as R's poisson.test(c(later, earlier), c(exposureLater, exposureEarlier))). */
  readonly counts: {
    readonly later: number;
    readonly earlier: number;
    readonly exposureLater: number;
    readonly exposureEarlier: number;
  } | null;
}
