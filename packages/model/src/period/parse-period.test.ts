import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { formatPeriodCode } from "./format-period.ts";
import { parsePeriod, parsePeriodOrThrow } from "./parse-period.ts";
import type { Period } from "./period.ts";

const period = fc
  .tuple(
    fc.integer({ min: 1900, max: 2199 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 12 }),
  )
  .map(([year, a, b]): Period => ({ year, startMonth: Math.min(a, b), endMonth: Math.max(a, b) }));

describe("parsePeriod: CBS period codes", () => {
  it("reads back every period from its canonical code", () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriod(formatPeriodCode(p))).toEqual({ success: true, data: p });
      }),
    );
  });

  it("reads YYYYJJ00, YYYYKWnn and YYYYMMnn as the year, quarter and month", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        (year, month) => {
          const quarter = Math.ceil(month / 3);
          const mm = String(month).padStart(2, "0");
          expect(parsePeriod(`${year}JJ00`)).toEqual({
            success: true,
            data: { year, startMonth: 1, endMonth: 12 },
          });
          expect(parsePeriod(`${year}MM${mm}`)).toEqual({
            success: true,
            data: { year, startMonth: month, endMonth: month },
          });
          expect(parsePeriod(`${year}KW0${quarter}`)).toEqual({
            success: true,
            data: { year, startMonth: 3 * quarter - 2, endMonth: 3 * quarter },
          });
          expect(parsePeriod(`${year}MM${mm}`)).toEqual(parsePeriod(`${year}-${mm}`));
        },
      ),
    );
  });

  it("never throws, and refuses with a message, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parsePeriod(text);
        if (!result.success) expect(result.error.code).toBe("invalid-period");
      }),
    );
  });

  describe("edge cases", () => {
    it.each(["2017MM00", "2017MM13", "2017KW05", "2017JJ01", "2017XX01"])(
      "%s is not a period",
      (code) => {
        expect(parsePeriod(code).success).toBe(false);
      },
    );

    it.each([
      ["1899", "year-out-of-range", "year out of range"],
      ["2017-13", "month-out-of-range", "the month must be 01-12"],
      ["2017-01..2018-02", "range-across-years", "a range of months must lie within one year"],
      ["2017-00..2017-13", "months-out-of-range", "the months must be 01-12"],
      ["2017-05..2017-02", "range-ends-before-start", "the range ends before it starts"],
      ["2017-H3", "unknown-notation", "unknown notation"],
    ] as const)("%s: the problem %s, as data and in the message", (text, problem, words) => {
      expect(parsePeriod(text)).toEqual({
        success: false,
        error: {
          code: "invalid-period",
          messageId: "invalid-period",
          data: { input: JSON.stringify(text), problem },
          message: `${JSON.stringify(text)} is not a period: ${words}. Write a year (2017), a half year (2017-H1), a quarter (2017-Q3), a month (2017-10) or a range of months (2018-01..2018-10).`,
        },
      });
    });

    it("names an unknown CBS code, as data and in the message", () => {
      const result = parsePeriod("2017KW05");
      expect(result.success ? undefined : result.error.data).toEqual({
        input: '"2017KW05"',
        problem: "unknown-cbs-code",
        cbsCode: "KW05",
      });
      expect(result.success ? "" : result.error.message).toMatch(
        /^"2017KW05" is not a period: unknown CBS period code KW05\. Write a year/,
      );
    });

    it("throws the problem as data too (parsePeriodOrThrow)", () => {
      try {
        parsePeriodOrThrow("2017-H3");
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(IvpError);
        expect(error).toMatchObject({
          code: "invalid-period",
          messageId: "invalid-period",
          data: { input: '"2017-H3"', problem: "unknown-notation" },
        });
      }
    });

    it("ignores the case and surrounding spaces of a code", () => {
      expect(parsePeriod(" 2017mm10 ")).toEqual(parsePeriod("2017-10"));
    });
  });
});

describe("parsePeriodOrThrow: the periods it read before", () => {
  it("answers as parsePeriod does, for thousands of texts and again (beyond its memo's size)", () => {
    const texts: string[] = [];
    for (let year = 1900; year <= 2199; year++) {
      texts.push(
        String(year),
        `${year}-H2`,
        `${year}-Q3`,
        `${year}MM07`,
        ` ${year}-01..${year}-10`,
      );
      for (let month = 1; month <= 12; month++)
        texts.push(`${year}-${String(month).padStart(2, "0")}`);
    }
    expect(texts.length).toBeGreaterThan(4 * 1024);
    for (const round of [1, 2]) {
      for (const text of texts) {
        const parsed = parsePeriod(text);
        expect(parsed.success, `${text} (round ${round})`).toBe(true);
        expect(parsePeriodOrThrow(text)).toEqual(parsed.success && parsed.data);
      }
    }
  });

  it("shares a period read before, frozen, and still refuses what is no period", () => {
    const first = parsePeriodOrThrow("2018-H1");
    expect(parsePeriodOrThrow("2018-H1")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(parsePeriodOrThrow(2018)).toEqual({ year: 2018, startMonth: 1, endMonth: 12 });
    for (let i = 0; i < 2; i++) expect(() => parsePeriodOrThrow("2018-H3")).toThrow(IvpError);
  });
});
