import * as z from "zod";
import { directionSchema, idSchema, textSchema, unitSchema } from "./common.ts";
import { PROGRESS_STATUSES } from "./progress-statuses.ts";
import { baselineSchema, targetSchema } from "./target-schema.ts";

/** A manual status, kept next to the automatic one. */
export const statusOverrideSchema = z
  .strictObject({
    status: z.enum(PROGRESS_STATUSES),
    reason: textSchema.meta({ description: "Why the automatic status is overruled." }),
  })
  .meta({ description: "A manual status with its reason." });

/** An indicator: what the plan measures its goals by. */
export const indicatorSchema = z
  .strictObject({
    id: idSchema,
    label: textSchema,
    unit: unitSchema,
    direction: directionSchema.optional(),
    source: idSchema.optional().meta({ description: "Id of the source of its figures." }),
    series: idSchema.optional().meta({
      description:
        "Id of the series whose observations are this indicator's values; default the indicator's own id.",
    }),
    baseline: baselineSchema.optional().meta({
      description: "Baseline; when absent, taken from the first indicator table that lists it.",
    }),
    targets: z.array(targetSchema).optional().meta({
      description: "Targets; when absent, taken from the first indicator table that lists it.",
    }),
    statusOverride: statusOverrideSchema.optional(),
    description: textSchema.optional(),
  })
  .meta({ description: "An indicator of the plan." });

/** A row of an indicator table, with what the document printed there. */
export const indicatorTableRowSchema = z
  .strictObject({
    indicator: idSchema,
    label: textSchema
      .optional()
      .meta({ description: "The label as printed, when it differs from the indicator's." }),
    source: textSchema
      .optional()
      .meta({ description: "The source as printed, e.g. 'BVH/politie'." }),
    baseline: baselineSchema.optional(),
    target: targetSchema.optional(),
    group: textSchema
      .optional()
      .meta({ description: "A heading row the indicator is printed under, e.g. 'Bibob'." }),
  })
  .meta({ description: "A row of an indicator table." });

/** An indicator table (Indicator, Bron, Waarde 2017, Doel 2021) as printed. */
export const indicatorTableSchema = z
  .strictObject({
    id: idSchema,
    title: textSchema,
    theme: idSchema.optional().meta({
      description: "The priority or theme the table belongs to; absent for the plan's main goals.",
    }),
    headers: z
      .strictObject({
        indicator: textSchema.default("Indicator"),
        source: textSchema.default("Bron"),
        baseline: textSchema,
        target: textSchema,
      })
      .optional(),
    rows: z.array(indicatorTableRowSchema).min(1),
  })
  .meta({ description: "An indicator table as printed." });
