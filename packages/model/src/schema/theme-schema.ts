import * as z from "zod/mini";
import { idSchema, meta, textSchema } from "./common.ts";

/** A Kernbeleid Veiligheid theme code such as `1.3`. */
export const kernbeleidCodeSchema = meta(
  z.string().check(
    z.regex(/^[1-5]\.[1-5]$/, {
      message: "a Kernbeleid Veiligheid theme code such as 1.3 (field 1-5, theme 1-5)",
    }),
  ),
  { description: "A theme of VNG Kernbeleid Veiligheid, e.g. 1.3." },
);

/** A titled piece of prose (Markdown). */
export const sectionSchema = meta(
  z.strictObject({
    id: z.optional(idSchema),
    title: textSchema,
    text: meta(textSchema, { description: "Markdown: paragraphs, lists, emphasis." }),
  }),
  { description: "A titled text." },
);

/** An action of the execution plan (uitvoeringsplan). */
export const actionSchema = meta(
  z.strictObject({
    id: idSchema,
    what: textSchema,
    who: meta(textSchema, { description: "Who is responsible: a partner id or a role." }),
    partners: z._default(z.array(idSchema), []),
    when: meta(z.optional(textSchema), {
      description: "When: a period code (2019) or a description.",
    }),
    status: z.enum(["planned", "ongoing", "done", "postponed", "cancelled"]),
    quote: meta(z.optional(textSchema), {
      description: "The sentence of the plan the action comes from.",
    }),
  }),
  { description: "An action of the execution plan." },
);

/** A priority or another theme of the plan. */
export const themeSchema = meta(
  z.strictObject({
    id: idSchema,
    number: meta(z.optional(z.string()), {
      description: "The section number as printed, e.g. 4.1.",
    }),
    title: textSchema,
    kernbeleid: meta(z._default(z.array(kernbeleidCodeSchema), []), {
      description: "Where the theme sits in VNG Kernbeleid Veiligheid.",
    }),
    motivation: z.optional(textSchema),
    evaluation: z.optional(textSchema),
    goals: z.optional(textSchema),
    approach: z.optional(textSchema),
    sections: z._default(z.array(sectionSchema), []),
    partners: z._default(z.array(idSchema), []),
    indicators: meta(z._default(z.array(idSchema), []), {
      description: "Indicators of the theme (besides those in its indicator table).",
    }),
    actions: z._default(z.array(actionSchema), []),
  }),
  { description: "A priority or theme." },
);
