import {
  abs,
  divide,
  multiply,
  type Rational,
  rational,
  rationalFromNumber,
  roundScaled,
  subtract,
} from "../_lib/rational.ts";
import { IvpError } from "../errors.ts";

/**
 * The exact relative change from `from` to `to`, in percent, as a rational
 * number; `null` when the base is 0 (a change from nothing has no percentage).
 *
 * The change is taken relative to the magnitude of the base, so an increase is
 * always positive, also for a negative base.
 *
 * @internal Exact form used by the formatting and rounding functions.
 */
export function exactPercentChange(from: number, to: number): Rational | null {
  const base = rationalFromNumber(from);
  if (base.num === 0n) return null;
  const difference = subtract(rationalFromNumber(to), base);
  return multiply(divide(difference, abs(base)), rational(100n));
}

/** Options of {@link roundPercentChange}. */
export interface RoundPercentChangeOptions {
  /** Decimal places to round to. Default 0 (whole percents, as the IVP tables print). */
  readonly decimals?: number;
}

/**
 * The percentage change from `from` to `to`, rounded half away from zero.
 *
 * Computed exactly, so a change of exactly -37.5% becomes -38 (8 to 5), never
 * -37 through a binary rounding error. Returns `null` when `from` is 0: the
 * document leaves that cell empty.
 *
 * @param from - the old value (the base of the comparison)
 * @param to - the new value
 * @returns the rounded change in percent, or `null` for a zero base
 * @example
 * roundPercentChange(8, 5) //=> -38
 * roundPercentChange(54, 26) //=> -52
 * roundPercentChange(0, 3) //=> null
 */
export function roundPercentChange(
  from: number,
  to: number,
  options: RoundPercentChangeOptions = {},
): number | null {
  const decimals = options.decimals ?? 0;
  const change = exactPercentChange(from, to);
  if (change === null) return null;
  return Number(roundScaled(change, decimals)) / 10 ** decimals;
}

/**
 * The unrounded percentage change from `from` to `to` as a floating-point
 * number (for charts and statistics, not for printing); `null` for a zero base.
 *
 * @example
 * percentChange(77, 79) //=> 2.5974025974025974
 */
export function percentChange(from: number, to: number): number | null {
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new IvpError(
      "invalid-number",
      `percentChange needs finite numbers, got ${from} and ${to}`,
    );
  }
  if (from === 0) return null;
  return ((to - from) / Math.abs(from)) * 100;
}
