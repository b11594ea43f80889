/**
 * `@ivp/model`: the pure core of ivp. Schemas and functions for Dutch
 * integral safety plans (Integraal Veiligheidsplan): plans, priorities,
 * indicators, baselines, targets, periods, observations, figure tables and the
 * percentage-change rule. No I/O; runs in Node and in browsers.
 *
 * @packageDocumentation
 */

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
} from "./compare/compare-areas.ts";
export { IvpError, type IvpErrorCode, type Result } from "./errors.ts";
export { type FormatNumberOptions, formatNumber } from "./format/format-number.ts";
export { LANGUAGES, type Language } from "./language.ts";
export { collectObservations } from "./observation/collect-observations.ts";
// Observations and series
export type { Observation, PlanPath, SourceRef } from "./observation/observation.ts";
export { ObservationIndex } from "./observation/observation-index.ts";
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
} from "./period/format-period.ts";
export { PERIOD_NOTATIONS, parsePeriod, parsePeriodOrThrow } from "./period/parse-period.ts";
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
// Rates
export { type RatePer1000Options, ratePer1000 } from "./rate/rate-per-1000.ts";
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
export { claimSchema, observationBlockSchema } from "./schema/observation-schema.ts";
export {
  conventionsSchema,
  cycleSchema,
  planSchema,
  roleSchema,
  ruleSettingSchema,
} from "./schema/plan-schema.ts";
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
export { baselineSchema, targetSchema } from "./schema/target-schema.ts";
export {
  actionSchema,
  kernbeleidCodeSchema,
  sectionSchema,
  themeSchema,
} from "./schema/theme-schema.ts";
export type {
  Action,
  Area,
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
  type ResolveContext,
  type ResolvedValue,
  type ResolveValueOptions,
  resolveValue,
} from "./series/resolve-value.ts";
// Tables
export {
  type ChangeCell,
  type EvaluatedCell,
  type EvaluatedColumn,
  type EvaluatedRow,
  type EvaluatedTable,
  type EvaluateTableOptions,
  evaluateTable,
  type ReferenceCell,
  type ValueCell,
} from "./table/evaluate-table.ts";
// Taxonomy
export {
  findKernbeleidTheme,
  KERNBELEID_VEILIGHEID,
  type KernbeleidField,
  type KernbeleidTheme,
} from "./taxonomy/kernbeleid-veiligheid.ts";

// Text
export { closestMatch, editDistance } from "./text/closest-match.ts";
export { checkReferences } from "./validation/check-references.ts";
// Validation
export type { PlanIssue } from "./validation/plan-issue.ts";
