import { type Language, parsePeriodOrThrow } from "@ivp/model";
import type { EvaluatedIndicator } from "../evaluated-plan.ts";
import { formatIndicatorValue, formatPeriod, formatTarget } from "../format/format-value.ts";
import { type Html, h } from "../html/html.ts";
import { messagesFor } from "../i18n/messages.ts";
import { coordinate, linearScale, niceTicks } from "./scale.ts";

/** Colours of the Okabe-Ito palette, distinguishable with every common colour-vision deficiency. */
export const CHART_COLOURS = {
  observed: "#0072B2",
  target: "#D55E00",
  baseline: "#000000",
  increase: "#E69F00",
  decrease: "#0072B2",
  grid: "#d4d4d4",
  text: "#333333",
} as const;

const WIDTH = 640;
const HEIGHT = 280;
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
 * The text alternative of an indicator chart: every number it draws.
 *
 * @example
 * indicatorChartDescription(woninginbraken, "nl")
 * //=> "waargenomen: 2014: 90; 2015: 79; 2016: 77; 2017: 79. basis (2017): 79. doel (2021): 60 (-25%)."
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
  if (indicator.baseline) {
    parts.push(
      `${m.baseline} (${formatPeriod(indicator.baseline.period, lang)}): ${value(indicator.baseline.value)}.`,
    );
  }
  const target = indicator.targets[0];
  if (target) {
    parts.push(
      `${m.target} (${formatPeriod(target.period, lang)}): ${formatTarget(target, indicator.unit, lang)}.`,
    );
  }
  return parts.join(" ");
}

/**
 * An inline SVG line chart of an indicator: the observed values comparable
 * with the baseline, the baseline, the target and the straight path between
 * them. `role="img"` with a `<title>` and a `<desc>` that lists every number.
 * Returns `null` when there is nothing to draw.
 *
 * @param indicator - the evaluated indicator
 * @param lang - language of the labels
 * @returns the SVG, or `null`
 * @example
 * indicatorChart(woninginbraken, "nl")?.value.startsWith('<svg') //=> true
 */
export function indicatorChart(indicator: EvaluatedIndicator, lang: Language): Html | null {
  const m = messagesFor(lang).chart;
  const observed: Point[] = indicator.observations
    .filter((o) => o.comparable)
    .map((o) => ({ x: periodPosition(o.period), y: o.value, period: o.period, value: o.value }));
  const baseline: Point | null = indicator.baseline
    ? {
        x: periodPosition(indicator.baseline.period),
        y: indicator.baseline.value,
        period: indicator.baseline.period,
        value: indicator.baseline.value,
      }
    : null;
  const target = indicator.targets[0];
  const targetPoint: Point | null =
    target && target.value !== null
      ? {
          x: periodPosition(target.period),
          y: target.value,
          period: target.period,
          value: target.value,
        }
      : null;
  const all = [...observed, ...(baseline ? [baseline] : []), ...(targetPoint ? [targetPoint] : [])];
  if (all.length === 0) return null;

  const id = `chart-${indicator.id}`;
  const value = (v: number) => formatIndicatorValue(v, indicator.unit, lang);
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const firstYear = Math.floor(Math.min(...xs));
  const lastYear = Math.floor(Math.max(...xs));
  // Months of the compared periods (e.g. the whole year, or January-June).
  const offset = Math.min(...xs) - firstYear;
  const x = linearScale(
    [firstYear + offset - 0.6, lastYear + offset + 0.6],
    [MARGIN.left, WIDTH - MARGIN.right],
  );
  const [lo, hi] = yDomain(ys, indicator.unit);
  const ticks = niceTicks(lo, hi, 5);
  const y = linearScale(
    [ticks[0] ?? lo, ticks[ticks.length - 1] ?? hi],
    [HEIGHT - MARGIN.bottom, MARGIN.top],
  );
  const plotBottom = HEIGHT - MARGIN.bottom;

  const grid = ticks.map((tick) =>
    h(
      "g",
      {},
      h("line", {
        x1: MARGIN.left,
        x2: WIDTH - MARGIN.right,
        y1: coordinate(y(tick)),
        y2: coordinate(y(tick)),
        stroke: CHART_COLOURS.grid,
        "stroke-width": 1,
      }),
      h(
        "text",
        { x: MARGIN.left - 8, y: coordinate(y(tick) + 4), "text-anchor": "end", class: "tick" },
        value(tick),
      ),
    ),
  );
  const years: number[] = [];
  for (let year = firstYear; year <= lastYear; year++) years.push(year);
  const xTicks = years.map((year) =>
    h(
      "text",
      {
        x: coordinate(x(year + offset)),
        y: plotBottom + 18,
        "text-anchor": "middle",
        class: "tick",
      },
      String(year),
    ),
  );

  const line =
    observed.length > 1
      ? h("polyline", {
          points: observed.map((p) => `${coordinate(x(p.x))},${coordinate(y(p.y))}`).join(" "),
          fill: "none",
          stroke: CHART_COLOURS.observed,
          "stroke-width": 2.5,
        })
      : null;
  // A label goes above its point, or below when the baseline mark sits just above it.
  const labelBelow = (p: Point) =>
    baseline !== null &&
    baseline.period === p.period &&
    y(baseline.y) <= y(p.y) &&
    y(p.y) - y(baseline.y) < 16;
  const dots = observed.map((p) =>
    h(
      "g",
      {},
      h("circle", {
        cx: coordinate(x(p.x)),
        cy: coordinate(y(p.y)),
        r: 4,
        fill: CHART_COLOURS.observed,
      }),
      observed.length <= 10
        ? h(
            "text",
            {
              x: coordinate(x(p.x)),
              y: coordinate(labelBelow(p) ? y(p.y) + 17 : y(p.y) - 9),
              "text-anchor": "middle",
              class: "point-label",
            },
            value(p.value),
          )
        : null,
    ),
  );
  const path =
    baseline && targetPoint
      ? h("line", {
          x1: coordinate(x(baseline.x)),
          y1: coordinate(y(baseline.y)),
          x2: coordinate(x(targetPoint.x)),
          y2: coordinate(y(targetPoint.y)),
          stroke: CHART_COLOURS.target,
          "stroke-width": 2,
          "stroke-dasharray": "6 4",
        })
      : null;
  const baselineMark = baseline
    ? h("rect", {
        x: coordinate(x(baseline.x) - 5),
        y: coordinate(y(baseline.y) - 5),
        width: 10,
        height: 10,
        fill: "none",
        stroke: CHART_COLOURS.baseline,
        "stroke-width": 2,
      })
    : null;
  const targetMark = targetPoint
    ? h(
        "g",
        {},
        h("path", {
          d: diamond(x(targetPoint.x), y(targetPoint.y), 7),
          fill: CHART_COLOURS.target,
        }),
        h(
          "text",
          {
            x: coordinate(x(targetPoint.x)),
            y: coordinate(y(targetPoint.y) - 11),
            "text-anchor": "middle",
            class: "point-label",
          },
          value(targetPoint.value),
        ),
      )
    : null;

  const legendY = HEIGHT - 18;
  const legend = h(
    "g",
    { class: "legend" },
    h("circle", { cx: MARGIN.left + 6, cy: legendY - 4, r: 4, fill: CHART_COLOURS.observed }),
    h("text", { x: MARGIN.left + 16, y: legendY }, m.observed),
    h("rect", {
      x: MARGIN.left + 121,
      y: legendY - 9,
      width: 10,
      height: 10,
      fill: "none",
      stroke: CHART_COLOURS.baseline,
      "stroke-width": 2,
    }),
    h("text", { x: MARGIN.left + 137, y: legendY }, m.baseline),
    h("path", { d: diamond(MARGIN.left + 216, legendY - 4, 6), fill: CHART_COLOURS.target }),
    h("text", { x: MARGIN.left + 228, y: legendY }, m.target),
    h("line", {
      x1: MARGIN.left + 290,
      x2: MARGIN.left + 320,
      y1: legendY - 4,
      y2: legendY - 4,
      stroke: CHART_COLOURS.target,
      "stroke-width": 2,
      "stroke-dasharray": "6 4",
    }),
    h("text", { x: MARGIN.left + 328, y: legendY }, m.path),
  );

  return h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      width: WIDTH,
      height: HEIGHT,
      role: "img",
      "aria-labelledby": `${id}-title ${id}-desc`,
      class: "chart",
      id,
    },
    h("title", { id: `${id}-title` }, m.title(indicator.label)),
    h("desc", { id: `${id}-desc` }, indicatorChartDescription(indicator, lang)),
    grid,
    h("line", {
      x1: MARGIN.left,
      x2: WIDTH - MARGIN.right,
      y1: plotBottom,
      y2: plotBottom,
      stroke: CHART_COLOURS.text,
      "stroke-width": 1,
    }),
    xTicks,
    path,
    line,
    dots,
    baselineMark,
    targetMark,
    legend,
  );
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
