import * as z from "zod/mini";
import {
  areaRefSchema,
  idSchema,
  meta,
  refine,
  textSchema,
  unitSchema,
  urlSchema,
} from "./common.ts";

/** An area observations belong to: the municipality, a police unit, a region. */
export const areaSchema = meta(
  z.strictObject({
    id: meta(areaRefSchema, {
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
    code: meta(z.optional(z.string()), {
      description: "Official code (CBS GM code, police unit code).",
    }),
  }),
  { description: "An area observations belong to." },
);

/** A source of figures: a registration system, a survey, a report. */
export const sourceSchema = meta(
  z.strictObject({
    id: idSchema,
    name: meta(textSchema, { description: "Name as the plan writes it, e.g. 'BVH/politie'." }),
    kind: z.enum(["police-registration", "survey", "municipal-registration", "open-data", "other"]),
    description: z.optional(textSchema),
    url: z.optional(urlSchema),
  }),
  { description: "A source of figures." },
);

/** A partner organisation. */
export const partnerSchema = meta(
  z.strictObject({
    id: idSchema,
    name: textSchema,
    description: z.optional(textSchema),
  }),
  { description: "A partner in the approach." },
);

/** A measured quantity: a crime category, a survey measure. */
export const seriesSchema = meta(
  z
    .strictObject({
      id: idSchema,
      label: meta(textSchema, { description: "Name of the series." }),
      unit: z._default(unitSchema, "count"),
      codes: z.optional(
        z.strictObject({
          police: meta(z.optional(z.string()), {
            description: "Police crime-type key, e.g. 1.1.1.",
          }),
          cbs: meta(z.optional(z.string()), {
            description: "CBS classification code, e.g. CRI1100.",
          }),
        }),
      ),
      parts: meta(
        z.optional(
          z.strictObject({
            series: z.array(idSchema).check(z.minLength(1)),
            complete: meta(z.boolean(), {
              description:
                "true when the parts add up to this series in every period (an exhaustive 'of which' split).",
            }),
          }),
        ),
        { description: "The 'of which' sub-series." },
      ),
      rate: meta(
        z.optional(
          z.strictObject({
            count: meta(idSchema, {
              description: "The series of the counts, e.g. misdrijven-totaal.",
            }),
            population: meta(idSchema, {
              description: "The series of the population the rate is per, e.g. inwoners.",
            }),
          }),
        ),
        {
          description:
            "For a rate (unit rate-per-1000, rate-per-10000 or rate-per-100000): the count and population series it is computed from, count x 1000 / population. Where both have figures for a period, the significance of a change and the interval of a verdict use the count with the population as its exposure.",
        },
      ),
      description: z.optional(textSchema),
    })
    .check(
      refine((s) => s.rate === undefined || s.unit.startsWith("rate-per-"), {
        path: ["rate"],
        message:
          "only a rate has a count and population: set the unit to rate-per-1000, rate-per-10000 or rate-per-100000, or remove rate",
      }),
    ),
  { description: "A measured quantity (a crime category, a survey measure)." },
);
