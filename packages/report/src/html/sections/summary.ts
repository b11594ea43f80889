import {
  assessableCount,
  assessedTargetText,
  baselineText,
  indicatorFractionText,
  latestText,
  type ReportView,
  STATUS_ORDER,
  statusCounts,
  statusLabelView,
  statusView,
  themeTitles,
} from "../../view/report-view.ts";
import { cell, indicatorLink, section, statusBadge, tableWrap } from "../blocks.ts";
import { type Html, h } from "../html.ts";

/** Section "Samenvatting": the count per status and one row per indicator. */
export function summary(view: ReportView): Html {
  const { m, evaluated } = view;
  const { counts, manual } = statusCounts(view);
  const c = m.columns;
  const countRows = STATUS_ORDER.filter((s) => (counts.get(s) ?? 0) > 0).map((status) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, statusBadge(statusLabelView(view, status))),
      h("td", { class: "num" }, counts.get(status) ?? 0),
    ),
  );
  const rows = evaluated.indicators.map((indicator) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, indicatorLink(view, indicator.id, indicator.label)),
      cell(c.theme, {}, themeTitles(view, indicator).join("; ") || m.notAvailable),
      cell(c.baseline, { class: "num wrap" }, baselineText(view, indicator)),
      cell(c.target, { class: "num wrap" }, assessedTargetText(view, indicator)),
      cell(c.latest, { class: "num wrap" }, latestText(view, indicator)),
      cell(c.fraction, { class: "num wrap" }, indicatorFractionText(view, indicator)),
      cell(c.status, { class: "status-cell" }, statusBadge(statusView(indicator))),
    ),
  );
  return section(
    "samenvatting",
    m.sections.summary,
    h("p", { class: "lead" }, m.summaryIntro(assessableCount(view), evaluated.indicators.length)),
    tableWrap(
      view,
      m.statusCounts,
      h(
        "table",
        { class: "status-counts compact" },
        h("caption", {}, m.statusCounts),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, c.status),
            h("th", { scope: "col", class: "num" }, c.count),
          ),
        ),
        h("tbody", {}, countRows),
      ),
    ),
    manual > 0 ? h("p", { class: "note" }, m.manualCount(manual)) : null,
    tableWrap(
      view,
      m.sections.indicators,
      h(
        "table",
        { class: "summary cards" },
        h("caption", {}, m.sections.indicators),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, c.indicator),
            h("th", { scope: "col" }, c.theme),
            h("th", { scope: "col", class: "num" }, c.baseline),
            h("th", { scope: "col", class: "num" }, c.target),
            h("th", { scope: "col", class: "num" }, c.latest),
            h("th", { scope: "col", class: "num" }, c.fraction),
            h("th", { scope: "col" }, c.status),
          ),
        ),
        h("tbody", {}, rows),
      ),
    ),
  );
}
