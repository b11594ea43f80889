import { describe, expect, it } from "vitest";
import { add, rational, rationalFromNumber, toNumber } from "./rational.ts";

describe("toNumber", () => {
  it("is plain division for ordinary values", () => {
    expect(toNumber(rational(1n, 4n))).toBe(0.25);
    expect(toNumber(rationalFromNumber(-7.3))).toBe(-7.3);
  });

  describe("edge cases", () => {
    it("handles numerators and denominators beyond the range of a double", () => {
      expect(toNumber(add(rationalFromNumber(-5e-324), rationalFromNumber(1)))).toBe(1);
      expect(toNumber(rationalFromNumber(5e-324))).toBe(5e-324);
      expect(toNumber(rational(10n ** 400n, 3n * 10n ** 399n))).toBeCloseTo(10 / 3, 15);
    });
  });
});
