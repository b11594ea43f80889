import { type Observation, type Period, parsePeriodOrThrow } from "@ivp/model";

/**
 * Whether a period ends on or before the as-of period ends: with as-of
 * `2018-H1`, `2018-H1`, `2018-01..2018-05` and `2017` count, `2018` and
 * `2018-01..2018-10` do not (they end later).
 *
 * @example
 * endsOnOrBefore({ year: 2018, startMonth: 1, endMonth: 10 }, { year: 2018, startMonth: 1, endMonth: 6 }) //=> false
 */
export function endsOnOrBefore(period: Period, asOf: Period): boolean {
  return period.year < asOf.year || (period.year === asOf.year && period.endMonth <= asOf.endMonth);
}

/**
 * The observations a report as of a period may use: those whose period ends
 * on or before the as-of period ends. Without an as-of period, all of them.
 *
 * @param observations - every observation, in input order
 * @param asOf - the as-of period, or `undefined`
 * @returns the observations kept, in input order
 * @example
 * observationsAsOf(observations, parsePeriodOrThrow("2017")).some((o) => o.period === "2018-H1") //=> false
 */
export function observationsAsOf(
  observations: readonly Observation[],
  asOf: Period | undefined,
): readonly Observation[] {
  if (asOf === undefined) return observations;
  return observations.filter((o) => endsOnOrBefore(parsePeriodOrThrow(o.period), asOf));
}
