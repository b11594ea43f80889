import { statusLegend } from "../../status/progress-text.ts";
import { type ReportView, STATUS_ORDER, statusLabelView } from "../../view/report-view.ts";
import { section, statusBadge } from "../blocks.ts";
import { type Html, h } from "../html.ts";
import { calculationTable } from "./calculation-table.ts";

/**
 * Section "Verantwoording", the appendix: how the figures and statuses are
 * computed, the tests, and per indicator the calculation behind its status.
 */
export function method(view: ReportView): Html {
  const { m } = view;
  const calculations = view.evaluated.indicators
    .map((indicator) => calculationTable(view, indicator))
    .filter((table) => table !== null);
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
    h("p", { class: "note" }, m.chanceNote),
    calculations.length > 0 ? [h("h3", {}, m.appendix.calculations), calculations] : null,
  );
}
