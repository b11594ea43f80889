import * as z from "zod";
import { idSchema, numberSchema, originSchema, periodCodeSchema, textSchema } from "./common.ts";

const areaRef = idSchema.or(z.string().regex(/^GM\d{4}$/));
const cellSchema = numberSchema
  .nullable()
  .meta({ description: "A value; null when missing (a missing value is never 0)." });

/** A supplied confidence interval of a survey figure (CBS: MOG0095 and MBG0095). */
export const intervalSchema = z
  .strictObject({ lower: numberSchema, upper: numberSchema })
  .refine((i) => i.lower <= i.upper, { message: "the lower bound is above the upper bound" })
  .meta({ description: "The 95% confidence interval supplied with a survey figure." });

/**
 * A block of observations, in one of two forms:
 * - one figure: `series`, `period`, `value`;
 * - a matrix: `periods` and `values` (series id to one value per period).
 */
export const observationBlockSchema = z
  .strictObject({
    origin: originSchema,
    table: idSchema.optional().meta({ description: "For origin 'table': the id of the table." }),
    section: textSchema
      .optional()
      .meta({ description: "For origin 'text': the section of the document." }),
    quote: textSchema
      .optional()
      .meta({ description: "For origin 'text': the sentence as printed." }),
    source: idSchema.optional().meta({ description: "Id of the source of the figures." }),
    area: areaRef.optional().meta({ description: "Area; default the municipality." }),
    series: idSchema.optional(),
    period: periodCodeSchema.optional(),
    value: cellSchema.optional(),
    periods: z.array(periodCodeSchema).min(1).optional(),
    values: z.record(idSchema, z.array(cellSchema)).optional(),
    interval: intervalSchema.optional().meta({
      description: "For one figure: its supplied 95% confidence interval (survey figures).",
    }),
    intervals: z.record(idSchema, z.array(intervalSchema.nullable())).optional().meta({
      description:
        "For a matrix: series id to one supplied 95% interval (or null) per period, for survey figures.",
    }),
    note: textSchema.optional(),
  })
  .superRefine((block, ctx) => {
    const single =
      block.series !== undefined || block.period !== undefined || block.value !== undefined;
    const matrix = block.periods !== undefined || block.values !== undefined;
    if (block.interval !== undefined && matrix) {
      ctx.addIssue({
        code: "custom",
        path: ["interval"],
        message: "a matrix gives its intervals under 'intervals', per series and period",
      });
    }
    if (block.intervals !== undefined && single) {
      ctx.addIssue({
        code: "custom",
        path: ["intervals"],
        message: "one figure gives its interval under 'interval'",
      });
    }
    if (single && matrix) {
      ctx.addIssue({
        code: "custom",
        message:
          "write either one figure (series, period, value) or a matrix (periods, values), not both",
      });
      return;
    }
    if (matrix) {
      if (block.periods === undefined)
        ctx.addIssue({ code: "custom", path: ["periods"], message: "a matrix needs periods" });
      if (block.values === undefined)
        ctx.addIssue({ code: "custom", path: ["values"], message: "a matrix needs values" });
      if (block.periods && block.values) {
        for (const [series, row] of Object.entries(block.values)) {
          if (row.length !== block.periods.length) {
            ctx.addIssue({
              code: "custom",
              path: ["values", series],
              message: `has ${row.length} values for ${block.periods.length} periods`,
            });
          }
        }
        for (const [series, row] of Object.entries(block.intervals ?? {})) {
          if (!(series in block.values)) {
            ctx.addIssue({
              code: "custom",
              path: ["intervals", series],
              message: `has intervals but no values for ${series}`,
            });
          } else if (row.length !== block.periods.length) {
            ctx.addIssue({
              code: "custom",
              path: ["intervals", series],
              message: `has ${row.length} intervals for ${block.periods.length} periods`,
            });
          }
        }
      }
    } else {
      for (const key of ["series", "period", "value"] as const) {
        if (block[key] === undefined)
          ctx.addIssue({ code: "custom", path: [key], message: `one figure needs a ${key}` });
      }
    }
    if (block.origin === "table" && block.table === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["table"],
        message: "origin 'table' needs the table's id",
      });
    }
    if (block.origin === "text" && block.quote === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["quote"],
        message: "origin 'text' needs the quote it comes from",
      });
    }
  })
  .meta({
    description: "Observations: one figure or a matrix of figures, with where they were printed.",
  });

/** A narrative claim about a series, recorded so it can be checked against the figures. */
export const claimSchema = z
  .strictObject({
    id: idSchema,
    section: textSchema,
    quote: textSchema,
    series: idSchema,
    area: areaRef.optional(),
    kind: z.enum(["strictly-decreasing", "strictly-increasing", "decreased", "increased"]).meta({
      description:
        "strictly-decreasing/increasing: lower/higher in every period than in the one before; decreased/increased: lower/higher at the end than at the start.",
    }),
    from: periodCodeSchema,
    to: periodCodeSchema,
  })
  .meta({ description: "A claim in the text about how a series developed." });
