import * as z from "zod/mini";
import { directionSchema, idSchema, meta, numberSchema, textSchema, unitSchema } from "./common.ts";
import { PROGRESS_STATUSES } from "./progress-statuses.ts";
import { baselineSchema, targetSchema } from "./target-schema.ts";

/** A manual status, kept next to the automatic one. */
export const statusOverrideSchema = meta(
  z.strictObject({
    status: z.enum(PROGRESS_STATUSES),
    reason: meta(textSchema, { description: "Why the automatic status is overruled." }),
  }),
  { description: "A manual status with its reason." },
);

/** An indicator: what the plan measures its goals by. */
export const indicatorSchema = meta(
  z.strictObject({
    id: idSchema,
    label: textSchema,
    unit: unitSchema,
    direction: z.optional(directionSchema),
    source: meta(z.optional(idSchema), { description: "Id of the source of its figures." }),
    series: meta(z.optional(idSchema), {
      description:
        "Id of the series whose observations are this indicator's values; default the indicator's own id.",
    }),
    baseline: meta(z.optional(baselineSchema), {
      description: "Baseline; when absent, taken from the first indicator table that lists it.",
    }),
    targets: meta(z.optional(z.array(targetSchema)), {
      description: "Targets; when absent, taken from the first indicator table that lists it.",
    }),
    tolerance: meta(z.optional(numberSchema.check(z.gte(0))), {
      description:
        "Differences up to this (in the indicator's unit) do not count as a change: a band around a keep-level, maximum or minimum target, or the only margin of a figure published without one (0 says the figure is exact, e.g. a share of files checked).",
    }),
    statusOverride: z.optional(statusOverrideSchema),
    description: z.optional(textSchema),
  }),
  { description: "An indicator of the plan." },
);

/** A row of an indicator table, with what the document printed there. */
export const indicatorTableRowSchema = meta(
  z.strictObject({
    indicator: idSchema,
    label: meta(z.optional(textSchema), {
      description: "The label as printed, when it differs from the indicator's.",
    }),
    source: meta(z.optional(textSchema), {
      description: "The source as printed, e.g. 'BVH/politie'.",
    }),
    baseline: z.optional(baselineSchema),
    target: z.optional(targetSchema),
    group: meta(z.optional(textSchema), {
      description: "A heading row the indicator is printed under, e.g. 'Bibob'.",
    }),
  }),
  { description: "A row of an indicator table." },
);

/** An indicator table (Indicator, Bron, Waarde 2017, Doel 2021) as printed. */
export const indicatorTableSchema = meta(
  z.strictObject({
    id: idSchema,
    title: textSchema,
    theme: meta(z.optional(idSchema), {
      description: "The priority or theme the table belongs to; absent for the plan's main goals.",
    }),
    headers: z.optional(
      z.strictObject({
        indicator: z._default(textSchema, "Indicator"),
        source: z._default(textSchema, "Bron"),
        baseline: textSchema,
        target: textSchema,
      }),
    ),
    rows: z.array(indicatorTableRowSchema).check(z.minLength(1)),
  }),
  { description: "An indicator table as printed." },
);
