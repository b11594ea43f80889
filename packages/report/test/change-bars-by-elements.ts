// changeBars as it was written with h() (before the html template, in
// src/chart/change-bars.ts): the reference its tests hold it to.
import type { Language } from "@ivp/model";
import { changeBarsDescription } from "../src/chart/change-bars.ts";
import { CHART_COLOURS } from "../src/chart/indicator-chart.ts";
import { coordinate, linearScale, niceStep } from "../src/chart/scale.ts";
import type { EvaluatedFigureTable } from "../src/evaluated-plan.ts";
import { type Html, h } from "../src/html/html.ts";
import { messagesFor } from "../src/i18n/messages.ts";
import { CHANCE_MARKER, isChanceCell } from "../src/render-table.ts";

const WIDTH = 640;
const ROW = 20;
const LABEL_WIDTH = 250;
/** Room for the value: a percentage, its chance mark and, for small counts, the counts. */
const VALUE_WIDTH = 104;
/** Below this many, a bar's value also shows the two counts: "2 → 1", not only "-50%". */
const SMALL_COUNT = 20;
/** Room for the legend below the bars. */
const LEGEND = 26;
const TOP = 30;
const BOTTOM = 12;
/** Bars beyond this many percent are clipped (the label keeps the real figure). */
const LIMIT = 100;

interface BarRow {
  readonly label: string;
  readonly depth: number;
  readonly change: number | null;
  /** The change as the table prints it, with the chance mark when chance could explain it. */
  readonly text: string;
  /** Whether chance alone could explain the change (the table's °). */
  readonly chance: boolean;
  /** "2 → 1" when both figures are small counts, else "". */
  readonly counts: string;
  readonly reference: number | null;
  readonly referenceText: string;
}

/** The first change column of a table and the reference column comparing the same periods. */
function barColumns(table: EvaluatedFigureTable) {
  const change = table.columns.find((c) => c.kind === "change");
  if (!change) return null;
  const reference = table.columns.find(
    (c) => c.kind === "reference" && c.from === change.from && c.to === change.to,
  );
  return { change, reference };
}

function barRows(
  table: EvaluatedFigureTable,
  columns: NonNullable<ReturnType<typeof barColumns>>,
): BarRow[] {
  return table.rows.map((row) => {
    const cell = row.cells[columns.change.id];
    const ref = columns.reference ? row.cells[columns.reference.id] : undefined;
    const chance = cell !== undefined && isChanceCell(cell);
    const small =
      cell?.kind === "change" &&
      cell.from !== null &&
      cell.to !== null &&
      Number.isInteger(cell.from) &&
      Number.isInteger(cell.to) &&
      Math.max(cell.from, cell.to) < SMALL_COUNT;
    return {
      label: row.label,
      depth: row.depth,
      change: cell?.kind === "change" ? cell.change : null,
      text: cell?.text ? `${cell.text}${chance ? CHANCE_MARKER : ""}` : "",
      chance,
      counts: small && cell?.kind === "change" ? `${cell.from} → ${cell.to}` : "",
      reference: ref?.kind === "reference" ? ref.value : null,
      referenceText: ref?.text ?? "",
    };
  });
}

/** The chart as changeBars wrote it with h(). */
export function changeBarsByElements(table: EvaluatedFigureTable, lang: Language): Html | null {
  const columns = barColumns(table);
  if (!columns) return null;
  const m = messagesFor(lang).chart;
  const rows = barRows(table, columns);
  const magnitudes = rows.flatMap((r) => [Math.abs(r.change ?? 0), Math.abs(r.reference ?? 0)]);
  const step = niceStep(Math.min(LIMIT, Math.max(10, ...magnitudes)), 2);
  const limit = Math.min(LIMIT, Math.ceil(Math.max(10, ...magnitudes) / step) * step);
  const height = TOP + rows.length * ROW + BOTTOM + LEGEND;
  const x = linearScale([-limit, limit], [LABEL_WIDTH, WIDTH - VALUE_WIDTH]);
  const id = `bars-${table.id}`;
  const ticks = [-limit, -limit / 2, 0, limit / 2, limit];

  const axis = ticks.map((tick) =>
    h(
      "g",
      {},
      h("line", {
        x1: coordinate(x(tick)),
        x2: coordinate(x(tick)),
        y1: TOP - 6,
        y2: height - BOTTOM - LEGEND,
        stroke: tick === 0 ? CHART_COLOURS.text : CHART_COLOURS.grid,
        "stroke-width": 1,
      }),
      h(
        "text",
        { x: coordinate(x(tick)), y: TOP - 10, "text-anchor": "middle", class: "tick" },
        `${tick > 0 ? "+" : ""}${tick}%`,
      ),
    ),
  );
  const bars = rows.map((row, i) => {
    const top = TOP + i * ROW;
    const middle = top + ROW / 2;
    const clipped = row.change !== null && Math.abs(row.change) > limit;
    const shown = row.change === null ? 0 : Math.max(-limit, Math.min(limit, row.change));
    const x0 = x(Math.min(0, shown));
    const x1 = x(Math.max(0, shown));
    return h(
      "g",
      {},
      h(
        "text",
        { x: 4 + row.depth * 14, y: coordinate(middle + 4), class: "bar-label" },
        row.label,
      ),
      // A change chance alone could explain is an open bar: its outline only.
      row.change !== null
        ? h("rect", {
            x: coordinate(x0),
            y: top + 4,
            width: coordinate(Math.max(x1 - x0, row.change === 0 ? 0 : 1)),
            height: ROW - 8,
            fill: row.chance
              ? "#ffffff"
              : shown > 0
                ? CHART_COLOURS.increase
                : CHART_COLOURS.decrease,
            stroke: shown > 0 ? CHART_COLOURS.increase : CHART_COLOURS.decrease,
            "stroke-width": row.chance ? 1.5 : 0,
          })
        : null,
      clipped
        ? h(
            "text",
            {
              x: coordinate(shown > 0 ? x1 - 3 : x0 + 3),
              y: coordinate(middle + 4),
              "text-anchor": shown > 0 ? "end" : "start",
              class: "clip-mark",
            },
            "//",
          )
        : null,
      row.reference !== null
        ? h("line", {
            x1: coordinate(x(Math.max(-limit, Math.min(limit, row.reference)))),
            x2: coordinate(x(Math.max(-limit, Math.min(limit, row.reference)))),
            y1: top + 1,
            y2: top + ROW - 1,
            stroke: CHART_COLOURS.baseline,
            "stroke-width": 2,
          })
        : null,
      h(
        "text",
        { x: WIDTH - 4, y: coordinate(middle + 4), "text-anchor": "end", class: "bar-value" },
        row.counts
          ? `${row.counts}: ${row.text || messagesFor(lang).notAvailable}`
          : row.text || messagesFor(lang).notAvailable,
      ),
    );
  });
  // A legend of what is drawn: the two colours, the open bar only when there is one, the tick only with a comparison column.
  const legendY = height - LEGEND / 2 + 2;
  const entries: [Html, string][] = [
    [h("rect", { width: 14, height: 10, y: -9, fill: CHART_COLOURS.increase }), m.increase],
    [h("rect", { width: 14, height: 10, y: -9, fill: CHART_COLOURS.decrease }), m.decrease],
    ...(rows.some((r) => r.chance && r.change !== null)
      ? ([
          [
            h("rect", {
              width: 14,
              height: 10,
              y: -9,
              fill: "#ffffff",
              stroke: CHART_COLOURS.text,
              "stroke-width": 1.5,
            }),
            `${CHANCE_MARKER} ${messagesFor(lang).progress.chance}`,
          ],
        ] as [Html, string][])
      : []),
    ...(columns.reference && rows.some((r) => r.reference !== null)
      ? ([
          [
            h("line", {
              x1: 7,
              x2: 7,
              y1: -11,
              y2: 3,
              stroke: CHART_COLOURS.baseline,
              "stroke-width": 2,
            }),
            columns.reference.header,
          ],
        ] as [Html, string][])
      : []),
  ];
  let at = 4;
  const legend = h(
    "g",
    { class: "legend", "aria-hidden": "true" },
    entries.map(([mark, text]) => {
      const g = h(
        "g",
        { transform: `translate(${at} ${legendY})` },
        mark,
        h("text", { x: 20, y: 0 }, text),
      );
      // About 7 units per character of the 12-unit legend text.
      at += 20 + text.length * 7 + 16;
      return g;
    }),
  );

  return h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: WIDTH,
      height,
      role: "img",
      "aria-labelledby": `${id}-title ${id}-desc`,
      class: "chart bars",
      id,
    },
    h("title", { id: `${id}-title` }, m.barsTitle(columns.change.header)),
    h("desc", { id: `${id}-desc` }, changeBarsDescription(table, lang)),
    axis,
    bars,
    legend,
  );
}
