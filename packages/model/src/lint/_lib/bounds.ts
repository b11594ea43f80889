/**
 * What shorter periods prove about a longer one. Internal to the linter.
 */
import type { ObservationIndex } from "../../observation/observation-index.ts";
import { parsePeriodOrThrow } from "../../period/parse-period.ts";
import { isSamePeriod, type Period, periodContains } from "../../period/period.ts";
import { isKnown, type KnownFigure } from "./figures.ts";

/**
 * The largest figure of a count series in a period strictly inside `period`
 * (January-October inside the year, January-June inside January-October): the
 * count over `period` is at least that much. `undefined` when there is none.
 */
export function lowerBoundFromInside(
  index: ObservationIndex,
  series: string,
  area: string,
  period: Period,
): KnownFigure | undefined {
  let largest: KnownFigure | undefined;
  for (const figure of index.series(series, area)) {
    if (!isKnown(figure)) continue;
    const inner = parsePeriodOrThrow(figure.period);
    if (isSamePeriod(inner, period) || !periodContains(period, inner)) continue;
    if (largest === undefined || figure.value > largest.value) largest = figure;
  }
  return largest;
}
