import { describe, expect, it } from "vitest";
import { formatNumber } from "./format-number.ts";

describe("formatNumber", () => {
  it.each([
    [7.3, { decimals: 1 }, "7,3"],
    [79, {}, "79"],
    [2.45, { decimals: 1 }, "2,5"],
    [-2.45, { decimals: 1 }, "-2,5"],
    [0, { decimals: 1 }, "0,0"],
    [1.005, { decimals: 2 }, "1,01"],
    [12345.6, { decimals: 1, groupSeparator: "." }, "12.345,6"],
    [1234567, { groupSeparator: " ", decimalSeparator: "." }, "1 234 567"],
    [-0.04, { decimals: 1 }, "0,0"],
  ] as const)("%d with %j is %j", (value, options, expected) => {
    expect(formatNumber(value, options)).toBe(expected);
  });
});
