import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { binomialCdf, binomialSurvival, testBinomial } from "./binomial-test.ts";

function expectRelative(actual: number, expected: number, tolerance = 1e-9): void {
  const scale = Math.max(Math.abs(expected), 1e-300);
  expect(Math.abs(actual - expected) / scale).toBeLessThanOrEqual(tolerance);
}

describe("testBinomial", () => {
  it("R's documented example binom.test(682, 925, p = 3/4): p = 0.3825, CI 0.7076683-0.7654066", () => {
    const result = testBinomial({ successes: 682, trials: 925, probability: 0.75 });
    expect(result.pValue.toFixed(4)).toBe("0.3825");
    expect(result.confidenceInterval.lower.toFixed(7)).toBe("0.7076683");
    expect(result.confidenceInterval.upper.toFixed(7)).toBe("0.7654066");
    expect(result.estimate).toBeCloseTo(682 / 925, 15);
  });

  // binom.test(x, n, p) by R's algorithm at 60 digits (mpmath), checked with scipy.
  it.each([
    [682, 925, 0.75, 0.382491559574852, 0.707668264079039, 0.765406558241525],
    [7, 20, 0.5, 0.263175964355469, 0.153909204784541, 0.592188534532828],
    [0, 10, 0.2, 0.228248064, 0, 0.308497107818761],
    [10, 10, 0.5, 0.001953125, 0.691502892181239, 1],
    [3, 30, 0.25, 0.0590429666036563, 0.0211171370297226, 0.265288450474208],
  ])("binom.test(%i, %i, %f)", (x, n, p, pValue, lower, upper) => {
    const result = testBinomial({ successes: x, trials: n, probability: p });
    expectRelative(result.pValue, pValue);
    if (lower === 0) expect(result.confidenceInterval.lower).toBe(0);
    else expectRelative(result.confidenceInterval.lower, lower);
    expectRelative(result.confidenceInterval.upper, upper);
  });

  it("Clopper-Pearson closed forms at x = 0 and x = n", () => {
    for (const n of [1, 5, 30, 200]) {
      expectRelative(
        testBinomial({ successes: 0, trials: n }).confidenceInterval.upper,
        1 - 0.025 ** (1 / n),
        1e-10,
      );
      expectRelative(
        testBinomial({ successes: n, trials: n }).confidenceInterval.lower,
        0.025 ** (1 / n),
        1e-10,
      );
    }
  });

  describe("edge cases", () => {
    it("p = 0 and p = 1 give p-value 1 only for the only possible outcome", () => {
      expect(testBinomial({ successes: 0, trials: 4, probability: 0 }).pValue).toBe(1);
      expect(testBinomial({ successes: 1, trials: 4, probability: 0 }).pValue).toBe(0);
      expect(testBinomial({ successes: 4, trials: 4, probability: 1 }).pValue).toBe(1);
    });

    it.each([
      [{ successes: 5, trials: 4 }, "no more successes than trials"],
      [{ successes: 0, trials: 0 }, "at least 1 trial"],
      [{ successes: 1, trials: 4, probability: 1.5 }, "the probability must lie in [0, 1]"],
    ])("rejects %o", (options, message) => {
      expect(() => testBinomial(options)).toThrow(IvpError);
      expect(() => testBinomial(options)).toThrow(message);
    });
  });

  it("properties: p-value in [0, 1], interval contains the estimate, mirror symmetry at p = 1/2", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.nat(),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (n, k, p) => {
          const x = k % (n + 1);
          const result = testBinomial({ successes: x, trials: n, probability: p });
          expect(result.pValue).toBeGreaterThanOrEqual(0);
          expect(result.pValue).toBeLessThanOrEqual(1);
          expect(result.confidenceInterval.lower).toBeLessThanOrEqual(result.estimate);
          expect(result.confidenceInterval.upper).toBeGreaterThanOrEqual(result.estimate);
          const mirror = testBinomial({ successes: n - x, trials: n });
          expectRelative(mirror.pValue, testBinomial({ successes: x, trials: n }).pValue, 1e-9);
        },
      ),
    );
  });
});

describe("binomialCdf and binomialSurvival", () => {
  it("add up to 1 and match the first terms", () => {
    expect(binomialCdf(-1, 10, 0.3)).toBe(0);
    expect(binomialCdf(10, 10, 0.3)).toBe(1);
    expectRelative(binomialCdf(0, 10, 0.3), 0.7 ** 10, 1e-12);
    expectRelative(binomialSurvival(9, 10, 0.3), 0.3 ** 10, 1e-12);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, k, p) => {
          const x = k % (n + 1);
          expect(Math.abs(binomialCdf(x, n, p) + binomialSurvival(x, n, p) - 1)).toBeLessThan(
            1e-12,
          );
        },
      ),
    );
  });
});

describe("testBinomial: both tails and every branch (R's binom.test)", () => {
  // R 4.x: b <- binom.test(x, n, p); b$p.value; b$conf.int
  it.each([
    // x above the mean n p: the other tail is counted from below.
    [9, 20, 0.3, 0.148814595175447, 0.230577896775924, 0.684721866959451],
    [13, 20, 0.3, 0.00207680226719634, 0.407811465467172, 0.846090795215459],
    [20, 20, 0.3, 3.48678440099999e-11, 0.831566529016915, 1],
    // x below the mean: the other tail is counted from above.
    [1, 20, 0.3, 0.0127754213093214, 0.00126508949794981, 0.248732762772028],
    [0, 20, 0.3, 0.00105896967003559, 0, 0.168433470983085],
    // x at the mean (p-value 1), and next to it.
    [6, 20, 0.3, 1, 0.118931590405728, 0.542789182276289],
    [5, 10, 0.5, 1, 0.187086028447399, 0.812913971552601],
    [2, 3, 0.5, 1, 0.0942993240502461, 0.991596241340387],
  ])("binom.test(%i, %i, %f)", (x, n, p, pValue, lower, upper) => {
    const result = testBinomial({ successes: x, trials: n, probability: p });
    expectRelative(result.pValue, pValue, 1e-9);
    if (lower === 0) expect(result.confidenceInterval.lower).toBe(0);
    else expectRelative(result.confidenceInterval.lower, lower, 1e-9);
    if (upper === 1) expect(result.confidenceInterval.upper).toBe(1);
    else expectRelative(result.confidenceInterval.upper, upper, 1e-9);
  });

  it("reports what it tested, with p = 1/2 and 95 % by default", () => {
    const result = testBinomial({ successes: 7, trials: 20 });
    expect(result).toMatchObject({ successes: 7, trials: 20, probability: 0.5, estimate: 0.35 });
    expect(result.confidenceInterval.confidence).toBe(0.95);
    // R: binom.test(7, 20, conf.level = 0.9)$conf.int
    const ninety = testBinomial({ successes: 7, trials: 20, confidence: 0.9 });
    expect(ninety.confidenceInterval.confidence).toBe(0.9);
    expectRelative(ninety.confidenceInterval.lower, 0.177310917574449, 1e-9);
    expectRelative(ninety.confidenceInterval.upper, 0.558034511315489, 1e-9);
  });

  it("p = 0 and p = 1: every other outcome is impossible", () => {
    expect(testBinomial({ successes: 3, trials: 4, probability: 1 }).pValue).toBe(0);
    expect(testBinomial({ successes: 0, trials: 4, probability: 1 }).pValue).toBe(0);
    expect(testBinomial({ successes: 4, trials: 4, probability: 0 }).pValue).toBe(0);
  });

  it.each([
    [{ successes: -1, trials: 4 }, "the number of successes must be a count"],
    [{ successes: 1, trials: 2.5 }, "the number of trials must be a count"],
    [
      { successes: 1, trials: 4, probability: -0.1 },
      "the probability must lie in [0, 1], got -0.1",
    ],
    [{ successes: 1, trials: 4, probability: Number.NaN }, "the probability must lie in [0, 1]"],
    [{ successes: 5, trials: 4 }, "got 5 of 4"],
  ])("rejects %o, saying why", (options, message) => {
    expect(() => testBinomial(options)).toThrow(message);
  });

  it("accepts the probabilities 0 and 1 themselves", () => {
    expect(testBinomial({ successes: 0, trials: 4, probability: 0 }).probability).toBe(0);
    expect(testBinomial({ successes: 4, trials: 4, probability: 1 }).probability).toBe(1);
  });
});

describe("binomialCdf and binomialSurvival at their edges", () => {
  it("outside 0..n-1 and at p = 0 or 1 they are 0 or 1 exactly", () => {
    expect(binomialSurvival(-1, 10, 0.3)).toBe(1);
    expect(binomialSurvival(10, 10, 0.3)).toBe(0);
    expect(binomialSurvival(11, 10, 0.3)).toBe(0);
    expect(binomialCdf(11, 10, 0.3)).toBe(1);
    expect(binomialCdf(3, 10, 0)).toBe(1);
    expect(binomialCdf(3, 10, 1)).toBe(0);
    expect(binomialSurvival(3, 10, 0)).toBe(0);
    expect(binomialSurvival(3, 10, 1)).toBe(1);
  });

  it("equal the sums of their terms in between", () => {
    // 10 trials, p = 0.3: P(X <= 2) = 0.3827827864, P(X > 7) = 0.0015903864 (R: pbinom).
    expectRelative(binomialCdf(2, 10, 0.3), 0.3827827864, 1e-9);
    expectRelative(binomialSurvival(7, 10, 0.3), 0.0015903864, 1e-9);
    expectRelative(binomialSurvival(0, 10, 0.3), 1 - 0.7 ** 10, 1e-12);
    expectRelative(binomialCdf(9, 10, 0.3), 1 - 0.3 ** 10, 1e-12);
  });
});

describe("testBinomial when no outcome on the other side is as unlikely", () => {
  // R: binom.test(2, 3, 0.9)$p.value and binom.test(1, 3, 0.1)$p.value are both 0.271:
  // only the observed tail counts, because the far end (3 of 3, or 0 of 3) is more likely.
  it("counts only the observed tail, below the mean and above it", () => {
    expectRelative(
      testBinomial({ successes: 2, trials: 3, probability: 0.9 }).pValue,
      0.271,
      1e-12,
    );
    expectRelative(
      testBinomial({ successes: 1, trials: 3, probability: 0.1 }).pValue,
      0.271,
      1e-12,
    );
  });

  it("the error code is invalid-number", () => {
    for (const options of [
      { successes: 5, trials: 4 },
      { successes: 1, trials: 4, probability: 2 },
    ]) {
      try {
        testBinomial(options);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(IvpError);
        expect((error as IvpError).code).toBe("invalid-number");
      }
    }
  });
});
