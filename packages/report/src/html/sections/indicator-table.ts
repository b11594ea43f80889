import type { EvaluatedIndicatorTable } from "../../evaluated-plan.ts";
import {
  indicatorRowView,
  indicatorTableHeaders,
  type ReportView,
} from "../../view/report-view.ts";
import { cell, ids, indicatorLink, stacked, statusBadge, tableWrap } from "../blocks.ts";
import { type Html, h } from "../html.ts";

/** A table of indicators with baseline, target, latest figure, change, status and significance; used by the main goals and by the priorities and themes. */
export function indicatorTable(view: ReportView, table: EvaluatedIndicatorTable): Html {
  // The source goes below the label, the change below the latest value and
  // the verdict below the p-value, so that the table fits an A4 page.
  const [indicator, source, baseline, target, , , fraction, status, significance] =
    indicatorTableHeaders(view, table);
  const headers = [
    `${indicator} / ${source}`,
    baseline,
    target,
    view.m.columns.latestAndChange,
    fraction,
    status,
    significance,
  ];
  const numeric = new Set([1, 2, 3, 4]);
  const label = (i: number) => headers[i] ?? "";
  const body: Html[] = [];
  let group: string | null = null;
  let differs = false;
  for (const row of table.rows) {
    if (row.group !== group && row.group !== null) {
      body.push(
        h(
          "tr",
          { class: "group" },
          h("th", { scope: "rowgroup", colspan: headers.length }, row.group),
        ),
      );
    }
    group = row.group;
    const r = indicatorRowView(view, row);
    if (r.differs) differs = true;
    body.push(
      h(
        "tr",
        { class: row.group === null ? undefined : "depth-1" },
        h(
          "th",
          { scope: "row" },
          indicatorLink(view, r.id, r.label),
          r.differs ? h("span", { class: "marker", title: r.differs }, " ≠") : null,
          r.differs ? h("span", { class: "sr-only" }, ` (${r.differs})`) : null,
          h("span", { class: "sub" }, r.source),
        ),
        cell(label(1), { class: "num" }, r.baseline),
        cell(label(2), { class: "num wrap" }, r.target),
        cell(
          label(3),
          { class: "num wrap" },
          stacked(r.latest, r.change === view.m.notAvailable ? null : r.change),
        ),
        cell(label(4), { class: "num wrap" }, r.fraction),
        cell(
          label(5),
          { class: "status-cell" },
          r.status ? statusBadge(r.status) : view.m.notAvailable,
        ),
        cell(
          label(6),
          {},
          r.significanceParts?.pValue
            ? stacked(r.significanceParts.pValue, r.significanceParts.verdict)
            : r.significance,
        ),
      ),
    );
  }
  return h(
    "div",
    { id: ids.goals(table.id) },
    tableWrap(
      view,
      table.title,
      h(
        "table",
        { class: "goals cards" },
        h("caption", {}, table.title),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            headers.map((text, i) =>
              h("th", { scope: "col", class: numeric.has(i) ? "num" : undefined }, text),
            ),
          ),
        ),
        h("tbody", {}, body),
      ),
    ),
    differs ? h("p", { class: "note" }, view.m.differsLegend) : null,
    h("p", { class: "note" }, view.m.council.significanceLegend),
  );
}
