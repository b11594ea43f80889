import { parsePeriodOrThrow } from "../period/parse-period.ts";
import type { Period } from "../period/period.ts";
import type { Observation } from "./observation.ts";

/**
 * Whether a period ends on or before the as-of period ends: with as-of
 * `2018-H1`, `2017`, `2018-H1` and `2018-01..2018-05` count; `2018`,
 * `2018-Q3` and `2018-01..2018-10` do not (they end later). Only the end
 * matters: a figure is known once its last month is over.
 *
 * @param period - the period of a figure
 * @param asOf - the as-of period
 * @returns whether the figure is known as of that period
 * @example
 * endsOnOrBefore(parsePeriodOrThrow("2018-01..2018-10"), parsePeriodOrThrow("2018-H1")) //=> false
 * endsOnOrBefore(parsePeriodOrThrow("2017"), parsePeriodOrThrow("2018-H1")) //=> true
 */
export function endsOnOrBefore(period: Period, asOf: Period): boolean {
  return period.year < asOf.year || (period.year === asOf.year && period.endMonth <= asOf.endMonth);
}

/**
 * The observations known as of a period: those whose period ends on or before
 * the as-of period ends ({@link endsOnOrBefore}). `ivp status` and `ivp report`
 * both assess with exactly these, so a report as of 2018-H1 shows what the
 * council could have known then. Without an as-of period, all of them.
 *
 * @param observations - every observation, in input order
 * @param asOf - the as-of period (a code such as `"2018-H1"` or a parsed period), or `undefined`
 * @returns the observations kept, in input order
 * @example
 * observationsAsOf(collectObservations(plan), "2017").some((o) => o.period === "2018-H1") //=> false
 */
export function observationsAsOf(
  observations: readonly Observation[],
  asOf: Period | string | undefined,
): readonly Observation[] {
  if (asOf === undefined) return observations;
  const end = typeof asOf === "string" ? parsePeriodOrThrow(asOf) : asOf;
  return observations.filter((o) => endsOnOrBefore(parsePeriodOrThrow(o.period), end));
}
