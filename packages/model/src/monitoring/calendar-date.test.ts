import { isValid } from "date-fns/isValid";
import { lightFormat } from "date-fns/lightFormat";
import { parseISO } from "date-fns/parseISO";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCalendarDate, parseCalendarDate } from "./calendar-date.ts";

/** What monitoring-moments.ts did with date-fns before: the reference. */
function referenceParse(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const date = parseISO(text);
  return isValid(date) && lightFormat(date, "yyyy-MM-dd") === text ? date : undefined;
}

const digits = (min: number, max: number, width: number) =>
  fc.integer({ min, max }).map((n) => String(n).padStart(width, "0"));

describe("parseCalendarDate and formatCalendarDate", () => {
  it("read and write a date as date-fns's parseISO and lightFormat do", () => {
    fc.assert(
      fc.property(digits(0, 9999, 4), digits(0, 13, 2), digits(0, 32, 2), (y, m, d) => {
        const text = `${y}-${m}-${d}`;
        const ours = parseCalendarDate(text);
        const reference = referenceParse(text);
        expect(ours?.getTime()).toBe(reference?.getTime());
        if (ours) expect(formatCalendarDate(ours)).toBe(lightFormat(ours, "yyyy-MM-dd"));
      }),
      { numRuns: 2000 },
    );
  });

  it("read leap days, years before 100 and the last day of a month", () => {
    expect(formatCalendarDate(parseCalendarDate("2024-02-29") as Date)).toBe("2024-02-29");
    expect(parseCalendarDate("2023-02-29")).toBeUndefined();
    expect(parseCalendarDate("1900-02-29")).toBeUndefined();
    expect(formatCalendarDate(parseCalendarDate("2000-02-29") as Date)).toBe("2000-02-29");
    expect(parseCalendarDate("0050-06-30")?.getFullYear()).toBe(50);
    expect(parseCalendarDate("2022-04-31")).toBeUndefined();
    expect(parseCalendarDate("2022-00-10")).toBeUndefined();
    // As with parseISO and lightFormat: year 0 is written 0001, so 0000-01-01 is not read.
    expect(parseCalendarDate("0000-01-01")).toBeUndefined();
  });

  it("refuse other forms that parseISO would read", () => {
    for (const text of ["2022-1-05", "20220105", "2022-01-05T00:00", " 2022-01-05", "2022-W01-1"])
      expect(parseCalendarDate(text)).toBeUndefined();
  });

  it("give local midnight", () => {
    const date = parseCalendarDate("2021-03-28") as Date;
    expect([date.getHours(), date.getMinutes(), date.getSeconds()]).toEqual([0, 0, 0]);
  });
});
