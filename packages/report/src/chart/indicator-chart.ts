import { type Language, parsePeriodOrThrow } from "@ivp/model";
import { htmlText } from "../escape.ts";
import type { EvaluatedIndicator } from "../evaluated-plan.ts";
import { formatIndicatorValue, formatPeriod, formatTarget } from "../format/format-value.ts";
import { Html } from "../html/html.ts";
import { messagesFor } from "../i18n/messages.ts";
import { baselineWithPeriod } from "../status/progress-text.ts";
import { coordinate, linearScale, niceTicks } from "./scale.ts";

/** Colours of the Okabe-Ito palette, distinguishable with every common colour-vision deficiency. */
export const CHART_COLOURS = {
  observed: "#0072B2",
  target: "#D55E00",
  baseline: "#000000",
  /** Figures drawn apart from the full-year line (same months, projections). */
  apart: "#CC79A7",
  /** A dark orange: Okabe-Ito's #E69F00 has 2.25:1 on white, below the 3:1 WCAG 1.4.11 asks of graphics; this has 4.4:1. */
  increase: "#A86B00",
  decrease: "#0072B2",
  grid: "#d4d4d4",
  text: "#333333",
} as const;

const WIDTH = 640;
const HEIGHT = 280;
/** Room for the second legend line of a chart with figures drawn apart. */
const EXTRA_LEGEND = 20;
const MARGIN = { top: 20, right: 24, bottom: 64, left: 52 };

/** The x position of a period: its year plus the middle of its months, in years. */
function periodPosition(code: string): number {
  const period = parsePeriodOrThrow(code);
  return period.year + (period.startMonth - 1 + period.endMonth) / 24;
}

interface Point {
  readonly x: number;
  readonly y: number;
  readonly period: string;
  readonly value: number;
}

/**
 * What the assessment compared that is not a full-year point on the line:
 * the same months of two years (a year-to-date figure and the same months of
 * the baseline year), or a full year projected from part of a year with its
 * range. `null` when the latest figure is on the line itself.
 */
export type ChartOverlay =
  | {
      readonly kind: "same-months";
      /** The months without the year, e.g. "jan-okt". */
      readonly months: string;
      readonly points: readonly { readonly period: string; readonly value: number }[];
    }
  | {
      readonly kind: "projection";
      /** The projected year, e.g. "2019". */
      readonly year: string;
      /** The part of the year it is projected from. */
      readonly from: { readonly period: string; readonly value: number };
      readonly value: number;
      readonly lower: number;
      /** `null`: unbounded above. */
      readonly upper: number | null;
    };

/**
 * The figures of the assessment's comparison that must not be drawn as full
 * years (see {@link ChartOverlay}).
 *
 * @example
 * chartOverlay(woninginbraken, "nl") //=> { kind: "same-months", months: "jan-okt", points: [{ period: "2017-01..2017-10", value: 70 }, { period: "2018-01..2018-10", value: 46 }] }
 */
export function chartOverlay(indicator: EvaluatedIndicator, lang: Language): ChartOverlay | null {
  const { comparison } = indicator.progress;
  if (!comparison || comparison.method === "same-period") return null;
  if (comparison.method === "same-months") {
    const year = String(parsePeriodOrThrow(comparison.to.period).year);
    return {
      kind: "same-months",
      months: formatPeriod(comparison.to.period, lang).replace(` ${year}`, ""),
      points: [comparison.from, comparison.to].map((p) => ({ period: p.period, value: p.value })),
    };
  }
  const projection = comparison.projection;
  if (!projection) return null;
  return {
    kind: "projection",
    year: String(parsePeriodOrThrow(comparison.to.period).year),
    from: { period: comparison.to.period, value: comparison.to.value },
    value: comparison.current,
    lower: projection.lower,
    upper: projection.upper,
  };
}

/**
 * The text alternative of an indicator chart: every number it draws, and
 * what is drawn apart from the full years and why.
 *
 * @example
 * indicatorChartDescription(woninginbraken, "nl")
 * //=> "waargenomen: 2014: 90; 2015: 79; 2016: 77; 2017: 79. basis (2017): 79. doel (2021): 60 (-25%). jan-okt (dezelfde maanden van twee jaren, apart getekend, geen heel jaar): jan-okt 2017: 70; jan-okt 2018: 46."
 */
export function indicatorChartDescription(indicator: EvaluatedIndicator, lang: Language): string {
  const m = messagesFor(lang).chart;
  const value = (v: number) => formatIndicatorValue(v, indicator.unit, lang);
  const parts: string[] = [];
  const observed = indicator.observations.filter((o) => o.comparable);
  if (observed.length > 0) {
    parts.push(
      `${m.observed}: ${observed.map((o) => `${formatPeriod(o.period, lang)}: ${value(o.value)}`).join("; ")}.`,
    );
  }
  const { baseline, target } = indicator.progress;
  if (baseline) {
    parts.push(
      baseline.average
        ? `${m.baseline}: ${baselineWithPeriod(baseline, indicator.unit, lang)}.`
        : `${m.baseline} (${formatPeriod(baseline.period, lang)}): ${value(baseline.value)}.`,
    );
  }
  if (target) {
    parts.push(
      `${m.target} (${formatPeriod(target.period, lang)}): ${formatTarget(target, indicator.unit, lang)}.`,
    );
  }
  const overlay = chartOverlay(indicator, lang);
  if (overlay?.kind === "same-months") {
    parts.push(
      m.sameMonthsDescription(
        overlay.months,
        overlay.points.map((p) => `${formatPeriod(p.period, lang)}: ${value(p.value)}`).join("; "),
      ),
    );
    const { comparison } = indicator.progress;
    if (comparison?.method === "same-months" && comparison.target !== null && target)
      parts.push(
        `${m.scaledTarget(overlay.months)} (${formatPeriod(target.period, lang)}): ${value(comparison.target)}.`,
      );
  } else if (overlay?.kind === "projection") {
    const count = (v: number) => formatIndicatorValue(v, indicator.unit, lang, 0);
    parts.push(
      m.projectionDescription(
        overlay.year,
        `${formatPeriod(overlay.from.period, lang)} (${value(overlay.from.value)})`,
        count(overlay.value),
        `${count(overlay.lower)}-${overlay.upper === null ? "" : count(overlay.upper)}`,
      ),
    );
  }
  return parts.join(" ");
}

/**
 * An inline SVG line chart of an indicator: the observed values comparable
 * with the baseline, the baseline, the target the assessment uses and the
 * straight path between them. What the assessment compared that is not a
 * full year is drawn apart, never on the line: the same months of two years
 * as hollow triangles joined by a dotted line, a projected full year as a
 * hollow circle with its range as an error bar. `role="img"` with a
 * `<title>` and a `<desc>` that lists every number. Returns `null` when there
 * is nothing to draw.
 *
 * @param indicator - the evaluated indicator
 * @param lang - language of the labels
 * @returns the SVG, or `null`
 * @example
 * indicatorChart(woninginbraken, "nl")?.value.startsWith('<svg') //=> true
 */
export function indicatorChart(indicator: EvaluatedIndicator, lang: Language): Html | null {
  const m = messagesFor(lang).chart;
  const { progress } = indicator;
  const point = (period: string, value: number): Point => ({
    x: periodPosition(period),
    y: value,
    period,
    value,
  });
  const observed: Point[] = indicator.observations
    .filter((o) => o.comparable)
    .map((o) => point(o.period, o.value));
  const baseline = progress.baseline
    ? point(progress.baseline.period, progress.baseline.value)
    : null;
  const target = progress.target;
  const targetPoint = target && target.value !== null ? point(target.period, target.value) : null;
  const main = [
    ...observed,
    ...(baseline ? [baseline] : []),
    ...(targetPoint ? [targetPoint] : []),
  ];
  const overlay = chartOverlay(indicator, lang);
  const apart =
    overlay?.kind === "same-months" ? overlay.points.map((p) => point(p.period, p.value)) : [];
  const projected = overlay?.kind === "projection" ? point(overlay.year, overlay.value) : null;
  const all = [...main, ...apart, ...(projected ? [projected] : [])];
  if (all.length === 0) return null;

  const id = `chart-${indicator.id}`;
  const height = HEIGHT + (overlay ? EXTRA_LEGEND : 0);
  const value = (v: number) => formatIndicatorValue(v, indicator.unit, lang);
  // The year ticks sit at the months of the compared periods (e.g. mid-year for full years).
  const anchor = main.length > 0 ? main : all;
  const firstX = Math.min(...anchor.map((p) => p.x));
  const offset = firstX - Math.floor(firstX);
  const xs = all.map((p) => p.x);
  const firstYear = Math.floor(Math.min(...xs) - offset);
  const lastYear = Math.floor(Math.max(...xs) - offset);
  const x = linearScale(
    [firstYear + offset - 0.6, lastYear + offset + 0.6],
    [MARGIN.left, WIDTH - MARGIN.right],
  );
  const scaledValue =
    overlay?.kind === "same-months" &&
    progress.comparison?.method === "same-months" &&
    progress.comparison.target !== null
      ? [progress.comparison.target]
      : [];
  const ys = [
    ...all.map((p) => p.y),
    ...scaledValue,
    ...(overlay?.kind === "projection"
      ? [overlay.lower, ...(overlay.upper === null ? [] : [overlay.upper])]
      : []),
  ];
  const [lo, hi] = yDomain(ys, indicator.unit);
  const ticks = niceTicks(lo, hi, 5);
  const yMin = ticks[0] ?? lo;
  const yMax = ticks[ticks.length - 1] ?? hi;
  const plotBottom = height - MARGIN.bottom - (overlay ? EXTRA_LEGEND : 0);
  const y = linearScale([yMin, yMax], [plotBottom, MARGIN.top]);

  // Written as markup directly (no element objects): every number is a
  // coordinate or a constant, every text goes through htmlText.
  let grid = "";
  for (const tick of ticks) {
    const at = coordinate(y(tick));
    grid += `<g>${svgLine(MARGIN.left, WIDTH - MARGIN.right, at, at, CHART_COLOURS.grid, 1)}${svgText(
      ` x="${MARGIN.left - 8}" y="${coordinate(y(tick) + 4)}" text-anchor="end" class="tick"`,
      value(tick),
    )}</g>`;
  }
  let xTicks = "";
  for (let year = firstYear; year <= lastYear; year++) {
    xTicks += svgText(
      ` x="${coordinate(x(year + offset))}" y="${plotBottom + 18}" text-anchor="middle" class="tick"`,
      String(year),
    );
  }

  // The line joins consecutive years only: where years without a figure lie
  // between two points (2013 and 2017), it breaks instead of suggesting a trend.
  const segments: Point[][] = [];
  for (const p of observed) {
    const last = segments.at(-1);
    const previous = last?.at(-1);
    if (last && previous && p.x - previous.x < 1.5) last.push(p);
    else segments.push([p]);
  }
  let line = "";
  for (const segment of segments) {
    if (segment.length < 2) continue;
    line += `<polyline points="${polylinePoints(segment, x, y)}" fill="none" stroke="${CHART_COLOURS.observed}" stroke-width="2.5"></polyline>`;
  }
  // A label goes above its point, or below when the baseline mark sits just
  // above it (on the point itself, the mark leaves room for the label above).
  const labelBelow = (p: Point) =>
    baseline !== null &&
    baseline.period === p.period &&
    y(p.y) - y(baseline.y) > 2 &&
    y(p.y) - y(baseline.y) < 16;
  let dots = "";
  for (const p of observed) {
    const cx = coordinate(x(p.x));
    dots += `<g><circle cx="${cx}" cy="${coordinate(y(p.y))}" r="4" fill="${CHART_COLOURS.observed}"></circle>${
      observed.length <= 10
        ? svgText(
            ` x="${cx}" y="${coordinate(labelBelow(p) ? y(p.y) + 17 : y(p.y) - 9)}" text-anchor="middle" class="point-label"`,
            value(p.value),
          )
        : ""
    }</g>`;
  }
  const path =
    baseline && targetPoint
      ? `<line x1="${coordinate(x(baseline.x))}" y1="${coordinate(y(baseline.y))}" x2="${coordinate(x(targetPoint.x))}" y2="${coordinate(y(targetPoint.y))}" stroke="${CHART_COLOURS.target}" stroke-width="2" stroke-dasharray="6 4"></line>`
      : "";
  const baselineMark = baseline
    ? `<rect x="${coordinate(x(baseline.x) - 5)}" y="${coordinate(y(baseline.y) - 5)}" width="10" height="10" fill="none" stroke="${CHART_COLOURS.baseline}" stroke-width="2"></rect>`
    : "";
  const targetMark = targetPoint
    ? `<g><path d="${diamond(x(targetPoint.x), y(targetPoint.y), 7)}" fill="${CHART_COLOURS.target}"></path>${svgText(
        ` x="${coordinate(x(targetPoint.x))}" y="${coordinate(y(targetPoint.y) - 11)}" text-anchor="middle" class="point-label"`,
        value(targetPoint.value),
      )}</g>`
    : "";

  // Drawn apart: hollow marks in another colour, labelled to the right so
  // they are never mistaken for points of the full-year line.
  let sameMonths = "";
  if (apart.length > 0) {
    sameMonths = '<g class="apart">';
    if (apart.length > 1)
      sameMonths += `<polyline points="${polylinePoints(apart, x, y)}" fill="none" stroke="${CHART_COLOURS.apart}" stroke-width="1.5" stroke-dasharray="2 3"></polyline>`;
    for (const p of apart) {
      // Below the mark: above it sit the full-year line and the baseline.
      sameMonths += `<g><path d="${triangle(x(p.x), y(p.y), 6)}" fill="#ffffff" stroke="${CHART_COLOURS.apart}" stroke-width="2"></path>${svgText(
        ` x="${coordinate(x(p.x))}" y="${coordinate(y(p.y) + 19)}" text-anchor="middle" class="point-label apart-label"`,
        value(p.value),
      )}</g>`;
    }
    sameMonths += "</g>";
  }
  // What the status compares a part year with: the target scaled to the same
  // months, drawn apart (hollow diamond) with a dotted path from the same
  // months of the baseline year, so the part-year point is read against it.
  const comparison = progress.comparison;
  const scaled =
    overlay?.kind === "same-months" &&
    comparison?.method === "same-months" &&
    comparison.target !== null &&
    target
      ? {
          from: point(comparison.from.period, comparison.from.value),
          x:
            periodPosition(comparison.to.period) +
            (parsePeriodOrThrow(target.period).year -
              parsePeriodOrThrow(comparison.to.period).year),
          value: comparison.target,
        }
      : null;
  const scaledTarget = scaled
    ? `<g class="apart"><line x1="${coordinate(x(scaled.from.x))}" y1="${coordinate(y(scaled.from.y))}" x2="${coordinate(x(scaled.x))}" y2="${coordinate(y(scaled.value))}" stroke="${CHART_COLOURS.apart}" stroke-width="1.5" stroke-dasharray="2 3"></line><path d="${diamond(x(scaled.x), y(scaled.value), 6)}" fill="#ffffff" stroke="${CHART_COLOURS.apart}" stroke-width="2"></path>${svgText(
        ` x="${coordinate(x(scaled.x))}" y="${coordinate(y(scaled.value) + 19)}" text-anchor="middle" class="point-label apart-label"`,
        value(scaled.value),
      )}</g>`
    : "";
  let projection = "";
  if (overlay?.kind === "projection" && projected) {
    const px = x(projected.x);
    // The ends of the error bar.
    const cap = (at: number) =>
      svgLine(
        coordinate(px - 5),
        coordinate(px + 5),
        coordinate(y(at)),
        coordinate(y(at)),
        CHART_COLOURS.apart,
        1.5,
      );
    projection = `<g class="apart">${svgLine(
      coordinate(px),
      coordinate(px),
      coordinate(y(overlay.lower)),
      coordinate(overlay.upper === null ? MARGIN.top : y(overlay.upper)),
      CHART_COLOURS.apart,
      1.5,
    )}${cap(overlay.lower)}${overlay.upper === null ? "" : cap(overlay.upper)}<circle cx="${coordinate(px)}" cy="${coordinate(y(projected.y))}" r="4.5" fill="#ffffff" stroke="${CHART_COLOURS.apart}" stroke-width="2"></circle>${svgText(
      ` x="${coordinate(px + 9)}" y="${coordinate(y(projected.y) + 4)}" text-anchor="start" class="point-label apart-label"`,
      formatIndicatorValue(projected.value, indicator.unit, lang, 0),
    )}</g>`;
  }

  const legendY = plotBottom + 46;
  // A legend of what is drawn, nothing else; each entry is a mark (markup of
  // this module) and its text.
  const entries: LegendEntry[] = [];
  if (observed.length > 0)
    entries.push([
      `<circle cx="6" cy="-4" r="4" fill="${CHART_COLOURS.observed}"></circle>`,
      m.observed,
    ]);
  if (baseline)
    entries.push([
      `<rect x="1" y="-9" width="10" height="10" fill="none" stroke="${CHART_COLOURS.baseline}" stroke-width="2"></rect>`,
      m.baseline,
    ]);
  if (targetPoint)
    entries.push([
      `<path d="${diamond(6, -4, 6)}" fill="${CHART_COLOURS.target}"></path>`,
      m.target,
    ]);
  if (path)
    entries.push([
      `<line x1="0" x2="24" y1="-4" y2="-4" stroke="${CHART_COLOURS.target}" stroke-width="2" stroke-dasharray="6 4"></line>`,
      m.path,
    ]);
  const second: LegendEntry[] = [];
  if (overlay?.kind === "same-months") {
    second.push([
      `<path d="${triangle(6, -4, 5)}" fill="#ffffff" stroke="${CHART_COLOURS.apart}" stroke-width="2"></path>`,
      m.sameMonths(overlay.months),
    ]);
    if (scaled)
      second.push([
        `<path d="${diamond(6, -4, 5)}" fill="#ffffff" stroke="${CHART_COLOURS.apart}" stroke-width="2"></path>`,
        m.scaledTarget(overlay.months),
      ]);
  }
  if (overlay?.kind === "projection")
    second.push([
      `<circle cx="6" cy="-4" r="4" fill="#ffffff" stroke="${CHART_COLOURS.apart}" stroke-width="2"></circle>`,
      m.projection,
    ]);
  const legend = `<g class="legend">${legendRow(entries, legendY)}${legendRow(second, legendY + EXTRA_LEGEND)}</g>`;

  const chartId = htmlText(id);
  return new Html(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${chartId}-title ${chartId}-desc" class="chart" id="${chartId}">` +
      `<title id="${chartId}-title">${htmlText(m.title(indicator.label))}</title>` +
      `<desc id="${chartId}-desc">${htmlText(indicatorChartDescription(indicator, lang))}</desc>` +
      grid +
      svgLine(MARGIN.left, WIDTH - MARGIN.right, plotBottom, plotBottom, CHART_COLOURS.text, 1) +
      xTicks +
      path +
      line +
      dots +
      sameMonths +
      scaledTarget +
      projection +
      baselineMark +
      targetMark +
      legend +
      "</svg>",
  );
}

/** A legend entry: its mark as markup of this module, and its text (escaped when written). */
type LegendEntry = readonly [mark: string, text: string];

/** One line of the legend at height `at`: each mark and its text, spaced by the length of the text. */
function legendRow(list: readonly LegendEntry[], at: number): string {
  let left = MARGIN.left;
  let markup = "";
  for (const [mark, text] of list) {
    const textX = mark.startsWith("<line") ? 32 : 16;
    markup += `<g transform="translate(${coordinate(left)} ${at})">${mark}${svgText(` x="${textX}" y="0"`, text)}</g>`;
    // About 7 units per character of the 12-unit legend text.
    left += textX + text.length * 7 + 18;
  }
  return markup;
}

/** A `<line>` from (x1, y1) to (x2, y2) in one colour: coordinates and constants, nothing to escape. */
function svgLine(
  x1: number | string,
  x2: number | string,
  y1: number | string,
  y2: number | string,
  stroke: string,
  width: number,
): string {
  return `<line x1="${x1}" x2="${x2}" y1="${y1}" y2="${y2}" stroke="${stroke}" stroke-width="${width}"></line>`;
}

/** A `<text>` with attributes as markup (coordinates and constants) and its text, escaped. */
function svgText(attributes: string, text: string): string {
  return `<text${attributes}>${htmlText(text)}</text>`;
}

/** The `points` of a polyline through points, as "x,y x,y". */
function polylinePoints(
  points: readonly Point[],
  x: (value: number) => number,
  y: (value: number) => number,
): string {
  let text = "";
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as Point;
    text += `${i > 0 ? " " : ""}${coordinate(x(p.x))},${coordinate(y(p.y))}`;
  }
  return text;
}

function triangle(cx: number, cy: number, r: number): string {
  return `M${coordinate(cx)} ${coordinate(cy - r)}L${coordinate(cx + r)} ${coordinate(cy + r * 0.8)}L${coordinate(cx - r)} ${coordinate(cy + r * 0.8)}Z`;
}

function diamond(cx: number, cy: number, r: number): string {
  return `M${coordinate(cx)} ${coordinate(cy - r)}L${coordinate(cx + r)} ${coordinate(cy)}L${coordinate(cx)} ${coordinate(cy + r)}L${coordinate(cx - r)} ${coordinate(cy)}Z`;
}

/**
 * The value axis: from 0 for counts and percentages (a bar of 40 is twice one
 * of 20), around the data for grades, which live on 1-10 and differ in tenths.
 */
function yDomain(values: readonly number[], unit: EvaluatedIndicator["unit"]): [number, number] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (unit === "grade") {
    return [Math.max(0, Math.floor(min - 0.5)), Math.min(10, Math.ceil(max + 0.5))];
  }
  const top = max <= 0 ? 1 : max * 1.15;
  return [Math.min(0, min), top];
}
