/**
 * Exact rational arithmetic on BigInt, used wherever rounding must be right:
 * a percentage that lands exactly on .5 must round the way the document does,
 * which binary floating point cannot promise (0.285 * 100 is 28.499999999999996).
 *
 * Internal helper: not exported from the package. A value it cannot take is
 * a bug in its caller, so it throws an `internal` IvpError.
 */

import { IvpError } from "../errors.ts";

/** A rational number `num / den` with `den > 0`, in lowest terms. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** Builds a rational in lowest terms; throws on a zero denominator. */
export function rational(num: bigint, den = 1n): Rational {
  // A whole number is in lowest terms already: 67,284 of the 118,072
  // rationals of 342 bulk reports (products of whole numbers, rounded values),
  // each otherwise a remainder, two products and two quotients on BigInt.
  if (den === 1n) return { num, den };
  if (den === 0n) throw new IvpError("internal", "rational: zero denominator");
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/**
 * The exact decimal value a finite JavaScript number was written as.
 * `0.1` becomes 1/10 (not the binary double closest to it), because the
 * shortest round-trip representation is what a person typed in the plan.
 */
export function rationalFromNumber(value: number): Rational {
  // Most figures are counts: a whole number needs no decimal text (a third of
  // the arithmetic's time in `ivp bulk`).
  if (Number.isSafeInteger(value)) return { num: BigInt(value), den: 1n };
  if (!Number.isFinite(value)) throw new IvpError("internal", `not a finite number: ${value}`);
  return rationalFromDecimalString(String(value));
}

const DECIMAL = /^([+-]?)(\d+)(?:[.,](\d+))?(?:e([+-]?\d+))?$/i;

/** Parses `"7,3"`, `"-12.5"` or `"1e-7"` exactly. */
function rationalFromDecimalString(text: string): Rational {
  const { num, den } = decimalFraction(text);
  return rational(num, den);
}

/**
 * The exact value of a decimal text as `num / 10^k`, not reduced to lowest
 * terms (so not a {@link Rational}).
 */
function decimalFraction(text: string): { num: bigint; den: bigint } {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new IvpError("internal", `not a decimal number: ${JSON.stringify(text)}`);
  const [, sign = "", whole = "0", fraction = "", exponentText = "0"] = match;
  let num = BigInt(whole + fraction);
  let den = 10n ** BigInt(fraction.length);
  const exponent = Number(exponentText);
  if (exponent > 0) num *= 10n ** BigInt(exponent);
  if (exponent < 0) den *= 10n ** BigInt(-exponent);
  return { num: sign === "-" ? -num : num, den };
}

/**
 * `roundScaled(rationalFromNumber(value), decimals, mode)`, without reducing
 * the fraction to lowest terms first: rounding depends only on the value
 * (quotient and remainder scale alike), and Euclid's algorithm on BigInt was
 * the largest cost of writing a report's numbers in `ivp bulk`.
 */
export function roundNumberScaled(
  value: number,
  decimals: number,
  mode: RoundingMode = "half-away-from-zero",
): bigint {
  if (Number.isSafeInteger(value))
    return roundScaled({ num: BigInt(value), den: 1n }, decimals, mode);
  if (!Number.isFinite(value)) throw new IvpError("internal", `not a finite number: ${value}`);
  return roundScaled(decimalFraction(String(value)), decimals, mode);
}

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function subtract(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function multiply(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

export function divide(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new IvpError("internal", "rational: division by zero");
  return rational(a.num * b.den, a.den * b.num);
}

export function abs(a: Rational): Rational {
  return a.num < 0n ? rational(-a.num, a.den) : a;
}

export function sign(a: Rational): -1 | 0 | 1 {
  return a.num === 0n ? 0 : a.num < 0n ? -1 : 1;
}

/** -1, 0 or 1 as `a` is smaller than, equal to or larger than `b`. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  return sign(subtract(a, b));
}

const EXACT_IN_A_DOUBLE = 2n ** 53n;

/**
 * A halfway point between two doubles has at most 767 significant decimal
 * digits: a quotient written to more digits than that, with a last digit 1
 * when the division left a remainder, is on the same side of every halfway
 * point as the exact value.
 */
const DIGITS_TO_ROUND_CORRECTLY = 800;

/**
 * The nearest double (correctly rounded, ties to even, as `Number("...")`).
 * When numerator and denominator are both exact in a double (up to 2^53),
 * that is one floating-point division; otherwise (`5e-324 + 1` has a
 * denominator of 10^324, and a numerator beyond 2^53 would be rounded once
 * before the division and once after) the quotient's decimal digits are
 * computed with BigInt and read by `Number.parseFloat`, which rounds
 * correctly.
 */
export function toNumber(a: Rational): number {
  const negative = a.num < 0n;
  const magnitude = negative ? -a.num : a.num;
  if (magnitude <= EXACT_IN_A_DOUBLE && a.den <= EXACT_IN_A_DOUBLE) {
    return Number(a.num) / Number(a.den);
  }
  const shift = a.den.toString().length - magnitude.toString().length + DIGITS_TO_ROUND_CORRECTLY;
  const numerator = shift >= 0 ? magnitude * 10n ** BigInt(shift) : magnitude;
  const denominator = shift >= 0 ? a.den : a.den * 10n ** BigInt(-shift);
  const quotient = numerator / denominator;
  const sticky = numerator % denominator === 0n ? "" : "1";
  const value = Number.parseFloat(`${quotient}${sticky}e${-shift - sticky.length}`);
  return negative ? -value : value;
}

/** How a value is rounded to a number of decimals. */
export type RoundingMode = "half-away-from-zero" | "half-even" | "floor" | "ceil" | "trunc";

/**
 * Rounds `a` to `decimals` places and returns the result scaled by 10^decimals
 * as an integer: `roundScaled(-37.5, 0) === -38n`.
 */
export function roundScaled(
  a: Rational,
  decimals: number,
  mode: RoundingMode = "half-away-from-zero",
): bigint {
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new IvpError("internal", `decimals must be a non-negative integer, got ${decimals}`);
  }
  const scaled = a.num * 10n ** BigInt(decimals);
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const quotient = magnitude / a.den;
  const remainder = magnitude % a.den;
  let rounded = quotient;
  switch (mode) {
    case "half-away-from-zero":
      if (2n * remainder >= a.den) rounded += 1n;
      break;
    case "half-even":
      if (2n * remainder > a.den || (2n * remainder === a.den && quotient % 2n === 1n)) {
        rounded += 1n;
      }
      break;
    case "floor":
      if (negative && remainder !== 0n) rounded += 1n;
      break;
    case "ceil":
      if (!negative && remainder !== 0n) rounded += 1n;
      break;
    case "trunc":
      break;
  }
  return negative ? -rounded : rounded;
}

/** Rounds to `decimals` places and returns the rational result. */
export function round(a: Rational, decimals: number, mode: RoundingMode = "half-away-from-zero") {
  return rational(roundScaled(a, decimals, mode), 10n ** BigInt(decimals));
}

/**
 * Writes a scaled integer as a decimal string without sign:
 * `formatScaledMagnitude(375n, 1, ",") === "37,5"`.
 */
export function formatScaledMagnitude(scaled: bigint, decimals: number, separator: string): string {
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(decimals + 1, "0");
  if (decimals === 0) return digits;
  return `${digits.slice(0, -decimals)}${separator}${digits.slice(-decimals)}`;
}
