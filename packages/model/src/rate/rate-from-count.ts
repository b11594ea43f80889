import { divide, multiply, rational, rationalFromNumber, toNumber } from "../_lib/rational.ts";
import type { Series, Unit } from "../schema/types.ts";
import type { RateBase } from "./rate-per-1000.ts";

// A rate that the plan does not type but ivp computes: count x per /
// population, from the count and population series a rate series declares
// (`rate: { count, population }`). The quotient is exact (BigInt rationals)
// and kept as the nearest double; it is rounded only when printed. Printing
// rounds the double's shortest decimal form half away from zero, which gives
// the exact quotient's rounding: a quotient that lies on a rounding boundary
// (30.25 to one decimal) is a short decimal, and its nearest double prints as
// exactly that decimal; one that does not lies at least 1 / (2 x 10^d x
// population) from every boundary, far more than a double's error for any
// population below 10^9 (a test checks this against `ratePer`).

/** What a rate series is computed from: its count and population series and per how many inhabitants. */
export interface RateDefinition {
  /** The series of the counts, e.g. misdrijven-totaal. */
  readonly count: string;
  /** The series of the population, e.g. inwoners. */
  readonly population: string;
  /** 1,000, 10,000 or 100,000 inhabitants, from the series' unit. */
  readonly per: RateBase;
}

/**
 * Per how many inhabitants a rate unit is; `null` for other units.
 *
 * @example
 * rateBaseOf("rate-per-10000") //=> 10000
 * rateBaseOf("count") //=> null
 */
export function rateBaseOf(unit: Unit): RateBase | null {
  if (unit === "rate-per-1000") return 1000;
  if (unit === "rate-per-10000") return 10_000;
  if (unit === "rate-per-100000") return 100_000;
  return null;
}

/**
 * The count and population a series' rate is computed from; `null` for a
 * series that declares none (or is not a rate).
 *
 * @example
 * rateDefinition({ id: "misdrijven-per-1000", unit: "rate-per-1000", rate: { count: "misdrijven-totaal", population: "inwoners" }, ... })
 * //=> { count: "misdrijven-totaal", population: "inwoners", per: 1000 }
 */
export function rateDefinition(series: Series | undefined): RateDefinition | null {
  if (!series?.rate) return null;
  const per = rateBaseOf(series.unit);
  return per === null ? null : { ...series.rate, per };
}

/**
 * `count x per / population`, exact, as the nearest double (not rounded to
 * any decimals: that is for printing); `null` when the population is not
 * positive.
 *
 * @example
 * exactRate(363, 12000, 1000) //=> 30.25
 * exactRate(363, 12358, 1000) //=> 29.37368506230782
 * exactRate(5, 0, 1000) //=> null
 */
export function exactRate(count: number, population: number, per: RateBase): number | null {
  const inhabitants = rationalFromNumber(population);
  if (inhabitants.num <= 0n) return null;
  return toNumber(divide(multiply(rationalFromNumber(count), rational(BigInt(per))), inhabitants));
}
