import * as z from "zod/mini";
import { areaRefSchema, idSchema, meta, periodCodeSchema, textSchema } from "./common.ts";

/** Notation of percentage changes. */
export const percentNotationSchema = meta(
  z.strictObject({
    decimals: z.optional(z.int().check(z.gte(0)).check(z.lte(4))),
    decimalSeparator: z.optional(z.enum([",", "."])),
    plusSign: z.optional(z.string()),
    minusSign: z.optional(z.string()),
    emptyCell: z.optional(z.string()),
  }),
  { description: "How percentage changes are written; Dutch whole percents by default." },
);

const columnBase = {
  id: idSchema,
  header: meta(z.optional(textSchema), { description: "The column header as printed." }),
  group: meta(z.optional(textSchema), {
    description: "A header spanning several columns, as printed.",
  }),
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
  area: z.optional(areaRefSchema),
  from: z.optional(periodCodeSchema),
  to: z.optional(periodCodeSchema),
});

/** A column of a figure table. */
export const tableColumnSchema = meta(
  z.discriminatedUnion("kind", [valueColumnSchema, changeColumnSchema, referenceColumnSchema]),
  {
    description: "A column: value (counts of a period), change (computed) or reference (supplied).",
  },
);

/** A row of a figure table. */
export const tableRowSchema = meta(
  z.strictObject({
    series: idSchema,
    label: meta(z.optional(textSchema), {
      description: "The row label as printed (typos included).",
    }),
    printed: meta(z.optional(z.record(idSchema, z.string())), {
      description:
        "What the document printed in computed columns, by column id; checked against the computation.",
    }),
    supplied: meta(z.optional(z.record(idSchema, z.string())), {
      description: "The cells of reference columns, by column id, as printed.",
    }),
  }),
  { description: "A row of a figure table." },
);

/** Columns that follow the data: the last N years or half years with figures. */
export const rollingLayoutSchema = meta(
  z.strictObject({
    last: meta(z.int().check(z.gte(1)).check(z.lte(20)), {
      description: "How many periods to show: the last N that have figures.",
    }),
    granularity: meta(z._default(z.enum(["year", "half-year"]), "year"), {
      description: "Years (default) or half years (January-June, July-December).",
    }),
    change: meta(z._default(z.enum(["previous", "none"]), "previous"), {
      description:
        "previous (default): the change of each period against the same period a year earlier, where that has figures; none: only the values.",
    }),
  }),
  {
    description:
      "Instead of columns: the last N years (or half years) with figures, each with its change against the one before, so a newly imported year shows up without editing the plan.",
  },
);

/** A table of police figures: rows of series, columns of periods and changes. */
export const figureTableSchema = meta(
  z
    .strictObject({
      id: idSchema,
      number: z.optional(z.int().check(z.positive())),
      title: textSchema,
      area: meta(z.optional(areaRefSchema), {
        description: "Area of the counts; default the municipality.",
      }),
      source: z.optional(idSchema),
      columns: meta(z._default(z.array(tableColumnSchema), []), {
        description: "The columns, as printed; or leave them out and give rolling.",
      }),
      rolling: z.optional(rollingLayoutSchema),
      rows: z.array(tableRowSchema).check(z.minLength(1)),
      notation: z.optional(percentNotationSchema),
      note: z.optional(textSchema),
    })
    .check(
      z.superRefine((table, context) => {
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
      }),
    ),
  { description: "A table of figures with percentage changes." },
);
