import { correctionLegend, statusLegend } from "../../status/progress-text.ts";
import { testDetail } from "../../view/progress-view.ts";
import { type ReportView, STATUS_ORDER, statusLabelView } from "../../view/report-view.ts";
import { cell, indicatorLink, section, statusBadge, tableWrap } from "../blocks.ts";
import { type Html, type HtmlChild, h } from "../html.ts";
import { calculationTable } from "./calculation-table.ts";

/** The plan's settings the verdicts depend on, with their keys in `plan.yaml`. */
function settings(view: ReportView): Html {
  const { m, evaluated } = view;
  const preference = view.plan.conventions?.targetPreference ?? "stated-value";
  const correction = evaluated.correction;
  return h(
    "ul",
    { class: "settings" },
    h(
      "li",
      {},
      m.appendix.targetPreference(
        "conventions.targetPreference",
        preference,
        m.targetPreference[preference],
      ),
    ),
    h(
      "li",
      {},
      m.appendix.correctionSetting(
        "conventions.multipleComparisons",
        m.progress.correctionMethod[correction.method],
      ),
    ),
  );
}

/** How each indicator's change was tested: the test, the counts, the ratio and its interval. */
function tests(view: ReportView): HtmlChild {
  const { m } = view;
  const rows = view.evaluated.indicators.flatMap((indicator) => {
    const detail = testDetail(view, indicator);
    return detail === null
      ? []
      : [
          h(
            "tr",
            {},
            h("th", { scope: "row" }, indicatorLink(view, indicator.id, indicator.label)),
            cell(m.columns.calculation, {}, detail),
          ),
        ];
  });
  if (rows.length === 0) return null;
  return [
    h("h3", {}, m.appendix.tests),
    tableWrap(
      view,
      m.appendix.tests,
      h(
        "table",
        { class: "tests cards" },
        h("caption", { class: "hidden-caption" }, m.appendix.tests),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, m.columns.indicator),
            h("th", { scope: "col" }, m.columns.calculation),
          ),
        ),
        h("tbody", {}, rows),
      ),
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
    m.methodText.map((text) => h("p", {}, text)),
    h("p", {}, statusLegend(view.lang)),
    h(
      "dl",
      { class: "legend-list" },
      STATUS_ORDER.map((status) => [
        h("dt", {}, statusBadge(statusLabelView(view, status))),
        h("dd", {}, m.statusHelp[status]),
      ]),
    ),
    h("p", {}, m.progress.significanceLegend),
    correction ? h("p", {}, correction) : null,
    h("p", { class: "note" }, m.chanceNote),
    h("h3", {}, m.appendix.settings),
    settings(view),
    tests(view),
    calculations.length > 0 ? [h("h3", {}, m.appendix.calculations), calculations] : null,
  );
}
