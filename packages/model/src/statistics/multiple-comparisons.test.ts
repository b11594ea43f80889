import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { adjustPValues, expectedChanceMarks } from "./multiple-comparisons.ts";

function expectAllClose(actual: readonly number[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => {
    expect(value).toBeCloseTo(expected[i] as number, 12);
  });
}

describe("adjustPValues", () => {
  // p <- c(0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.9)   (ties, unsorted)
  const p = [0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.9];
  // p2 <- c(0.0023, 0.39, 0.0078, 0.5, 1, 0.049, 0.012)   (a p of 1, caps)
  const p2 = [0.0023, 0.39, 0.0078, 0.5, 1, 0.049, 0.012];

  it("Holm equals R's p.adjust(p, 'holm')", () => {
    // p.adjust(p, "holm")
    expectAllClose(adjustPValues(p, "holm"), [0.06, 0.16, 0.15, 0.035, 0.4, 0.16, 0.9]);
    // p.adjust(p2, "holm")
    expectAllClose(adjustPValues(p2, "holm"), [0.0161, 1, 0.0468, 1, 1, 0.196, 0.06]);
  });

  it("Benjamini-Hochberg equals R's p.adjust(p, 'BH')", () => {
    // p.adjust(p, "BH")
    expectAllClose(
      adjustPValues(p, "benjamini-hochberg"),
      [0.035, 0.056, 0.056, 0.035, 0.233333333333333, 0.056, 0.9],
    );
    // p.adjust(p2, "BH")
    expectAllClose(
      adjustPValues(p2, "benjamini-hochberg"),
      [0.0161, 0.546, 0.0273, 0.583333333333333, 1, 0.08575, 0.028],
    );
  });

  it("'none' returns a copy of the raw values, and an empty family stays empty", () => {
    const raw = [0.2, 0.01];
    const copy = adjustPValues(raw, "none");
    expect(copy).toEqual(raw);
    expect(copy).not.toBe(raw);
    expect(adjustPValues([], "holm")).toEqual([]);
    expect(adjustPValues([], "benjamini-hochberg")).toEqual([]);
  });

  it("a single test is not changed by either correction", () => {
    expect(adjustPValues([0.03], "holm")).toEqual([0.03]);
    expect(adjustPValues([0.03], "benjamini-hochberg")).toEqual([0.03]);
  });

  it("Bonferroni is Holm's first step: the smallest p is multiplied by m", () => {
    expect(adjustPValues([0.001, 0.5, 0.5, 0.5, 0.5], "holm")[0]).toBeCloseTo(0.005, 15);
  });

  it.each([[-0.1], [1.2], [Number.NaN]])("rejects the p-value %f", (bad) => {
    expect(() => adjustPValues([0.1, bad], "holm")).toThrow(IvpError);
    expect(() => adjustPValues([0.1, bad], "none")).toThrow("p-value 2 must lie between 0 and 1");
  });

  describe("properties", () => {
    const family = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: 1,
      maxLength: 60,
    });

    it("adjusted >= raw, adjusted <= 1, and BH <= Holm", () => {
      fc.assert(
        fc.property(family, (raw) => {
          const holm = adjustPValues(raw, "holm");
          const bh = adjustPValues(raw, "benjamini-hochberg");
          raw.forEach((value, i) => {
            expect(holm[i]).toBeGreaterThanOrEqual(value);
            expect(bh[i]).toBeGreaterThanOrEqual(value);
            expect(holm[i]).toBeLessThanOrEqual(1);
            expect(bh[i]).toBeLessThanOrEqual(holm[i] as number);
          });
        }),
      );
    });

    it("keeps the order of the raw p-values (a smaller raw p never gets a larger adjusted p)", () => {
      fc.assert(
        fc.property(family, (raw) => {
          for (const method of ["holm", "benjamini-hochberg"] as const) {
            const adjusted = adjustPValues(raw, method);
            raw.forEach((a, i) => {
              raw.forEach((b, j) => {
                if (a <= b) expect(adjusted[i]).toBeLessThanOrEqual(adjusted[j] as number);
              });
            });
          }
        }),
      );
    });

    it("does not depend on the order the tests are listed in", () => {
      fc.assert(
        fc.property(family, (raw) => {
          const reversed = [...raw].reverse();
          for (const method of ["holm", "benjamini-hochberg"] as const) {
            expect(adjustPValues(reversed, method)).toEqual(adjustPValues(raw, method).reverse());
          }
        }),
      );
    });
  });
});

describe("expectedChanceMarks", () => {
  it("is tests x alpha: 49 tests at 0.05 give about 2.5 marks from chance alone", () => {
    expect(expectedChanceMarks(49, 0.05)).toBeCloseTo(2.45, 12);
    expect(expectedChanceMarks(17, 0.05)).toBeCloseTo(0.85, 12);
    expect(expectedChanceMarks(0, 0.05)).toBe(0);
  });

  it.each([
    [-1, 0.05, "whole number >= 0"],
    [2.5, 0.05, "whole number >= 0"],
    [10, 0, "alpha must lie between 0 and 1"],
    [10, 1, "alpha must lie between 0 and 1"],
  ])("rejects tests = %f, alpha = %f", (tests, alpha, message) => {
    expect(() => expectedChanceMarks(tests, alpha)).toThrow(message);
  });
});

describe("expectedChanceMarks in decimals", () => {
  it("has no binary noise: 6 tests at 0.05 is 0.3", () => {
    expect(expectedChanceMarks(6, 0.05)).toBe(0.3);
    expect(expectedChanceMarks(49, 0.05)).toBe(2.45);
  });
});
