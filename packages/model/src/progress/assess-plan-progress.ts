import { collectObservations } from "../observation/collect-observations.ts";
import { ObservationIndex } from "../observation/observation-index.ts";
import { observationsAsOf } from "../observation/observations-as-of.ts";
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
 * of the observations known as of `asOf` ({@link observationsAsOf}).
 *
 * @param plan - a validated plan
 * @param options - the as-of period, extra observations (e.g. from data files), the significance level
 * @returns the assessments in the plan's order
 * @example
 * assessPlanProgress(plan, { asOf: "2018-H1" }).indicators.map((i) => i.status)
 * //=> ["not-assessable", "target-achieved", ...]
 */
export function assessPlanProgress(plan: Plan, options: AssessProgressOptions = {}): PlanProgress {
  const period = typeof options.asOf === "string" ? parsePeriodOrThrow(options.asOf) : options.asOf;
  const index =
    options.index ??
    new ObservationIndex(
      observationsAsOf([...collectObservations(plan), ...(options.observations ?? [])], period),
    );
  const asOf = period === undefined ? null : formatPeriodCode(period);
  return {
    asOf,
    indicators: plan.indicators.map((indicator) =>
      assessProgress(plan, indicator.id, { ...options, index }),
    ),
  };
}
