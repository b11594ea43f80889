/**
 * Regression to the mean. A count that is the lowest (or highest) of several
 * comparable periods is, in part, low (or high) by chance; the next period
 * tends back towards the usual level whatever a plan does. A baseline chosen
 * in such a year makes the change after it look like decline (or progress) by
 * itself. Laren's plan sets its geweld baseline in 2017, with 23 the lowest
 * of the five years 2013-2017, and compares January-June 2018 with
 * January-June 2017, whose 54 woninginbraken are the highest of the four first
 * halves 2015-2018.
 *
 * The check is descriptive, not a test: it says where the baseline stands
 * among its neighbours, with the figures, so a report can warn and suggest a
 * multi-year average baseline (Barnett, van der Pols & Dobson, "Regression to
 * the mean: what it is and how to deal with it", International Journal of
 * Epidemiology 34, 2005).
 */
import { IvpError } from "../errors.ts";

/**
 * The fewest other comparable periods a baseline is compared with: 3. Among
 * two neighbours, being the lowest or highest is too common (2 in 3 by
 * chance alone) to be worth a warning.
 */
export const MIN_EXTREMITY_PERIODS = 3;

/** Options of {@link baselineExtremity}. */
export interface BaselineExtremityOptions {
  /** The baseline value (a count, a rate, a percentage) of a single period. */
  readonly baseline: number;
  /** The values of the comparable periods before the baseline, oldest first. */
  readonly history: readonly number[];
  /**
   * The values of comparable periods after the baseline that were known when
   * the baseline was chosen (e.g. Tabel 1's January-June 2018 next to the
   * 2017 baseline), oldest first. Default none.
   */
  readonly later?: readonly number[];
}

/** Where a baseline stands among its comparable periods. */
export interface BaselineExtremity {
  /**
   * `"lowest"` or `"highest"` when the baseline is strictly below or above
   * every other period; `null` when it is not (ties included).
   */
  readonly position: "lowest" | "highest" | null;
  /** The baseline value. */
  readonly baseline: number;
  /** The periods before the baseline, as given. */
  readonly history: readonly number[];
  /** The periods after the baseline, as given (empty when none). */
  readonly later: readonly number[];
  /** All periods compared, the baseline included: history + 1 + later. */
  readonly periods: number;
  /** The mean of the other periods (the baseline excluded): the level a next period tends back to. */
  readonly otherMean: number;
  /** The lowest and highest of the other periods. */
  readonly otherRange: { readonly min: number; readonly max: number };
  /**
   * The probability that one of `periods` exchangeable values is strictly
   * the lowest or the highest: 2 / periods (e.g. 0.4 for five years). A
   * reminder that an extreme baseline is common even without any cause.
   */
  readonly chanceOfExtreme: number;
}

function checkValues(values: readonly number[], name: string): void {
  values.forEach((value, i) => {
    if (!Number.isFinite(value)) {
      throw new IvpError(
        "invalid-number",
        `${name} value ${i + 1} must be a finite number, got ${value}`,
      );
    }
  });
}

/**
 * Says whether a single-period baseline is the lowest or the highest of
 * itself and its comparable neighbouring periods, with the figures a warning
 * needs. Needs {@link MIN_EXTREMITY_PERIODS} other periods (history and
 * later together).
 *
 * @param options - the baseline, the earlier comparable periods and optionally the later ones
 * @returns where the baseline stands, or `null` with fewer than 3 other periods
 * @throws {@link IvpError} `invalid-number` when a value is not a finite number
 * @example
 * // Laren, geweld: 2017's 23 after 40, 35, 41, 29 (2013-2016)
 * baselineExtremity({ baseline: 23, history: [40, 35, 41, 29] })
 * //=> { position: "lowest", periods: 5, otherMean: 36.25, otherRange: { min: 29, max: 41 }, chanceOfExtreme: 0.4, ... }
 * // Laren, woninginbraken January-June 2017: 54 after 42, 34 and before 26
 * baselineExtremity({ baseline: 54, history: [42, 34], later: [26] }).position //=> "highest"
 */
export function baselineExtremity(options: BaselineExtremityOptions): BaselineExtremity | null {
  const { baseline, history } = options;
  const later = options.later ?? [];
  checkValues([baseline], "the baseline");
  checkValues(history, "the history");
  checkValues(later, "the later periods");
  const others = [...history, ...later];
  if (others.length < MIN_EXTREMITY_PERIODS) return null;
  const min = Math.min(...others);
  const max = Math.max(...others);
  const position = baseline < min ? "lowest" : baseline > max ? "highest" : null;
  const periods = others.length + 1;
  return {
    position,
    baseline,
    history,
    later,
    periods,
    otherMean: others.reduce((sum, v) => sum + v, 0) / others.length,
    otherRange: { min, max },
    chanceOfExtreme: 2 / periods,
  };
}
