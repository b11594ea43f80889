import type { EvaluatedIndicatorTable } from "../../evaluated-plan.ts";
import {
  indicatorRowView,
  indicatorTableHeaders,
  type ReportView,
} from "../../view/report-view.ts";
import { ids, indicatorLink, stacked, statusBadge, tableWrap } from "../blocks.ts";
import { attribute, type Html, h, html } from "../html.ts";

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
        html`<tr class="group"><th scope="rowgroup" colspan="${headers.length}">${row.group}</th></tr>`,
      );
    }
    group = row.group;
    const r = indicatorRowView(view, row);
    if (r.differs) differs = true;
    const differsMark = r.differs
      ? html`<span class="marker" title="${r.differs}"> \u2260</span><span class="sr-only"> (${r.differs})</span>`
      : null;
    const significance = r.significanceParts?.pValue
      ? stacked(r.significanceParts.pValue, r.significanceParts.verdict)
      : r.significance;
    body.push(
      html`<tr${attribute("class", row.group === null ? undefined : "depth-1")}><th scope="row">${indicatorLink(
        view,
        r.id,
        r.label,
      )}${differsMark}<span class="sub">${r.source}</span></th><td class="num" data-label="${label(1)}">${
        r.baseline
      }</td><td class="num wrap" data-label="${label(2)}">${r.target}</td><td class="num wrap" data-label="${label(
        3,
      )}">${stacked(r.latest, r.change === view.m.notAvailable ? null : r.change)}</td><td class="num wrap" data-label="${label(
        4,
      )}">${r.fraction}</td><td class="status-cell" data-label="${label(5)}">${
        r.status ? statusBadge(r.status) : view.m.notAvailable
      }</td><td data-label="${label(6)}">${significance}</td></tr>`,
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
