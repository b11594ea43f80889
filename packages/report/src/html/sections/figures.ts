import { changeBars } from "../../chart/change-bars.ts";
import type { EvaluatedFigureTable } from "../../evaluated-plan.ts";
import {
  type CellJson,
  CHANCE_MARKER,
  isChanceCell,
  significanceSummary,
} from "../../render-table.ts";
import type { ReportView } from "../../view/report-view.ts";
import { chartWrap, ids, section, tableWrap } from "../blocks.ts";
import { attribute, type Html, h, html } from "../html.ts";

/** Why a cell of a figure table has no text. */
function emptyReason(view: ReportView, cell: CellJson | undefined): string {
  const e = view.m.emptyCell;
  if (cell?.kind === "change") return cell.empty === "zero-base" ? e.zeroBase : e.missingValue;
  if (cell?.kind === "reference") return e.reference;
  return e.value;
}

function figureTableTitle(table: EvaluatedFigureTable, view: ReportView): string {
  return table.number !== null
    ? `${view.m.tableWord} ${table.number}: ${table.title}`
    : table.title;
}

function figureTable(view: ReportView, table: EvaluatedFigureTable): Html {
  const { m } = view;
  const grouped = table.columns.some((c) => c.group !== null);
  const headRows: Html[] = [];
  if (grouped) {
    const first: Html[] = [h("th", { scope: "col", rowspan: 2 }, m.tableLabelColumn)];
    const second: Html[] = [];
    for (let i = 0; i < table.columns.length; ) {
      const column = table.columns[i];
      if (!column) break;
      if (column.group === null) {
        first.push(h("th", { scope: "col", rowspan: 2, class: "num" }, column.header));
        i++;
        continue;
      }
      let span = 1;
      while (table.columns[i + span]?.group === column.group) span++;
      first.push(h("th", { scope: "colgroup", colspan: span, class: "num" }, column.group));
      for (let k = 0; k < span; k++) {
        second.push(h("th", { scope: "col", class: "num" }, table.columns[i + k]?.header ?? ""));
      }
      i += span;
    }
    headRows.push(h("tr", {}, first), h("tr", {}, second));
  } else {
    headRows.push(
      h(
        "tr",
        {},
        h("th", { scope: "col" }, m.tableLabelColumn),
        table.columns.map((c) => h("th", { scope: "col", class: "num" }, c.header)),
      ),
    );
  }
  let markers = false;
  const chance = m.progress.chance;
  const marked = html`<span class="marker" title="${chance}">${CHANCE_MARKER}</span><span class="sr-only"> (${chance})</span>`;
  const rows = table.rows.map((row) => {
    const cells = table.columns.map((column) => {
      const cell = row.cells[column.id];
      const marker = cell !== undefined && isChanceCell(cell);
      if (marker) markers = true;
      if (!cell?.text) {
        // An empty cell says why it is empty (title for the mouse, text for screen readers).
        const why = emptyReason(view, cell);
        return html`<td class="num empty" title="${why}">${m.notAvailable}<span class="sr-only"> (${why})</span>${marker ? marked : null}</td>`;
      }
      return html`<td class="num">${cell.text}${marker ? marked : null}</td>`;
    });
    return html`<tr${attribute("class", row.depth > 0 ? `depth-${row.depth}` : undefined)}><th scope="row">${row.label}</th>${cells}</tr>`;
  });
  const title = figureTableTitle(table, view);
  const bars = changeBars(table, view.lang);
  const barsText = m.chart.barsDescription(
    table.columns.find((c) => c.kind === "change")?.header ?? "",
    table.columns.find((c) => c.kind === "reference")?.header ?? null,
  );
  return h(
    "div",
    { id: ids.table(table.id), class: "figure-table" },
    h("h3", {}, title),
    tableWrap(
      view,
      title,
      h(
        "table",
        { class: "figures", "data-table": table.id },
        // The h3 above shows the title; the caption names the table for screen readers.
        h("caption", { class: "hidden-caption" }, title),
        h("thead", {}, headRows),
        h("tbody", {}, rows),
      ),
    ),
    table.source || table.note
      ? h(
          "p",
          { class: "note" },
          table.source ? `${m.columns.source}: ${table.source.name}. ` : null,
          table.note ?? null,
        )
      : null,
    markers ? h("p", { class: "note" }, m.council.chanceNote) : null,
    table.significance
      ? h(
          "p",
          { class: "note" },
          significanceSummary(table.significance, view.lang, { named: false }),
        )
      : null,
    bars ? h("figure", {}, chartWrap(barsText, bars), h("figcaption", {}, barsText)) : null,
  );
}

/** Section "Politiecijfers": the police figure tables, their chance marks and change bars. */
export function figures(view: ReportView): Html | null {
  if (view.evaluated.tables.length === 0) return null;
  return section(
    "politiecijfers",
    view.m.sections.figures,
    view.evaluated.tables.map((t) => figureTable(view, t)),
  );
}
