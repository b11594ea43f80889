import { makePlan } from "@ivp/testkit/plans";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodCodeSchema } from "../schema/common.ts";
import { checkFigure, describeFigureProblem, readFigureText, seriesUnit } from "./figure-rules.ts";

describe("checkFigure", () => {
  it.each([
    [-1, "count", "count-negative"],
    [2.5, "count", "count-not-whole"],
    [0, "count", undefined],
    [0.5, "grade", "grade-range"],
    [10.5, "grade", "grade-range"],
    [7.3, "grade", undefined],
    [100.1, "percentage", "percentage-range"],
    [-0.1, "rate-per-1000", "rate-negative"],
    [12.5, "rate-per-1000", undefined],
  ] as const)("%d as a %s: %s", (value, unit, problem) => {
    expect(checkFigure(value, unit)).toBe(problem);
  });
});

describe("readFigureText", () => {
  it.each([
    ["1.004", "count", 1004],
    ["1.234.567", "count", 1234567],
    [" 12 ", "count", 12],
    [".", "count", null],
    ["", "count", null],
    ["7,3", "grade", 7.3],
    ["7.3", "grade", 7.3],
    ["1.004", "rate-per-1000", 1.004],
    ["1.004", undefined, 1.004],
  ] as const)("reads %j as a %s: %j", (text, unit, value) => {
    expect(readFigureText(text, unit)).toEqual({ success: true, value });
  });

  it.each([
    ["1.5", "count", '"1.5" is not a count'],
    ["1.0040", "count", '"1.0040" is not a count'],
    ["12,5", "count", '"12,5" is not a count'],
    ["-3", "count", '"-3" is not possible: a count is never negative'],
    ["veertig", "count", '"veertig" is not a number'],
    ["73", "grade", '"73" is not possible: a grade lies between 1 and 10'],
  ] as const)("refuses %j as a %s", (text, unit, message) => {
    const result = readFigureText(text, unit);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.message).toContain(message);
  });

  it.each([
    ["1.5", "count", { problem: "not-a-count", unit: "count" }],
    ["veertig", "count", { problem: "not-a-number", unit: "count" }],
    ["veertig", undefined, { problem: "not-a-number" }],
    ["-3", "count", { problem: "count-negative", unit: "count" }],
    ["73", "grade", { problem: "grade-range", unit: "grade" }],
  ] as const)("says why %j is no %s figure as data too", (text, unit, data) => {
    const result = readFigureText(text, unit);
    expect(result.success ? undefined : { problem: result.problem, unit: result.unit }).toEqual({
      unit: undefined,
      ...data,
    });
  });

  it("a count it reads is always a whole number, 0 or more; never a fraction", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?[\d.,]{1,12}$/), (text) => {
        const result = readFigureText(text, "count");
        if (result.success && result.value !== null) {
          expect(checkFigure(result.value, "count")).toBeUndefined();
          expect(result.value).toBe(Number(text.replaceAll(".", "")));
        }
      }),
    );
  });
});

describe("readFigureText: what it expected, in English", () => {
  it.each([
    [
      "veertig",
      "count",
      "a whole number such as 79 or 1.004 (a dot separates thousands); empty or . for a missing value",
    ],
    ["veertig", "grade", "a number such as 79 or 7.3; empty or . for a missing value"],
    ["1.5", "count", "a whole number such as 79 or 1004"],
    ["-3", "count", "a whole number, 0 or more"],
    ["11", "grade", "a grade from 1 to 10"],
  ] as const)("%j as a %s: %s", (text, unit, expected) => {
    const result = readFigureText(text, unit);
    expect(result.success ? undefined : result.expected).toBe(expected);
  });

  it("a rate of 0 is possible, a negative one is not, in either language", () => {
    expect(checkFigure(0, "rate-per-1000")).toBeUndefined();
    expect(checkFigure(-0.1, "rate-per-10000")).toBe("rate-negative");
    expect(describeFigureProblem("rate-negative", "nl")).toBe(
      "een aantal per 1000 (10.000, 100.000) inwoners is nooit negatief",
    );
    expect(describeFigureProblem("rate-negative", "en")).toBe(
      "a rate per 1,000 (10,000, 100,000) inhabitants is never negative",
    );
  });
});

describe("seriesUnit", () => {
  it("is the series' own unit, else that of the indicator that measures it", () => {
    const plan = makePlan({
      series: [
        { id: "inbraak", label: "Inbraak", unit: "rate-per-1000" },
        { id: "geweld", label: "Geweld" },
        { id: "los", label: "Los" },
      ],
      indicators: [
        {
          id: "geweld-ind",
          label: "Geweld",
          series: "geweld",
          unit: "count",
          direction: "lower-is-better",
        },
        { id: "cijfer", label: "Rapportcijfer", unit: "grade", direction: "higher-is-better" },
      ],
    });
    expect(seriesUnit(plan, "inbraak")).toBe("rate-per-1000");
    expect(seriesUnit(plan, "geweld")).toBe("count");
    expect(seriesUnit(plan, "cijfer")).toBe("grade");
    expect(seriesUnit(plan, "nergens")).toBeUndefined();
  });
});

describe("periodCodeSchema", () => {
  it("refuses a text that is no period with the problem as data in the issue's params", () => {
    const result = periodCodeSchema.safeParse("2017-H3");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      code: "custom",
      message: expect.stringMatching(/^"2017-H3" is not a period: unknown notation\. Write/),
      params: {
        messageId: "invalid-period",
        data: { input: '"2017-H3"', problem: "unknown-notation" },
      },
    });
    expect(periodCodeSchema.safeParse("2017-h1")).toEqual({ success: true, data: "2017-H1" });
  });
});
