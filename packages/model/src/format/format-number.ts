import { formatScaledMagnitude, roundNumberScaled } from "../_lib/rational.ts";

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

/** The most digits a rounded magnitude has on the fast path: below 2^53 even after rounding up. */
const FAST_DIGITS = 15;

/**
 * The magnitude of `value` rounded half away from zero to `decimals` places,
 * scaled by 10^decimals, computed on the digits of `String(value)` (the
 * decimal text a number was written as, which is what the exact path rounds
 * too): the digits up to the last place kept, plus one when the next digit
 * is 5 or more. Undefined when that text has an exponent or the result would
 * have more than 15 digits: then the exact path (BigInt) does it.
 *
 * Why not always BigInt: a report writes thousands of numbers, and the BigInt
 * arithmetic was the largest cost of writing them in `ivp bulk`. Tested
 * against the BigInt path and big.js (format-number.property.test.ts).
 */
function roundedMagnitude(value: number, decimals: number): number | undefined {
  const text = String(value < 0 ? -value : value);
  if (text.includes("e")) return undefined;
  const dot = text.indexOf(".");
  const whole = dot === -1 ? text : text.slice(0, dot);
  const fraction = dot === -1 ? "" : text.slice(dot + 1);
  const digits =
    whole +
    (fraction.length >= decimals ? fraction.slice(0, decimals) : fraction.padEnd(decimals, "0"));
  if (digits.length > FAST_DIGITS) return undefined;
  const kept = Number(digits);
  // The digit after the last place kept: 5 or more is half or more (away from zero).
  return fraction.length > decimals && fraction.charCodeAt(decimals) >= 53 ? kept + 1 : kept;
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
  const fast =
    Number.isFinite(value) && Number.isInteger(decimals) && decimals >= 0
      ? roundedMagnitude(value, decimals)
      : undefined;
  let text: string;
  let negative: boolean;
  if (fast !== undefined) {
    const digits = String(fast).padStart(decimals + 1, "0");
    text =
      decimals === 0
        ? digits
        : `${digits.slice(0, -decimals)}${separator}${digits.slice(-decimals)}`;
    negative = value < 0 && fast !== 0;
  } else {
    const scaled = roundNumberScaled(value, decimals);
    text = formatScaledMagnitude(scaled, decimals, separator);
    negative = scaled < 0n;
  }
  if (options.groupSeparator) {
    const [whole = "", fraction] = text.split(separator);
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, options.groupSeparator);
    text = fraction === undefined ? grouped : `${grouped}${separator}${fraction}`;
  }
  return negative ? `${options.minusSign ?? "-"}${text}` : text;
}
