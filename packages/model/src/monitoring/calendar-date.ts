// A calendar date written YYYY-MM-DD, to and from a Date at local midnight.
// Written by hand rather than with date-fns's parseISO and lightFormat: those
// read every ISO 8601 form (times, week dates, zones) and write every format
// token, some 1.3 kB of a browser bundle (min + brotli) for the one form a plan
// uses. calendar-date.test.ts checks both against parseISO and lightFormat on
// random dates, valid and not.

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
