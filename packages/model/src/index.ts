/**
 * `@ivp/model`: the pure core of ivp. Schemas and functions for Dutch
 * integral safety plans (Integraal Veiligheidsplan): plans, priorities,
 * indicators, baselines, targets, periods, observations, figure tables and the
 * percentage-change rule. No I/O; runs in Node and in browsers.
 *
 * @packageDocumentation
 */

// Exact rounding
export type { RoundingMode } from "./_lib/rational.ts";
// Comparisons between municipalities
export {
  type AreaComparison,
  type CompareAreasOptions,
  type ComparedArea,
  type ComparedIndicator,
  type ComparisonCell,
  type ComparisonGap,
  type ComparisonInput,
  type ComparisonRow,
  compareAreas,
  type RateInput,
} from "./compare/compare-areas.ts";
// Problems: one shape for every problem ivp reports, and the error that carries one
export {
  type ErrorData,
  IvpError,
  type IvpErrorCode,
  type IvpErrorOptions,
  type Result,
} from "./errors.ts";
export {
  checkFigure,
  describeFigureProblem,
  type FigureProblem,
  type FigureTextProblem,
  type ReadFigureResult,
  readFigureText,
  seriesUnit,
} from "./figure/figure-rules.ts";
export { type FormatNumberOptions, formatNumber } from "./format/format-number.ts";
export type { Issue, Severity, SourceLocation } from "./issue/issue.ts";
export type {
  CliIssueCode,
  ImportIssueCode,
  IssueCode,
  LintRuleId,
  ModelIssueCode,
  PlanFileIssueCode,
} from "./issue/issue-code.ts";
export { LANGUAGES, type Language } from "./language.ts";
// The plan linter
export { findingField } from "./lint/finding-field.ts";
export { type LintPlanOptions, lintPlan } from "./lint/lint-plan.ts";
export { findLintRule, LINT_RULES } from "./lint/lint-rules.ts";
export type {
  LintContext,
  LintFinding,
  LintLocation,
  LintRule,
  LintRuleDocs,
  LintRuleSetting,
  LintSeverity,
  LocalizedText,
  MessageData,
  MessageValue,
  RuleFinding,
} from "./lint/lint-types.ts";
// Monitoring cycle
export {
  type CycleStatus,
  type ListCycleMomentsOptions,
  listCycleMoments,
  type SummarizeMonitoringOptions,
  summarizeMonitoring,
} from "./monitoring/monitoring-moments.ts";
export { collectObservations } from "./observation/collect-observations.ts";
// Observations and series
export type { Observation, PlanPath, SourceRef } from "./observation/observation.ts";
export { ObservationIndex } from "./observation/observation-index.ts";
export { endsOnOrBefore, observationsAsOf } from "./observation/observations-as-of.ts";
export { formatPlanPath, planPathOf } from "./observation/plan-path.ts";
export {
  DUTCH_PERCENT_CHANGE_NOTATION,
  ENGLISH_PERCENT_CHANGE_NOTATION,
  type FormatPercentChangeOptions,
  formatPercentChange,
  type PercentChangeNotation,
} from "./percent-change/format-percent-change.ts";
export {
  type PrintedPercent,
  parsePrintedPercent,
} from "./percent-change/parse-printed-percent.ts";
// The percentage-change rule
export {
  percentChange,
  type RoundPercentChangeOptions,
  roundPercentChange,
} from "./percent-change/percent-change.ts";
export {
  type FormatPeriodLabelOptions,
  formatPeriodCode,
  formatPeriodLabel,
  monthName,
} from "./period/format-period.ts";
export {
  PERIOD_NOTATIONS,
  type PeriodError,
  type PeriodProblem,
  parsePeriod,
  parsePeriodOrThrow,
} from "./period/parse-period.ts";
// Periods
export {
  arePeriodsComparable,
  comparePeriods,
  firstHalf,
  fullYear,
  isSamePeriod,
  isYearToDate,
  type Period,
  type PeriodKind,
  periodContains,
  periodKind,
  periodLength,
  secondHalf,
  shiftPeriod,
} from "./period/period.ts";
export {
  type AssessPlanProgressOptions,
  assessPlanProgress,
  type PlanProgress,
  type VerdictCorrection,
} from "./progress/assess-plan-progress.ts";
// Progress toward targets
export {
  type AssessProgressOptions,
  assessProgress,
  type ChangeUnit,
  changeUnitOf,
  type IndicatorProgress,
  type NotAssessableReason,
  type ProgressChange,
  type ProgressWarning,
} from "./progress/assess-progress.ts";
export type { PeriodValue, ProgressComparison } from "./progress/compare-with-baseline.ts";
export {
  type MeasureProgressOptions,
  measureProgress,
  type OpenSdgStatus,
  PROGRESS_THRESHOLDS,
  type ProgressMeasures,
  type ProgressRatio,
  type ProgressRatioMethod,
  statusForRatio,
} from "./progress/measure-progress.ts";
export {
  type PreviousPeriodChange,
  type PreviousPeriodChangeOptions,
  previousPeriodChange,
} from "./progress/previous-period-change.ts";
export type { SeriesTrend } from "./progress/series-trend.ts";
// Rates
export {
  exactRate,
  type RateDefinition,
  rateBaseOf,
  rateDefinition,
} from "./rate/rate-from-count.ts";
export {
  type RateBase,
  type RatePer1000Options,
  ratePer,
  ratePer1000,
  rateUnit,
} from "./rate/rate-per-1000.ts";
// Schemas and types
export {
  directionSchema,
  idSchema,
  periodCodeSchema,
  unitSchema,
} from "./schema/common.ts";
export {
  indicatorSchema,
  indicatorTableRowSchema,
  indicatorTableSchema,
  statusOverrideSchema,
} from "./schema/indicator-schema.ts";
export {
  claimSchema,
  intervalSchema,
  observationBlockSchema,
} from "./schema/observation-schema.ts";
export {
  acknowledgementSchema,
  conventionsSchema,
  cycleSchema,
  planSchema,
  roleSchema,
  ruleSettingSchema,
} from "./schema/plan-schema.ts";
export { PROGRESS_STATUSES } from "./schema/progress-statuses.ts";
export {
  areaSchema,
  partnerSchema,
  seriesSchema,
  sourceSchema,
} from "./schema/reference-data-schema.ts";
export {
  figureTableSchema,
  percentNotationSchema,
  tableColumnSchema,
  tableRowSchema,
} from "./schema/table-schema.ts";
export {
  averageBaselineSchema,
  baselineSchema,
  singleBaselineSchema,
  targetSchema,
} from "./schema/target-schema.ts";
export {
  actionSchema,
  kernbeleidCodeSchema,
  sectionSchema,
  themeSchema,
} from "./schema/theme-schema.ts";
export type {
  Action,
  Area,
  AverageBaseline,
  Baseline,
  Claim,
  Conventions,
  Direction,
  FigureTable,
  Indicator,
  IndicatorTable,
  IndicatorTableRow,
  MonitoringCycle,
  ObservationBlock,
  Origin,
  Partner,
  PercentNotationSettings,
  Plan,
  PlanInput,
  Section,
  Series,
  SingleBaseline,
  Source,
  TableColumn,
  TableRow,
  Target,
  TargetKind,
  Theme,
  Unit,
} from "./schema/types.ts";
export { deriveSecondHalf, sumParts } from "./series/derive.ts";
export {
  type DerivationRule,
  figureSources,
  type ResolveContext,
  type ResolvedValue,
  type ResolveValueOptions,
  resolveValue,
} from "./series/resolve-value.ts";
// Statistics
export {
  type BinomialTestResult,
  binomialCdf,
  binomialSurvival,
  type TestBinomialOptions,
  testBinomial,
} from "./statistics/binomial-test.ts";
export {
  type AssessChangeSignificanceOptions,
  assessChangeSignificance,
  type ChangeSide,
  type ChangeSignificance,
  type NoTestReason,
} from "./statistics/change-significance.ts";
export type { ConfidenceInterval } from "./statistics/confidence-interval.ts";
export {
  byarInterval,
  type CountInterval,
  type CountIntervalOptions,
  exactPoissonInterval,
  type PoissonCountIntervalOptions,
  poissonCountInterval,
} from "./statistics/count-interval.ts";
export {
  type DispersionEstimate,
  estimateDispersion,
  MIN_DISPERSION_PERIODS,
  type PooledDispersionEstimate,
  pooledDispersion,
} from "./statistics/dispersion.ts";
export {
  adjustPValues,
  CORRECTION_METHODS,
  type CorrectionMethod,
  expectedChanceMarks,
} from "./statistics/multiple-comparisons.ts";
export {
  type ComparePoissonRatesOptions,
  comparePoissonRates,
  type PoissonComparison,
} from "./statistics/poisson-test.ts";
export {
  MIN_TREND_PERIODS,
  type PoissonTrend,
  type TestPoissonTrendOptions,
  type TrendTest,
  type TrendVerdict,
  testPoissonTrend,
} from "./statistics/poisson-trend.ts";
export {
  type CompareOverdispersedRatesOptions,
  compareOverdispersedRates,
  type OverdispersedComparison,
} from "./statistics/quasi-poisson-test.ts";
export {
  type BaselineExtremity,
  type BaselineExtremityOptions,
  baselineExtremity,
  MIN_EXTREMITY_PERIODS,
} from "./statistics/regression-to-mean.ts";
export {
  type CompareSurveyEstimatesOptions,
  compareSurveyEstimates,
  type SurveyComparison,
  type SurveyEstimate,
} from "./statistics/survey-estimates.ts";
// Tables
export {
  type ChangeCell,
  type CorrectedSignificance,
  DEFAULT_CORRECTION,
  type EvaluatedCell,
  type EvaluatedColumn,
  type EvaluatedRow,
  type EvaluatedTable,
  type EvaluateTableOptions,
  evaluateTable,
  type ReferenceCell,
  type TableSignificance,
  type ValueCell,
} from "./table/evaluate-table.ts";
// Targets
export {
  type AverageRange,
  type AverageRangeError,
  type AverageRangeErrorCode,
  averagePeriods,
} from "./target/average-periods.ts";
export { checkAverageBaselines } from "./target/check-average-baselines.ts";
export {
  findIndicatorGoal,
  type GoalSource,
  type IndicatorGoal,
} from "./target/find-indicator-goal.ts";
export {
  type BaselineAverage,
  isAverageBaseline,
  type ResolveBaselineError,
  type ResolvedBaseline,
  resolveBaseline,
} from "./target/resolve-baseline.ts";
export {
  decimalsOf,
  type ResolvedTarget,
  type ResolveTargetOptions,
  resolveTarget,
  type TargetBaseline,
  type TargetBound,
  type TargetPreference,
  type TargetRounding,
} from "./target/resolve-target.ts";
// Taxonomy
export {
  findKernbeleidTheme,
  KERNBELEID_VEILIGHEID,
  type KernbeleidField,
  type KernbeleidTheme,
} from "./taxonomy/kernbeleid-veiligheid.ts";
// Text
export { closestMatch, editDistance } from "./text/closest-match.ts";
export { fillMessage, MESSAGE_PLACEHOLDER, type MessageText } from "./text/message-text.ts";
export { countPlaceholders, findPlaceholders, type Placeholder } from "./text/placeholders.ts";
export { type PluralText, plural } from "./text/plural.ts";
export { slugify } from "./text/slugify.ts";
export { checkReferences } from "./validation/check-references.ts";
// Validation
export type { PlanIssue } from "./validation/plan-issue.ts";
// Verdicts: progress judged beyond chance
export {
  type AssessVerdictOptions,
  assessVerdict,
  type BaselineTest,
  type BenchmarkKind,
  benchmarkOf,
  type DispersionUsed,
  reviseVerdict,
  type Verdict,
} from "./verdict/assess-verdict.ts";
export {
  type BenchmarkComparison,
  type BenchmarkMethod,
  type BenchmarkSide,
  type CompareCountOptions,
  type CompareEstimateOptions,
  type CompareRateOptions,
  compareCountWithBenchmark,
  compareEstimateWithBenchmark,
  compareRateWithBenchmark,
} from "./verdict/compare-with-benchmark.ts";
export {
  decideVerdict,
  type ProgressStatus,
  sideAt,
  type VerdictParts,
  type VerdictStage,
  type VerdictTest,
} from "./verdict/decide-verdict.ts";
// Year to date
export {
  type FullYearProjection,
  type PartialYearRecord,
  type ProjectFullYearOptions,
  type ProjectionInterval,
  type ProjectionIntervalMethod,
  projectFullYear,
} from "./year-to-date/project-full-year.ts";
