import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { formatPeriodCode, formatPeriodLabel } from "./format-period.ts";
import { parsePeriod, parsePeriodOrThrow } from "./parse-period.ts";
import {
  arePeriodsComparable,
  comparePeriods,
  firstHalf,
  fullYear,
  inYear,
  isSamePeriod,
  isYearToDate,
  type Period,
  periodContains,
  periodKind,
  periodLength,
  secondHalf,
  shiftPeriod,
} from "./period.ts";

const p = (year: number, startMonth: number, endMonth: number): Period => ({
  year,
  startMonth,
  endMonth,
});

describe("parsePeriod", () => {
  it.each([
    [2017, p(2017, 1, 12)],
    ["2017", p(2017, 1, 12)],
    ["2017-H1", p(2017, 1, 6)],
    ["2017-h2", p(2017, 7, 12)],
    ["2017H2", p(2017, 7, 12)],
    ["2017-Q3", p(2017, 7, 9)],
    ["2017-10", p(2017, 10, 10)],
    ["2018-01..2018-10", p(2018, 1, 10)],
    ["2018-03 .. 2018-05", p(2018, 3, 5)],
    ["2017JJ00", p(2017, 1, 12)],
    ["2017KW01", p(2017, 1, 3)],
    ["2017MM10", p(2017, 10, 10)],
    [" 2017MM10 ", p(2017, 10, 10)],
  ])("reads %j", (input, expected) => {
    expect(parsePeriod(input)).toEqual({ success: true, data: expected });
  });

  it.each([
    ["2017-H3", "unknown notation"],
    ["2017-13", "the month must be 01-12"],
    ["2017-00", "the month must be 01-12"],
    ["2017-10..2018-02", "within one year"],
    ["2017-10..2017-02", "ends before it starts"],
    ["2017KW05", "unknown CBS period code"],
    ["2017MM13", "unknown CBS period code"],
    ["1800", "year out of range"],
    ["jan-jun 2017", "unknown notation"],
    ["", "unknown notation"],
  ])("rejects %j", (input, why) => {
    const result = parsePeriod(input);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe("invalid-period");
      expect(result.error.message).toContain(why);
      expect(result.error.message).toContain("2017-H1"); // says what is accepted
    }
  });

  it("throws an IvpError from parsePeriodOrThrow", () => {
    expect(() => parsePeriodOrThrow("2017-H3")).toThrow(IvpError);
  });

  it("round-trips every period through its code", () => {
    const period = fc
      .tuple(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 11 }),
      )
      .map(([year, start, length]) => p(year, start, Math.min(12, start + length)));
    fc.assert(
      fc.property(period, (value) => {
        expect(parsePeriodOrThrow(formatPeriodCode(value))).toEqual(value);
      }),
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parsePeriod(text);
        expect(typeof result.success).toBe("boolean");
      }),
    );
  });
});

describe("formatting", () => {
  it.each([
    [p(2017, 1, 12), "2017", "2017", "2017"],
    [p(2017, 1, 6), "2017-H1", "jan-jun 2017", "Jan-Jun 2017"],
    [p(2017, 7, 12), "2017-H2", "jul-dec 2017", "Jul-Dec 2017"],
    [p(2017, 4, 6), "2017-Q2", "apr-jun 2017", "Apr-Jun 2017"],
    [p(2018, 10, 10), "2018-10", "okt 2018", "Oct 2018"],
    [p(2018, 1, 10), "2018-01..2018-10", "jan-okt 2018", "Jan-Oct 2018"],
  ])("%j is %j, %j, %j", (period, code, nl, en) => {
    expect(formatPeriodCode(period)).toBe(code);
    expect(formatPeriodLabel(period)).toBe(nl);
    expect(formatPeriodLabel(period, { lang: "en" })).toBe(en);
  });

  it("writes long labels", () => {
    expect(formatPeriodLabel(p(2018, 1, 10), { style: "long" })).toBe("januari t/m oktober 2018");
    expect(formatPeriodLabel(p(2018, 1, 10), { style: "long", lang: "en" })).toBe(
      "January to October 2018",
    );
  });
});

describe("comparing periods", () => {
  it("knows the kinds", () => {
    expect(periodKind(fullYear(2017))).toBe("year");
    expect(periodKind(firstHalf(2017))).toBe("half-year");
    expect(periodKind(secondHalf(2017))).toBe("half-year");
    expect(periodKind(p(2017, 10, 12))).toBe("quarter");
    expect(periodKind(p(2017, 2, 4))).toBe("month-range");
    expect(periodKind(p(2017, 5, 5))).toBe("month");
    expect(isYearToDate(p(2018, 1, 10))).toBe(true);
    expect(isYearToDate(fullYear(2018))).toBe(false);
    expect(isYearToDate(secondHalf(2018))).toBe(false);
  });

  it("compares only like with like", () => {
    expect(arePeriodsComparable(p(2017, 1, 10), p(2018, 1, 10))).toBe(true);
    expect(arePeriodsComparable(firstHalf(2017), firstHalf(2018))).toBe(true);
    expect(arePeriodsComparable(fullYear(2017), p(2018, 1, 10))).toBe(false);
    expect(arePeriodsComparable(firstHalf(2017), secondHalf(2017))).toBe(false);
  });

  it("knows which period contains which", () => {
    expect(periodContains(fullYear(2017), p(2017, 1, 10))).toBe(true);
    expect(periodContains(p(2017, 1, 10), firstHalf(2017))).toBe(true);
    expect(periodContains(firstHalf(2017), p(2017, 1, 10))).toBe(false);
    expect(periodContains(fullYear(2017), firstHalf(2018))).toBe(false);
  });

  it("orders by year, then start, then end", () => {
    const sorted = [fullYear(2017), secondHalf(2016), firstHalf(2017), p(2017, 1, 10)].sort(
      comparePeriods,
    );
    expect(sorted.map(formatPeriodCode)).toEqual([
      "2016-H2",
      "2017-H1",
      "2017-01..2017-10",
      "2017",
    ]);
    expect(shiftPeriod(firstHalf(2018), -1)).toEqual(firstHalf(2017));
  });
});

describe("boundaries", () => {
  it("reads the years 1900-2199 and no others", () => {
    expect(parsePeriod("1900")).toEqual({ success: true, data: p(1900, 1, 12) });
    expect(parsePeriod(2199)).toEqual({ success: true, data: p(2199, 1, 12) });
    for (const year of ["1899", "2200"]) {
      const result = parsePeriod(year);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.message).toContain("year out of range");
    }
  });

  it("reads CBS half-year codes, and only the first and second half", () => {
    expect(parsePeriod("2017HJ01")).toEqual({ success: true, data: p(2017, 1, 6) });
    expect(parsePeriod("2017HJ02")).toEqual({ success: true, data: p(2017, 7, 12) });
    for (const code of ["2017HJ00", "2017HJ03"]) {
      const result = parsePeriod(code);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.message).toContain(`unknown CBS period code`);
    }
    const kw = parsePeriod("2017KW00");
    expect(kw.success).toBe(false);
    if (!kw.success) expect(kw.error.message).toContain("unknown CBS period code KW00");
  });

  it("reads every quarter and half year, and no fifth quarter", () => {
    expect(parsePeriod("2017-Q1")).toEqual({ success: true, data: p(2017, 1, 3) });
    expect(parsePeriod("2017q4")).toEqual({ success: true, data: p(2017, 10, 12) });
    expect(parsePeriod("2017-H1")).toEqual({ success: true, data: p(2017, 1, 6) });
    expect(parsePeriod("2017-Q5").success).toBe(false);
    expect(parsePeriod("2017-Q0").success).toBe(false);
    expect(parsePeriod("17-Q1").success).toBe(false);
    expect(parsePeriod("2017-Q1x").success).toBe(false);
  });

  it("reads a range of one month, and refuses months outside 01-12 at either end", () => {
    expect(parsePeriod("2018-01..2018-01")).toEqual({ success: true, data: p(2018, 1, 1) });
    expect(parsePeriod("2018-01..2018-12")).toEqual({ success: true, data: p(2018, 1, 12) });
    expect(parsePeriod("2018-12..2018-12")).toEqual({ success: true, data: p(2018, 12, 12) });
    for (const text of [
      "2018-00..2018-05",
      "2018-13..2018-12",
      "2018-01..2018-00",
      "2018-01..2018-13",
    ]) {
      const result = parsePeriod(text);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.message).toContain("the months must be 01-12");
    }
  });

  it("reads a month at both ends of the year", () => {
    expect(parsePeriod("2017-01")).toEqual({ success: true, data: p(2017, 1, 1) });
    expect(parsePeriod("2017-12")).toEqual({ success: true, data: p(2017, 12, 12) });
  });

  it("quotes the text in its message and says what is accepted", () => {
    const result = parsePeriod(" 2017-H3 ");
    expect(result).toEqual({
      success: false,
      error: {
        code: "invalid-period",
        messageId: "invalid-period",
        data: { input: '"2017-H3"', problem: "unknown-notation" },
        message:
          '"2017-H3" is not a period: unknown notation. Write a year (2017), a half year (2017-H1), a quarter (2017-Q3), a month (2017-10) or a range of months (2018-01..2018-10).',
      },
    });
    expect(() => parsePeriodOrThrow("2017-13")).toThrow(
      expect.objectContaining({
        code: "invalid-period",
        message: expect.stringContaining('"2017-13" is not a period: the month must be 01-12'),
      }),
    );
    expect(parsePeriodOrThrow("2017-Q2")).toEqual(p(2017, 4, 6));
  });

  it("tells a quarter from a three-month range that does not start a quarter", () => {
    expect(periodKind(p(2017, 1, 3))).toBe("quarter");
    expect(periodKind(p(2017, 7, 9))).toBe("quarter");
    expect(periodKind(p(2017, 3, 5))).toBe("month-range");
    expect(periodKind(p(2017, 1, 4))).toBe("month-range");
    expect(periodKind(p(2017, 7, 11))).toBe("month-range");
    expect(periodKind(p(2017, 2, 12))).toBe("month-range");
    expect(periodKind(p(2017, 1, 1))).toBe("month");
    expect(periodKind(p(2017, 12, 12))).toBe("month");
    expect(periodKind(p(2017, 1, 7))).toBe("month-range");
    expect(periodKind(p(2017, 6, 12))).toBe("month-range");
  });

  it("calls only January to a month before December year to date", () => {
    expect(isYearToDate(p(2018, 1, 11))).toBe(true);
    expect(isYearToDate(p(2018, 1, 1))).toBe(true);
    expect(isYearToDate(p(2018, 2, 10))).toBe(false);
  });

  it("counts the months of a period", () => {
    expect(periodLength(fullYear(2017))).toBe(12);
    expect(periodLength(p(2018, 1, 10))).toBe(10);
    expect(periodLength(p(2018, 4, 6))).toBe(3);
    expect(periodLength(p(2018, 5, 5))).toBe(1);
  });

  it("compares year first, then start month, then end month", () => {
    expect(comparePeriods(fullYear(2016), firstHalf(2017))).toBeLessThan(0);
    expect(comparePeriods(firstHalf(2017), fullYear(2016))).toBeGreaterThan(0);
    expect(comparePeriods(secondHalf(2017), fullYear(2017))).toBeGreaterThan(0);
    expect(comparePeriods(p(2017, 1, 10), fullYear(2017))).toBeLessThan(0);
    expect(comparePeriods(fullYear(2017), p(2017, 1, 10))).toBeGreaterThan(0);
    expect(comparePeriods(fullYear(2017), fullYear(2017))).toBe(0);
    expect(isSamePeriod(fullYear(2017), p(2017, 1, 12))).toBe(true);
    expect(isSamePeriod(fullYear(2017), fullYear(2018))).toBe(false);
    expect(isSamePeriod(firstHalf(2017), p(2017, 2, 6))).toBe(false);
    expect(isSamePeriod(firstHalf(2017), p(2017, 1, 5))).toBe(false);
  });

  it("compares like with like only when both ends match", () => {
    expect(arePeriodsComparable(p(2017, 1, 6), p(2018, 2, 6))).toBe(false);
    expect(arePeriodsComparable(p(2017, 1, 6), p(2018, 1, 7))).toBe(false);
  });

  it("contains a period with the same ends, not one that sticks out at either end", () => {
    expect(periodContains(firstHalf(2017), firstHalf(2017))).toBe(true);
    expect(periodContains(p(2017, 4, 6), p(2017, 3, 6))).toBe(false);
    expect(periodContains(p(2017, 4, 6), p(2017, 4, 7))).toBe(false);
    expect(periodContains(p(2017, 4, 6), p(2017, 5, 5))).toBe(true);
  });

  it("shifts forward and backward, keeping the months", () => {
    expect(shiftPeriod(p(2018, 1, 10), 2)).toEqual(p(2020, 1, 10));
    expect(shiftPeriod(p(2018, 1, 10), 0)).toEqual(p(2018, 1, 10));
  });
});

describe("formatting every kind", () => {
  it.each([
    [p(2017, 1, 3), "2017-Q1"],
    [p(2017, 10, 12), "2017-Q4"],
    [p(2017, 7, 12), "2017-H2"],
    [p(2017, 1, 6), "2017-H1"],
    [p(2017, 3, 3), "2017-03"],
    [p(2017, 12, 12), "2017-12"],
    [p(2017, 2, 11), "2017-02..2017-11"],
  ])("%j has the code %j", (period, code) => {
    expect(formatPeriodCode(period)).toBe(code);
  });

  it("labels a single month and a range in both styles and languages", () => {
    expect(formatPeriodLabel(p(2018, 3, 3), { style: "long" })).toBe("maart 2018");
    expect(formatPeriodLabel(p(2018, 3, 3), { style: "long", lang: "en" })).toBe("March 2018");
    expect(formatPeriodLabel(p(2018, 7, 12), { style: "long" })).toBe("juli t/m december 2018");
    expect(formatPeriodLabel(p(2018, 7, 12), { style: "short", lang: "en" })).toBe("Jul-Dec 2018");
    expect(formatPeriodLabel(fullYear(2018), { style: "long" })).toBe("2018");
  });
});

describe("inYear", () => {
  it("is the same months in another year, as a spread would give, also of a frozen period", () => {
    const frozen = parsePeriodOrThrow("2018-01..2018-10");
    expect(Object.isFrozen(frozen)).toBe(true);
    const moved = inYear(frozen, 2015);
    expect(moved).toStrictEqual({ ...frozen, year: 2015 });
    expect(Object.keys(moved)).toEqual(Object.keys({ ...frozen, year: 2015 }));
    expect(Object.isFrozen(moved)).toBe(false);
    expect(frozen.year).toBe(2018);
  });
});
