import * as z from "zod/mini";
import { meta, numberSchema, periodCodeSchema, roundingSchema, textSchema } from "./common.ts";

/** A baseline: the value an indicator starts from, in a period. */
export const baselineSchema = meta(
  z.strictObject({
    value: meta(numberSchema, { description: "The baseline value, as printed." }),
    period: periodCodeSchema,
  }),
  { description: "The value an indicator starts from." },
);

/**
 * A target. The kinds the documents use:
 * - `absolute`: reach this value (`60`);
 * - `relative`: a stated change from the baseline in percent (`-25`), with
 *   the absolute value printed next to it when there is one (`60 (-25%)`);
 * - `maximum` / `minimum`: stay at or below / at or above a value (`Max. 1,7%`);
 * - `keep-level`: stay at least as good as the baseline (`7,9` to `7,9`).
 */
export const targetSchema = meta(
  z
    .strictObject({
      kind: z.enum(["absolute", "relative", "maximum", "minimum", "keep-level"]),
      value: meta(z.optional(numberSchema), {
        description:
          "The target value as printed (for a relative target: the value printed next to the change).",
      }),
      change: meta(z.optional(numberSchema), {
        description:
          "For a relative target: the stated change from the baseline in percent, e.g. -25.",
      }),
      period: meta(periodCodeSchema, { description: "When the target must be reached." }),
      rounding: meta(
        z.optional(
          z.strictObject({
            mode: roundingSchema,
            decimals: z.int().check(z.gte(0)).check(z.lte(6)),
          }),
        ),
        {
          description:
            "How a relative target resolves to a value; default from the plan's conventions.",
        },
      ),
      asPrinted: meta(z.optional(textSchema), {
        description: "The target as the document printed it, e.g. '60 (-25%)'.",
      }),
      illustrative: meta(z.optional(z.boolean()), {
        description:
          "true for a target the council has not adopted (an example, e.g. in a plan made with ivp init): ivp status and the report label it 'illustratief doel, niet vastgesteld door de raad'.",
      }),
    })
    .check(
      z.superRefine((target, ctx) => {
        const needsValue =
          target.kind === "absolute" || target.kind === "maximum" || target.kind === "minimum";
        if (needsValue && target.value === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["value"],
            message: `a ${target.kind} target needs a value`,
          });
        }
        if (target.kind === "relative" && target.change === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["change"],
            message: "a relative target needs a change in percent, e.g. -25",
          });
        }
        if (target.kind !== "relative" && target.change !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["change"],
            message: `only a relative target has a change; this one is ${target.kind}`,
          });
        }
      }),
    ),
  { description: "A target of an indicator." },
);
