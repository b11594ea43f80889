import * as z from "zod";
import { idSchema, textSchema } from "./common.ts";

/** A Kernbeleid Veiligheid theme code such as `1.3`. */
export const kernbeleidCodeSchema = z
  .string()
  .regex(/^[1-5]\.[1-5]$/, {
    message: "a Kernbeleid Veiligheid theme code such as 1.3 (field 1-5, theme 1-5)",
  })
  .meta({ description: "A theme of VNG Kernbeleid Veiligheid, e.g. 1.3." });

/** A titled piece of prose (Markdown). */
export const sectionSchema = z
  .strictObject({
    id: idSchema.optional(),
    title: textSchema,
    text: textSchema.meta({ description: "Markdown: paragraphs, lists, emphasis." }),
  })
  .meta({ description: "A titled text." });

/** An action of the execution plan (uitvoeringsplan). */
export const actionSchema = z
  .strictObject({
    id: idSchema,
    what: textSchema,
    who: textSchema.meta({ description: "Who is responsible: a partner id or a role." }),
    partners: z.array(idSchema).default([]),
    when: textSchema
      .optional()
      .meta({ description: "When: a period code (2019) or a description." }),
    status: z.enum(["planned", "ongoing", "done", "postponed", "cancelled"]),
    quote: textSchema
      .optional()
      .meta({ description: "The sentence of the plan the action comes from." }),
  })
  .meta({ description: "An action of the execution plan." });

/** A priority or another theme of the plan. */
export const themeSchema = z
  .strictObject({
    id: idSchema,
    number: z.string().optional().meta({ description: "The section number as printed, e.g. 4.1." }),
    title: textSchema,
    kernbeleid: z.array(kernbeleidCodeSchema).default([]).meta({
      description: "Where the theme sits in VNG Kernbeleid Veiligheid.",
    }),
    motivation: textSchema.optional(),
    evaluation: textSchema.optional(),
    goals: textSchema.optional(),
    approach: textSchema.optional(),
    sections: z.array(sectionSchema).default([]),
    partners: z.array(idSchema).default([]),
    indicators: z
      .array(idSchema)
      .default([])
      .meta({ description: "Indicators of the theme (besides those in its indicator table)." }),
    actions: z.array(actionSchema).default([]),
  })
  .meta({ description: "A priority or theme." });
