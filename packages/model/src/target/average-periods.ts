/**
 * The periods an average baseline covers (`average: { from: 2015, to: 2017 }`):
 * the same months in each year of the range, both ends included. Kept apart
 * from the schemas so that the plan schema can check a range while it is read.
 */
import type { ErrorData, Result } from "../errors.ts";
import { formatPeriodCode } from "../period/format-period.ts";
import { parsePeriod } from "../period/parse-period.ts";
import { arePeriodsComparable, type Period } from "../period/period.ts";

/** The range of an average baseline as the plan writes it: both ends included. */
export interface AverageRange {
  readonly from: string | number;
  readonly to: string | number;
}

/** Why an average's range is not a run of comparable periods. */
export type AverageRangeErrorCode =
  | "invalid-period"
  | "average-different-lengths"
  | "average-wrong-order"
  | "average-single-period";

/** A problem with an average's range, with the field it is about. */
export interface AverageRangeError {
  readonly code: AverageRangeErrorCode;
  /** `from` or `to`: where the plan should be corrected. */
  readonly field: "from" | "to";
  /** In English; `code` and `data` say the same as data, for a message in another language. */
  readonly message: string;
  /** The values of the message's placeholders (for `invalid-period`, the period's error data). */
  readonly data: ErrorData;
}

/**
 * The periods an average baseline covers: the same months in every year from
 * `from` to `to`, both included (2015 to 2017: 2015, 2016, 2017; 2015-H1 to
 * 2017-H1: the first halves of those years). Both ends must cover the same
 * months of the year, so the average compares like with like, and there must
 * be at least two.
 *
 * @param range - `from` and `to`, as period codes
 * @returns the periods, oldest first, or what is wrong with the range
 * @example
 * averagePeriods({ from: 2015, to: 2017 }).data?.map(formatPeriodCode) //=> ["2015", "2016", "2017"]
 * averagePeriods({ from: 2017, to: 2015 }).error?.code //=> "average-wrong-order"
 * averagePeriods({ from: "2015-H1", to: 2017 }).error?.code //=> "average-different-lengths"
 */
export function averagePeriods(range: AverageRange): Result<Period[], AverageRangeError> {
  const from = parsePeriod(range.from);
  if (!from.success) return fail("invalid-period", "from", from.error.message, from.error.data);
  const to = parsePeriod(range.to);
  if (!to.success) return fail("invalid-period", "to", to.error.message, to.error.data);
  const first = from.data;
  const last = to.data;
  const data = { from: formatPeriodCode(first), to: formatPeriodCode(last) };
  if (!arePeriodsComparable(first, last)) {
    const later = first.year + 2;
    return fail(
      "average-different-lengths",
      "to",
      `an average is of the same months in each year, but from ${data.from} and to ${data.to} cover different months; write e.g. from: ${first.year} and to: ${later} for whole years, or from: ${first.year}-H1 and to: ${later}-H1 for first halves`,
      { ...data, year: first.year, later },
    );
  }
  if (last.year < first.year) {
    return fail(
      "average-wrong-order",
      "to",
      `the range runs backwards: to (${data.to}) comes before from (${data.from}); swap them`,
      data,
    );
  }
  if (last.year === first.year) {
    return fail(
      "average-single-period",
      "to",
      `an average needs at least two periods, but from and to are both ${data.from}; for one period write value and period instead`,
      data,
    );
  }
  const periods: Period[] = [];
  for (let year = first.year; year <= last.year; year++) periods.push({ ...first, year });
  return { success: true, data: periods };
}

function fail(
  code: AverageRangeErrorCode,
  field: "from" | "to",
  message: string,
  data: ErrorData,
): { success: false; error: AverageRangeError } {
  return { success: false, error: { code, field, message, data } };
}
