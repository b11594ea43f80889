import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkFigure, readFigureText } from "./figure-rules.ts";

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
