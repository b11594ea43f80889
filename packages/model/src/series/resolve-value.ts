import type { Observation } from "../observation/observation.ts";
import type { ObservationIndex } from "../observation/observation-index.ts";
import { formatPeriodCode } from "../period/format-period.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import { firstHalf, fullYear, type Period, periodKind, secondHalf } from "../period/period.ts";
import { exactRate, rateDefinition } from "../rate/rate-from-count.ts";
import type { Plan, Series, Unit } from "../schema/types.ts";
import { deriveSecondHalf, sumParts } from "./derive.ts";

/**
 * How a value was derived from other values; `rate`: count x per /
 * population, from the count and population series a rate series declares.
 */
export type DerivationRule = "second-half" | "first-half" | "full-year" | "sum-of-parts" | "rate";

/** A value found for a series, area and period: observed, derived, or missing. */
export type ResolvedValue =
  | {
      readonly status: "observed";
      readonly value: number;
      readonly period: string;
      readonly observation: Observation;
    }
  | {
      readonly status: "derived";
      readonly value: number;
      readonly period: string;
      readonly rule: DerivationRule;
      readonly inputs: readonly ResolvedValue[];
    }
  | {
      readonly status: "missing";
      readonly period: string;
      /**
       * For a rate series that declares its count and population: what was
       * found of the two (one of them, or both, missing), so a reader is told
       * why there is no rate instead of a guess.
       */
      readonly rateInputs?: {
        readonly count: ResolvedValue;
        readonly population: ResolvedValue;
      };
      /**
       * Present when the period would have been derived from the year and the
       * other half (or from the two halves) had the series been a count: the
       * rule that was not applied and the unit. A percentage, grade or rate of
       * a year is not the sum of those of its halves, so neither is a half the
       * year minus the other half.
       */
      readonly notAdditive?: {
        readonly rule: "second-half" | "first-half" | "full-year";
        /** The series' unit (anything but `count`). */
        readonly unit: Unit;
      };
    };

type NotAdditive = NonNullable<Extract<ResolvedValue, { status: "missing" }>["notAdditive"]>;

/** What {@link resolveValue} looks values up in. */
export interface ResolveContext {
  readonly index: ObservationIndex;
  /** Series definitions, for sums of parts declared complete. */
  readonly series?: ReadonlyMap<string, Series>;
  /**
   * The unit of a series that `series` does not define (an indicator measured
   * under its own id), by series id: a plan's are its indicators' units. A
   * series found in neither is taken as a count, the schema's default.
   */
  readonly units?: ReadonlyMap<string, Unit>;
}

/**
 * The unit of every series of a plan: a series' own, else that of the
 * indicator measuring it (for {@link ResolveContext.units}).
 *
 * @example
 * seriesUnits(plan).get("veiligheidsgevoel") //=> "percentage"
 */
export function seriesUnits(plan: Pick<Plan, "series" | "indicators">): Map<string, Unit> {
  const units = new Map<string, Unit>();
  for (const indicator of plan.indicators)
    units.set(indicator.series ?? indicator.id, indicator.unit);
  for (const series of plan.series) units.set(series.id, series.unit);
  return units;
}

/** Options of {@link resolveValue}. */
export interface ResolveValueOptions {
  /** How many derivation steps may be chained. Default 2. */
  readonly depth?: number;
}

/**
 * The value of a series for an area in a period: observed when there is a
 * figure, otherwise derived where a rule allows it:
 * July-December = year - January-June; January-June = year - July-December;
 * year = January-June + July-December (these three for counts only: a
 * percentage, grade or rate of a year is not the sum of its halves', so for
 * other units the period stays missing, with the rule in `notAdditive`); a
 * total = the sum of its parts when the
 * parts are declared complete; a rate series that declares its count and
 * population (`rate`) without a figure of its own is count x per / population
 * (exact, unrounded; the population of the period, else on 1 January of its
 * year), and a period with only one of the two has no rate, with both inputs
 * in `rateInputs`. A missing figure stays missing (never 0).
 *
 * @example
 * resolveValue({ index }, "woninginbraken", "GM0417", "2017-H2")
 * //=> { status: "derived", value: 25, rule: "second-half", inputs: [{ value: 79, ... }, { value: 54, ... }], ... }
 */
export function resolveValue(
  context: ResolveContext,
  series: string,
  area: string,
  period: Period | string,
  options: ResolveValueOptions = {},
): ResolvedValue {
  const p = typeof period === "string" ? parsePeriodOrThrow(period) : period;
  return resolve(context, series, area, p, options.depth ?? 2);
}

function resolve(
  context: ResolveContext,
  series: string,
  area: string,
  p: Period,
  depth: number,
): ResolvedValue {
  const code = formatPeriodCode(p);
  const observed = context.index.getAll(series, area, code).find((o) => o.value !== null);
  if (observed && observed.value !== null) {
    return { status: "observed", value: observed.value, period: code, observation: observed };
  }
  const missing: ResolvedValue = { status: "missing", period: code };
  if (depth <= 0) return missing;
  const next = depth - 1;
  const kind = periodKind(p);
  const definition = context.series?.get(series);
  const unit = definition?.unit ?? context.units?.get(series) ?? "count";
  let notAdditive: NotAdditive | undefined;
  if (kind === "half-year") {
    const year = resolve(context, series, area, fullYear(p.year), next);
    const otherHalf = resolve(
      context,
      series,
      area,
      p.startMonth === 7 ? firstHalf(p.year) : secondHalf(p.year),
      next,
    );
    if (year.status !== "missing" && otherHalf.status === "observed") {
      const rule = p.startMonth === 7 ? "second-half" : "first-half";
      if (unit === "count") {
        return {
          status: "derived",
          value: deriveSecondHalf(year.value, otherHalf.value),
          period: code,
          rule,
          inputs: [year, otherHalf],
        };
      }
      notAdditive = { rule, unit };
    }
  }
  if (kind === "year") {
    const h1 = context.index.get(series, area, firstHalf(p.year));
    const h2 = context.index.get(series, area, secondHalf(p.year));
    if (h1 && h2 && h1.value !== null && h2.value !== null) {
      if (unit === "count") {
        return {
          status: "derived",
          value: sumParts([h1.value, h2.value]),
          period: code,
          rule: "full-year",
          inputs: [
            { status: "observed", value: h1.value, period: h1.period, observation: h1 },
            { status: "observed", value: h2.value, period: h2.period, observation: h2 },
          ],
        };
      }
      notAdditive = { rule: "full-year", unit };
    }
  }
  if (definition?.parts?.complete) {
    const parts = definition.parts.series.map((part) => resolve(context, part, area, p, next));
    const found = parts.filter(
      (part): part is Exclude<ResolvedValue, { status: "missing" }> => part.status !== "missing",
    );
    if (found.length === parts.length) {
      return {
        status: "derived",
        value: sumParts(found.map((part) => part.value)),
        period: code,
        rule: "sum-of-parts",
        inputs: parts,
      };
    }
  }
  const rate = rateDefinition(definition);
  if (rate) {
    const count = resolve(context, rate.count, area, p, next);
    let population = resolve(context, rate.population, area, p, next);
    if (population.status === "missing" && periodKind(p) !== "year") {
      population = resolve(context, rate.population, area, fullYear(p.year), next);
    }
    if (count.status !== "missing" && population.status !== "missing") {
      const value = exactRate(count.value, population.value, rate.per);
      if (value !== null) {
        return {
          status: "derived",
          value,
          period: code,
          rule: "rate",
          inputs: [count, population],
        };
      }
    }
    return { ...missing, rateInputs: { count, population }, ...(notAdditive && { notAdditive }) };
  }
  return notAdditive ? { ...missing, notAdditive } : missing;
}

/**
 * The series whose figures can give `id` a figure: itself, its parts when
 * they are complete, and the count a rate is computed from. The latest
 * figure, a rolling table's columns and a comparison's years are looked for
 * in these.
 *
 * @example
 * figureSources(plan.series.find((s) => s.id === "misdrijven-per-1000"), "misdrijven-per-1000")
 * //=> ["misdrijven-per-1000", "misdrijven-totaal"]
 */
export function figureSources(definition: Series | undefined, id: string): string[] {
  const rate = rateDefinition(definition);
  return [
    id,
    ...(definition?.parts?.complete ? definition.parts.series : []),
    ...(rate ? [rate.count] : []),
  ];
}
