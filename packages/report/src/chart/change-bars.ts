import type { Language } from "@ivp/model";
import type { EvaluatedFigureTable } from "../evaluated-plan.ts";
import { type Html, h } from "../html/html.ts";
import { messagesFor } from "../i18n/messages.ts";
import { CHART_COLOURS } from "./indicator-chart.ts";
import { coordinate, linearScale, niceStep } from "./scale.ts";

const WIDTH = 640;
const ROW = 20;
const LABEL_WIDTH = 250;
const VALUE_WIDTH = 56;
const TOP = 30;
const BOTTOM = 12;
/** Bars beyond this many percent are clipped (the label keeps the real figure). */
const LIMIT = 100;

interface BarRow {
  readonly label: string;
  readonly depth: number;
  readonly change: number | null;
  readonly text: string;
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

/**
 * The text alternative of a table's bar chart: every bar's figure.
 *
 * @example
 * changeBarsDescription(tabel1, "nl").startsWith("Staafdiagram") //=> true
 */
export function changeBarsDescription(table: EvaluatedFigureTable, lang: Language): string | null {
  const columns = barColumns(table);
  if (!columns) return null;
  const m = messagesFor(lang).chart;
  const rows = barRows(table, columns);
  const list = rows
    .map(
      (r) =>
        `${r.label}: ${r.text || m.noChange}${columns.reference && r.referenceText ? ` (${columns.reference.header}: ${r.referenceText})` : ""}`,
    )
    .join("; ");
  return `${m.barsDescription(columns.change.header, columns.reference?.header ?? null)} ${list}.`;
}

function barRows(
  table: EvaluatedFigureTable,
  columns: NonNullable<ReturnType<typeof barColumns>>,
): BarRow[] {
  return table.rows.map((row) => {
    const cell = row.cells[columns.change.id];
    const ref = columns.reference ? row.cells[columns.reference.id] : undefined;
    return {
      label: row.label,
      depth: row.depth,
      change: cell?.kind === "change" ? cell.change : null,
      text: cell?.text ?? "",
      reference: ref?.kind === "reference" ? ref.value : null,
      referenceText: ref?.text ?? "",
    };
  });
}

/**
 * A horizontal bar chart of a figure table's first change column (one bar per
 * row, diverging from 0), with the comparison column (e.g. the region) as a
 * tick. The figures are those of the table; bars beyond ±100% are clipped and
 * marked, their labels keep the real figure. Returns `null` for a table
 * without a change column.
 *
 * @param table - the evaluated figure table
 * @param lang - language of the labels
 * @returns the SVG, or `null`
 * @example
 * changeBars(tabel1, "nl")?.value.includes('role="img"') //=> true
 */
export function changeBars(table: EvaluatedFigureTable, lang: Language): Html | null {
  const columns = barColumns(table);
  if (!columns) return null;
  const m = messagesFor(lang).chart;
  const rows = barRows(table, columns);
  const magnitudes = rows.flatMap((r) => [Math.abs(r.change ?? 0), Math.abs(r.reference ?? 0)]);
  const step = niceStep(Math.min(LIMIT, Math.max(10, ...magnitudes)), 2);
  const limit = Math.min(LIMIT, Math.ceil(Math.max(10, ...magnitudes) / step) * step);
  const height = TOP + rows.length * ROW + BOTTOM;
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
        y2: height - BOTTOM,
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
      row.change !== null
        ? h("rect", {
            x: coordinate(x0),
            y: top + 4,
            width: coordinate(Math.max(x1 - x0, row.change === 0 ? 0 : 1)),
            height: ROW - 8,
            fill: shown > 0 ? CHART_COLOURS.increase : CHART_COLOURS.decrease,
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
        row.text || messagesFor(lang).notAvailable,
      ),
    );
  });

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
  );
}
