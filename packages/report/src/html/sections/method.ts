import { correctionLegend, statusLegend } from "../../status/progress-text.ts";
import { testDetail } from "../../view/progress-view.ts";
import { type ReportView, STATUS_ORDER, statusLabelView } from "../../view/report-view.ts";
import { cell, indicatorLink, section, statusBadge, tableWrap } from "../blocks.ts";
import { type Html, type HtmlChild, html } from "../html.ts";
import { calculationTable } from "./calculation-table.ts";

/** The plan's settings the verdicts depend on, with their keys in `plan.yaml`. */
function settings(view: ReportView): Html {
  const { m, evaluated } = view;
  const preference = view.plan.conventions?.targetPreference ?? "stated-value";
  const correction = evaluated.correction;
  return html`<ul class="settings"><li>${m.appendix.targetPreference(
    "conventions.targetPreference",
    preference,
    m.targetPreference[preference],
  )}</li><li>${m.appendix.correctionSetting(
    "conventions.multipleComparisons",
    m.progress.correctionMethod[correction.method],
  )}</li></ul>`;
}

/** How each indicator's change was tested: the test, the counts, the ratio and its interval. */
function tests(view: ReportView): HtmlChild {
  const { m } = view;
  const rows = view.evaluated.indicators.flatMap((indicator) => {
    const detail = testDetail(view, indicator);
    return detail === null
      ? []
      : [
          html`<tr><th scope="row">${indicatorLink(view, indicator.id, indicator.label)}</th>${cell(
            m.columns.calculation,
            {},
            detail,
          )}</tr>`,
        ];
  });
  if (rows.length === 0) return null;
  return [
    html`<h3>${m.appendix.tests}</h3>`,
    tableWrap(
      view,
      m.appendix.tests,
      html`<table class="tests cards"><caption class="hidden-caption">${m.appendix.tests}</caption><thead><tr><th scope="col">${m.columns.indicator}</th><th scope="col">${m.columns.calculation}</th></tr></thead><tbody>${rows}</tbody></table>`,
    ),
  ];
}

/**
 * Section "Verantwoording", the appendix: how the figures and statuses are
 * computed, the tests and their names, the plan's settings with their keys,
 * and per indicator the test of its change and the calculation behind its
 * status. The council text before it leaves these out.
 */
export function method(view: ReportView): Html {
  const { m } = view;
  const calculations = view.evaluated.indicators
    .map((indicator) => calculationTable(view, indicator))
    .filter((table) => table !== null);
  const correction = correctionLegend(view.evaluated.correction, view.lang);
  return section(
    "verantwoording",
    m.sections.method,
    m.methodText.map((text) => html`<p>${text}</p>`),
    html`<p>${statusLegend(view.lang)}</p><dl class="legend-list">${STATUS_ORDER.map(
      (status) =>
        html`<dt>${statusBadge(statusLabelView(view, status))}</dt><dd>${m.statusHelp[status]}</dd>`,
    )}</dl><p>${m.progress.significanceLegend}</p>`,
    correction ? html`<p>${correction}</p>` : null,
    html`<p class="note">${m.chanceNote}</p><h3>${m.appendix.settings}</h3>`,
    settings(view),
    tests(view),
    calculations.length > 0 ? [html`<h3>${m.appendix.calculations}</h3>`, calculations] : null,
  );
}
