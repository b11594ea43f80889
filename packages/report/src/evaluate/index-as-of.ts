import {
  collectObservations,
  type Observation,
  ObservationIndex,
  observationsAsOf,
  type Period,
  type Plan,
} from "@ivp/model";

/**
 * The index of the observations known as of a period (`observationsAsOf` of
 * `@ivp/model`): what `ivp status` and every part of `ivp report` compute
 * with, so both see the same figures.
 *
 * @param plan - the plan (its own observations are the default)
 * @param observations - every observation to use, or `undefined` for the plan's own
 * @param asOf - the as-of period, or `undefined` for all figures
 * @returns the index
 * @example
 * indexAsOf(plan, undefined, parsePeriodOrThrow("2017")).get("woninginbraken", "GM0417", "2018-H1") //=> undefined
 */
export function indexAsOf(
  plan: Plan,
  observations: readonly Observation[] | undefined,
  asOf: Period | undefined,
): ObservationIndex {
  return new ObservationIndex(observationsAsOf(observations ?? collectObservations(plan), asOf));
}
