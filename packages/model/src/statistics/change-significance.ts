import type { Unit } from "../schema/types.ts";
import { MAX_COUNT } from "./confidence-interval.ts";
import { comparePoissonRates, type PoissonComparison } from "./poisson-test.ts";
import { compareOverdispersedRates, type OverdispersedComparison } from "./quasi-poisson-test.ts";
import { compareSurveyEstimates, type SurveyComparison } from "./survey-estimates.ts";

/** One side of a change: a value, and what is known about its uncertainty. */
export interface ChangeSide {
  readonly value: number | null;
  /** A supplied confidence interval (survey figures). */
  readonly interval?: { readonly lower: number; readonly upper: number } | undefined;
  /**
   * The exposure of a count (e.g. the share of a year it covers), or of a
   * rate's count: the population it is per. Default 1.
   */
  readonly exposure?: number | undefined;
  /**
   * For a rate (`rate-per-1000` and the like): the count it was computed
   * from, with the population as `exposure`. Without it a rate has no test.
   */
  readonly count?: number | undefined;
}

/** Options of {@link assessChangeSignificance}. */
export interface AssessChangeSignificanceOptions {
  readonly unit: Unit;
  readonly from: ChangeSide;
  readonly to: ChangeSide;
  /** The significance level. Default 0.05. */
  readonly alpha?: number;
  /** The confidence level of supplied intervals. Default 0.95. */
  readonly intervalConfidence?: number;
  /**
   * For counts: the dispersion phi of their series (variance = phi x mean),
   * e.g. from {@link estimateDispersion}. Above 1 the quasi-Poisson test is
   * used; default 1 (Poisson).
   */
  readonly dispersion?: number | undefined;
}

/**
 * Why no test could be done: a figure is missing; a figure of unit `count` is
 * not a whole number from 0 to 10^8 (`not-a-count`); figures of another unit
 * have no supplied intervals.
 */
export type NoTestReason = "missing-value" | "not-a-count" | "no-intervals";

/** The units of rates: per 1,000, 10,000 or 100,000 inhabitants. */
function isRate(unit: Unit): boolean {
  return unit === "rate-per-1000" || unit === "rate-per-10000" || unit === "rate-per-100000";
}

/**
 * Whether a change is distinguishable from chance, with the test behind it:
 * the exact Poisson test for counts, the supplied intervals for survey
 * figures, or no test with the reason.
 */
export type ChangeSignificance =
  | {
      readonly test: "poisson-exact";
      readonly alpha: number;
      readonly pValue: number;
      /** `pValue < alpha`: the change is larger than chance alone plausibly gives. */
      readonly distinguishableFromChance: boolean;
      readonly comparison: PoissonComparison;
    }
  | {
      readonly test: "quasi-poisson";
      readonly alpha: number;
      readonly pValue: number;
      readonly distinguishableFromChance: boolean;
      readonly comparison: OverdispersedComparison;
    }
  | {
      readonly test: "survey-intervals";
      readonly alpha: number;
      readonly pValue: number;
      readonly distinguishableFromChance: boolean;
      readonly comparison: SurveyComparison;
    }
  | { readonly test: "none"; readonly reason: NoTestReason };

/** A test's result: its p-value and whether it is below alpha. */
function tested<
  T extends "poisson-exact" | "quasi-poisson" | "survey-intervals",
  C extends { readonly pValue: number },
>(test: T, comparison: C, alpha: number) {
  return {
    test,
    alpha,
    pValue: comparison.pValue,
    distinguishableFromChance: comparison.pValue < alpha,
    comparison,
  };
}

/** A count the exact test takes: a whole number from 0 to 10^8 (see MAX_COUNT). */
function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}

/**
 * Tests whether the change from one figure to another is distinguishable
 * from chance. Counts (unit `count`) get the exact conditional Poisson test
 * ({@link comparePoissonRates}, with the exposures when the periods differ),
 * or with a dispersion above 1 its quasi-Poisson form
 * ({@link compareOverdispersedRates}).
 * A rate computed from a count and a population (both sides carry `count`
 * and the population as `exposure`) gets the exact test of its counts with
 * the populations as exposures, as R's `poisson.test(c(x2, x1), c(pop2,
 * pop1))`: the rate itself is not a count, and testing it as one would
 * make 30.3 per 1,000 look like 30 events.
 * Other figures need a supplied interval on both sides
 * ({@link compareSurveyEstimates}). Significant means p < alpha (0.05).
 *
 * @param options - the unit, both sides, and the significance level (default 0.05)
 * @returns the test, its p-value and the verdict, or the reason there is no test
 * @example
 * assessChangeSignificance({ unit: "count", from: { value: 54 }, to: { value: 26 } })
 * //=> { test: "poisson-exact", pValue: 0.00232..., distinguishableFromChance: true, alpha: 0.05, ... }
 * assessChangeSignificance({ unit: "count", from: { value: 8 }, to: { value: 5 } }).distinguishableFromChance
 * //=> false
 * assessChangeSignificance({ unit: "grade", from: { value: 7.3 }, to: { value: 7.5 } })
 * //=> { test: "none", reason: "no-intervals" }
 */
export function assessChangeSignificance(
  options: AssessChangeSignificanceOptions,
): ChangeSignificance {
  const { from, to, unit } = options;
  const alpha = options.alpha ?? 0.05;
  if (from.value === null || to.value === null) return { test: "none", reason: "missing-value" };
  if (unit === "count") {
    if (!isCount(from.value) || !isCount(to.value)) return { test: "none", reason: "not-a-count" };
    const dispersion = options.dispersion ?? 1;
    // The options of both tests at once (the Poisson test does not read the
    // dispersion): `{ ...counts, dispersion }` costs about a microsecond on
    // Node 20, per field added after the spread. count1 is the later figure,
    // so the rate ratio reads later / earlier.
    const counts = {
      count1: to.value,
      count2: from.value,
      exposure1: to.exposure ?? 1,
      exposure2: from.exposure ?? 1,
      confidence: 1 - alpha,
      dispersion,
    };
    return dispersion > 1
      ? tested("quasi-poisson", compareOverdispersedRates(counts), alpha)
      : tested("poisson-exact", comparePoissonRates(counts), alpha);
  }
  if (isRate(unit) && from.count !== undefined && to.count !== undefined) {
    if (!isCount(from.count) || !isCount(to.count)) return { test: "none", reason: "not-a-count" };
    const comparison = comparePoissonRates({
      count1: to.count,
      count2: from.count,
      exposure1: to.exposure ?? 1,
      exposure2: from.exposure ?? 1,
      confidence: 1 - alpha,
    });
    return tested("poisson-exact", comparison, alpha);
  }
  if (!from.interval || !to.interval) return { test: "none", reason: "no-intervals" };
  const comparison = compareSurveyEstimates({
    earlier: { value: from.value, ...from.interval },
    later: { value: to.value, ...to.interval },
    confidence: options.intervalConfidence ?? 0.95,
  });
  return tested("survey-intervals", comparison, alpha);
}
