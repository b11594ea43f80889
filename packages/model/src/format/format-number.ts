import { roundNumberScaled } from "../_lib/rational.ts";

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  /** Decimal places; rounded half away from zero. Default 0. */
  readonly decimals?: number;
  /** Default `","` (Dutch). */
  readonly decimalSeparator?: string;
  /** Written between groups of three digits; default none, so tables stay machine-readable. */
  readonly groupSeparator?: string;
  /** Default `"-"`. */
  readonly minusSign?: string;
}

/**
 * The digits of |`value`| rounded half away from zero to `decimals` places
 * and scaled by 10^decimals, without a sign and without leading zeros beyond
 * `decimals + 1` digits ("0" and "00" stay, "0123" is "123"), as on the
 * decimal text of `String(value)`: the digits up to the last place kept, plus
 * one when the next digit is 5 or more. That text is what the exact path
 * rounds too, and rounding decimal text is exact at any length. `undefined`
 * when that text has an exponent (below 1e-6 or from 1e21 on) and the
 * arithmetic below does not apply, for what is not a number at all, or when
 * `decimals` is not a whole number 0 or more: the exact path then does it
 * with BigInt (and refuses what it must).
 *
 * Why by hand: a report writes thousands of numbers and `ivp bulk` some
 * million; BigInt was the largest cost of writing them, then splitting the
 * text, a regular expression and the conversions to a number and back, and
 * then the text itself (`String` of a fraction: 88,184 of the 88,554 numbers
 * of 342 bulk reports are now rounded without it). Tested against the
 * functions before it, the BigInt path and big.js
 * (format-number.property.test.ts).
 */
export function roundedDigits(value: number, decimals: number): string | undefined {
  // Decimals that are not a whole number 0 or more: the exact path, which refuses them.
  if (!(decimals >= 0 && decimals % 1 === 0)) return undefined;
  const magnitude = value < 0 ? -value : value;
  const scaled = magnitude * 10 ** decimals;
  const nearest = Math.round(scaled);
  // Below 1e9 the decimal text scaled lies within 5e-7 of `scaled` (each is
  // within a relative 2^-53 of |value| x 10^decimals, the roundings of
  // 10^decimals and of the product included), so when `scaled` is more than
  // 1e-6 from a half, both round to `nearest`. Halves and near-halves (2.45
  // with one decimal) are rounded on the text. NaN and Infinity fail the tests.
  if (scaled < 1e9 && Math.abs(nearest - scaled) < 0.499999) {
    return String(nearest).padStart(decimals + 1, "0");
  }
  const text = String(magnitude);
  // Not plain digits (an exponent, NaN, Infinity): the exact path.
  if (/[^\d.]/.test(text)) return undefined;
  const [whole = "", fraction = ""] = text.split(".");
  const digits = whole + fraction.slice(0, decimals).padEnd(decimals, "0");
  // The digit after the last place kept: 5 or more is half or more (away
  // from zero), so one more, as many digits or one more ("0099" is "0100",
  // "999" is "1000"). The text's whole part has no leading zero but a single "0".
  return fraction.charCodeAt(decimals) >= 53
    ? String(BigInt(digits) + 1n).padStart(digits.length, "0")
    : digits;
}

/**
 * Writes a number with a fixed number of decimals, rounded exactly half away
 * from zero, with a Dutch decimal comma by default.
 *
 * @example
 * formatNumber(7.3, { decimals: 1 }) //=> "7,3"
 * formatNumber(2.45, { decimals: 1 }) //=> "2,5"
 * formatNumber(12345, { groupSeparator: "." }) //=> "12.345"
 */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  const decimals = options.decimals ?? 0;
  const separator = options.decimalSeparator ?? ",";
  let digits = roundedDigits(value, decimals);
  let negative: boolean;
  // Stryker disable next-line ConditionalExpression: the exact path for every number gives the same digits, only slower (format-number.property.test.ts)
  if (digits === undefined) {
    const scaled = roundNumberScaled(value, decimals);
    negative = scaled < 0n;
    digits = String(negative ? -scaled : scaled).padStart(decimals + 1, "0");
  } else {
    // Below zero unless it rounds to zero ("-0,0" is never written).
    // Stryker disable next-line EqualityOperator: value 0 has the digits of zero, not negative either way
    negative = value < 0 && /[1-9]/.test(digits);
  }
  let whole = decimals === 0 ? digits : digits.slice(0, -decimals);
  if (options.groupSeparator) {
    whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, options.groupSeparator);
  }
  const text = decimals === 0 ? whole : `${whole}${separator}${digits.slice(-decimals)}`;
  return negative ? `${options.minusSign ?? "-"}${text}` : text;
}
