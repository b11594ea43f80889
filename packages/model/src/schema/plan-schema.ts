import * as z from "zod/mini";
import { CORRECTION_METHODS } from "../statistics/multiple-comparisons.ts";
import { idSchema, isoDateSchema, meta, refine, roundingRuleSchema, textSchema } from "./common.ts";
import { indicatorSchema, indicatorTableSchema } from "./indicator-schema.ts";
import { claimSchema, observationBlockSchema } from "./observation-schema.ts";
import { areaSchema, partnerSchema, seriesSchema, sourceSchema } from "./reference-data-schema.ts";
import { figureTableSchema, percentNotationSchema } from "./table-schema.ts";
import { sectionSchema, themeSchema } from "./theme-schema.ts";

const municipalityCode = z
  .string()
  .check(
    z.regex(/^GM\d{4}$/, { message: "a CBS municipality code: GM and four digits, e.g. GM0417" }),
  );

/** A recurring moment of the plan's monitoring cycle. */
export const cycleSchema = meta(
  z.strictObject({
    id: idSchema,
    kind: z.enum(["execution-plan", "progress-analysis", "plan", "meeting", "screening", "other"]),
    label: textSchema,
    by: meta(z.optional(textSchema), { description: "Who makes or holds it." }),
    every: z
      .strictObject({
        years: z.optional(z.int().check(z.positive())),
        months: z.optional(z.int().check(z.positive())),
        weeks: z.optional(z.int().check(z.positive())),
      })
      .check(
        refine((e) => [e.years, e.months, e.weeks].filter((x) => x !== undefined).length === 1, {
          message: "give exactly one of years, months, weeks",
        }),
      ),
    first: meta(isoDateSchema(), { description: "The first moment (YYYY-MM-DD)." }),
    quote: z.optional(textSchema),
  }),
  { description: "A recurring moment of monitoring or governance." },
);

/** A role in the governance of the plan (Bijlage 1). */
export const roleSchema = z.strictObject({ id: idSchema, title: textSchema, text: textSchema });

/** Plan-wide conventions for computing and writing figures. */
export const conventionsSchema = meta(
  z.strictObject({
    percentChange: z.optional(percentNotationSchema),
    targetRounding: meta(z.optional(roundingRuleSchema), {
      description:
        "How a relative target resolves to a value; default half away from zero to the baseline's decimals.",
    }),
    targetPreference: meta(z.optional(z.enum(["stated-value", "resolved-change"])), {
      description:
        "When a relative target prints both a value and a change that disagree: assess against the printed value (stated-value, the default) or the change applied to the baseline.",
    }),
    multipleComparisons: meta(z.optional(z.enum(CORRECTION_METHODS)), {
      description:
        "How the significance of changes is corrected for testing many at once, across a figure table and across the plan's indicator verdicts: benjamini-hochberg (the default; controls the share of false marks), holm (controls the chance of any false mark) or none (each change on its own).",
    }),
  }),
  { description: "How figures are computed and written." },
);

/** The severity of a lint rule, or `off`. */
export const ruleSettingSchema = z.enum(["off", "info", "warning", "error"]);

/**
 * A finding the plan's owner accepts, such as a slip in an adopted document that
 * the plan must keep as printed: the rule and the field the finding points at
 * first (as `ivp validate --format json` gives it), and why.
 */
export const acknowledgementSchema = meta(
  z.strictObject({
    rule: meta(z.string().check(z.minLength(1)), {
      description: "The id of the rule, e.g. relative-target-mismatch.",
    }),
    at: meta(z.string().check(z.minLength(1)), {
      description:
        "The field the finding points at first, e.g. indicatorTables[1].rows[0].target.value (the finding's field in ivp validate --format json).",
    }),
    reason: meta(z.string().check(z.trim()).check(z.minLength(1)), {
      description: "Why the finding is accepted.",
    }),
  }),
  { description: "A lint finding that is known and accepted." },
);

/** An Integraal Veiligheidsplan as data. */
export const planSchema = meta(
  z.strictObject({
    $schema: meta(z.optional(z.string()), {
      description: "Path or URL of the JSON Schema, for editors.",
    }),
    schemaVersion: meta(z.literal(1), { description: "Version of the plan format: 1." }),
    id: idSchema,
    title: textSchema,
    subtitle: z.optional(textSchema),
    municipality: z.strictObject({
      name: textSchema,
      code: municipalityCode,
      statlineName: meta(z.optional(textSchema), {
        description: "Name in CBS StatLine, e.g. 'Laren (NH.)'.",
      }),
    }),
    period: z
      .strictObject({
        start: z.int().check(z.gte(1900)).check(z.lte(2199)),
        end: z.int().check(z.gte(1900)).check(z.lte(2199)),
      })
      .check(refine((p) => p.end >= p.start, { message: "the plan period ends before it starts" })),
    language: z._default(z.enum(["nl", "en"]), "nl"),
    adoption: z.optional(
      z.strictObject({
        by: meta(textSchema, { description: "Who adopted the plan, e.g. gemeenteraad." }),
        date: meta(isoDateSchema(), { description: "Date of adoption (YYYY-MM-DD)." }),
      }),
    ),
    colophon: z.optional(
      z.strictObject({
        editors: z._default(z.array(textSchema), []),
        contributors: z._default(z.array(textSchema), []),
        inCooperationWith: z._default(z.array(textSchema), []),
      }),
    ),
    vision: z.optional(sectionSchema),
    mission: textSchema,
    sections: meta(z._default(z.array(sectionSchema), []), {
      description: "Introduction, current situation and other prose, in document order.",
    }),
    priorities: z._default(z.array(themeSchema), []),
    themes: meta(z._default(z.array(themeSchema), []), {
      description: "Other themes (overige thema's).",
    }),
    communication: z.optional(textSchema),
    partners: z._default(z.array(partnerSchema), []),
    sources: z._default(z.array(sourceSchema), []),
    references: z._default(z.array(z.strictObject({ id: idSchema, title: textSchema })), []),
    governance: z.optional(
      z.strictObject({
        roles: z._default(z.array(roleSchema), []),
        text: z.optional(textSchema),
      }),
    ),
    monitoring: z._default(z.array(cycleSchema), []),
    conventions: z.optional(conventionsSchema),
    areas: z._default(z.array(areaSchema), []),
    series: z._default(z.array(seriesSchema), []),
    indicators: z._default(z.array(indicatorSchema), []),
    indicatorTables: z._default(z.array(indicatorTableSchema), []),
    tables: z._default(z.array(figureTableSchema), []),
    observations: z._default(z.array(observationBlockSchema), []),
    claims: z._default(z.array(claimSchema), []),
    data: meta(
      z._default(
        z.array(
          z
            .string()
            .check(z.regex(/^[^/\\].*\.csv$/, { message: "a relative path to a .csv file" }))
            .check(
              refine((path) => !/^[A-Za-z]:/.test(path) && !path.split(/[/\\]/).includes(".."), {
                message:
                  "a data file lies inside the plan directory: a relative path without .. (ivp reads no files outside it)",
              }),
            ),
        ),
        [],
      ),
      {
        description:
          "CSV files of observations, relative to the plan directory and inside it (no .., no absolute path).",
      },
    ),
    lint: meta(
      z.optional(
        z.strictObject({
          rules: meta(z._default(z.record(z.string(), ruleSettingSchema), {}), {
            description: "Rule id to off, info, warning or error.",
          }),
          acknowledged: meta(z._default(z.array(acknowledgementSchema), []), {
            description:
              "Findings the plan's owner knows of and accepts, each with the reason: still reported, marked acknowledged; an acknowledged error does not make the plan invalid.",
          }),
        }),
      ),
      { description: "Linter settings: rule severities and acknowledged findings." },
    ),
  }),
  {
    title: "ivp plan",
    description: "An Integraal Veiligheidsplan (integral safety plan) as data.",
  },
);
