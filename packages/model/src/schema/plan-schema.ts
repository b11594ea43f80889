import * as z from "zod";
import { CORRECTION_METHODS } from "../statistics/multiple-comparisons.ts";
import { idSchema, roundingSchema, textSchema } from "./common.ts";
import { indicatorSchema, indicatorTableSchema } from "./indicator-schema.ts";
import { claimSchema, observationBlockSchema } from "./observation-schema.ts";
import { areaSchema, partnerSchema, seriesSchema, sourceSchema } from "./reference-data-schema.ts";
import { figureTableSchema, percentNotationSchema } from "./table-schema.ts";
import { sectionSchema, themeSchema } from "./theme-schema.ts";

const municipalityCode = z
  .string()
  .regex(/^GM\d{4}$/, { message: "a CBS municipality code: GM and four digits, e.g. GM0417" });

/** A recurring moment of the plan's monitoring cycle. */
export const cycleSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(["execution-plan", "progress-analysis", "plan", "meeting", "screening", "other"]),
    label: textSchema,
    by: textSchema.optional().meta({ description: "Who makes or holds it." }),
    every: z
      .strictObject({
        years: z.int().positive().optional(),
        months: z.int().positive().optional(),
        weeks: z.int().positive().optional(),
      })
      .refine((e) => [e.years, e.months, e.weeks].filter((x) => x !== undefined).length === 1, {
        message: "give exactly one of years, months, weeks",
      }),
    first: z.iso.date().meta({ description: "The first moment (YYYY-MM-DD)." }),
    quote: textSchema.optional(),
  })
  .meta({ description: "A recurring moment of monitoring or governance." });

/** A role in the governance of the plan (Bijlage 1). */
export const roleSchema = z.strictObject({ id: idSchema, title: textSchema, text: textSchema });

/** Plan-wide conventions for computing and writing figures. */
export const conventionsSchema = z
  .strictObject({
    percentChange: percentNotationSchema.optional(),
    targetRounding: z
      .strictObject({ mode: roundingSchema, decimals: z.int().min(0).max(6) })
      .optional()
      .meta({
        description:
          "How a relative target resolves to a value; default half away from zero to the baseline's decimals.",
      }),
    targetPreference: z.enum(["stated-value", "resolved-change"]).optional().meta({
      description:
        "When a relative target prints both a value and a change that disagree: assess against the printed value (stated-value, the default) or the change applied to the baseline.",
    }),
    multipleComparisons: z.enum(CORRECTION_METHODS).optional().meta({
      description:
        "How the significance of a table's changes is corrected for testing many at once: benjamini-hochberg (the default; controls the share of false marks), holm (controls the chance of any false mark) or none (each change on its own).",
    }),
  })
  .meta({ description: "How figures are computed and written." });

/** The severity of a lint rule, or `off`. */
export const ruleSettingSchema = z.enum(["off", "info", "warning", "error"]);

/**
 * A finding the plan's owner accepts, such as a slip in an adopted document that
 * the plan must keep as printed: the rule and the field the finding points at
 * first (as `ivp validate --format json` gives it), and why.
 */
export const acknowledgementSchema = z
  .strictObject({
    rule: z
      .string()
      .min(1)
      .meta({ description: "The id of the rule, e.g. relative-target-mismatch." }),
    at: z.string().min(1).meta({
      description:
        "The field the finding points at first, e.g. indicatorTables[1].rows[0].target.value (the finding's field in ivp validate --format json).",
    }),
    reason: z.string().trim().min(1).meta({ description: "Why the finding is accepted." }),
  })
  .meta({ description: "A lint finding that is known and accepted." });

/** An Integraal Veiligheidsplan as data. */
export const planSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .meta({ description: "Path or URL of the JSON Schema, for editors." }),
    schemaVersion: z.literal(1).meta({ description: "Version of the plan format: 1." }),
    id: idSchema,
    title: textSchema,
    subtitle: textSchema.optional(),
    municipality: z.strictObject({
      name: textSchema,
      code: municipalityCode,
      statlineName: textSchema
        .optional()
        .meta({ description: "Name in CBS StatLine, e.g. 'Laren (NH.)'." }),
    }),
    period: z
      .strictObject({ start: z.int().min(1900).max(2199), end: z.int().min(1900).max(2199) })
      .refine((p) => p.end >= p.start, { message: "the plan period ends before it starts" }),
    language: z.enum(["nl", "en"]).default("nl"),
    adoption: z
      .strictObject({
        by: textSchema.meta({ description: "Who adopted the plan, e.g. gemeenteraad." }),
        date: z.iso.date().meta({ description: "Date of adoption (YYYY-MM-DD)." }),
      })
      .optional(),
    colophon: z
      .strictObject({
        editors: z.array(textSchema).default([]),
        contributors: z.array(textSchema).default([]),
        inCooperationWith: z.array(textSchema).default([]),
      })
      .optional(),
    vision: sectionSchema.optional(),
    mission: textSchema,
    sections: z
      .array(sectionSchema)
      .default([])
      .meta({ description: "Introduction, current situation and other prose, in document order." }),
    priorities: z.array(themeSchema).default([]),
    themes: z
      .array(themeSchema)
      .default([])
      .meta({ description: "Other themes (overige thema's)." }),
    communication: textSchema.optional(),
    partners: z.array(partnerSchema).default([]),
    sources: z.array(sourceSchema).default([]),
    references: z.array(z.strictObject({ id: idSchema, title: textSchema })).default([]),
    governance: z
      .strictObject({ roles: z.array(roleSchema).default([]), text: textSchema.optional() })
      .optional(),
    monitoring: z.array(cycleSchema).default([]),
    conventions: conventionsSchema.optional(),
    areas: z.array(areaSchema).default([]),
    series: z.array(seriesSchema).default([]),
    indicators: z.array(indicatorSchema).default([]),
    indicatorTables: z.array(indicatorTableSchema).default([]),
    tables: z.array(figureTableSchema).default([]),
    observations: z.array(observationBlockSchema).default([]),
    claims: z.array(claimSchema).default([]),
    data: z
      .array(
        z
          .string()
          .regex(/^[^/\\].*\.csv$/, { message: "a relative path to a .csv file" })
          .refine((path) => !/^[A-Za-z]:/.test(path) && !path.split(/[/\\]/).includes(".."), {
            message:
              "a data file lies inside the plan directory: a relative path without .. (ivp reads no files outside it)",
          }),
      )
      .default([])
      .meta({
        description:
          "CSV files of observations, relative to the plan directory and inside it (no .., no absolute path).",
      }),
    lint: z
      .strictObject({
        rules: z
          .record(z.string(), ruleSettingSchema)
          .default({})
          .meta({ description: "Rule id to off, info, warning or error." }),
        acknowledged: z.array(acknowledgementSchema).default([]).meta({
          description:
            "Findings the plan's owner knows of and accepts, each with the reason: still reported, marked acknowledged; an acknowledged error does not make the plan invalid.",
        }),
      })
      .optional()
      .meta({ description: "Linter settings: rule severities and acknowledged findings." }),
  })
  .meta({
    title: "ivp plan",
    description: "An Integraal Veiligheidsplan (integral safety plan) as data.",
  });
