import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DUTCH_PERCENT_CHANGE_NOTATION,
  ENGLISH_PERCENT_CHANGE_NOTATION,
  formatPercentChange,
} from "./format-percent-change.ts";
import { percentChange, roundPercentChange } from "./percent-change.ts";

/**
 * An independent reference for integer inputs: BigInt arithmetic only.
 * change x 10^d = (to - from) * 100 * 10^d / |from|, rounded half away from zero.
 */
function referenceFormat(from: bigint, to: bigint, decimals: number): string {
  if (from === 0n) return "";
  const scale = 10n ** BigInt(decimals);
  const numerator = (to - from) * 100n * scale;
  const denominator = from < 0n ? -from : from;
  const magnitude = numerator < 0n ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  const digits = rounded.toString().padStart(decimals + 1, "0");
  const body = decimals === 0 ? digits : `${digits.slice(0, -decimals)},${digits.slice(-decimals)}`;
  if (rounded === 0n) return `${body}%`;
  return `${numerator < 0n ? "-" : "+"}${body}%`;
}

describe("formatPercentChange", () => {
  it.each([
    // Cells of the Laren tables, as printed.
    [54, 26, "-52%"],
    [8, 5, "-38%"], // exactly -37.5: half away from zero
    [12, 15, "+25%"],
    [1, 6, "+500%"],
    [1, 1, "0%"],
    [0, 1, ""],
    [0, 0, ""],
    [10, 7, "-30%"],
    [3, 5, "+67%"],
    [31, 29, "-6%"],
    [36, 72, "+100%"],
    [2, 1, "-50%"],
    [1, 0, "-100%"],
    [3, 9, "+200%"],
  ])("%d -> %d is %j", (from, to, expected) => {
    expect(formatPercentChange(from, to)).toBe(expected);
  });

  describe("edge cases", () => {
    it("rounds .5 away from zero in both directions", () => {
      expect(formatPercentChange(8, 5)).toBe("-38%"); // -37.5
      expect(formatPercentChange(8, 11)).toBe("+38%"); // +37.5
      expect(formatPercentChange(200, 201)).toBe("+1%"); // +0.5
      expect(formatPercentChange(200, 199)).toBe("-1%"); // -0.5
      expect(formatPercentChange(1000, 1005, { decimals: 1 })).toBe("+0,5%");
      expect(formatPercentChange(2000, 2001, { decimals: 1 })).toBe("+0,1%"); // 0.05 -> 0.1
    });

    it("is exact where binary floating point is not", () => {
      // (0.285 - 0.2) / 0.2 * 100 = 42.5 exactly; in doubles it is 42.49999999999999.
      expect(formatPercentChange(0.2, 0.285)).toBe("+43%");
      expect(formatPercentChange(7.3, 7.5, { decimals: 1 })).toBe("+2,7%");
      expect(formatPercentChange(1.2, 1.2)).toBe("0%");
    });

    it("writes a change that rounds to zero as 0%, never +0% or -0%", () => {
      expect(formatPercentChange(1000, 1004)).toBe("0%");
      expect(formatPercentChange(1000, 996)).toBe("0%");
      expect(formatPercentChange(1000, 1000, { decimals: 2 })).toBe("0,00%");
    });

    it("leaves the cell empty for a zero base, whatever the new value", () => {
      expect(formatPercentChange(0, 5)).toBe("");
      expect(formatPercentChange(0, 0, { emptyCell: "-" })).toBe("-");
      expect(roundPercentChange(0, 3)).toBeNull();
      expect(percentChange(0, 3)).toBeNull();
    });

    it("measures a change from a negative base against its magnitude", () => {
      expect(formatPercentChange(-10, -5)).toBe("+50%");
      expect(formatPercentChange(-10, -20)).toBe("-100%");
    });

    it("takes decimals, separator and signs from the options", () => {
      expect(formatPercentChange(3, 4, { decimals: 2 })).toBe("+33,33%");
      expect(formatPercentChange(3, 4, { decimals: 1, decimalSeparator: "." })).toBe("+33.3%");
      expect(formatPercentChange(4, 3, { minusSign: "\u2212" })).toBe("\u221225%");
      expect(formatPercentChange(3, 4, { plusSign: "" })).toBe("33%");
      expect(formatPercentChange(3, 4, { percentSign: " %" })).toBe("+33 %");
    });

    it("has a Dutch and an English notation that differ only in the decimal separator", () => {
      expect(formatPercentChange(3, 4, { ...DUTCH_PERCENT_CHANGE_NOTATION, decimals: 1 })).toBe(
        "+33,3%",
      );
      expect(formatPercentChange(3, 4, { ...ENGLISH_PERCENT_CHANGE_NOTATION, decimals: 1 })).toBe(
        "+33.3%",
      );
      expect(formatPercentChange(4, 3, ENGLISH_PERCENT_CHANGE_NOTATION)).toBe("-25%");
      expect(formatPercentChange(0, 3, ENGLISH_PERCENT_CHANGE_NOTATION)).toBe("");
      expect({ ...ENGLISH_PERCENT_CHANGE_NOTATION, decimalSeparator: "," }).toEqual(
        DUTCH_PERCENT_CHANGE_NOTATION,
      );
      expect(Object.isFrozen(DUTCH_PERCENT_CHANGE_NOTATION)).toBe(true);
      expect(Object.isFrozen(ENGLISH_PERCENT_CHANGE_NOTATION)).toBe(true);
    });
  });

  it("equals a BigInt reference on random integer inputs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: 0, max: 3 }),
        (from, to, decimals) => {
          expect(formatPercentChange(from, to, { decimals })).toBe(
            referenceFormat(BigInt(from), BigInt(to), decimals),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("equals a rational reference on random decimal inputs", () => {
    // a / 10^k and b / 10^k: the change is the same as for the integers a and b.
    fc.assert(
      fc.property(
        fc.integer({ min: -99_999, max: 99_999 }),
        fc.integer({ min: -99_999, max: 99_999 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 2 }),
        (a, b, k, decimals) => {
          const from = Number((a / 10 ** k).toFixed(k));
          const to = Number((b / 10 ** k).toFixed(k));
          expect(formatPercentChange(from, to, { decimals })).toBe(
            referenceFormat(BigInt(a), BigInt(b), decimals),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("roundPercentChange agrees with the printed text", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        (from, to) => {
          const rounded = roundPercentChange(from, to);
          const text = formatPercentChange(from, to);
          expect(text).toBe(
            rounded === 0 ? "0%" : `${(rounded ?? 0) > 0 ? "+" : "-"}${Math.abs(rounded ?? 0)}%`,
          );
        },
      ),
    );
  });
});
