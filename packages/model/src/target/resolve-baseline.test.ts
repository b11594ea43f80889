import { AVERAGE_2015_2017 } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { formatPeriodCode } from "../period/format-period.ts";
import type { Period } from "../period/period.ts";
import { baselineSchema } from "../schema/target-schema.ts";
import { averagePeriods } from "./average-periods.ts";
import { isAverageBaseline, resolveBaseline } from "./resolve-baseline.ts";

/** The figures of a series by period code. */
function figures(values: Record<string, number>) {
  return (period: Period) => values[formatPeriodCode(period)] ?? null;
}

describe("averagePeriods", () => {
  it("a range of years: every year from `from` to `to`, both included", () => {
    const result = averagePeriods({ from: 2015, to: 2017 });
    expect(result.success && result.data.map(formatPeriodCode)).toEqual(["2015", "2016", "2017"]);
  });

  it("a range of first halves: the first half of every year (like with like), not the halves between", () => {
    const result = averagePeriods({ from: "2015-H1", to: "2017-H1" });
    expect(result.success && result.data.map(formatPeriodCode)).toEqual([
      "2015-H1",
      "2016-H1",
      "2017-H1",
    ]);
  });

  it("the same months of two years: January-October 2016 and 2017", () => {
    const result = averagePeriods({ from: "2016-01..2016-10", to: "2017-01..2017-10" });
    expect(result.success && result.data.map(formatPeriodCode)).toEqual([
      "2016-01..2016-10",
      "2017-01..2017-10",
    ]);
  });

  describe("edge cases", () => {
    it("a range the wrong way round says to swap the ends", () => {
      const result = averagePeriods({ from: 2017, to: 2015 });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error).toEqual({
        code: "average-wrong-order",
        field: "to",
        message: "the range runs backwards: to (2015) comes before from (2017); swap them",
        data: { from: "2017", to: "2015" },
      });
    });

    it("periods of different lengths are refused with an example of a right range", () => {
      const result = averagePeriods({ from: "2015-H1", to: 2017 });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error.code).toBe("average-different-lengths");
      expect(result.error.field).toBe("to");
      expect(result.error.message).toBe(
        "an average is of the same months in each year, but from 2015-H1 and to 2017 cover different months; write e.g. from: 2015 and to: 2017 for whole years, or from: 2015-H1 and to: 2017-H1 for first halves",
      );
      expect(result.error.data).toEqual({ from: "2015-H1", to: "2017", year: 2015, later: 2017 });
    });

    it("the first half of one year and the second of the next are different months", () => {
      const result = averagePeriods({ from: "2016-H2", to: "2017-H1" });
      expect(!result.success && result.error.code).toBe("average-different-lengths");
    });

    it("one period is not an average: write value and period instead", () => {
      const result = averagePeriods({ from: 2017, to: 2017 });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error).toEqual({
        code: "average-single-period",
        field: "to",
        message:
          "an average needs at least two periods, but from and to are both 2017; for one period write value and period instead",
        data: { from: "2017", to: "2017" },
      });
    });

    it("two consecutive years are the smallest average", () => {
      const result = averagePeriods({ from: 2016, to: 2017 });
      expect(result.success && result.data.length).toBe(2);
    });

    it("a period that is not one names the end it is at", () => {
      const from = averagePeriods({ from: "2015-H3", to: 2017 });
      expect(!from.success && from.error).toMatchObject({ code: "invalid-period", field: "from" });
      const to = averagePeriods({ from: 2015, to: "2017-Q5" });
      expect(!to.success && to.error).toMatchObject({ code: "invalid-period", field: "to" });
    });
  });
});

describe("resolveBaseline", () => {
  it("one figure is its printed value and period, without average", () => {
    expect(resolveBaseline({ value: 79, period: "2017" }, () => 1)).toEqual({
      success: true,
      data: { value: 79, period: "2017", average: null },
    });
  });

  it("an average is the mean of the figures, with every component kept", () => {
    const result = resolveBaseline(
      { average: { from: "2015", to: "2017" } },
      figures({ "2014": 99, "2015": 40, "2016": 52, "2017": 44, "2018": 1 }),
    );
    expect(result).toEqual({
      success: true,
      data: {
        value: 136 / 3,
        period: "2017",
        average: AVERAGE_2015_2017,
      },
    });
  });

  it("the sum of decimal figures is exact: 1,7 + 1,5 + 1,6 is 4,8 (not 4.800000000000001)", () => {
    const result = resolveBaseline(
      { average: { from: "2015", to: "2017" } },
      figures({ "2015": 1.7, "2016": 1.5, "2017": 1.6 }),
    );
    expect(result.success && result.data.average).toMatchObject({ sum: 4.8, count: 3 });
    expect(result.success && result.data.value).toBe(1.6);
  });

  it("a mean of grades with two decimals: 7,35 and 7,4 give 7,375", () => {
    const result = resolveBaseline(
      { average: { from: "2016", to: "2017" } },
      figures({ "2016": 7.35, "2017": 7.4 }),
    );
    expect(result.success && result.data.value).toBe(7.375);
  });

  describe("edge cases", () => {
    it("a year without a figure is named, with every other missing year", () => {
      const result = resolveBaseline(
        { average: { from: "2014", to: "2017" } },
        figures({ "2015": 40, "2017": 44 }),
      );
      expect(result).toEqual({
        success: false,
        error: {
          code: "average-missing-figure",
          field: "average",
          missing: ["2014", "2016"],
          from: "2014",
          to: "2017",
          message:
            "the average from 2014 to 2017 needs a figure for every period, but there is none for 2014, 2016",
        },
      });
    });

    it("a figure of 0 is a figure, not a missing one", () => {
      const result = resolveBaseline(
        { average: { from: "2016", to: "2017" } },
        figures({ "2016": 0, "2017": 3 }),
      );
      expect(result.success && result.data.value).toBe(1.5);
    });

    it("a range the wrong way round is refused before any figure is looked up", () => {
      let looked = 0;
      const result = resolveBaseline({ average: { from: "2017", to: "2015" } }, () => {
        looked++;
        return 1;
      });
      expect(!result.success && result.error.code).toBe("average-wrong-order");
      expect(looked).toBe(0);
    });

    it("isAverageBaseline tells the two forms apart", () => {
      expect(isAverageBaseline({ average: { from: "2015", to: "2017" } })).toBe(true);
      expect(isAverageBaseline({ value: 79, period: "2017" })).toBe(false);
    });
  });
});

describe("baselineSchema", () => {
  it("reads an average of years written as YAML numbers, normalised to period codes", () => {
    expect(baselineSchema.parse({ average: { from: 2015, to: 2017 } })).toEqual({
      average: { from: "2015", to: "2017" },
    });
  });

  it("still reads one figure", () => {
    expect(baselineSchema.parse({ value: 79, period: 2017 })).toEqual({
      value: 79,
      period: "2017",
    });
  });

  describe("edge cases", () => {
    it("a range the wrong way round is an issue at `to`", () => {
      const result = baselineSchema.safeParse({ average: { from: 2017, to: 2015 } });
      expect(result.success).toBe(false);
      expect(result.error?.issues).toEqual([
        expect.objectContaining({
          path: ["average", "to"],
          message: "the range runs backwards: to (2015) comes before from (2017); swap them",
        }),
      ]);
    });

    it("periods of different lengths are an issue at `to`", () => {
      const result = baselineSchema.safeParse({ average: { from: "2015-H1", to: 2017 } });
      expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["average", "to"] })]);
    });

    it("a value next to an average is refused: the average's value is computed", () => {
      const result = baselineSchema.safeParse({ average: { from: 2015, to: 2017 }, value: 45 });
      expect(result.success).toBe(false);
    });
  });
});
