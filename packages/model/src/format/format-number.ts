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
 * `decimals + 1` digits ("0" and "00" stay, "0123" is "123"), worked out on
 * the decimal text of `String(value)`: the digits up to the last place kept,
 * plus one (carried by hand through the text) when the next digit is 5 or
 * more. That text is what the exact path rounds too, and rounding decimal
 * text is exact at any length. `undefined` when the text has an exponent
 * (below 1e-6 or from 1e21 on), is not a number at all, or `decimals` is not
 * a whole number 0 or more: the exact path then does it with BigInt (and
 * refuses what it must).
 *
 * Why by hand: a report writes thousands of numbers and `ivp bulk` some
 * million; BigInt was the largest cost of writing them, and then splitting
 * the text, a regular expression and the conversions to a number and back
 * (some 70-90 ms per worker in a bulk run). This reads the text once and
 * builds only the string it returns. Tested against the function before it,
 * the BigInt path and big.js (format-number.property.test.ts).
 */
export function roundedDigits(value: number, decimals: number): string | undefined {
  const text = String(value < 0 ? -value : value);
  // Not plain digits (an exponent, NaN, Infinity), or decimals that are not a
  // whole number 0 or more: the exact path, which refuses what it must.
  if (/[^\d.]/.test(text) || !(decimals >= 0 && decimals % 1 === 0)) return undefined;
  const dot = text.indexOf(".");
  // A whole number (most of a report's): its digits, and zeros for the decimals.
  if (dot === -1) return text + "0".repeat(decimals);
  const fraction = text.slice(dot + 1);
  let digits = text.slice(0, dot) + fraction.slice(0, decimals).padEnd(decimals, "0");
  // The digit after the last place kept: 5 or more is half or more (away
  // from zero), so add one to the last digit kept, carrying through nines.
  if (fraction.charCodeAt(decimals) >= 53) {
    let i = digits.length - 1;
    while (digits[i] === "9") i--;
    digits =
      (i < 0 ? "1" : digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1)) +
      "0".repeat(digits.length - 1 - i);
  }
  // Already decimals + 1 digits or more without leading zeros beyond them:
  // the text's whole part has none but a single "0", and a carry adds a "1".
  return digits;
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
