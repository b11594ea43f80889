/**
 * Target arithmetic. Internal to the linter.
 */
import {
  add,
  divide,
  multiply,
  type Rational,
  rational,
  rationalFromNumber,
} from "../../_lib/rational.ts";

/**
 * A stated change in percent applied to a baseline, exactly:
 * `-25%` of 79 is 59.25, never 59.249999.
 */
export function applyChange(baseline: number | Rational, change: number): Rational {
  const factor = divide(add(rational(100n), rationalFromNumber(change)), rational(100n));
  const base = typeof baseline === "number" ? rationalFromNumber(baseline) : baseline;
  return multiply(base, factor);
}
