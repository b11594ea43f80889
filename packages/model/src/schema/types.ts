import type * as z from "zod/mini";
import type {
  indicatorSchema,
  indicatorTableRowSchema,
  indicatorTableSchema,
} from "./indicator-schema.ts";
import type { claimSchema, observationBlockSchema } from "./observation-schema.ts";
import type { conventionsSchema, cycleSchema, planSchema } from "./plan-schema.ts";
import type {
  areaSchema,
  partnerSchema,
  seriesSchema,
  sourceSchema,
} from "./reference-data-schema.ts";
import type {
  figureTableSchema,
  percentNotationSchema,
  tableColumnSchema,
  tableRowSchema,
} from "./table-schema.ts";
import type {
  averageBaselineSchema,
  baselineSchema,
  singleBaselineSchema,
  targetSchema,
} from "./target-schema.ts";
import type { actionSchema, sectionSchema, themeSchema } from "./theme-schema.ts";

/** A validated plan. */
export type Plan = z.output<typeof planSchema>;
/** A plan as written in a plan file, before defaults are applied. */
export type PlanInput = z.input<typeof planSchema>;
export type Area = z.output<typeof areaSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Partner = z.output<typeof partnerSchema>;
export type Series = z.output<typeof seriesSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
export type IndicatorTable = z.output<typeof indicatorTableSchema>;
export type IndicatorTableRow = z.output<typeof indicatorTableRowSchema>;
/** A baseline: one figure in one period, or the average of several periods. */
export type Baseline = z.output<typeof baselineSchema>;
/** A baseline of one figure in one period. */
export type SingleBaseline = z.output<typeof singleBaselineSchema>;
/** A baseline that is the average of the same period in several years. */
export type AverageBaseline = z.output<typeof averageBaselineSchema>;
export type Target = z.output<typeof targetSchema>;
export type TargetKind = Target["kind"];
export type FigureTable = z.output<typeof figureTableSchema>;
export type TableColumn = z.output<typeof tableColumnSchema>;
export type TableRow = z.output<typeof tableRowSchema>;
export type PercentNotationSettings = z.output<typeof percentNotationSchema>;
export type ObservationBlock = z.output<typeof observationBlockSchema>;
export type Claim = z.output<typeof claimSchema>;
export type Theme = z.output<typeof themeSchema>;
export type Action = z.output<typeof actionSchema>;
export type Section = z.output<typeof sectionSchema>;
export type Conventions = z.output<typeof conventionsSchema>;
export type MonitoringCycle = z.output<typeof cycleSchema>;
export type Unit = Indicator["unit"];
export type Direction = NonNullable<Indicator["direction"]>;
export type Origin = ObservationBlock["origin"];
