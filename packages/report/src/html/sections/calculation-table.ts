import type { EvaluatedIndicator } from "../../evaluated-plan.ts";
import { type CalculationRow, calculationRows } from "../../view/progress-view.ts";
import type { ReportView } from "../../view/report-view.ts";
import { ids, tableWrap } from "../blocks.ts";
import { type Html, html } from "../html.ts";

const rowsByView = new WeakMap<ReportView, WeakMap<EvaluatedIndicator, CalculationRow[]>>();

/**
 * The rows of {@link calculationTable}, computed once per report: the
 * indicator's section links to the table when there is one, the appendix
 * shows it (writing the numbers of a calculation is a large part of a
 * report's time in `ivp bulk`).
 */
export function calculationRowsOnce(
  view: ReportView,
  indicator: EvaluatedIndicator,
): readonly CalculationRow[] {
  let byIndicator = rowsByView.get(view);
  if (!byIndicator) {
    byIndicator = new WeakMap();
    rowsByView.set(view, byIndicator);
  }
  let rows = byIndicator.get(indicator);
  if (!rows) {
    rows = calculationRows(view, indicator);
    byIndicator.set(indicator, rows);
  }
  return rows;
}

/**
 * The calculation behind an indicator's status, step by step (in the appendix
 * "Verantwoording": it names the formula's symbols and tests).
 */
export function calculationTable(view: ReportView, indicator: EvaluatedIndicator): Html | null {
  const rows = calculationRowsOnce(view, indicator);
  if (rows.length === 0) return null;
  const { m } = view;
  const caption = `${m.indicatorFacts.components}: ${indicator.label}`;
  const c = m.columns;
  const body = rows.map(
    (row) =>
      html`<tr><th scope="row">${row.component}</th><td class="formula" data-label="${c.calculation}">${row.formula}</td><td class="num" data-label="${c.outcome}">${row.outcome}</td></tr>`,
  );
  return html`<div id="${ids.calculation(indicator.id)}">${tableWrap(
    view,
    caption,
    html`<table class="calculation cards"><caption>${caption}</caption><thead><tr><th scope="col">${c.component}</th><th scope="col">${c.calculation}</th><th scope="col" class="num">${c.outcome}</th></tr></thead><tbody>${body}</tbody></table>`,
  )}</div>`;
}
