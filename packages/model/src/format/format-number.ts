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
 * `value` rounded half away from zero to `decimals` places and scaled by
 * 10^decimals, computed on the digits of `String(value)` (the decimal text a
 * number was written as, which the exact path rounds too): the digits up to
 * the last place kept, plus one when the next digit is 5 or more. When that
 * text has an exponent or the result would have more than 15 digits (beyond
 * what a double holds exactly), the exact path does it with BigInt.
 *
 * Why not always BigInt: a report writes thousands of numbers, and the BigInt
 * arithmetic was the largest cost of writing them in `ivp bulk`. Tested
 * against the BigInt path and big.js (format-number.property.test.ts).
 */
function roundedScaled(value: number, decimals: number): number | bigint {
  const text = String(value < 0 ? -value : value);
  const [whole = "", fraction = ""] = text.split(".");
  const digits = whole + fraction.slice(0, decimals).padEnd(decimals, "0");
  // Not plain digits (an exponent, NaN, Infinity), or decimals that are not a
  // whole number 0 or more: the exact path, which refuses what it must.
  if (!/^\d+(\.\d+)?$/.test(text) || !(decimals >= 0 && decimals % 1 === 0) || digits.length > 15) {
    return roundNumberScaled(value, decimals);
  }
  // The digit after the last place kept: 5 or more is half or more (away from zero).
  const kept = Number(digits) + (fraction.charCodeAt(decimals) >= 53 ? 1 : 0);
  return value < 0 ? -kept : kept;
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
  const scaled = roundedScaled(value, decimals);
  const negative = scaled < 0;
  const digits = String(negative ? -scaled : scaled).padStart(decimals + 1, "0");
  let whole = decimals === 0 ? digits : digits.slice(0, -decimals);
  if (options.groupSeparator) {
    whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, options.groupSeparator);
  }
  const text = decimals === 0 ? whole : `${whole}${separator}${digits.slice(-decimals)}`;
  return negative ? `${options.minusSign ?? "-"}${text}` : text;
}
