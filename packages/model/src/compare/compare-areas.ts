import type { Language } from "../language.ts";
import type { Observation } from "../observation/observation.ts";
import { ObservationIndex } from "../observation/observation-index.ts";
import { roundPercentChange } from "../percent-change/percent-change.ts";
import { formatPeriodCode, formatPeriodLabel } from "../period/format-period.ts";
import { parsePeriod, parsePeriodOrThrow } from "../period/parse-period.ts";
import { comparePeriods, fullYear, periodKind, shiftPeriod } from "../period/period.ts";
import { type RateBase, ratePer, ratePer1000 } from "../rate/rate-per-1000.ts";
import type { Direction, Plan, Series, Unit } from "../schema/types.ts";
import {
  figureSources,
  type ResolvedValue,
  resolveValue,
  seriesUnits,
} from "../series/resolve-value.ts";

/** One plan (one municipality) to compare, with every observation it has. */
export interface ComparisonInput {
  readonly plan: Plan;
  readonly observations: readonly Observation[];
}

/** Options of {@link compareAreas}. */
export interface CompareAreasOptions {
  /**
   * Indicator or series ids to compare. Default: every indicator counted in
   * registrations (unit `count`) of any of the plans, in plan order.
   */
  readonly indicators?: readonly string[];
  /** Periods to compare. Default: every year with a figure for the indicator in any plan. */
  readonly periods?: readonly string[];
  /** The series with the number of inhabitants in each plan. Default `"inwoners"`. */
  readonly populationSeries?: string;
  /** Decimals of the rates. Default 1. */
  readonly rateDecimals?: number;
  /** The rates are per this many inhabitants: 1,000 (default), 10,000 or 100,000. */
  readonly rateBase?: RateBase;
  /** Language of period labels. Default `"nl"`. */
  readonly lang?: Language;
}

/** A municipality in a comparison. */
export interface ComparedArea {
  /** The plan's id. */
  readonly plan: string;
  readonly name: string;
  /** CBS code, e.g. GM0376. */
  readonly code: string;
}

/** Why a cell has no count or no rate. */
export type ComparisonGap =
  | "no-series"
  | "no-value"
  | "no-population-series"
  | "no-population"
  | "not-a-count";

/** One municipality's figures for one indicator in one period. */
export interface ComparisonCell {
  /** The municipality's CBS code. */
  readonly area: string;
  /** The series of that plan the figure comes from; `null` when the plan has none. */
  readonly series: string | null;
  readonly count: number | null;
  /** `observed`, `derived` (e.g. July-December as year minus January-June) or `missing`. */
  readonly status: "observed" | "derived" | "missing";
  readonly population: number | null;
  /** The period of the population figure used (the same period, else its year). */
  readonly populationPeriod: string | null;
  /** Count per 1,000 inhabitants, rounded half away from zero; `null` when it cannot be computed. */
  readonly ratePer1000: number | null;
  /** Count per {@link AreaComparison.rateBase} inhabitants, rounded the same way. */
  readonly rate: number | null;
  /**
   * The change of the count against the same period a year earlier (the
   * previous comparable period), in whole percent rounded half away from
   * zero; `null` when either count is missing or the earlier one is 0.
   */
  readonly change: number | null;
  /** The period the change is against; `null` when there is no change. */
  readonly changeFrom: string | null;
  /**
   * Why the count is missing, when it is: for a rate computed from a count
   * and a population, `no-population` when only the count was found.
   */
  readonly countGap?: ComparisonGap;
  /**
   * For a rate the plan does not give but declares a count and population
   * for (`rate` on its series): the two figures it was computed from (the
   * figure is count x per / population, unrounded), or, without a rate, the
   * one that was found (the other `null`).
   */
  readonly computedFrom?: {
    readonly count: RateInput | null;
    readonly population: RateInput | null;
  };
  /** Why the rate is missing, when it is. */
  readonly rateGap?: ComparisonGap;
}

/** One period of an indicator, with a cell per municipality (in the order of `areas`). */
export interface ComparisonRow {
  readonly period: string;
  readonly periodLabel: string;
  readonly cells: readonly ComparisonCell[];
}

/** One indicator compared across municipalities. */
export interface ComparedIndicator {
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  readonly direction: Direction | null;
  readonly rows: readonly ComparisonRow[];
}

/** Municipalities side by side: the structure renderers (tables, charts) draw from. */
export interface AreaComparison {
  readonly areas: readonly ComparedArea[];
  readonly populationSeries: string;
  readonly rateDecimals: number;
  /** The rates (`rate` of each cell) are per this many inhabitants. */
  readonly rateBase: RateBase;
  readonly indicators: readonly ComparedIndicator[];
}

interface Measure {
  readonly id: string;
  readonly series: string;
  readonly label: string;
  readonly unit: Unit;
  readonly direction: Direction | null;
  readonly codes: Series["codes"];
}

/** A figure a rate was computed from: its period and value. */
export interface RateInput {
  readonly period: string;
  readonly value: number;
}

/** The count and population a rate was (or could not be) computed from; `undefined` for other figures. */
function rateInputsOf(resolved: ResolvedValue): ComparisonCell["computedFrom"] {
  const figure = (value: ResolvedValue | undefined): RateInput | null =>
    value && value.status !== "missing" ? { period: value.period, value: value.value } : null;
  if (resolved.status === "derived" && resolved.rule === "rate") {
    return { count: figure(resolved.inputs[0]), population: figure(resolved.inputs[1]) };
  }
  if (resolved.status === "missing" && resolved.rateInputs) {
    return {
      count: figure(resolved.rateInputs.count),
      population: figure(resolved.rateInputs.population),
    };
  }
  return undefined;
}

/** An indicator or series of a plan as something that can be measured. */
function measureOf(plan: Plan, id: string): Measure | undefined {
  const indicator = plan.indicators.find((i) => i.id === id);
  if (indicator) {
    const seriesId = indicator.series ?? indicator.id;
    return {
      id,
      series: seriesId,
      label: indicator.label,
      unit: indicator.unit,
      direction: indicator.direction ?? null,
      codes: plan.series.find((s) => s.id === seriesId)?.codes,
    };
  }
  const series = plan.series.find((s) => s.id === id);
  if (!series) return undefined;
  return {
    id,
    series: series.id,
    label: series.label,
    unit: series.unit,
    direction: null,
    codes: series.codes,
  };
}

/**
 * The series of `plan` that measures the same thing as `measure`: the same
 * id, else a series with the same police or CBS crime-type code (plans made
 * by different people may name the same police figure differently).
 */
function counterpart(plan: Plan, measure: Measure): string | null {
  const same = measureOf(plan, measure.id);
  if (same) return same.series;
  const { police, cbs } = measure.codes ?? {};
  const byCode = plan.series.find(
    (s) =>
      (police !== undefined && s.codes?.police === police) ||
      (cbs !== undefined && s.codes?.cbs === cbs),
  );
  return byCode?.id ?? null;
}

function defaultMeasures(inputs: readonly ComparisonInput[]): Measure[] {
  const result: Measure[] = [];
  for (const { plan } of inputs) {
    for (const indicator of plan.indicators) {
      if (indicator.unit !== "count") continue;
      const measure = measureOf(plan, indicator.id);
      if (!measure) continue;
      const known = result.some(
        (m) =>
          m.id === measure.id ||
          (m.codes?.police !== undefined && m.codes.police === measure.codes?.police) ||
          (m.codes?.cbs !== undefined && m.codes.cbs === measure.codes?.cbs),
      );
      if (!known) result.push(measure);
    }
  }
  return result;
}

/**
 * Puts municipalities side by side: per indicator and period, each plan's
 * count (observed, or derived by the usual rules), its change against the
 * same period a year earlier, its number of inhabitants and the count per
 * 1,000 (or 10,000, 100,000) inhabitants (exact, rounded half away from zero).
 * Nothing is summed across municipalities, and a missing figure stays
 * missing with the reason. Pure: a renderer draws tables or charts from the
 * result.
 *
 * @param inputs - one entry per plan, in the order the columns should have
 * @param options - indicators, periods, the population series and rounding
 * @returns the comparison; indicators without a figure in any plan are left out
 * @example
 * compareAreas([blaricum, eemnes], { indicators: ["misdrijven-totaal"] }).indicators[0].rows[0].cells[0]
 * //=> { area: "GM0376", series: "misdrijven-totaal", count: 363, status: "observed", population: 12000, ratePer1000: 30.3, ... }
 */
export function compareAreas(
  inputs: readonly ComparisonInput[],
  options: CompareAreasOptions = {},
): AreaComparison {
  const populationSeries = options.populationSeries ?? "inwoners";
  const rateDecimals = options.rateDecimals ?? 1;
  const rateBase = options.rateBase ?? 1000;
  const lang = options.lang ?? "nl";
  const contexts = inputs.map(({ plan, observations }) => ({
    plan,
    index: new ObservationIndex(observations),
    series: new Map(plan.series.map((s) => [s.id, s])),
    units: seriesUnits(plan),
    hasPopulation: plan.series.some((s) => s.id === populationSeries),
  }));

  let measures: Measure[];
  if (options.indicators) {
    measures = options.indicators.map((id) => {
      for (const { plan } of inputs) {
        const measure = measureOf(plan, id);
        if (measure) return measure;
      }
      return { id, series: id, label: id, unit: "count", direction: null, codes: undefined };
    });
  } else {
    measures = defaultMeasures(inputs);
  }
  const requested = options.periods?.map((p) => formatPeriodCode(parsePeriodOrThrow(p)));

  const indicators: ComparedIndicator[] = [];
  for (const measure of measures) {
    const seriesPerArea = contexts.map((c) => counterpart(c.plan, measure));
    let periods: string[];
    if (requested) {
      periods = [...requested];
    } else {
      const years = new Set<string>();
      contexts.forEach((context, i) => {
        const series = seriesPerArea[i];
        if (!series) return;
        const area = context.plan.municipality.code;
        for (const id of figureSources(context.series.get(series), series)) {
          for (const observation of context.index.series(id, area)) {
            const period = parsePeriod(observation.period);
            if (observation.value !== null && period.success && periodKind(period.data) === "year")
              years.add(observation.period);
          }
        }
      });
      periods = [...years].sort((a, b) =>
        comparePeriods(parsePeriodOrThrow(a), parsePeriodOrThrow(b)),
      );
    }
    const rows: ComparisonRow[] = periods.map((period) => {
      const parsed = parsePeriodOrThrow(period);
      const cells = contexts.map((context, i): ComparisonCell => {
        const area = context.plan.municipality.code;
        const series = seriesPerArea[i] ?? null;
        if (series === null) {
          return {
            area,
            series,
            count: null,
            status: "missing",
            population: null,
            populationPeriod: null,
            ratePer1000: null,
            rate: null,
            change: null,
            changeFrom: null,
            countGap: "no-series",
            rateGap: "no-series",
          };
        }
        const resolved = resolveValue(context, series, area, parsed);
        const count = resolved.status === "missing" ? null : resolved.value;
        const computedFrom = rateInputsOf(resolved);
        let population: number | null = null;
        let populationPeriod: string | null = null;
        if (context.hasPopulation) {
          // The number of inhabitants of the same period, else of its year
          // (CBS publishes the population on 1 January of each year).
          for (const candidate of [parsed, fullYear(parsed.year)]) {
            const found = resolveValue(context, populationSeries, area, candidate);
            if (found.status !== "missing") {
              population = found.value;
              populationPeriod = found.period;
              break;
            }
          }
        }
        const isCount = measure.unit === "count";
        const per1000 = isCount ? ratePer1000(count, population, { decimals: rateDecimals }) : null;
        const rate = isCount
          ? ratePer(count, population, rateBase, { decimals: rateDecimals })
          : null;
        // The previous comparable period: the same months a year earlier.
        const earlier = shiftPeriod(parsed, -1);
        const before = resolveValue(context, series, area, earlier);
        const change =
          count === null || before.status === "missing"
            ? null
            : roundPercentChange(before.value, count, { decimals: 0 });
        const rateGap: ComparisonGap | undefined =
          measure.unit !== "count"
            ? "not-a-count"
            : count === null
              ? "no-value"
              : !context.hasPopulation
                ? "no-population-series"
                : rate === null
                  ? "no-population"
                  : undefined;
        return {
          area,
          series,
          count,
          status: resolved.status,
          population,
          populationPeriod,
          ratePer1000: per1000,
          rate,
          change,
          changeFrom: change === null ? null : formatPeriodCode(earlier),
          ...(count === null && {
            countGap:
              computedFrom?.count && !computedFrom.population
                ? ("no-population" as const)
                : ("no-value" as const),
          }),
          ...(computedFrom && { computedFrom }),
          ...(rateGap && { rateGap }),
        };
      });
      return { period, periodLabel: formatPeriodLabel(parsed, { lang }), cells };
    });
    const hasFigure = rows.some((row) => row.cells.some((cell) => cell.count !== null));
    if (!hasFigure && !options.indicators) continue;
    indicators.push({
      id: measure.id,
      label: measure.label,
      unit: measure.unit,
      direction: measure.direction,
      rows,
    });
  }
  return {
    areas: inputs.map(({ plan }) => ({
      plan: plan.id,
      name: plan.municipality.name,
      code: plan.municipality.code,
    })),
    populationSeries,
    rateDecimals,
    rateBase,
    indicators,
  };
}
