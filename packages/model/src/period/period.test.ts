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
  isYearToDate,
  type Period,
  periodContains,
  periodKind,
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
