import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { assertCount, assertExposure, halfAlpha, MAX_COUNT } from "./confidence-interval.ts";

describe("halfAlpha", () => {
  it("is (1 - confidence) / 2", () => {
    expect(halfAlpha(0.95)).toBeCloseTo(0.025, 15);
    expect(halfAlpha(0.9)).toBeCloseTo(0.05, 15);
    expect(halfAlpha(0.5)).toBe(0.25);
  });

  it.each([0, 1, -0.5, 1.5, 95, Number.NaN])(
    "refuses the confidence level %d, naming it",
    (level) => {
      expect(() => halfAlpha(level)).toThrow(
        new IvpError(
          "invalid-number",
          `the confidence level must lie between 0 and 1 (e.g. 0.95), got ${level}`,
        ),
      );
    },
  );

  it("accepts levels just inside (0, 1)", () => {
    expect(halfAlpha(1e-9)).toBeCloseTo(0.5, 8);
    expect(halfAlpha(1 - 1e-9)).toBeCloseTo(5e-10, 15);
  });
});

describe("assertCount", () => {
  it("accepts whole numbers from 0 to 10^8", () => {
    expect(MAX_COUNT).toBe(100_000_000);
    for (const value of [0, 1, 46, MAX_COUNT]) {
      expect(() => assertCount(value, "the count")).not.toThrow();
    }
  });

  it.each([-1, 0.5, MAX_COUNT + 1, Number.NaN, Number.POSITIVE_INFINITY])(
    "refuses %d with a message naming the field and the value",
    (value) => {
      expect(() => assertCount(value, "the first count")).toThrow(
        new IvpError(
          "invalid-number",
          `the first count must be a count (a whole number from 0 to 10^8), got ${value}`,
        ),
      );
    },
  );
});

describe("assertExposure", () => {
  it("accepts any positive finite number", () => {
    for (const value of [1e-12, 0.5, 1, 3011]) {
      expect(() => assertExposure(value, "the exposure")).not.toThrow();
    }
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    "refuses %d with a message naming the field and the value",
    (value) => {
      expect(() => assertExposure(value, "the second exposure")).toThrow(
        new IvpError(
          "invalid-number",
          `the second exposure must be a positive number, got ${value}`,
        ),
      );
    },
  );
});

describe("the error code", () => {
  function codeOf(run: () => void): string | undefined {
    try {
      run();
    } catch (error) {
      return error instanceof IvpError ? error.code : "not an IvpError";
    }
    return undefined;
  }

  it("is invalid-number for a bad level, count or exposure", () => {
    expect(codeOf(() => halfAlpha(2))).toBe("invalid-number");
    expect(codeOf(() => assertCount(-1, "the count"))).toBe("invalid-number");
    expect(codeOf(() => assertExposure(0, "the exposure"))).toBe("invalid-number");
  });
});
