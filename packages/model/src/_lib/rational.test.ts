import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import {
  abs,
  add,
  compare,
  divide,
  formatScaledMagnitude,
  multiply,
  type Rational,
  type RoundingMode,
  rational,
  rationalFromNumber,
  round,
  roundNumberScaled,
  roundScaled,
  sign,
  subtract,
  toNumber,
} from "./rational.ts";

// big.js is the reference: an arbitrary-precision decimal library that has
// rounded money for a decade. A decimal (what a plan holds) is exact in both.
Big.DP = 60;

const bigint = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
const nonZero = bigint.filter((n) => n !== 0n);
const anyRational = fc.tuple(bigint, nonZero).map(([n, d]) => rational(n, d));
const nonZeroRational = fc.tuple(nonZero, nonZero).map(([n, d]) => rational(n, d));

/** A decimal with up to 12 places, as a rational and as the same decimal in big.js. */
const decimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }))
  .map(([units, places]) => ({
    value: rational(units, 10n ** BigInt(places)),
    big: new Big(units.toString()).div(new Big(10).pow(places)),
  }));

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Equal as numbers (a rational is in lowest terms, so equal as fields too). */
function same(a: Rational, b: Rational): boolean {
  return a.num * b.den === b.num * a.den;
}

const ROUNDING: Record<RoundingMode, (negative: boolean) => Big.RoundingMode> = {
  "half-away-from-zero": () => Big.roundHalfUp,
  "half-even": () => Big.roundHalfEven,
  floor: (negative) => (negative ? Big.roundUp : Big.roundDown),
  ceil: (negative) => (negative ? Big.roundDown : Big.roundUp),
  trunc: () => Big.roundDown,
};
const modes = fc.constantFrom(...(Object.keys(ROUNDING) as RoundingMode[]));

describe("rational", () => {
  it("is in lowest terms with a positive denominator, and keeps the value", () => {
    fc.assert(
      fc.property(bigint, nonZero, (n, d) => {
        const r = rational(n, d);
        expect(r.den > 0n).toBe(true);
        expect(gcd(r.num, r.den)).toBe(1n);
        expect(r.num * d).toBe(n * r.den);
      }),
    );
  });

  it("keeps a whole number (denominator 1) as it is, as the reduction did", () => {
    fc.assert(
      fc.property(bigint, (n) => {
        expect(rational(n, 1n)).toEqual({ num: n, den: 1n });
        expect(rational(n)).toEqual({ num: n, den: 1n });
        expect(rational(-n, -1n)).toEqual({ num: n, den: 1n });
      }),
    );
    expect(rational(0n)).toEqual({ num: 0n, den: 1n });
  });

  it("refuses a zero denominator and a division by zero", () => {
    expect(() => rational(1n, 0n)).toThrow(IvpError);
    expect(() => divide(rational(1n), rational(0n))).toThrow(IvpError);
  });
});

describe("arithmetic (field laws, and equal to big.js on decimals)", () => {
  it("adds, subtracts and multiplies as big.js does", () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(same(add(a.value, b.value), rationalFromNumberText(a.big.plus(b.big)))).toBe(true);
        expect(same(subtract(a.value, b.value), rationalFromNumberText(a.big.minus(b.big)))).toBe(
          true,
        );
        expect(same(multiply(a.value, b.value), rationalFromNumberText(a.big.times(b.big)))).toBe(
          true,
        );
      }),
    );
  });

  it("has inverses: (a + b) - b = a and (a * b) / b = a", () => {
    fc.assert(
      fc.property(anyRational, nonZeroRational, (a, b) => {
        expect(same(subtract(add(a, b), b), a)).toBe(true);
        expect(same(divide(multiply(a, b), b), a)).toBe(true);
      }),
    );
  });

  it("is commutative, associative and distributive", () => {
    fc.assert(
      fc.property(anyRational, anyRational, anyRational, (a, b, c) => {
        expect(same(add(a, b), add(b, a))).toBe(true);
        expect(same(multiply(a, b), multiply(b, a))).toBe(true);
        expect(same(add(add(a, b), c), add(a, add(b, c)))).toBe(true);
        expect(same(multiply(a, add(b, c)), add(multiply(a, b), multiply(a, c)))).toBe(true);
      }),
    );
  });

  it("compares as big.js does, and sign and abs agree with it", () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(compare(a.value, b.value)).toBe(a.big.cmp(b.big));
        expect(compare(b.value, a.value)).toBe(-a.big.cmp(b.big) || 0);
        expect(sign(a.value)).toBe(a.big.cmp(0));
        expect(same(abs(a.value), rationalFromNumberText(a.big.abs()))).toBe(true);
      }),
    );
  });
});

/** The exact value of a finite double, from its bits. */
function exactValue(x: number): Rational {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const exponentBits = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = exponentBits === 0 ? fraction : fraction | (1n << 52n);
  const exponent = (exponentBits === 0 ? 1 : exponentBits) - 1075;
  const magnitude =
    exponent >= 0
      ? rational(mantissa << BigInt(exponent))
      : rational(mantissa, 1n << BigInt(-exponent));
  return negative ? rational(-magnitude.num, magnitude.den) : magnitude;
}

/** The double next to a finite x, away from zero (+1) or toward it (-1) in its bits. */
function neighbour(x: number, step: 1n | -1n): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + step);
  return view.getFloat64(0);
}

/** `got` is a double nearest to `want`, and the even one on a tie. */
function expectNearestDouble(want: Rational, got: number): void {
  expect(Number.isNaN(got)).toBe(false);
  if (!Number.isFinite(got)) {
    // only beyond the largest double's halfway point to the next power of two
    const limit = add(exactValue(Number.MAX_VALUE), rational(2n ** 970n));
    expect(compare(abs(want), limit)).toBeGreaterThanOrEqual(0);
    return;
  }
  const error = abs(subtract(want, exactValue(got)));
  for (const step of [1n, -1n] as const) {
    if (got === 0 && step === -1n) continue;
    const other = neighbour(got, step);
    if (!Number.isFinite(other)) continue;
    const otherError = abs(subtract(want, exactValue(other)));
    const order = compare(error, otherError);
    expect(order).toBeLessThanOrEqual(0);
    if (order === 0) {
      const view = new DataView(new ArrayBuffer(8));
      view.setFloat64(0, got);
      expect(view.getBigUint64(0) % 2n).toBe(0n);
    }
  }
}

/** A big.js decimal as a rational, through its exact decimal text. */
function rationalFromNumberText(value: Big): Rational {
  const [whole, fraction = ""] = value.toFixed().split(".");
  const negative = whole?.startsWith("-") ?? false;
  const digits = BigInt((whole ?? "0").replace("-", "") + fraction);
  return rational(negative ? -digits : digits, 10n ** BigInt(fraction.length));
}

describe("rationalFromNumber", () => {
  it("reads a double as the decimal it is written as, which big.js reads the same", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const r = rationalFromNumber(x);
        expect(same(r, rationalFromNumberText(new Big(x)))).toBe(true);
        // and back: the nearest double is the number itself
        expect(toNumber(r)).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  it("refuses what is not a finite number", () => {
    expect(() => rationalFromNumber(Number.NaN)).toThrow(IvpError);
    expect(() => rationalFromNumber(Number.POSITIVE_INFINITY)).toThrow(IvpError);
  });
});

describe("roundNumberScaled", () => {
  it("rounds a double as roundScaled rounds its exact decimal, for every mode", () => {
    const doubles = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      // values with few decimals, where ties (2.45 to one decimal) are common
      fc
        .tuple(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), fc.integer({ min: 0, max: 6 }))
        .map(([n, k]) => n / 10 ** k),
    );
    fc.assert(
      fc.property(doubles, fc.integer({ min: 0, max: 12 }), modes, (x, decimals, mode) => {
        expect(roundNumberScaled(x, decimals, mode)).toBe(
          roundScaled(rationalFromNumber(x), decimals, mode),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("rounds ties as the document does, and refuses what roundScaled refuses", () => {
    expect(roundNumberScaled(2.45, 1)).toBe(25n);
    expect(roundNumberScaled(-2.45, 1)).toBe(-25n);
    expect(roundNumberScaled(2.45, 1, "half-even")).toBe(24n);
    expect(roundNumberScaled(0.285, 2)).toBe(29n);
    expect(roundNumberScaled(1e-7, 7)).toBe(1n);
    expect(roundNumberScaled(1.5e21, 0)).toBe(1500000000000000000000n);
    expect(roundNumberScaled(12, 2)).toBe(1200n);
    expect(() => roundNumberScaled(Number.NaN, 1)).toThrow(IvpError);
    expect(() => roundNumberScaled(1.5, -1)).toThrow(IvpError);
    expect(() => roundNumberScaled(3, 0.5)).toThrow(IvpError);
  });
});

describe("toNumber", () => {
  it("is plain division for ordinary values", () => {
    expect(toNumber(rational(1n, 4n))).toBe(0.25);
    expect(toNumber(rationalFromNumber(-7.3))).toBe(-7.3);
  });

  it("is the nearest double (ties to even), also beyond a double's range and precision", () => {
    const huge = fc.bigInt({ min: -(10n ** 400n), max: 10n ** 400n });
    const digits = fc.integer({ min: 0, max: 400 }).map((k) => 10n ** BigInt(k));
    fc.assert(
      fc.property(
        huge,
        fc.oneof(
          huge.filter((d) => d !== 0n),
          digits,
        ),
        (n, d) => {
          expectNearestDouble(rational(n, d), toNumber(rational(n, d)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("rounds a tie to the even double", () => {
    // 2^53 + 1 lies halfway between 2^53 and 2^53 + 2: the even one is 2^53.
    expect(toNumber(rational(2n ** 53n + 1n))).toBe(2 ** 53);
    expect(toNumber(rational(2n ** 53n + 3n))).toBe(2 ** 53 + 4);
    expect(toNumber(rational(-(2n ** 53n) - 1n))).toBe(-(2 ** 53));
  });

  describe("edge cases", () => {
    it("handles numerators and denominators beyond the range of a double", () => {
      expect(toNumber(add(rationalFromNumber(-5e-324), rationalFromNumber(1)))).toBe(1);
      expect(toNumber(rationalFromNumber(5e-324))).toBe(5e-324);
      expect(toNumber(rational(10n ** 400n, 3n * 10n ** 399n))).toBeCloseTo(10 / 3, 15);
    });
  });
});

describe("roundScaled and round", () => {
  it("round every decimal as big.js does, in every mode", () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 8 }), modes, (a, places, mode) => {
        const negative = a.big.lt(0);
        const want = a.big.round(places, ROUNDING[mode](negative));
        expect(roundScaled(a.value, places, mode)).toBe(BigInt(want.times(10 ** places).toFixed()));
        expect(same(round(a.value, places, mode), rationalFromNumberText(want))).toBe(true);
      }),
    );
  });

  it("round halves as the mode says, on both sides of zero", () => {
    const half = (text: string) => rationalFromNumber(Number(text));
    expect(roundScaled(half("2.5"), 0)).toBe(3n);
    expect(roundScaled(half("-2.5"), 0)).toBe(-3n);
    expect(roundScaled(half("2.5"), 0, "half-even")).toBe(2n);
    expect(roundScaled(half("3.5"), 0, "half-even")).toBe(4n);
    expect(roundScaled(half("-2.5"), 0, "half-even")).toBe(-2n);
    expect(roundScaled(half("0.285"), 2)).toBe(29n); // 0.285 * 100 is 28.499999999999996 in doubles
    expect(roundScaled(half("-2.1"), 0, "floor")).toBe(-3n);
    expect(roundScaled(half("-2.9"), 0, "ceil")).toBe(-2n);
    expect(roundScaled(half("-2.9"), 0, "trunc")).toBe(-2n);
  });

  it("refuses a number of decimals that is not a whole number of 0 or more", () => {
    expect(() => roundScaled(rational(1n), -1)).toThrow(IvpError);
    expect(() => roundScaled(rational(1n), 1.5)).toThrow(IvpError);
  });
});

describe("formatScaledMagnitude", () => {
  it("writes the magnitude as big.js's toFixed, with the separator asked for", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(",", "."),
        (scaled, places, separator) => {
          const want = new Big((scaled < 0n ? -scaled : scaled).toString())
            .div(new Big(10).pow(places))
            .toFixed(places)
            .replace(".", separator);
          expect(formatScaledMagnitude(scaled, places, separator)).toBe(want);
        },
      ),
    );
  });
});
