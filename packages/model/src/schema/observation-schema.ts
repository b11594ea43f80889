import * as z from "zod/mini";
import {
  areaRefSchema,
  idSchema,
  meta,
  numberSchema,
  originSchema,
  periodCodeSchema,
  refine,
  textSchema,
} from "./common.ts";

const cellSchema = meta(z.nullable(numberSchema), {
  description: "A value; null when missing (a missing value is never 0).",
});

/** A supplied confidence interval of a survey figure (CBS: MOG0095 and MBG0095). */
export const intervalSchema = meta(
  z
    .strictObject({ lower: numberSchema, upper: numberSchema })
    .check(
      refine((i) => i.lower <= i.upper, { message: "the lower bound is above the upper bound" }),
    ),
  { description: "The 95% confidence interval supplied with a survey figure." },
);

/**
 * A block of observations, in one of two forms:
 * - one figure: `series`, `period`, `value`;
 * - a matrix: `periods` and `values` (series id to one value per period).
 */
export const observationBlockSchema = meta(
  z
    .strictObject({
      origin: originSchema,
      table: meta(z.optional(idSchema), {
        description: "For origin 'table': the id of the table.",
      }),
      section: meta(z.optional(textSchema), {
        description: "For origin 'text': the section of the document.",
      }),
      quote: meta(z.optional(textSchema), {
        description: "For origin 'text': the sentence as printed.",
      }),
      source: meta(z.optional(idSchema), { description: "Id of the source of the figures." }),
      area: meta(z.optional(areaRefSchema), { description: "Area; default the municipality." }),
      series: z.optional(idSchema),
      period: z.optional(periodCodeSchema),
      value: z.optional(cellSchema),
      periods: z.optional(z.array(periodCodeSchema).check(z.minLength(1))),
      values: z.optional(z.record(idSchema, z.array(cellSchema))),
      interval: meta(z.optional(intervalSchema), {
        description: "For one figure: its supplied 95% confidence interval (survey figures).",
      }),
      intervals: meta(z.optional(z.record(idSchema, z.array(z.nullable(intervalSchema)))), {
        description:
          "For a matrix: series id to one supplied 95% interval (or null) per period, for survey figures.",
      }),
      note: z.optional(textSchema),
    })
    .check(
      z.superRefine((block, ctx) => {
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
                  params: {
                    messageId: "matrix-values-count",
                    data: { count: row.length, periods: block.periods.length },
                  },
                });
              }
            }
            for (const [series, row] of Object.entries(block.intervals ?? {})) {
              if (!(series in block.values)) {
                ctx.addIssue({
                  code: "custom",
                  path: ["intervals", series],
                  message: `has intervals but no values for ${series}`,
                  params: { messageId: "matrix-intervals-no-values", data: { series } },
                });
              } else if (row.length !== block.periods.length) {
                ctx.addIssue({
                  code: "custom",
                  path: ["intervals", series],
                  message: `has ${row.length} intervals for ${block.periods.length} periods`,
                  params: {
                    messageId: "matrix-intervals-count",
                    data: { count: row.length, periods: block.periods.length },
                  },
                });
              }
            }
          }
        } else {
          for (const key of ["series", "period", "value"] as const) {
            if (block[key] === undefined)
              ctx.addIssue({
                code: "custom",
                path: [key],
                message: `one figure needs a ${key}`,
                params: { messageId: "single-needs", data: { field: key } },
              });
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
      }),
    ),
  {
    description: "Observations: one figure or a matrix of figures, with where they were printed.",
  },
);

/** A narrative claim about a series, recorded so it can be checked against the figures. */
export const claimSchema = meta(
  z.strictObject({
    id: idSchema,
    section: textSchema,
    quote: textSchema,
    series: idSchema,
    area: z.optional(areaRefSchema),
    kind: meta(z.enum(["strictly-decreasing", "strictly-increasing", "decreased", "increased"]), {
      description:
        "strictly-decreasing/increasing: lower/higher in every period than in the one before; decreased/increased: lower/higher at the end than at the start.",
    }),
    from: periodCodeSchema,
    to: periodCodeSchema,
  }),
  { description: "A claim in the text about how a series developed." },
);
