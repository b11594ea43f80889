/**
 * Corrections for multiple comparisons. A figure table of 49 rows tests 49
 * changes; at alpha = 0.05, chance alone marks about 2.5 of them "significant"
 * even when nothing changed. Adjusting the p-values across the table keeps
 * that in check:
 *
 * - **Holm** (Holm 1979, "A simple sequentially rejective multiple test
 *   procedure", Scandinavian Journal of Statistics 6) controls the
 *   family-wise error rate: the chance of at least one false mark.
 * - **Benjamini-Hochberg** (Benjamini & Hochberg 1995, "Controlling the false
 *   discovery rate", JRSS B 57) controls the false discovery rate: the
 *   expected share of false marks among the marks. Less strict than Holm, so
 *   it keeps more real changes; the usual choice for a table of indicators.
 *
 * Both equal R's `p.adjust(p, "holm")` and `p.adjust(p, "BH")`; the formulas
 * are a few lines, so they are written here rather than taken from a library.
 */
import { IvpError } from "../errors.ts";

/** Every {@link CorrectionMethod}, from least to most cautious about chance. */
export const CORRECTION_METHODS = ["none", "benjamini-hochberg", "holm"] as const;

/**
 * How p-values are corrected across a family of tests: `"none"` (each test on
 * its own), `"holm"` (family-wise error) or `"benjamini-hochberg"` (false
 * discovery rate).
 */
export type CorrectionMethod = (typeof CORRECTION_METHODS)[number];

function assertPValue(value: number, index: number): void {
  if (!(value >= 0 && value <= 1)) {
    throw new IvpError(
      "invalid-number",
      `p-value ${index + 1} must lie between 0 and 1, got ${value}`,
    );
  }
}

/**
 * Adjusts a family of p-values for multiple comparisons, as R's `p.adjust`.
 * An adjusted p-value below alpha marks the same tests as the procedure
 * (Holm's step-down, or Benjamini-Hochberg's step-up) at level alpha.
 *
 * - Holm: sort ascending, p_(i) x (m - i + 1), running maximum, capped at 1.
 * - Benjamini-Hochberg: sort ascending, p_(i) x m / i, running minimum from
 *   the largest down, capped at 1.
 *
 * @param pValues - the raw p-values of the family, each in [0, 1]; the order is kept
 * @param method - the correction; `"none"` returns a copy of the raw values
 * @returns the adjusted p-values, in the order of `pValues`
 * @throws {@link IvpError} `invalid-number` when a p-value lies outside [0, 1]
 * @example
 * adjustPValues([0.01, 0.04, 0.03, 0.005], "holm")
 * //=> [0.03, 0.06, 0.06, 0.02]
 * adjustPValues([0.01, 0.04, 0.03, 0.005], "benjamini-hochberg")
 * //=> [0.02, 0.04, 0.04, 0.02]
 */
export function adjustPValues(pValues: readonly number[], method: CorrectionMethod): number[] {
  pValues.forEach(assertPValue);
  const m = pValues.length;
  if (method === "none" || m === 0) return [...pValues];
  // Indices in ascending order of p; a stable sort keeps ties in input order, as R's order().
  const order = pValues
    .map((_, i) => i)
    .sort((a, b) => (pValues[a] as number) - (pValues[b] as number));
  const adjusted = new Array<number>(m);
  if (method === "holm") {
    let running = 0;
    order.forEach((index, rank) => {
      running = Math.max(running, (m - rank) * (pValues[index] as number));
      adjusted[index] = Math.min(1, running);
    });
    return adjusted;
  }
  let running = Number.POSITIVE_INFINITY;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank] as number;
    running = Math.min(running, (m / (rank + 1)) * (pValues[index] as number));
    adjusted[index] = Math.min(1, running);
  }
  return adjusted;
}

/**
 * How many tests chance alone would mark at level alpha when nothing changed:
 * tests x alpha (each test has probability alpha of a false mark). For a
 * sentence such as "49 tests; chance alone would give about 2.5 marks".
 *
 * @param tests - the number of tests done (a whole number >= 0)
 * @param alpha - the significance level of each test, in (0, 1)
 * @returns the expected number of marks under "no change anywhere"
 * @throws {@link IvpError} `invalid-number` for a negative or fractional count or an alpha outside (0, 1)
 * @example
 * expectedChanceMarks(49, 0.05) //=> 2.45
 */
export function expectedChanceMarks(tests: number, alpha: number): number {
  if (!(Number.isInteger(tests) && tests >= 0)) {
    throw new IvpError(
      "invalid-number",
      `the number of tests must be a whole number >= 0, got ${tests}`,
    );
  }
  if (!(alpha > 0 && alpha < 1)) {
    throw new IvpError(
      "invalid-number",
      `alpha must lie between 0 and 1 (e.g. 0.05), got ${alpha}`,
    );
  }
  // To 12 significant digits: 6 x 0.05 is 0.3, not 0.30000000000000004.
  return Number((tests * alpha).toPrecision(12));
}
