import { add, divide, multiply, rational, rationalFromNumber, toNumber } from "../_lib/rational.ts";
import { formatPeriodCode } from "../period/format-period.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import {
  arePeriodsComparable,
  fullYear,
  inYear,
  type Period,
  periodKind,
} from "../period/period.ts";
import { exactRate, rateBaseOf } from "../rate/rate-from-count.ts";
import { ratePer } from "../rate/rate-per-1000.ts";
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
    const partial = find(context, seriesId, area, inYear(months, year));
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
  return rateBaseOf(unit);
}

/**
 * For a rate whose series declares its count and population (`rate`): the
 * count and population of the period (the population of the period, else of
 * its year, as CBS counts inhabitants on 1 January), when they give the rate
 * as printed (count x per / population rounded to the rate's decimals), or
 * exactly (a rate ivp computed from them).
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
  const per = rateBaseOf(unit);
  const declared = context.series?.get(seriesId)?.rate;
  if (per === null || !declared) return undefined;
  const count = find(context, declared.count, area, period);
  const p = parsePeriodOrThrow(period);
  const population =
    find(context, declared.population, area, p) ??
    find(context, declared.population, area, fullYear(p.year));
  if (!count || !population || population.value <= 0) return undefined;
  const rate = ratePer(count.value, population.value, per, {
    decimals: Math.min(6, decimalsOf(value)),
  });
  // A rate ivp computed from the two (unrounded) matches them exactly.
  const matches = rate === value || exactRate(count.value, population.value, per) === value;
  return matches ? { count: count.value, exposure: population.value } : undefined;
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
  let sum = rational(0n);
  for (const p of average.periods) {
    const year = parsePeriodOrThrow(p.period).year;
    const found = find(context, seriesId, area, inYear(months, year));
    if (!found) return null;
    periods.push({ period: found.period, value: found.value });
    sum = add(sum, rationalFromNumber(found.value));
  }
  return {
    from: (periods[0] as { period: string }).period,
    to: (periods.at(-1) as { period: string }).period,
    periods,
    sum: toNumber(sum),
    count: periods.length,
  };
}

/**
 * The baseline side of a comparison: the plan's baseline or the figure of the
 * same months, or for an average the mean of its periods. An average of
 * counts is tested as its sum over k periods (exposure k), so the test
 * compares the latest count with k periods' worth of counts; an average of
 * other figures has no margin of its own.
 */
function baselineSide(
  context: ResolveContext,
  unit: Unit,
  seriesId: string,
  area: string,
  from: PeriodValue,
): ChangeSide {
  const { average } = from;
  if (average)
    return unit === "count"
      ? { value: average.sum, exposure: average.count }
      : { value: from.value };
  return {
    value: from.value,
    interval: intervalAt(context, seriesId, area, from.period, from.value),
    ...rateBasis(context, unit, seriesId, area, from.period, from.value),
  };
}

/** An average's figure on the baseline side: sum / count exactly, with its components. */
function averageValue(average: BaselineAverage): PeriodValue {
  const mean = divide(rationalFromNumber(average.sum), rational(BigInt(average.count)));
  return { period: average.to, value: toNumber(mean), derivation: "baseline", average };
}

/**
 * Makes the latest figure comparable with the baseline, or `null` when it
 * cannot be. An average baseline (with `average`, its `period` the last one
 * averaged) is compared as its mean: the same months of each averaged year
 * for a part of a year, and in the test as the sum over k periods.
 */
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
  const baselinePeriod = parsePeriodOrThrow(baseline.period);
  const latestPeriod = parsePeriodOrThrow(latest.period);
  if (latestPeriod.year <= baselinePeriod.year) return null;
  const toSide: ChangeSide = {
    value: latest.value,
    interval: intervalAt(context, seriesId, area, latest.period, latest.value),
    ...rateBasis(context, unit, seriesId, area, latest.period, latest.value),
  };
  const average = baseline.average ?? undefined;
  const base: PeriodValue = average
    ? averageValue(average)
    : { period: baseline.period, value: baseline.value, derivation: "baseline" };
  if (arePeriodsComparable(baselinePeriod, latestPeriod)) {
    return {
      comparison: {
        method: "same-period",
        from: base,
        to: latest,
        baseline: base.value,
        target: targetValue,
        current: latest.value,
      },
      sides: { from: baselineSide(context, unit, seriesId, area, base), to: toSide },
    };
  }
  if (periodKind(baselinePeriod) !== "year") return null;
  const months = inYear(latestPeriod, baselinePeriod.year);
  const sameAverage = average && sameMonthsAverage(context, seriesId, area, average, months);
  const sameMonths = average
    ? sameAverage && averageValue(sameAverage)
    : find(context, seriesId, area, months);
  // The ratio of the months to the year: of the sums for an average (the same k).
  const part = sameAverage ? sameAverage.sum : sameMonths?.value;
  const whole = average ? average.sum : base.value;
  if (sameMonths && part !== undefined && whole !== 0) {
    return {
      comparison: {
        method: "same-months",
        from: sameMonths,
        to: latest,
        scale: exactly(part, 1, whole),
        baseline: sameMonths.value,
        target: targetValue === null ? null : exactly(targetValue, part, whole),
        current: latest.value,
      },
      sides: { from: baselineSide(context, unit, seriesId, area, sameMonths), to: toSide },
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
      from: average ? base : { ...base, period: formatPeriodCode(baselinePeriod) },
      to: latest,
      projection,
      baseline: base.value,
      target: targetValue,
      current: projection.value,
    },
    sides: {
      from: { value: average?.sum ?? base.value, exposure: average?.count ?? 1 },
      to: { value: latest.value, exposure: projection.share },
    },
  };
}
