import { describe, expect, it } from "vitest";
import { exactPercentChange, percentChange, roundPercentChange } from "./percent-change.ts";

describe("percentChange", () => {
  it("is (to - from) / from x 100, unrounded", () => {
    expect(percentChange(77, 79)).toBeCloseTo(2.5974025974, 9);
    expect(percentChange(8, 5)).toBe(-37.5);
    expect(percentChange(4, 5)).toBe(25);
    expect(percentChange(5, 4)).toBe(-20);
    expect(percentChange(20, 60)).toBe(200);
    expect(percentChange(3, 3)).toBe(0);
    expect(percentChange(1, 0)).toBe(-100);
  });

  it("takes the change relative to the magnitude of a negative base", () => {
    expect(percentChange(-10, -5)).toBe(50);
    expect(percentChange(-10, -20)).toBe(-100);
    expect(percentChange(-4, 2)).toBe(150);
  });

  it("is null for a zero base, whatever the new value", () => {
    expect(percentChange(0, 3)).toBeNull();
    expect(percentChange(0, 0)).toBeNull();
    expect(percentChange(-0, -2)).toBeNull();
  });

  it.each([
    [Number.NaN, 1],
    [1, Number.NaN],
    [Number.POSITIVE_INFINITY, 1],
    [1, Number.NEGATIVE_INFINITY],
  ])("rejects %d -> %d with a message naming both values", (from, to) => {
    expect(() => percentChange(from, to)).toThrow(
      expect.objectContaining({
        name: "IvpError",
        code: "invalid-number",
        message: `percentChange needs finite numbers, got ${from} and ${to}`,
      }),
    );
  });
});

describe("roundPercentChange", () => {
  it("rounds to whole percents half away from zero by default", () => {
    expect(roundPercentChange(8, 5)).toBe(-38);
    expect(roundPercentChange(8, 11)).toBe(38);
    expect(roundPercentChange(54, 26)).toBe(-52);
    expect(roundPercentChange(200, 201)).toBe(1);
    expect(roundPercentChange(1000, 1004)).toBe(0);
  });

  it("rounds to the requested number of decimals", () => {
    expect(roundPercentChange(3, 4, { decimals: 1 })).toBe(33.3);
    expect(roundPercentChange(3, 4, { decimals: 2 })).toBe(33.33);
    expect(roundPercentChange(3, 2, { decimals: 1 })).toBe(-33.3);
    // 0.05 exactly: half away from zero at the first decimal.
    expect(roundPercentChange(2000, 2001, { decimals: 1 })).toBe(0.1);
    expect(roundPercentChange(2000, 1999, { decimals: 1 })).toBe(-0.1);
  });

  it("is exact where floating point is not", () => {
    // (0.285 - 0.2) / 0.2 x 100 is 42.5 exactly, 42.49999999999999 in doubles.
    expect(roundPercentChange(0.2, 0.285)).toBe(43);
  });

  it("is null for a zero base", () => {
    expect(roundPercentChange(0, 5)).toBeNull();
    expect(roundPercentChange(0, 5, { decimals: 2 })).toBeNull();
  });
});

describe("exactPercentChange", () => {
  it("is the change as a fraction in lowest terms", () => {
    expect(exactPercentChange(8, 5)).toEqual({ num: -75n, den: 2n });
    expect(exactPercentChange(3, 4)).toEqual({ num: 100n, den: 3n });
    expect(exactPercentChange(-10, -5)).toEqual({ num: 50n, den: 1n });
    expect(exactPercentChange(0.2, 0.285)).toEqual({ num: 85n, den: 2n });
  });

  it("is null for a zero base", () => {
    expect(exactPercentChange(0, 1)).toBeNull();
  });
});
