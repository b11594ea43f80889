import * as z from "zod";
import { idSchema, textSchema, unitSchema } from "./common.ts";

/** An area observations belong to: the municipality, a police unit, a region. */
export const areaSchema = z
  .strictObject({
    id: idSchema.or(z.string().regex(/^GM\d{4}$/)).meta({
      description: "Identifier; for a municipality its CBS code (GM0417).",
    }),
    name: textSchema,
    kind: z.enum([
      "municipality",
      "district",
      "police-unit",
      "safety-region",
      "region",
      "country",
      "other",
    ]),
    code: z
      .string()
      .optional()
      .meta({ description: "Official code (CBS GM code, police unit code)." }),
  })
  .meta({ description: "An area observations belong to." });

/** A source of figures: a registration system, a survey, a report. */
export const sourceSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema.meta({ description: "Name as the plan writes it, e.g. 'BVH/politie'." }),
    kind: z.enum(["police-registration", "survey", "municipal-registration", "open-data", "other"]),
    description: textSchema.optional(),
    url: z.url().optional(),
  })
  .meta({ description: "A source of figures." });

/** A partner organisation. */
export const partnerSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    description: textSchema.optional(),
  })
  .meta({ description: "A partner in the approach." });

/** A measured quantity: a crime category, a survey measure. */
export const seriesSchema = z
  .strictObject({
    id: idSchema,
    label: textSchema.meta({ description: "Name of the series." }),
    unit: unitSchema.default("count"),
    codes: z
      .strictObject({
        police: z.string().optional().meta({ description: "Police crime-type key, e.g. 1.1.1." }),
        cbs: z.string().optional().meta({ description: "CBS classification code, e.g. CRI1100." }),
      })
      .optional(),
    parts: z
      .strictObject({
        series: z.array(idSchema).min(1),
        complete: z.boolean().meta({
          description:
            "true when the parts add up to this series in every period (an exhaustive 'of which' split).",
        }),
      })
      .optional()
      .meta({ description: "The 'of which' sub-series." }),
    rate: z
      .strictObject({
        count: idSchema.meta({ description: "The series of the counts, e.g. misdrijven-totaal." }),
        population: idSchema.meta({
          description: "The series of the population the rate is per, e.g. inwoners.",
        }),
      })
      .optional()
      .meta({
        description:
          "For a rate (unit rate-per-1000, rate-per-10000 or rate-per-100000): the count and population series it is computed from, count x 1000 / population. ivp computes the rate where the series has none of its own. Where both have figures, the significance of a change and the interval of a verdict use the count with the population as its exposure.",
      }),
    description: textSchema.optional(),
  })
  .refine((s) => s.rate === undefined || s.unit.startsWith("rate-per-"), {
    path: ["rate"],
    message:
      "only a rate has a count and population: set the unit to rate-per-1000, rate-per-10000 or rate-per-100000, or remove rate",
  })
  .meta({ description: "A measured quantity (a crime category, a survey measure)." });
