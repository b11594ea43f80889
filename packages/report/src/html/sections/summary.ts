import {
  assessableCount,
  assessedTargetText,
  indicatorChangeText,
  latestText,
  type ReportView,
  STATUS_ORDER,
  statusCounts,
  statusLabelView,
  statusView,
  summaryWarnings,
} from "../../view/report-view.ts";
import { cell, indicatorLink, section, stacked, statusBadge, tableWrap } from "../blocks.ts";
import { type Html, html } from "../html.ts";

/** The verdict words with what they mean in plain words and how many indicators have each. */
function legend(view: ReportView): Html {
  const { m } = view;
  const { counts } = statusCounts(view);
  return tableWrap(
    view,
    m.council.legendCaption,
    html`<table class="status-legend cards"><caption>${m.council.legendCaption}</caption><thead><tr><th scope="col">${
      m.columns.status
    }</th><th scope="col">${m.council.meaning}</th><th scope="col" class="num">${
      m.columns.count
    }</th></tr></thead><tbody>${STATUS_ORDER.map(
      (status) =>
        html`<tr><th scope="row">${statusBadge(statusLabelView(view, status))}</th>${cell(
          m.council.meaning,
          {},
          m.council.statusPlain[status],
        )}${cell(m.columns.count, { class: "num" }, counts.get(status) ?? 0)}</tr>`,
    )}</tbody></table>`,
  );
}

/** The warnings of every indicator ("Let op"), each with a link to the indicator. */
function warnings(view: ReportView): Html | null {
  const list = summaryWarnings(view);
  if (list.length === 0) return null;
  const { m } = view;
  return html`<div class="warnings" role="note" aria-label="${m.indicatorFacts.warnings}"><p><strong>${
    m.indicatorFacts.warnings
  }</strong> ${m.council.warningsIntro}</p><ul>${list.map(
    (w) => html`<li>${indicatorLink(view, w.id, w.label)}: ${w.message}</li>`,
  )}</ul></div>`;
}

/**
 * Section "Samenvatting", what a council member reads in a minute: per
 * indicator the verdict, the latest figure and its change, and the target;
 * what the verdict words mean, with the count of each; and the warnings that
 * explain an inconsistent or careful verdict. Nothing in it needs statistics
 * to read: the tests and the fraction of the way are in the indicator's
 * detail and the appendix.
 */
export function summary(view: ReportView): Html {
  const { m, evaluated } = view;
  const { manual } = statusCounts(view);
  const c = m.columns;
  const rows = evaluated.indicators.map((indicator) => {
    const change = indicatorChangeText(view, indicator);
    return html`<tr><th scope="row">${indicatorLink(view, indicator.id, indicator.label)}</th><td class="num wrap" data-label="${
      c.latestAndChange
    }">${stacked(latestText(view, indicator), change === m.notAvailable ? null : change)}</td><td class="num wrap" data-label="${
      c.target
    }">${assessedTargetText(view, indicator)}</td><td class="status-cell" data-label="${c.status}">${statusBadge(
      statusView(indicator),
    )}</td></tr>`;
  });
  return section(
    "samenvatting",
    m.sections.summary,
    html`<p class="lead">${m.summaryIntro(assessableCount(view), evaluated.indicators.length)}</p><p>${
      m.council.legendIntro
    }</p>`,
    legend(view),
    manual > 0 ? html`<p class="note">${m.manualCount(manual)}</p>` : null,
    tableWrap(
      view,
      m.council.tableCaption,
      html`<table class="summary cards"><caption>${m.council.tableCaption}</caption><thead><tr><th scope="col">${
        c.indicator
      }</th><th scope="col" class="num">${c.latestAndChange}</th><th scope="col" class="num">${
        c.target
      }</th><th scope="col">${c.status}</th></tr></thead><tbody>${rows}</tbody></table>`,
    ),
    warnings(view),
  );
}
