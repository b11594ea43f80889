import { add, divide, multiply, rational, rationalFromNumber, toNumber } from "../_lib/rational.ts";
import { formatPeriodCode } from "../period/format-period.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import { arePeriodsComparable, fullYear, type Period, periodKind } from "../period/period.ts";
import { type RateBase, ratePer } from "../rate/rate-per-1000.ts";
import type { Unit } from "../schema/types.ts";
import {
  type DerivationRule,
  type ResolveContext,
  type ResolvedValue,
  resolveValue,
} from "../series/resolve-value.ts";
import type { ChangeSide } from "../statistics/change-significance.ts";
import type { BaselineAverage } from "../target/resolve-baseline.ts";
import { decimalsOf } from "../target/resolve-target.ts";
import { type FullYearProjection, projectFullYear } from "../year-to-date/project-full-year.ts";

/** A figure of a series in a period, and how it was found. */
export interface PeriodValue {
  readonly period: string;
  readonly value: number;
  /** `baseline` (the plan's baseline), `observed`, or the rule that derived it (e.g. `sum-of-parts`). */
  readonly derivation: "baseline" | "observed" | DerivationRule;
  /**
   * For the baseline side of an average baseline: the periods averaged (for
   * a part of a year, the same months of each year), their figures, the sum
   * and the count; `value` is sum / count and `period` the last of them.
   */
  readonly average?: BaselineAverage;
}

/** How the latest figure was made comparable with the baseline and the target. */
export type ProgressComparison =
  | {
      /** The latest figure covers the same months as the baseline (e.g. two full years). */
      readonly method: "same-period";
      readonly from: PeriodValue;
      readonly to: PeriodValue;
      readonly baseline: number;
      /** The target on the same scale; `null` without a target. */
      readonly target: number | null;
      readonly current: number;
    }
  | {
      /**
       * A part of a year (e.g. January-October 2018) against the same months of
       * the baseline year; the target is scaled to those months by the same
       * factor: target x (same months of the baseline year / baseline).
       */
      readonly method: "same-months";
      /** The same months of the baseline year. */
      readonly from: PeriodValue;
      readonly to: PeriodValue;
      /** same months of the baseline year / baseline. */
      readonly scale: number;
      readonly baseline: number;
      /** The target on the same scale; `null` without a target. */
      readonly target: number | null;
      readonly current: number;
    }
  | {
      /**
       * A part of a year projected to a full year with the share those months
       * had in earlier years, when the baseline year lacks the same months.
       */
      readonly method: "projection";
      readonly from: PeriodValue;
      readonly to: PeriodValue;
      readonly projection: FullYearProjection;
      readonly baseline: number;
      /** The target on the same scale; `null` without a target. */
      readonly target: number | null;
      /** The projected full year. */
      readonly current: number;
    };

function toPeriodValue(resolved: Exclude<ResolvedValue, { status: "missing" }>): PeriodValue {
  return {
    period: resolved.period,
    value: resolved.value,
    derivation: resolved.status === "observed" ? "observed" : resolved.rule,
  };
}

/** The figure of a series in a period, observed or derived; `null` when missing. */
export function find(
  context: ResolveContext,
  series: string,
  area: string,
  period: Period | string,
): PeriodValue | null {
  const resolved = resolveValue(context, series, area, period);
  return resolved.status === "missing" ? null : toPeriodValue(resolved);
}

/** The years before `months.year` that have figures for both the months and the full year. */
function partialYearHistory(
  context: ResolveContext,
  seriesId: string,
  area: string,
  months: Period,
  years: readonly number[],
) {
  const history: { year: number; partial: number; full: number }[] = [];
  for (const year of years) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the latest figure's own year never has a full-year figure here (it would be the latest figure), so it adds nothing either way
    if (year >= months.year) continue;
    const partial = find(context, seriesId, area, { ...months, year });
    const full = find(context, seriesId, area, fullYear(year));
    if (partial && full) history.push({ year, partial: partial.value, full: full.value });
  }
  return history;
}

/** value x times / over, computed exactly: 79 x 70 / 79 is 70, not 70.00000000000001. */
function exactly(value: number, times: number, over: number): number {
  return toNumber(
    divide(
      multiply(rationalFromNumber(value), rationalFromNumber(times)),
      rationalFromNumber(over),
    ),
  );
}

/** A comparison with the two sides its significance is tested on. */
export interface Built {
  readonly comparison: ProgressComparison;
  readonly sides: { readonly from: ChangeSide; readonly to: ChangeSide };
}

/** The supplied interval of the figure recorded for a period with this value, if any. */
function intervalAt(
  context: ResolveContext,
  series: string,
  area: string,
  period: string,
  value: number,
) {
  return context.index.getAll(series, area, period).find((o) => o.value === value && o.interval)
    ?.interval;
}

/** Per how many inhabitants a rate unit is; `null` for other units. */
export function ratePerOf(unit: Unit): number | null {
  if (unit === "rate-per-1000") return 1000;
  if (unit === "rate-per-10000") return 10_000;
  if (unit === "rate-per-100000") return 100_000;
  return null;
}

/**
 * For a rate whose series declares its count and population (`rate`): the
 * count and population of the period (the population of the period, else of
 * its year, as CBS counts inhabitants on 1 January), when they give the rate
 * as printed (count x per / population rounded to the rate's decimals).
 * Otherwise nothing: a rate whose count is unknown, or does not match, is
 * not tested as if it were.
 */
export function rateBasis(
  context: ResolveContext,
  unit: Unit,
  seriesId: string,
  area: string,
  period: string,
  value: number,
): { readonly count: number; readonly exposure: number } | undefined {
  const per = ratePerOf(unit);
  const declared = context.series?.get(seriesId)?.rate;
  if (per === null || !declared) return undefined;
  const count = find(context, declared.count, area, period);
  const p = parsePeriodOrThrow(period);
  const population =
    find(context, declared.population, area, p) ??
    find(context, declared.population, area, fullYear(p.year));
  if (!count || !population || population.value <= 0) return undefined;
  const rate = ratePer(count.value, population.value, per as RateBase, {
    decimals: Math.min(6, decimalsOf(value)),
  });
  return rate === value ? { count: count.value, exposure: population.value } : undefined;
}

/** Makes the latest figure comparable with the baseline, or `null` when it cannot be. */
export function compare(
  context: ResolveContext,
  unit: Unit,
  seriesId: string,
  area: string,
  baseline: {
    readonly value: number;
    readonly period: string;
    readonly average?: BaselineAverage | null | undefined;
  },
  targetValue: number | null,
  latest: PeriodValue,
): Built | null {
  if (baseline.average) {
    return compareWithAverage(context, unit, seriesId, area, baseline.average, targetValue, latest);
  }
  const baselinePeriod = parsePeriodOrThrow(baseline.period);
  const latestPeriod = parsePeriodOrThrow(latest.period);
  if (latestPeriod.year <= baselinePeriod.year) return null;
  const toSide: ChangeSide = {
    value: latest.value,
    interval: intervalAt(context, seriesId, area, latest.period, latest.value),
    ...rateBasis(context, unit, seriesId, area, latest.period, latest.value),
  };
  if (arePeriodsComparable(baselinePeriod, latestPeriod)) {
    const from: PeriodValue = {
      period: baseline.period,
      value: baseline.value,
      derivation: "baseline",
    };
    return {
      comparison: {
        method: "same-period",
        from,
        to: latest,
        baseline: baseline.value,
        target: targetValue,
        current: latest.value,
      },
      sides: {
        from: {
          value: baseline.value,
          interval: intervalAt(context, seriesId, area, baseline.period, baseline.value),
          ...rateBasis(context, unit, seriesId, area, baseline.period, baseline.value),
        },
        to: toSide,
      },
    };
  }
  if (periodKind(baselinePeriod) !== "year") return null;
  const months: Period = { ...latestPeriod, year: baselinePeriod.year };
  const sameMonths = find(context, seriesId, area, months);
  if (sameMonths && baseline.value !== 0) {
    return {
      comparison: {
        method: "same-months",
        from: sameMonths,
        to: latest,
        scale: exactly(sameMonths.value, 1, baseline.value),
        baseline: sameMonths.value,
        target:
          targetValue === null ? null : exactly(targetValue, sameMonths.value, baseline.value),
        current: latest.value,
      },
      sides: {
        from: {
          value: sameMonths.value,
          interval: intervalAt(context, seriesId, area, sameMonths.period, sameMonths.value),
          ...rateBasis(context, unit, seriesId, area, sameMonths.period, sameMonths.value),
        },
        to: toSide,
      },
    };
  }
  // Projection: only for counts, whose parts of a year add up to the year.
  if (unit !== "count") return null;
  const years = [
    ...new Set(context.index.series(seriesId, area).map((o) => parsePeriodOrThrow(o.period).year)),
  ].sort((a, b) => a - b);
  const history = partialYearHistory(context, seriesId, area, latestPeriod, years);
  if (!history.some((h) => h.full > 0 && h.partial > 0)) return null;
  const projection = projectFullYear({ partial: latest.value, history });
  return {
    comparison: {
      method: "projection",
      from: {
        period: formatPeriodCode(baselinePeriod),
        value: baseline.value,
        derivation: "baseline",
      },
      to: latest,
      projection,
      baseline: baseline.value,
      target: targetValue,
      current: projection.value,
    },
    sides: {
      from: { value: baseline.value, exposure: 1 },
      to: { value: latest.value, exposure: projection.share },
    },
  };
}

/** The same months as `months` in each period of an average, with the figures; `null` when one is missing. */
function sameMonthsAverage(
  context: ResolveContext,
  seriesId: string,
  area: string,
  average: BaselineAverage,
  months: Period,
): BaselineAverage | null {
  const periods: { period: string; value: number }[] = [];
  for (const p of average.periods) {
    const found = find(context, seriesId, area, {
      ...months,
      year: parsePeriodOrThrow(p.period).year,
    });
    if (!found) return null;
    periods.push({ period: found.period, value: found.value });
  }
  const sum = periods.reduce((total, p) => add(total, rationalFromNumber(p.value)), rational(0n));
  return {
    from: (periods[0] as { period: string }).period,
    to: (periods.at(-1) as { period: string }).period,
    periods,
    sum: toNumber(sum),
    count: periods.length,
  };
}

/** sum / count exactly, as the nearest number. */
function meanOf(average: BaselineAverage): number {
  return toNumber(divide(rationalFromNumber(average.sum), rational(BigInt(average.count))));
}

/**
 * The baseline side of an average: for counts the sum of the k periods with
 * exposure k (so the test compares the latest count with k periods' worth of
 * counts); otherwise the mean, which has no margin of its own.
 */
function averageSide(unit: Unit, average: BaselineAverage): ChangeSide {
  return unit === "count"
    ? { value: average.sum, exposure: average.count }
    : { value: meanOf(average) };
}

/**
 * {@link compare} for an average baseline: the latest figure against the
 * mean of the same periods (same-period), or against the mean of the same
 * months of each baseline year with the target scaled by the same factor
 * (same-months), or a count projected to a full year (projection).
 */
function compareWithAverage(
  context: ResolveContext,
  unit: Unit,
  seriesId: string,
  area: string,
  average: BaselineAverage,
  targetValue: number | null,
  latest: PeriodValue,
): Built | null {
  const last = parsePeriodOrThrow(average.to);
  const latestPeriod = parsePeriodOrThrow(latest.period);
  if (latestPeriod.year <= last.year) return null;
  const mean = meanOf(average);
  const toSide: ChangeSide = {
    value: latest.value,
    interval: intervalAt(context, seriesId, area, latest.period, latest.value),
    ...rateBasis(context, unit, seriesId, area, latest.period, latest.value),
  };
  const from: PeriodValue = { period: average.to, value: mean, derivation: "baseline", average };
  if (arePeriodsComparable(last, latestPeriod)) {
    return {
      comparison: {
        method: "same-period",
        from,
        to: latest,
        baseline: mean,
        target: targetValue,
        current: latest.value,
      },
      sides: { from: averageSide(unit, average), to: toSide },
    };
  }
  if (periodKind(last) !== "year") return null;
  const same = sameMonthsAverage(context, seriesId, area, average, latestPeriod);
  if (same && average.sum !== 0) {
    const sameMean = meanOf(same);
    return {
      comparison: {
        method: "same-months",
        from: { period: same.to, value: sameMean, derivation: "baseline", average: same },
        to: latest,
        scale: exactly(same.sum, 1, average.sum),
        baseline: sameMean,
        target: targetValue === null ? null : exactly(targetValue, same.sum, average.sum),
        current: latest.value,
      },
      sides: { from: averageSide(unit, same), to: toSide },
    };
  }
  if (unit !== "count") return null;
  const years = [
    ...new Set(context.index.series(seriesId, area).map((o) => parsePeriodOrThrow(o.period).year)),
  ].sort((a, b) => a - b);
  const history = partialYearHistory(context, seriesId, area, latestPeriod, years);
  if (!history.some((h) => h.full > 0 && h.partial > 0)) return null;
  const projection = projectFullYear({ partial: latest.value, history });
  return {
    comparison: {
      method: "projection",
      from,
      to: latest,
      projection,
      baseline: mean,
      target: targetValue,
      current: projection.value,
    },
    sides: {
      from: { value: average.sum, exposure: average.count },
      to: { value: latest.value, exposure: projection.share },
    },
  };
}
