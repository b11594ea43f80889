import type { Language } from "@ivp/model";
import type { EvaluatedFigureTable } from "../evaluated-plan.ts";
import { type Html, html, trustedHtml } from "../html/html.ts";
import { messagesFor } from "../i18n/messages.ts";
import { CHANCE_MARKER, isChanceCell } from "../render-table.ts";
import { CHART_COLOURS } from "./indicator-chart.ts";
import { coordinate, linearScale, niceStep } from "./scale.ts";

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
        `${r.label}: ${r.text || m.noChange}${r.counts ? ` (${r.counts})` : ""}${r.chance ? ` (${messagesFor(lang).progress.chance})` : ""}${columns.reference && r.referenceText ? ` (${columns.reference.header}: ${r.referenceText})` : ""}`,
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
  const height = TOP + rows.length * ROW + BOTTOM + LEGEND;
  const x = linearScale([-limit, limit], [LABEL_WIDTH, WIDTH - VALUE_WIDTH]);
  const id = `bars-${table.id}`;
  const ticks = [-limit, -limit / 2, 0, limit / 2, limit];

  // Written with the html template (the markup h() writes for the same
  // elements, attributes in the same order): a report draws this chart for
  // every figure table, and h() builds an object of attributes and an array
  // of children for each element.
  const axisBottom = height - BOTTOM - LEGEND;
  let axis = "";
  for (const tick of ticks) {
    const at = coordinate(x(tick));
    axis += html`<g><line x1="${at}" x2="${at}" y1="${TOP - 6}" y2="${axisBottom}" stroke="${
      tick === 0 ? CHART_COLOURS.text : CHART_COLOURS.grid
    }" stroke-width="1"></line><text x="${at}" y="${TOP - 10}" text-anchor="middle" class="tick">${`${tick > 0 ? "+" : ""}${tick}%`}</text></g>`
      .value;
  }
  let bars = "";
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as BarRow;
    const top = TOP + i * ROW;
    const middle = top + ROW / 2;
    const clipped = row.change !== null && Math.abs(row.change) > limit;
    const shown = row.change === null ? 0 : Math.max(-limit, Math.min(limit, row.change));
    const x0 = x(Math.min(0, shown));
    const x1 = x(Math.max(0, shown));
    const colour = shown > 0 ? CHART_COLOURS.increase : CHART_COLOURS.decrease;
    const reference =
      row.reference === null ? "" : coordinate(x(Math.max(-limit, Math.min(limit, row.reference))));
    bars +=
      html`<g><text x="${4 + row.depth * 14}" y="${coordinate(middle + 4)}" class="bar-label">${row.label}</text>${
        // A change chance alone could explain is an open bar: its outline only.
        row.change !== null
          ? html`<rect x="${coordinate(x0)}" y="${top + 4}" width="${coordinate(
              Math.max(x1 - x0, row.change === 0 ? 0 : 1),
            )}" height="${ROW - 8}" fill="${row.chance ? "#ffffff" : colour}" stroke="${colour}" stroke-width="${
              row.chance ? 1.5 : 0
            }"></rect>`
          : null
      }${
        clipped
          ? html`<text x="${coordinate(shown > 0 ? x1 - 3 : x0 + 3)}" y="${coordinate(middle + 4)}" text-anchor="${
              shown > 0 ? "end" : "start"
            }" class="clip-mark">//</text>`
          : null
      }${
        row.reference !== null
          ? html`<line x1="${reference}" x2="${reference}" y1="${top + 1}" y2="${top + ROW - 1}" stroke="${CHART_COLOURS.baseline}" stroke-width="2"></line>`
          : null
      }<text x="${WIDTH - 4}" y="${coordinate(middle + 4)}" text-anchor="end" class="bar-value">${
        row.counts
          ? `${row.counts}: ${row.text || messagesFor(lang).notAvailable}`
          : row.text || messagesFor(lang).notAvailable
      }</text></g>`.value;
  }
  // A legend of what is drawn: the two colours, the open bar only when there is one, the tick only with a comparison column.
  const legendY = height - LEGEND / 2 + 2;
  const entries: [string, string][] = [
    [`<rect width="14" height="10" y="-9" fill="${CHART_COLOURS.increase}"></rect>`, m.increase],
    [`<rect width="14" height="10" y="-9" fill="${CHART_COLOURS.decrease}"></rect>`, m.decrease],
  ];
  if (rows.some((r) => r.chance && r.change !== null))
    entries.push([
      `<rect width="14" height="10" y="-9" fill="#ffffff" stroke="${CHART_COLOURS.text}" stroke-width="1.5"></rect>`,
      `${CHANCE_MARKER} ${messagesFor(lang).progress.chance}`,
    ]);
  if (columns.reference && rows.some((r) => r.reference !== null))
    entries.push([
      `<line x1="7" x2="7" y1="-11" y2="3" stroke="${CHART_COLOURS.baseline}" stroke-width="2"></line>`,
      columns.reference.header,
    ]);
  let at = 4;
  let legend = '<g class="legend" aria-hidden="true">';
  for (const [mark, text] of entries) {
    legend +=
      html`<g transform="${`translate(${at} ${legendY})`}">${trustedHtml(mark)}<text x="20" y="0">${text}</text></g>`
        .value;
    // About 7 units per character of the 12-unit legend text.
    at += 20 + text.length * 7 + 16;
  }
  legend += "</g>";

  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${`0 0 ${WIDTH} ${height}`}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${`${id}-title ${id}-desc`}" class="chart bars" id="${id}"><title id="${`${id}-title`}">${m.barsTitle(
    columns.change.header,
  )}</title><desc id="${`${id}-desc`}">${changeBarsDescription(table, lang)}</desc>${trustedHtml(
    axis + bars + legend,
  )}</svg>`;
}
