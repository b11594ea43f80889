import { formatScaledMagnitude, roundScaled } from "../_lib/rational.ts";
import { exactPercentChange } from "./percent-change.ts";

/** How a percentage change is written. */
export interface PercentChangeNotation {
  /** Decimal places. Default 0. */
  readonly decimals: number;
  /** Decimal separator. Default `","` (Dutch). */
  readonly decimalSeparator: string;
  /** Sign written before an increase. Default `"+"`. */
  readonly plusSign: string;
  /** Sign written before a decrease. Default `"-"` (hyphen-minus, as printed). */
  readonly minusSign: string;
  /** Written after the number. Default `"%"`. */
  readonly percentSign: string;
  /** The cell written when the base is 0 (or a value is missing). Default `""`. */
  readonly emptyCell: string;
}

/** The notation of the Laren IVP tables: whole percents, `+25%`, `-52%`, `0%`, empty for a zero base. */
export const DUTCH_PERCENT_CHANGE_NOTATION: PercentChangeNotation = Object.freeze({
  decimals: 0,
  decimalSeparator: ",",
  plusSign: "+",
  minusSign: "-",
  percentSign: "%",
  emptyCell: "",
});

/** English notation: a decimal point, otherwise as {@link DUTCH_PERCENT_CHANGE_NOTATION}. */
export const ENGLISH_PERCENT_CHANGE_NOTATION: PercentChangeNotation = Object.freeze({
  ...DUTCH_PERCENT_CHANGE_NOTATION,
  decimalSeparator: ".",
});

/** Options of {@link formatPercentChange}: any part of the notation. */
export type FormatPercentChangeOptions = Partial<PercentChangeNotation>;

/**
 * Writes the change from `from` to `to` as the IVP tables print it.
 *
 * The rule, verified on every cell of the Laren tables: change =
 * (to - from) / from x 100, computed exactly and rounded half away from zero;
 * an explicit `+` for an increase; `0%` when the rounded change is zero (never
 * `+0%` or `-0%`); an empty cell when the base is 0, because a change from
 * nothing has no percentage.
 *
 * @param from - the old value (the base)
 * @param to - the new value
 * @param options - notation; Dutch whole percents by default
 * @returns the printed cell
 * @example
 * formatPercentChange(54, 26) //=> "-52%"
 * formatPercentChange(8, 5) //=> "-38%"
 * formatPercentChange(1, 6) //=> "+500%"
 * formatPercentChange(1, 1) //=> "0%"
 * formatPercentChange(0, 1) //=> ""
 * formatPercentChange(7.3, 7.5, { decimals: 1 }) //=> "+2,7%"
 */
export function formatPercentChange(
  from: number,
  to: number,
  options: FormatPercentChangeOptions = {},
): string {
  const notation = { ...DUTCH_PERCENT_CHANGE_NOTATION, ...options };
  const change = exactPercentChange(from, to);
  return change
    ? formatRoundedPercent(roundScaled(change, notation.decimals), notation)
    : notation.emptyCell;
}

/** @internal Writes an already rounded percentage (scaled by 10^decimals). */
export function formatRoundedPercent(scaled: bigint, notation: PercentChangeNotation): string {
  const magnitude = formatScaledMagnitude(scaled, notation.decimals, notation.decimalSeparator);
  const sign = scaled > 0n ? notation.plusSign : scaled < 0n ? notation.minusSign : "";
  return `${sign}${magnitude}${notation.percentSign}`;
}
