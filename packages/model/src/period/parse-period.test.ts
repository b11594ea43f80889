import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPeriodCode } from "./format-period.ts";
import { parsePeriod } from "./parse-period.ts";
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

    it("ignores the case and surrounding spaces of a code", () => {
      expect(parsePeriod(" 2017mm10 ")).toEqual(parsePeriod("2017-10"));
    });
  });
});
