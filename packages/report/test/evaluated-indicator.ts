/**
 * One evaluated indicator of a plan made for the test, for the chart and text
 * tests: what `evaluatePlan` really produces, not a hand-made object.
 */
import type { PlanInput } from "@ivp/model";
import { makePlan } from "@ivp/testkit/plans";
import { evaluatePlan } from "../src/evaluate-plan.ts";
import type { EvaluatedIndicator } from "../src/evaluated-plan.ts";

type TargetInput = NonNullable<NonNullable<PlanInput["indicators"]>[number]["targets"]>[number];

/** What {@link evaluatedIndicator} builds a one-indicator plan from. */
export interface CountIndicatorOptions {
  readonly unit?: "count" | "grade" | "percentage";
  readonly direction?: "lower-is-better" | "higher-is-better";
  readonly baseline?: { readonly value: number; readonly period: number | string } | null;
  readonly target?: TargetInput | null;
  /** The figures of the series, by period. */
  readonly figures: Readonly<Record<string, number>>;
  readonly asOf?: string;
  readonly lang?: "nl" | "en";
}

/**
 * One evaluated indicator ("n", label "N") of a plan made for the test: the
 * report's indicator with its real assessment, so charts and texts are
 * tested on what `evaluatePlan` really produces.
 */
export function evaluatedIndicator(options: CountIndicatorOptions): EvaluatedIndicator {
  const periods = Object.keys(options.figures);
  const plan = makePlan({
    series: [{ id: "n", label: "N", unit: options.unit ?? "count" }],
    indicators: [
      {
        id: "n",
        label: "N <n>",
        unit: options.unit ?? "count",
        direction: options.direction ?? "lower-is-better",
        ...(options.baseline !== null && {
          baseline: options.baseline ?? { value: 79, period: 2017 },
        }),
        ...(options.target !== null && {
          targets: [options.target ?? { kind: "absolute", value: 60, period: 2021 }],
        }),
      },
    ],
    observations:
      periods.length === 0
        ? []
        : [
            {
              origin: "other",
              periods,
              values: { n: periods.map((p) => options.figures[p] ?? 0) },
            },
          ],
  });
  const evaluated = evaluatePlan(plan, {
    ...(options.asOf !== undefined && { asOf: options.asOf }),
    ...(options.lang !== undefined && { lang: options.lang }),
  });
  const indicator = evaluated.indicators[0];
  if (!indicator) throw new Error("no indicator");
  return indicator;
}
