import { collectObservations } from "../observation/collect-observations.ts";
import { ObservationIndex } from "../observation/observation-index.ts";
import { formatPeriodCode } from "../period/format-period.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import type { Plan } from "../schema/types.ts";
import {
  type AssessProgressOptions,
  assessProgress,
  type IndicatorProgress,
} from "./assess-progress.ts";

/** The progress of every indicator of a plan. */
export interface PlanProgress {
  /** The as-of period asked for, as a code; `null`: each indicator's latest figure. */
  readonly asOf: string | null;
  /** One assessment per indicator, in the plan's order. */
  readonly indicators: readonly IndicatorProgress[];
}

/**
 * Assesses every indicator of a plan ({@link assessProgress}) with one index
 * of all observations.
 *
 * @param plan - a validated plan
 * @param options - the as-of period, extra observations (e.g. from data files), the significance level
 * @returns the assessments in the plan's order
 * @example
 * assessPlanProgress(plan, { asOf: "2018-H1" }).indicators.map((i) => i.status)
 * //=> ["not-assessable", "target-achieved", ...]
 */
export function assessPlanProgress(plan: Plan, options: AssessProgressOptions = {}): PlanProgress {
  const index =
    options.index ??
    new ObservationIndex([...collectObservations(plan), ...(options.observations ?? [])]);
  const asOf =
    options.asOf === undefined
      ? null
      : formatPeriodCode(
          typeof options.asOf === "string" ? parsePeriodOrThrow(options.asOf) : options.asOf,
        );
  return {
    asOf,
    indicators: plan.indicators.map((indicator) =>
      assessProgress(plan, indicator.id, { ...options, index }),
    ),
  };
}
