import { type Rational, rational, rationalFromNumber, roundScaled } from "../_lib/rational.ts";
import { IvpError } from "../errors.ts";

/**
 * The exact relative change from `from` to `to`, in percent, as a rational
 * number; `null` when the base is 0 (a change from nothing has no percentage).
 *
 * The change is taken relative to the magnitude of the base, so an increase is
 * always positive, also for a negative base.
 *
 * One fraction reduced once: (t - f) / |f| x 100 with f = a/b and t = c/d is
 * (cb - ad) x 100 / (d|a|). Built as `multiply(divide(subtract(t, f), abs(f)),
 * 100)` it was reduced four times (Euclid's algorithm on BigInt each time);
 * lowest terms are unique, so the result is the same rational (a property
 * test holds both forms equal).
 *
 * @internal Exact form used by the formatting and rounding functions.
 */
export function exactPercentChange(from: number, to: number): Rational | null {
  const base = rationalFromNumber(from);
  if (base.num === 0n) return null;
  const next = rationalFromNumber(to);
  return rational(
    (next.num * base.den - base.num * next.den) * 100n,
    next.den * (base.num < 0n ? -base.num : base.num),
  );
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
