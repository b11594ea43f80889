import {
  collectObservations,
  type Observation,
  ObservationIndex,
  observationsAsOf,
  type Period,
  type Plan,
  parsePeriodOrThrow,
} from "@ivp/model";

/** The figures a status or a report computes with. */
export interface FiguresAsOf {
  /** The observations known as of `asOf`, indexed. */
  readonly index: ObservationIndex;
  /** The as-of period, parsed; `undefined` for all figures. */
  readonly asOf: Period | undefined;
}

/**
 * The index of the observations known as of a period (`observationsAsOf` of
 * `@ivp/model`): what `ivp status` and every part of `ivp report` compute
 * with, so both see the same figures.
 *
 * @param plan - the plan (its own observations are the default)
 * @param options - every observation to use (default: the plan's own) and the as-of period
 * @returns the index and the parsed as-of period; throws an `IvpError` (`invalid-period`) for an as-of text that is not a period
 * @example
 * figuresAsOf(plan, { asOf: "2017" }).index.get("woninginbraken", "GM0417", "2018-H1") //=> undefined
 */
export function figuresAsOf(
  plan: Plan,
  options: { readonly observations?: readonly Observation[]; readonly asOf?: string | Period },
): FiguresAsOf {
  const asOf = typeof options.asOf === "string" ? parsePeriodOrThrow(options.asOf) : options.asOf;
  const observations = options.observations ?? collectObservations(plan);
  return { index: new ObservationIndex(observationsAsOf(observations, asOf)), asOf };
}
