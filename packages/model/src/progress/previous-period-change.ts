import { parsePeriodOrThrow } from "../period/parse-period.ts";
import type { Unit } from "../schema/types.ts";
import type { ResolveContext } from "../series/resolve-value.ts";
import {
  assessChangeSignificance,
  type ChangeSide,
  type ChangeSignificance,
} from "../statistics/change-significance.ts";
import { find, type PeriodValue, rateBasis } from "./compare-with-baseline.ts";
import { changeOf, type ProgressChange } from "./progress-change.ts";
import { seriesDispersion } from "./series-dispersion.ts";
import { comparableHistory } from "./series-history.ts";

/**
 * The change of an indicator's latest figure since the previous comparable
 * period: the same months of the latest earlier year that has a figure for
 * them (2023 against 2022; January-June 2024 against January-June 2023; when
 * 2022 has no figure, 2023 against 2021). It is shown next to the change
 * since the baseline, so a reader sees both how far the plan has come and
 * what the last period added.
 */
export interface PreviousPeriodChange {
  /** The previous comparable period's figure (observed or derived). */
  readonly from: PeriodValue;
  /** The latest figure. */
  readonly to: PeriodValue;
  /** In the indicator's change unit: percent of a count or rate, procentpunten, points. */
  readonly change: ProgressChange;
  /** The same test as the change since the baseline: exact Poisson (quasi-Poisson when overdispersed) for counts, supplied intervals for survey figures. */
  readonly significance: ChangeSignificance;
}

/** Options of {@link previousPeriodChange}. */
export interface PreviousPeriodChangeOptions {
  /** The indicator's unit: it decides the change unit and the test. */
  readonly unit: Unit;
  /** The series whose figures are the indicator's values. */
  readonly series: string;
  readonly area: string;
  /** The latest figure up to the as-of moment. */
  readonly latest: PeriodValue;
  /** Significance level. Default 0.05. */
  readonly alpha?: number;
}

/**
 * One side of the test: the figure, the supplied interval recorded with it,
 * if any, and for a rate the count and population it is (or was computed) from.
 */
function side(
  context: ResolveContext,
  unit: Unit,
  series: string,
  area: string,
  at: PeriodValue,
): ChangeSide {
  const interval = context.index
    .getAll(series, area, at.period)
    .find((o) => o.value === at.value && o.interval)?.interval;
  return {
    value: at.value,
    ...(interval && { interval }),
    ...rateBasis(context, unit, series, area, at.period, at.value),
  };
}

/**
 * The change of the latest figure since the previous comparable period (see
 * {@link PreviousPeriodChange}), computed as the change since the baseline
 * is: by the document's percentage rule for counts and rates (exact, half
 * away from zero, empty for a zero base), in procentpunten for percentages
 * and in points for grades, and tested with the same test and the same
 * dispersion of the series. `null` when no earlier period has a figure for
 * the same months.
 *
 * @param context - the observations and series of the plan
 * @param options - the unit, series, area and the latest figure
 * @returns the change with its test, or `null`
 * @example
 * previousPeriodChange(context, { unit: "count", series: "misdrijven-totaal", area: "GM0376", latest: { period: "2023", value: 347, derivation: "observed" } })
 * //=> { from: { period: "2022", value: 363, ... }, to: { period: "2023", value: 347, ... }, change: { percent: -4, ... }, significance: { test: "poisson-exact", pValue: 0.55..., ... } }
 */
export function previousPeriodChange(
  context: ResolveContext,
  options: PreviousPeriodChangeOptions,
): PreviousPeriodChange | null {
  const { unit, series, area, latest } = options;
  const period = parsePeriodOrThrow(latest.period);
  const previous = comparableHistory(context, series, area, period).at(-1);
  if (!previous) return null;
  const from = find(context, series, area, previous.period);
  // Stryker disable next-line ConditionalExpression: equivalent, comparableHistory lists only the years whose same months find() resolves, so from is never null here; the guard narrows the type
  if (!from) return null;
  // Stryker disable next-line ConditionalExpression: the true variant is equivalent, only a count's test reads the dispersion (assessChangeSignificance), so computing it for other units changes nothing; the mark also leaves out the false variant, which the quasi-Poisson test kills as it kills this line's EqualityOperator and StringLiteral mutants
  const dispersion = unit === "count" ? seriesDispersion(context, series, area, period) : null;
  return {
    from,
    to: latest,
    change: changeOf(from.value, latest.value, unit),
    significance: assessChangeSignificance({
      unit,
      from: side(context, unit, series, area, from),
      to: side(context, unit, series, area, latest),
      alpha: options.alpha ?? 0.05,
      dispersion: dispersion?.used,
    }),
  };
}
