// A calendar date written YYYY-MM-DD, to and from a Date at local midnight,
// and the calendar arithmetic of monitoring cycles on such dates.
// Written by hand rather than with date-fns: its parseISO and lightFormat read
// every ISO 8601 form (times, week dates, zones) and write every format
// token, some 1.3 kB of a browser bundle (min + brotli) for the one form a plan
// uses, and its addMonths, addDays and differenceInCalendarDays/Months bring
// its date constructors and time-zone helpers (0.3 kB) for what a few lines
// of the platform's Date do on dates at midnight. calendar-date.test.ts checks
// each against date-fns on random dates, valid and not.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Zero-padded to `width` digits. */
function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * A date as YYYY-MM-DD, in local time (what `lightFormat(date, "yyyy-MM-dd")`
 * writes, which counts years before 1 as years of an era: year 0 is 0001).
 */
export function formatCalendarDate(date: Date): string {
  const year = date.getFullYear();
  return `${pad(year > 0 ? year : 1 - year, 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/**
 * The local midnight of a date written YYYY-MM-DD (as `parseISO` reads it), or
 * undefined when the text is not such a date or names a day that does not
 * exist (`2023-02-29`, `2023-13-01`).
 */
export function parseCalendarDate(text: string): Date | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const date = new Date(0);
  // setFullYear, not the Date constructor: that reads years 0-99 as 1900-1999.
  date.setFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  date.setHours(0, 0, 0, 0);
  return formatCalendarDate(date) === text ? date : undefined;
}

/**
 * The same day `months` months later (earlier when negative), or the last day
 * of that month when it is shorter: 31 January plus one month is 28 or 29
 * February (what date-fns's `addMonths` gives; `addYears` is 12 months).
 */
export function addCalendarMonths(date: Date, months: number): Date {
  const result = new Date(date);
  // Day 0 of the month after: the last day of the month wanted.
  result.setMonth(date.getMonth() + months + 1, 0);
  if (date.getDate() < result.getDate()) result.setDate(date.getDate());
  return result;
}

/** The day `days` days later (earlier when negative), as date-fns's `addDays`. */
export function addCalendarDays(date: Date, days: number): Date {
  const result = new Date(date);
  result.setDate(date.getDate() + days);
  return result;
}

/** The number of a date's day, counted from 1970-01-01, whatever its time of day. */
function dayNumber(date: Date): number {
  const utc = new Date(0);
  // setUTCFullYear, not Date.UTC: that reads years 0-99 as 1900-1999.
  utc.setUTCFullYear(date.getFullYear(), date.getMonth(), date.getDate());
  return utc.getTime() / 86_400_000;
}

/** Calendar days from `earlier` to `later` (negative when `later` is earlier), as date-fns's `differenceInCalendarDays`. */
export function calendarDaysBetween(later: Date, earlier: Date): number {
  return dayNumber(later) - dayNumber(earlier);
}

/** Calendar months from `earlier` to `later`, as date-fns's `differenceInCalendarMonths`. */
export function calendarMonthsBetween(later: Date, earlier: Date): number {
  return (later.getFullYear() - earlier.getFullYear()) * 12 + later.getMonth() - earlier.getMonth();
}
