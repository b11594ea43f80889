import { indicatorChart } from "../../chart/indicator-chart.ts";
import type { EvaluatedIndicator } from "../../evaluated-plan.ts";
import { markdownToHtml } from "../../markdown/render-markdown.ts";
import { chartNumbers } from "../../view/chart-numbers.ts";
import { indicatorFacts } from "../../view/progress-view.ts";
import { type ReportView, statusView, themeTitle } from "../../view/report-view.ts";
import { chartWrap, ids, linkList, sectionPieces, statusBadge, tableWrap } from "../blocks.ts";
import { type Html, type HtmlChild, html } from "../html.ts";
import { calculationRowsOnce } from "./calculation-table.ts";

/** Links to the main goals and the priorities and themes that list an indicator. */
function themeLinks(view: ReportView, indicator: EvaluatedIndicator): HtmlChild {
  const main = view.evaluated.indicatorTables.some(
    (t) => t.theme === null && t.rows.some((r) => r.indicator === indicator.id),
  );
  const links = [
    ...(main
      ? [html`<a href="#${ids.section("hoofddoelstellingen")}">${view.m.sections.mainGoals}</a>`]
      : []),
    ...indicator.themes.map((id) => {
      const theme = view.theme(id);
      return html`<a href="#${ids.theme(id)}">${theme ? themeTitle(theme) : id}</a>`;
    }),
  ];
  return linkList(links, view.m.notAvailable);
}

function facts(view: ReportView, indicator: EvaluatedIndicator): Html {
  const list = indicatorFacts(view, indicator).map(
    (fact) =>
      html`<dt>${fact.label}</dt><dd>${
        fact.key === "themes"
          ? themeLinks(view, indicator)
          : fact.key === "status"
            ? [
                statusBadge(statusView(indicator)),
                indicator.progress.status.override
                  ? ` ${view.m.progress.manualStatus}: ${indicator.progress.status.override.reason}`
                  : null,
              ]
            : fact.text
      }</dd>`,
  );
  return html`<dl class="facts">${list}</dl>`;
}

function warnings(view: ReportView, indicator: EvaluatedIndicator): Html | null {
  const list = indicator.progress.warnings;
  if (list.length === 0) return null;
  const title = view.m.indicatorFacts.warnings;
  return html`<div class="warnings" role="note" aria-label="${title}"><p><strong>${title}</strong></p><ul>${list.map((w) => html`<li>${w.message}</li>`)}</ul></div>`;
}

function indicatorNumbers(view: ReportView, indicator: EvaluatedIndicator): Html {
  const { m } = view;
  const c = m.columns;
  const caption = m.chart.numbersCaption(indicator.label);
  const rows = chartNumbers(view, indicator).map(
    (row) =>
      html`<tr><th scope="row">${row.what}</th><td data-label="${c.period}">${row.period}</td><td class="num" data-label="${c.value}">${row.value}</td><td data-label="${c.origin}">${row.origin}</td></tr>`,
  );
  return tableWrap(
    view,
    caption,
    html`<table class="numbers cards"><caption>${caption}</caption><thead><tr><th scope="col">${c.what}</th><th scope="col">${c.period}</th><th scope="col" class="num">${c.value}</th><th scope="col">${c.origin}</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

function indicatorSection(view: ReportView, indicator: EvaluatedIndicator): Html {
  const chart = indicatorChart(indicator, view.lang);
  const id = ids.indicator(indicator.id);
  const title = view.m.chart.title(indicator.label);
  // On paper the chart floats beside the facts (styles.ts); on a screen it
  // comes after them. It comes first here because a float must.
  const figure = chart
    ? html`<figure>${chartWrap(title, chart)}<figcaption>${title}</figcaption></figure>`
    : html`<p class="note">${view.m.chart.noData}</p>`;
  const calculation =
    calculationRowsOnce(view, indicator).length > 0
      ? html`<p class="note"><a href="#${ids.calculation(indicator.id)}">${view.m.appendix.calculationLink}</a></p>`
      : null;
  // An article, not a section: a section with a name is a landmark, and an
  // indicator may share its name with a theme (Blaricum: "Woninginbraken").
  return html`<article id="${id}" class="indicator" aria-labelledby="${id}-kop"><h3 id="${id}-kop">${indicator.label}</h3>${
    indicator.description ? markdownToHtml(indicator.description) : null
  }<div class="indicator-body">${figure}${facts(view, indicator)}</div>${warnings(
    view,
    indicator,
  )}${calculation}${indicatorNumbers(view, indicator)}</article>`;
}

/**
 * Section "Indicatoren": per indicator its facts, warnings, calculation, chart
 * and numbers. In pieces (the section's start, an article per indicator, its
 * end; joined, the section's markup): it is half a report's text, and a
 * report written piece by piece (renderReportHtmlChunks) then has no large
 * piece.
 */
export function indicators(view: ReportView): Html[] | null {
  if (view.evaluated.indicators.length === 0) return null;
  return sectionPieces(
    "indicatoren",
    view.m.sections.indicators,
    view.evaluated.indicators.map((i) => indicatorSection(view, i)),
  );
}
