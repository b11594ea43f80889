// Where the rates of a rate indicator come from, for `ivp status` and the
// report (the status JSON's `rate`): in the report package rather than the
// model, whose browser bundle has a size budget.
import {
  comparePeriods,
  parsePeriod,
  periodKind,
  type RateDefinition,
  type ResolveContext,
  type ResolvedValue,
  rateDefinition,
  resolveValue,
} from "@ivp/model";

/** A figure that went into a rate: its period and value. */
interface RateInput {
  readonly period: string;
  readonly value: number;
}

/** The rate of one period, and how it came about. */
interface RatePeriod {
  readonly period: string;
  /** The rate, unrounded; `null` when there is none. */
  readonly value: number | null;
  /**
   * `computed` (count x per / population), `given` (the plan's own figure,
   * or derived from its own rates),
   * `no-population` (a count but no population: no rate) or `no-count` (a
   * population but no count).
   */
  readonly status: "computed" | "given" | "no-population" | "no-count";
  /** The count found for the period; `null` when there is none (or the rate is given). */
  readonly count: RateInput | null;
  /** The population used (of the period, else on 1 January of its year); `null` when there is none (or the rate is given). */
  readonly population: RateInput | null;
}

/** Where the rates of a series come from, period by period. */
interface RateCoverage extends RateDefinition {
  /**
   * Every period with a count, and (where counts are yearly) every year with
   * a population between the first and the last count, in order.
   */
  readonly periods: readonly RatePeriod[];
}

function input(value: ResolvedValue | undefined): RateInput | null {
  return value && value.status !== "missing" ? { period: value.period, value: value.value } : null;
}

/**
 * For a rate series that declares its count and population (`rate`): per
 * period with a count (and per year with a population between the first
 * and the last count), whether the rate was computed and from which two
 * figures, given by the plan, or missing with the figure that is missing,
 * so that every rate can be recomputed by hand and no gap passes unsaid.
 * `null` for a series without a declared rate.
 *
 * @param context - the observations and series of the plan
 * @param seriesId - the rate series
 * @param area - the area code
 * @example
 * rateCoverage(context, "misdrijven-per-1000", "GM0376")?.periods
 * //=> [{ period: "2022", status: "computed", value: 29.37..., count: { period: "2022", value: 363 }, population: { period: "2022", value: 12358 } },
 * //    { period: "2023", status: "no-population", value: null, count: { period: "2023", value: 347 }, population: null }]
 */
export function rateCoverage(
  context: ResolveContext,
  seriesId: string,
  area: string,
): RateCoverage | null {
  const definition = rateDefinition(context.series?.get(seriesId));
  if (!definition) return null;
  const periodsOf = (id: string) =>
    context.index
      .series(id, area)
      .filter((o) => o.value !== null)
      .map((o) => parsePeriod(o.period))
      .flatMap((p) => (p.success ? [p.data] : []));
  const counts = periodsOf(definition.count);
  const years = counts.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  // A population year without a count is a gap only where counts are yearly.
  const yearly = counts.some((p) => periodKind(p) === "year");
  const populations = periodsOf(definition.population).filter(
    (p) => yearly && periodKind(p) === "year" && p.year >= first && p.year <= last,
  );
  const unique = new Map(
    [...counts, ...populations].map((p) => [`${p.year}|${p.startMonth}|${p.endMonth}`, p]),
  );
  const periods = [...unique.values()].sort(comparePeriods).map((p): RatePeriod => {
    const resolved = resolveValue(context, seriesId, area, p);
    if (
      resolved.status === "observed" ||
      (resolved.status === "derived" && resolved.rule !== "rate")
    ) {
      return {
        period: resolved.period,
        value: resolved.value,
        status: "given",
        count: null,
        population: null,
      };
    }
    if (resolved.status === "derived") {
      return {
        period: resolved.period,
        value: resolved.value,
        status: "computed",
        count: input(resolved.inputs[0]),
        population: input(resolved.inputs[1]),
      };
    }
    const count = input(resolved.rateInputs?.count);
    return {
      period: resolved.period,
      value: null,
      status: count === null ? "no-count" : "no-population",
      count,
      population: input(resolved.rateInputs?.population),
    };
  });
  return { ...definition, periods };
}
