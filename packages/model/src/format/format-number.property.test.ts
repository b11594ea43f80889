import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatScaledMagnitude, roundNumberScaled } from "../_lib/rational.ts";
import { type FormatNumberOptions, formatNumber, roundedDigits } from "./format-number.ts";

/**
 * formatNumber writes most numbers without BigInt (on the digits of
 * `String(value)`); these properties hold it to the exact path it had before
 * (BigInt: roundNumberScaled and formatScaledMagnitude, which it still uses
 * for the rest) and to big.js, an arbitrary-precision decimal library, on the
 * same decimal text.
 */

/** The output of formatNumber before the fast path: every number through BigInt. */
function exactPath(value: number, decimals: number, separator = ","): string {
  const scaled = roundNumberScaled(value, decimals);
  const text = formatScaledMagnitude(scaled, decimals, separator);
  return scaled < 0n ? `-${text}` : text;
}

/** big.js's rounding of the same decimal text, half away from zero, in formatNumber's layout. */
function bigJs(value: number, decimals: number): string {
  const fixed = new Big(String(value)).toFixed(decimals, Big.roundHalfUp);
  // big.js keeps the sign of a negative number that rounds to zero ("-0.0").
  const text = /^-0(\.0*)?$/.test(fixed) ? fixed.slice(1) : fixed;
  return text.replace(".", ",");
}

/**
 * formatNumber as it was before it rounded on the text by hand (at fa25bf7):
 * the digits of `String(value)` split at the point, checked with a regular
 * expression and turned into a number, at most 15 digits, else BigInt.
 */
function previousFormatNumber(value: number, places: number, options: FormatNumberOptions = {}) {
  const roundedScaled = (v: number, d: number): number | bigint => {
    const text = String(v < 0 ? -v : v);
    const [whole = "", fraction = ""] = text.split(".");
    const digits = whole + fraction.slice(0, d).padEnd(d, "0");
    if (!/^\d+(\.\d+)?$/.test(text) || !(d >= 0 && d % 1 === 0) || digits.length > 15) {
      return roundNumberScaled(v, d);
    }
    const kept = Number(digits) + (fraction.charCodeAt(d) >= 53 ? 1 : 0);
    return v < 0 ? -kept : kept;
  };
  const separator = options.decimalSeparator ?? ",";
  const scaled = roundedScaled(value, places);
  const negative = scaled < 0;
  const digits = String(negative ? -scaled : scaled).padStart(places + 1, "0");
  let whole = places === 0 ? digits : digits.slice(0, -places);
  if (options.groupSeparator)
    whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, options.groupSeparator);
  const text = places === 0 ? whole : `${whole}${separator}${digits.slice(-places)}`;
  return negative ? `${options.minusSign ?? "-"}${text}` : text;
}

const decimals = fc.integer({ min: 0, max: 8 });
/** Numbers as reports have them: counts, rates, percentages, with a few decimals, and halves. */
const decimalNumbers = fc
  .tuple(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), fc.integer({ min: 0, max: 9 }))
  .map(([units, places]) => units / 10 ** places);
const halves = fc
  .tuple(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), fc.integer({ min: 1, max: 6 }))
  .map(([units, places]) => Number(`${units}5e-${places}`));
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
const numbers = fc.oneof(decimalNumbers, halves, anyDouble, fc.integer());

describe("formatNumber against the exact path and big.js", () => {
  it("writes every finite number as the BigInt path does", () => {
    fc.assert(
      fc.property(numbers, decimals, (value, places) => {
        expect(formatNumber(value, { decimals: places })).toBe(exactPath(value, places));
      }),
      { numRuns: 20_000 },
    );
  });

  it("writes every number as the function before it did (fa25bf7), with every option", () => {
    // Edges: ties at each place, carries through nines, zeros, signs, the
    // 15-digit limit of the old path, exponents, the extremes of a double.
    const edges = [
      0,
      -0,
      0.5,
      -0.5,
      0.05,
      -0.05,
      0.95,
      9.95,
      9.995,
      99.5,
      999999.995,
      -999999.995,
      0.0005,
      1.005,
      2.675,
      1e-6,
      1.5e-6,
      9.99999e-7,
      1e-7,
      1e20,
      1e21,
      123456789012345.67,
      999999999999999.9,
      9007199254740992,
      9007199254740994,
      -9007199254740991,
      5e-324,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MIN_VALUE,
      0.1 + 0.2,
      1 / 3,
      2 / 3,
    ];
    const sample = fc.oneof(numbers, fc.constantFrom(...edges));
    const layout = fc.record(
      {
        decimalSeparator: fc.constantFrom(",", "."),
        groupSeparator: fc.constantFrom(".", ",", " ", ""),
        minusSign: fc.constantFrom("-", "\u2212"),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(sample, fc.integer({ min: 0, max: 20 }), layout, (value, places, options) => {
        expect(formatNumber(value, { ...options, decimals: places })).toBe(
          previousFormatNumber(value, places, options),
        );
      }),
      { numRuns: 50_000 },
    );
    for (const value of edges)
      for (let places = 0; places <= 20; places++)
        expect(formatNumber(value, { decimals: places })).toBe(previousFormatNumber(value, places));
  });

  it("rounds as big.js does, half away from zero, on the number's decimal text", () => {
    fc.assert(
      fc.property(fc.oneof(decimalNumbers, halves), decimals, (value, places) => {
        expect(formatNumber(value, { decimals: places })).toBe(bigJs(value, places));
      }),
      { numRuns: 20_000 },
    );
  });

  it("keeps the separators and the minus sign it is given", () => {
    fc.assert(
      fc.property(numbers, decimals, (value, places) => {
        const options = {
          decimals: places,
          decimalSeparator: ".",
          groupSeparator: " ",
          minusSign: "\u2212",
        };
        const [whole = "", fraction] = exactPath(value, places, ".").split(".");
        const negative = whole.startsWith("-");
        const digits = (negative ? whole.slice(1) : whole).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
        const expected = `${negative ? "\u2212" : ""}${digits}${fraction === undefined ? "" : `.${fraction}`}`;
        expect(formatNumber(value, options)).toBe(expected);
      }),
      { numRuns: 5_000 },
    );
  });

  it("refuses what the exact path refuses: a number that is not finite, decimals that are not a whole number 0 or more", () => {
    for (const [value, places] of [
      [Number.NaN, 1],
      [Number.POSITIVE_INFINITY, 0],
      [Number.NEGATIVE_INFINITY, 2],
      [1.25, 1.5],
      [3, -1],
    ] as const) {
      expect(() => formatNumber(value, { decimals: places })).toThrow(/internal|finite|decimals/);
    }
  });

  it.each([
    [0.5, 0, "1"],
    [-0.5, 0, "-1"],
    [1.005, 2, "1,01"],
    [-0.04, 1, "0,0"],
    [-0, 2, "0,00"],
    [999999.995, 2, "1000000,00"],
    [1e21, 0, "1000000000000000000000"],
    [1e-7, 8, "0,00000010"],
    [123456789012345.67, 1, "123456789012345,7"],
    [0.1 + 0.2, 17, "0,30000000000000004"],
  ])("%d with %d decimals is %s", (value, places, expected) => {
    expect(formatNumber(value, { decimals: places })).toBe(expected);
    expect(exactPath(value, places)).toBe(expected);
  });
});

/**
 * roundedDigits before it rounded most numbers arithmetically: every number
 * through its text (`String(value)`), rounded on the digits.
 */
function roundedDigitsOnText(value: number, decimals: number): string | undefined {
  const text = String(value < 0 ? -value : value);
  if (/[^\d.]/.test(text) || !(decimals >= 0 && decimals % 1 === 0)) return undefined;
  const dot = text.indexOf(".");
  if (dot === -1) return text + "0".repeat(decimals);
  const fraction = text.slice(dot + 1);
  let digits = text.slice(0, dot) + fraction.slice(0, decimals).padEnd(decimals, "0");
  if (fraction.charCodeAt(decimals) >= 53) {
    let i = digits.length - 1;
    while (digits[i] === "9") i--;
    digits =
      (i < 0 ? "1" : digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1)) +
      "0".repeat(digits.length - 1 - i);
  }
  return digits;
}

describe("roundedDigits without the text of most numbers", () => {
  /** A double some units in the last place away from x (within the same binade). */
  const ulpsAway = (x: number, n: number) => x * (1 + n * 2 ** -52);
  /** Ratios as rates, shares and means are: a / b. */
  const ratios = fc
    .tuple(fc.integer({ min: -(10 ** 7), max: 10 ** 7 }), fc.integer({ min: 1, max: 10 ** 5 }))
    .map(([a, b]) => a / b);
  /** Halves at the last place kept and the doubles around them, up to 1e9 scaled and past it. */
  const nearHalves = fc
    .tuple(
      fc.integer({ min: 0, max: 2 * 10 ** 9 }),
      fc.integer({ min: 0, max: 8 }),
      fc.integer({ min: -40_000, max: 40_000 }),
      fc.boolean(),
    )
    .map(([k, places, n, negative]) => {
      const x = ulpsAway((k + 0.5) / 10 ** places, n);
      return [negative ? -x : x, places] as const;
    });
  const edges = [0, -0, 0.5, 1.005, 2.675, 2.45, 999999999.5, 1e9, 1e9 - 0.5, 999999999.4999995];

  /**
   * The digits of the text form; where it had none (a text with an exponent,
   * left to the exact path), the exact path's digits, as formatNumber wrote them.
   */
  const expectAsBefore = (value: number, places: number) => {
    const before = roundedDigitsOnText(value, places);
    const now = roundedDigits(value, places);
    if (before !== undefined || now === undefined) expect(now).toBe(before);
    else
      expect(now).toBe(
        String(roundNumberScaled(Math.abs(value), places)).padStart(places + 1, "0"),
      );
    expect(formatNumber(value, { decimals: places })).toBe(exactPath(value, places));
  };

  it("gives the digits of the number's text, rounded there (as before), for every number and place", () => {
    fc.assert(
      fc.property(fc.oneof(numbers, ratios), fc.integer({ min: 0, max: 20 }), expectAsBefore),
      { numRuns: 10_000 },
    );
    fc.assert(
      fc.property(nearHalves, ([value, places]) => expectAsBefore(value, places)),
      { numRuns: 20_000 },
    );
    for (const value of edges)
      for (let places = 0; places <= 22; places++)
        for (const v of [value, -value, ulpsAway(value, 1), ulpsAway(value, -1)])
          expectAsBefore(v, places);
  });

  it("leaves numbers whose text has an exponent, and bad places, to the exact path", () => {
    expect(roundedDigits(Number.NaN, 1)).toBeUndefined();
    expect(roundedDigits(Number.POSITIVE_INFINITY, 0)).toBeUndefined();
    expect(roundedDigits(1e21, 0)).toBeUndefined();
    expect(roundedDigits(1.25, 1.5)).toBeUndefined();
    expect(roundedDigits(3, -1)).toBeUndefined();
    // Below 1e-6 the text has an exponent; rounded arithmetically it gets the exact path's digits.
    expect(roundedDigits(1e-7, 8)).toBe("000000010");
    expect(roundedDigits(1e-7, 25)).toBeUndefined();
    expect(formatNumber(1e-7, { decimals: 8 })).toBe(exactPath(1e-7, 8));
  });
});
