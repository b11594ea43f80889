import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatFraction,
  formatIndicatorValue,
  formatPeriod,
  formatSignedPercent,
  formatTarget,
} from "./format-value.ts";

describe("formatIndicatorValue", () => {
  it.each([
    [79, "count", "nl", "79"],
    [59.25, "count", "nl", "59,3"],
    [7.5, "grade", "nl", "7,5"],
    [7, "grade", "en", "7.0"],
    [7.35, "grade", "nl", "7,35"],
    [1.7, "percentage", "nl", "1,7%"],
    [100, "percentage", "nl", "100%"],
    [12.25, "percentage", "en", "12.3%"],
    [3.456, "rate-per-1000", "nl", "3,46"],
    [-0.04, "count", "nl", "0,0"],
  ] as const)("%d (%s, %s) is %j", (value, unit, lang, text) => {
    expect(formatIndicatorValue(value, unit, lang)).toBe(text);
  });
});

describe("formatTarget", () => {
  it.each([
    [{ kind: "relative", value: 60, change: -25 }, "count", "nl", "60 (-25%)"],
    [{ kind: "relative", value: null, change: -25 }, "count", "nl", "-25% t.o.v. basis"],
    [{ kind: "relative", value: null, change: 10 }, "count", "en", "+10% from baseline"],
    [{ kind: "maximum", value: 1.2, change: null }, "percentage", "nl", "max. 1,2%"],
    [{ kind: "minimum", value: 7, change: null }, "grade", "nl", "min. 7,0"],
    [{ kind: "keep-level", value: 7.9, change: null }, "grade", "nl", "handhaven 7,9"],
    [{ kind: "keep-level", value: 7.9, change: null }, "grade", "en", "keep 7.9"],
    [{ kind: "absolute", value: 7.6, change: null }, "grade", "nl", "7,6"],
    [{ kind: "absolute", value: null, change: null }, "grade", "nl", "–"],
  ] as const)("%j as %s in %s is %j", (t, unit, lang, text) => {
    expect(formatTarget(t, unit, lang)).toBe(text);
  });

  it("shows a relative target's value only with change: false, as ivp status does", () => {
    expect(
      formatTarget({ kind: "relative", value: 60, change: -25 }, "count", "nl", { change: false }),
    ).toBe("60");
  });
});

describe("other notation", () => {
  it("writes signed percents, fractions, periods and dates", () => {
    expect(formatSignedPercent(-25, "nl")).toBe("-25%");
    expect(formatSignedPercent(2.5, "nl")).toBe("+2,5%");
    expect(formatSignedPercent(0, "en")).toBe("0%");
    expect(formatFraction(0.455, "nl")).toBe("46%");
    expect(formatFraction(-0.2, "en")).toBe("-20%");
    expect(formatPeriod("2018-01..2018-10", "nl")).toBe("jan-okt 2018");
    expect(formatPeriod("2018-H1", "en", "long")).toBe("January to June 2018");
    expect(formatDate("2019-01-30", "nl")).toBe("30 januari 2019");
    expect(formatDate("2019-01-30", "en")).toBe("30 January 2019");
    expect(formatDate("30-01-2019", "nl")).toBe("30-01-2019");
  });
});
