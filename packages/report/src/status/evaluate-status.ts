import {
  assessPlanProgress,
  type CorrectionMethod,
  type Language,
  type Observation,
  type ObservationIndex,
  type Period,
  type Plan,
} from "@ivp/model";
import { figuresAsOf } from "../evaluate/figures-as-of.ts";
import { STATUS_ALPHA, toStatusJson } from "./status-json.ts";
import type { StatusJson } from "./status-json-types.ts";

/** Options of {@link evaluateStatus} (and of `evaluatePlan`). */
export interface EvaluateStatusOptions {
  /** Every observation to use. Default: those written in the plan file (`collectObservations`). */
  readonly observations?: readonly Observation[];
  /** Use only the figures known by the end of this period (e.g. `"2018-H1"`; `observationsAsOf`). */
  readonly asOf?: string | Period;
  /** Language of the `text` and `message` fields. Default: the plan's language. */
  readonly lang?: Language;
  /**
   * The correction of the verdicts for testing many indicators at once.
   * Default: the plan's `conventions.multipleComparisons`, else Benjamini-Hochberg.
   */
  readonly correction?: CorrectionMethod | undefined;
}

/**
 * The progress of every indicator with every component, as `ivp status
 * --format json` writes it: `assessPlanProgress` of `@ivp/model` at the
 * significance level {@link STATUS_ALPHA}, with the figures known as of the
 * as-of period. The report's indicators carry the same objects.
 *
 * @param plan - a validated plan
 * @param options - observations, as-of period, language
 * @returns the status document
 * @throws IvpError `invalid-period` for an as-of text that is not a period
 * @example
 * evaluateStatus(plan, { asOf: "2018-H1" }).indicators[0].status.text //=> "voor op schema"
 */
export function evaluateStatus(plan: Plan, options: EvaluateStatusOptions = {}): StatusJson {
  const { index, asOf } = figuresAsOf(plan, options);
  return statusFromIndex(plan, index, asOf, options.lang ?? plan.language, options.correction);
}

/** The status document from the figures of `figuresAsOf` (shared with `evaluatePlan`). */
export function statusFromIndex(
  plan: Plan,
  index: ObservationIndex,
  asOf: Period | undefined,
  lang: Language,
  correction?: CorrectionMethod,
): StatusJson {
  const progress = assessPlanProgress(plan, {
    index,
    alpha: STATUS_ALPHA,
    correction,
    ...(asOf !== undefined && { asOf }),
  });
  return toStatusJson(plan, progress, lang, index);
}
