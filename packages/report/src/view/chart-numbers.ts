import { chartOverlay } from "../chart/indicator-chart.ts";
import type { EvaluatedIndicator } from "../evaluated-plan.ts";
import { formatIndicatorValue, formatPeriod, formatTarget } from "../format/format-value.ts";
import { averageRangeText, averageValueText } from "../status/progress-text.ts";
import { fromText, type ReportView } from "./report-view.ts";

/** A row of the table of a chart's numbers: what, its period, its value, where it comes from. */
export interface ChartNumber {
  readonly what: string;
  readonly period: string;
  readonly value: string;
  readonly origin: string;
}

/**
 * Every number an indicator's chart draws, and the figures it leaves out with
 * the reason: the baseline and targets with where the plan writes them, each
 * observation with its origin (and whether it is drawn apart as the same
 * months of two years, or not drawn because it covers other months), and a
 * projection with its range.
 *
 * @example
 * chartNumbers(view, woninginbraken)[0] //=> { what: "basis", period: "2017", value: "79", origin: "indicatortabel 'Effectindicatoren woninginbraken'" }
 */
export function chartNumbers(view: ReportView, indicator: EvaluatedIndicator): ChartNumber[] {
  const { m, lang } = view;
  const value = (v: number) => formatIndicatorValue(v, indicator.unit, lang);
  const { baseline } = indicator.progress;
  const overlay = chartOverlay(indicator, lang);
  const apart = new Set(overlay?.kind === "same-months" ? overlay.points.map((p) => p.period) : []);
  const rows: ChartNumber[] = [];
  if (baseline) {
    rows.push({
      what: m.chart.baseline,
      period: baseline.average
        ? averageRangeText(baseline.average, lang)
        : formatPeriod(baseline.period, lang),
      value: baseline.average
        ? averageValueText(baseline.value, baseline.average, indicator.unit, lang)
        : value(baseline.value),
      origin: fromText(view, baseline.source),
    });
  }
  for (const target of indicator.targets) {
    rows.push({
      what: m.chart.target,
      period: formatPeriod(target.period, lang),
      value: formatTarget(target, indicator.unit, lang),
      origin: fromText(view, target.source),
    });
  }
  for (const o of indicator.observations) {
    const note = o.comparable
      ? null
      : apart.has(o.period)
        ? m.chart.drawnApart
        : m.chart.otherPeriods;
    rows.push({
      what: m.chart.observed,
      period: formatPeriod(o.period, lang),
      value: value(o.value),
      origin: note ? `${m.origin[o.origin]} (${note})` : m.origin[o.origin],
    });
  }
  if (overlay?.kind === "projection") {
    const count = (v: number) => formatIndicatorValue(v, indicator.unit, lang, 0);
    rows.push({
      what: m.chart.projected,
      period: formatPeriod(overlay.year, lang),
      value: `${count(overlay.value)} (${count(overlay.lower)}-${overlay.upper === null ? "" : count(overlay.upper)})`,
      origin: `${formatPeriod(overlay.from.period, lang)}: ${value(overlay.from.value)}`,
    });
  }
  return rows;
}
