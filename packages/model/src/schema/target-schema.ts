import * as z from "zod/mini";
import { averagePeriods } from "../target/average-periods.ts";
import { meta, numberSchema, periodCodeSchema, roundingRuleSchema, textSchema } from "./common.ts";

/** A baseline of one figure: the value an indicator starts from, in a period. */
export const singleBaselineSchema = meta(
  z.strictObject({
    value: meta(numberSchema, { description: "The baseline value, as printed." }),
    period: periodCodeSchema,
  }),
  { description: "The value an indicator starts from: one figure in one period." },
);

/**
 * A baseline that is the average of the same period in several years
 * (`average: { from: 2015, to: 2017 }`), both ends included. Its value is
 * computed from the indicator's figures for those periods.
 */
export const averageBaselineSchema = meta(
  z.strictObject({
    average: meta(
      z
        .strictObject({
          from: meta(periodCodeSchema, {
            description: "The first period of the average (included), e.g. 2015 or 2015-H1.",
          }),
          to: meta(periodCodeSchema, {
            description:
              "The last period of the average (included), covering the same months as from, e.g. 2017 or 2017-H1.",
          }),
        })
        .check(
          z.superRefine((range, ctx) => {
            const result = averagePeriods(range);
            if (!result.success) {
              ctx.addIssue({
                code: "custom",
                path: [result.error.field],
                message: result.error.message,
                params: { messageId: result.error.code, data: result.error.data },
              });
            }
          }),
        ),
      {
        description:
          "The periods averaged: the same months in every year from `from` to `to`, both included.",
      },
    ),
  }),
  {
    description:
      "The average of the same period in several years (a remedy for a baseline year that happened to be low or high); its value is computed from the indicator's figures for those periods.",
  },
);

/**
 * A baseline: one figure (`value` and `period`), or the average of the same
 * period in several years (`average: { from, to }`).
 */
export const baselineSchema = meta(z.union([singleBaselineSchema, averageBaselineSchema]), {
  description:
    "The value an indicator starts from: `value` and `period` (79 in 2017), or `average: { from: 2015, to: 2017 }` (the mean of the figures of 2015, 2016 and 2017).",
});

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
      rounding: meta(z.optional(roundingRuleSchema), {
        description:
          "How a relative target resolves to a value; default from the plan's conventions.",
      }),
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
            params: { messageId: "target-needs-value", data: { kind: target.kind } },
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
            params: { messageId: "only-relative-change", data: { kind: target.kind } },
          });
        }
      }),
    ),
  { description: "A target of an indicator." },
);
