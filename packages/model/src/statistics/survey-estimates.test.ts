import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { compareSurveyEstimates } from "./survey-estimates.ts";

describe("compareSurveyEstimates", () => {
  it("takes each standard error from half the interval's width over z", () => {
    const z = 1.9599639845400543;
    const result = compareSurveyEstimates({
      earlier: { value: 7.3, lower: 7.1, upper: 7.5 },
      later: { value: 7.6, lower: 7.4, upper: 7.8 },
    });
    // By hand: se = 0.4 / (2 z) = 0.10204 each; combined sqrt(2) x 0.10204 = 0.14431;
    // z = 0.3 / 0.14431 = 2.07886; p = 2 (1 - Phi(2.07886)) = 0.037631 (mpmath, 30 digits).
    expect(result.difference).toBe(0.3);
    expect(result.standardErrors[0]).toBeCloseTo(0.4 / (2 * z), 14);
    expect(result.standardError).toBeCloseTo(Math.SQRT2 * (0.4 / (2 * z)), 14);
    expect(result.z).toBeCloseTo(2.078855736524517, 12);
    expect(result.pValue).toBeCloseTo(0.037630612154324, 12);
    expect(result.confidenceInterval.lower).toBeCloseTo(0.3 - z * result.standardError, 12);
  });

  it("overlapping intervals of nearly equal figures: not significant", () => {
    const result = compareSurveyEstimates({
      earlier: { value: 1.7, lower: 0.9, upper: 2.5 },
      later: { value: 2.1, lower: 1.2, upper: 3.0 },
    });
    expect(result.pValue).toBeGreaterThan(0.05);
  });

  describe("edge cases", () => {
    it.each([
      [{ value: 7.3, lower: 7.4, upper: 7.5 }, "lower <= value <= upper"],
      [{ value: 7.3, lower: 7.3, upper: 7.3 }, "zero width"],
    ])("rejects %o next to a zero-width interval", (earlier, message) => {
      const run = () =>
        compareSurveyEstimates({ earlier, later: { value: 7.5, lower: 7.5, upper: 7.5 } });
      expect(run).toThrow(IvpError);
      expect(run).toThrow(message);
    });
  });
});
