import { divide, multiply, rational, rationalFromNumber, roundScaled } from "../_lib/rational.ts";
import { IvpError } from "../errors.ts";

/** Options of {@link ratePer1000}. */
export interface RatePer1000Options {
  /** Decimal places, rounded half away from zero. Default 1 (as CBS publishes rates). */
  readonly decimals?: number;
}

/**
 * A count per 1,000 inhabitants, `count × 1000 / population`, computed exactly
 * and rounded half away from zero, so a rate that lands on .5 always rounds the
 * same way by hand and by machine (binary floating point would not promise
 * that). `null` when either figure is missing or the population is not
 * positive: a rate over no inhabitants has no meaning.
 *
 * @param count - the number of registrations (or any count), or `null` when missing
 * @param population - the number of inhabitants, or `null` when missing
 * @returns the rounded rate, or `null`
 * @example
 * ratePer1000(363, 12000) //=> 30.3 (30.25 rounds up)
 * ratePer1000(1, 3, { decimals: 2 }) //=> 333.33
 * ratePer1000(5, 0) //=> null
 */
export function ratePer1000(
  count: number | null,
  population: number | null,
  options: RatePer1000Options = {},
): number | null {
  return ratePer(count, population, 1000, options);
}

/** The sizes of population a rate can be per: 1,000, 10,000 or 100,000 inhabitants. */
export type RateBase = 1000 | 10_000 | 100_000;

/**
 * The unit of a rate per `base` inhabitants.
 *
 * @example
 * rateUnit(10_000) //=> "rate-per-10000"
 */
export function rateUnit(base: RateBase): "rate-per-1000" | "rate-per-10000" | "rate-per-100000" {
  return base === 1000 ? "rate-per-1000" : base === 10_000 ? "rate-per-10000" : "rate-per-100000";
}

/**
 * A count per `base` inhabitants (1,000, 10,000 or 100,000), `count × base /
 * population`, exact and rounded half away from zero as {@link ratePer1000}.
 * Halt referrals are published per 10,000 youths; some police figures per
 * 100,000 inhabitants.
 *
 * @example
 * ratePer(363, 12000, 10_000) //=> 302.5
 * ratePer(5, 12345, 100_000) //=> 40.5
 */
export function ratePer(
  count: number | null,
  population: number | null,
  base: RateBase,
  options: RatePer1000Options = {},
): number | null {
  if (count === null || population === null) return null;
  const decimals = options.decimals ?? 1;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new IvpError(
      "invalid-number",
      `decimals must be a whole number from 0 to 6, got ${decimals}`,
    );
  }
  const inhabitants = rationalFromNumber(population);
  if (inhabitants.num <= 0n) return null;
  const rate = divide(multiply(rationalFromNumber(count), rational(BigInt(base))), inhabitants);
  return Number(roundScaled(rate, decimals)) / 10 ** decimals;
}
