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

  describe("every component", () => {
    it("a fall gives a negative difference and z, and the interval around it", () => {
      const z = 1.9599639845400543;
      const fall = compareSurveyEstimates({
        earlier: { value: 7.6, lower: 7.4, upper: 7.8 },
        later: { value: 7.3, lower: 7.0, upper: 7.6 },
      });
      const se1 = 0.4 / (2 * z);
      const se2 = 0.6 / (2 * z);
      expect(fall.difference).toBe(-0.3);
      expect(fall.standardErrors[0]).toBeCloseTo(se1, 14);
      expect(fall.standardErrors[1]).toBeCloseTo(se2, 14);
      expect(fall.standardError).toBeCloseTo(Math.hypot(se1, se2), 14);
      expect(fall.z).toBeCloseTo(-0.3 / Math.hypot(se1, se2), 12);
      // R: z <- qnorm(0.975); s <- -0.3 / sqrt((0.4/(2*z))^2 + (0.6/(2*z))^2)
      // gives s = -1.63078861022812 and 2 * pnorm(s) = 0.102934931569935.
      expect(fall.z).toBeCloseTo(-1.63078861022812, 12);
      expect(fall.pValue).toBeCloseTo(0.102934931569935, 12);
      expect(fall.confidenceInterval.lower).toBeCloseTo(-0.3 - z * fall.standardError, 12);
      expect(fall.confidenceInterval.upper).toBeCloseTo(-0.3 + z * fall.standardError, 12);
      expect(fall.confidenceInterval.confidence).toBe(0.95);
    });

    it("equal figures: z 0 and p-value exactly 1", () => {
      const same = compareSurveyEstimates({
        earlier: { value: 12, lower: 10, upper: 14 },
        later: { value: 12, lower: 11, upper: 13 },
      });
      expect(same.difference).toBe(0);
      expect(same.z).toBe(0);
      expect(same.pValue).toBe(1);
    });

    it("reads the intervals at the confidence level given", () => {
      const z90 = 1.6448536269514722;
      const result = compareSurveyEstimates({
        earlier: { value: 7.3, lower: 7.1, upper: 7.5 },
        later: { value: 7.6, lower: 7.4, upper: 7.8 },
        confidence: 0.9,
      });
      expect(result.standardErrors[0]).toBeCloseTo(0.4 / (2 * z90), 14);
      expect(result.confidenceInterval.confidence).toBe(0.9);
      expect(result.confidenceInterval.upper).toBeCloseTo(0.3 + z90 * result.standardError, 12);
    });

    it("one interval of zero width is enough", () => {
      const result = compareSurveyEstimates({
        earlier: { value: 20, lower: 20, upper: 20 },
        later: { value: 22, lower: 21, upper: 23 },
      });
      expect(result.standardErrors[0]).toBe(0);
      expect(result.standardError).toBeCloseTo(2 / (2 * 1.9599639845400543), 14);
    });

    it.each([
      ["earlier", { value: 7.3, lower: 7.1, upper: 7.2 }],
      ["earlier", { value: Number.NaN, lower: 7.1, upper: 7.5 }],
      ["later", { value: 7.3, lower: 7.1, upper: Number.POSITIVE_INFINITY }],
    ] as const)("names the %s figure that is not inside its own interval", (name, bad) => {
      const good = { value: 7.3, lower: 7.1, upper: 7.5 };
      const run = () =>
        compareSurveyEstimates(
          name === "earlier" ? { earlier: bad, later: good } : { earlier: good, later: bad },
        );
      expect(run).toThrow(
        new IvpError(
          "invalid-number",
          `the ${name} figure needs lower <= value <= upper, got ${bad.lower} <= ${bad.value} <= ${bad.upper}`,
        ),
      );
    });

    it("says why two zero-width intervals cannot be compared", () => {
      expect(() =>
        compareSurveyEstimates({
          earlier: { value: 5, lower: 5, upper: 5 },
          later: { value: 6, lower: 6, upper: 6 },
        }),
      ).toThrow(
        new IvpError(
          "invalid-number",
          "both survey intervals have zero width; a comparison needs at least one margin",
        ),
      );
    });
  });
});

describe("compareSurveyEstimates: the error code", () => {
  function codeOf(run: () => void): string | undefined {
    try {
      run();
    } catch (error) {
      return error instanceof IvpError ? error.code : "not an IvpError";
    }
    return undefined;
  }

  it("is invalid-number for a figure outside its interval and for two zero-width intervals", () => {
    const good = { value: 7.3, lower: 7.1, upper: 7.5 };
    const bad = { value: 7.3, lower: 7.4, upper: 7.5 };
    const point = { value: 7, lower: 7, upper: 7 };
    expect(codeOf(() => compareSurveyEstimates({ earlier: bad, later: good }))).toBe(
      "invalid-number",
    );
    expect(codeOf(() => compareSurveyEstimates({ earlier: point, later: point }))).toBe(
      "invalid-number",
    );
  });
});
