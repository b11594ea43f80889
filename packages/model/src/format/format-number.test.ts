import { describe, expect, it } from "vitest";
import { formatNumber, roundedDigits } from "./format-number.ts";

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

// The fast path answers every number whose text is plain digits, and those
// below 1e9 scaled arithmetically (the exact path would give the same digits,
// so only these tests see which one ran).
describe("roundedDigits", () => {
  it.each([
    [12, 0, "12"],
    [12.345, 2, "1235"],
    [-12.345, 2, "1235"],
    [2.5, 0, "3"],
    [-2.5, 0, "3"],
    [99.96, 1, "1000"],
    [0.04, 1, "00"],
    [0, 2, "000"],
    [7.3, 3, "7300"],
    [5e-7, 2, "000"],
    [6e-7, 6, "0000001"],
    [0.0995, 3, "0100"],
    [999.5, 0, "1000"],
    [123456789.5, 1, "1234567895"],
    [1234567890.25, 1, "12345678903"],
  ] as const)("%d to %d places is %j", (value, decimals, expected) => {
    expect(roundedDigits(value, decimals)).toBe(expected);
  });

  it.each([
    [1e21, 0],
    [5e-7, 20],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
    [1.5, -1],
    [1.5, 0.5],
  ] as const)("leaves %d to %d places to the exact path", (value, decimals) => {
    expect(roundedDigits(value, decimals)).toBeUndefined();
  });
});
