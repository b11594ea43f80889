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
  const scaled = roundNumberScaled(value, decimals);
  let text = formatScaledMagnitude(scaled, decimals, options.decimalSeparator ?? ",");
  if (options.groupSeparator) {
    const [whole = "", fraction] = text.split(options.decimalSeparator ?? ",");
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, options.groupSeparator);
    text =
      fraction === undefined ? grouped : `${grouped}${options.decimalSeparator ?? ","}${fraction}`;
  }
  return scaled < 0n ? `${options.minusSign ?? "-"}${text}` : text;
}
