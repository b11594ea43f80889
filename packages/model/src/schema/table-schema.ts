import * as z from "zod";
import { idSchema, periodCodeSchema, textSchema } from "./common.ts";

/** Notation of percentage changes. */
export const percentNotationSchema = z
  .strictObject({
    decimals: z.int().min(0).max(4).optional(),
    decimalSeparator: z.enum([",", "."]).optional(),
    plusSign: z.string().optional(),
    minusSign: z.string().optional(),
    emptyCell: z.string().optional(),
  })
  .meta({ description: "How percentage changes are written; Dutch whole percents by default." });

const columnBase = {
  id: idSchema,
  header: textSchema.optional().meta({ description: "The column header as printed." }),
  group: textSchema
    .optional()
    .meta({ description: "A header spanning several columns, as printed." }),
};

/** A column of counts for one period. */
const valueColumnSchema = z.strictObject({
  ...columnBase,
  kind: z.literal("value"),
  period: periodCodeSchema,
});

/** A computed column: the percentage change of the table's area from one period to another. */
const changeColumnSchema = z.strictObject({
  ...columnBase,
  kind: z.literal("change"),
  from: periodCodeSchema,
  to: periodCodeSchema,
});

/** A column whose cells are supplied, not computed (such as the region's change). */
const referenceColumnSchema = z.strictObject({
  ...columnBase,
  kind: z.literal("reference"),
  area: idSchema.or(z.string().regex(/^GM\d{4}$/)).optional(),
  from: periodCodeSchema.optional(),
  to: periodCodeSchema.optional(),
});

/** A column of a figure table. */
export const tableColumnSchema = z
  .discriminatedUnion("kind", [valueColumnSchema, changeColumnSchema, referenceColumnSchema])
  .meta({
    description: "A column: value (counts of a period), change (computed) or reference (supplied).",
  });

/** A row of a figure table. */
export const tableRowSchema = z
  .strictObject({
    series: idSchema,
    label: textSchema
      .optional()
      .meta({ description: "The row label as printed (typos included)." }),
    printed: z.record(idSchema, z.string()).optional().meta({
      description:
        "What the document printed in computed columns, by column id; checked against the computation.",
    }),
    supplied: z
      .record(idSchema, z.string())
      .optional()
      .meta({ description: "The cells of reference columns, by column id, as printed." }),
  })
  .meta({ description: "A row of a figure table." });

/** Columns that follow the data: the last N years or half years with figures. */
export const rollingLayoutSchema = z
  .strictObject({
    last: z
      .int()
      .min(1)
      .max(20)
      .meta({ description: "How many periods to show: the last N that have figures." }),
    granularity: z
      .enum(["year", "half-year"])
      .default("year")
      .meta({ description: "Years (default) or half years (January-June, July-December)." }),
    change: z.enum(["previous", "none"]).default("previous").meta({
      description:
        "previous (default): the change of each period against the same period a year earlier, where that has figures; none: only the values.",
    }),
  })
  .meta({
    description:
      "Instead of columns: the last N years (or half years) with figures, each with its change against the one before, so a newly imported year shows up without editing the plan.",
  });

/** A table of police figures: rows of series, columns of periods and changes. */
export const figureTableSchema = z
  .strictObject({
    id: idSchema,
    number: z.int().positive().optional(),
    title: textSchema,
    area: idSchema
      .or(z.string().regex(/^GM\d{4}$/))
      .optional()
      .meta({ description: "Area of the counts; default the municipality." }),
    source: idSchema.optional(),
    columns: z.array(tableColumnSchema).default([]).meta({
      description: "The columns, as printed; or leave them out and give rolling.",
    }),
    rolling: rollingLayoutSchema.optional(),
    rows: z.array(tableRowSchema).min(1),
    notation: percentNotationSchema.optional(),
    note: textSchema.optional(),
  })
  .superRefine((table, context) => {
    if (table.rolling && table.columns.length > 0) {
      context.addIssue({
        code: "custom",
        path: ["rolling"],
        message: "a table has either columns or rolling, not both",
      });
    } else if (!table.rolling && table.columns.length === 0) {
      context.addIssue({
        code: "custom",
        path: ["columns"],
        message:
          "a table needs columns, or rolling: { last: 3 } for the last three years with figures",
      });
    }
  })
  .meta({ description: "A table of figures with percentage changes." });
