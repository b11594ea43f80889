import { add, rationalFromNumber, subtract, toNumber } from "../_lib/rational.ts";

/**
 * The July-December figure, derived as the full year minus January-June.
 * The IVP tables print no second-half figures; their July-December change
 * column is computed from these. Exact for decimal inputs.
 *
 * @param fullYear - the January-December figure
 * @param firstHalf - the January-June figure of the same year
 * @returns the July-December figure (negative when the inputs contradict each other)
 * @example
 * deriveSecondHalf(79, 54) //=> 25
 */
export function deriveSecondHalf(fullYear: number, firstHalf: number): number {
  return toNumber(subtract(rationalFromNumber(fullYear), rationalFromNumber(firstHalf)));
}

/**
 * The sum of parts, computed exactly: the total of an exhaustive "of which" split.
 *
 * @example
 * sumParts([20, 59]) //=> 79
 * sumParts([0.1, 0.2]) //=> 0.3
 */
export function sumParts(values: readonly number[]): number {
  let total = rationalFromNumber(0);
  for (const value of values) total = add(total, rationalFromNumber(value));
  return toNumber(total);
}
