import { indicatorChart } from "../../chart/indicator-chart.ts";
import type { EvaluatedIndicator } from "../../evaluated-plan.ts";
import { markdownToHtml } from "../../markdown/render-markdown.ts";
import { chartNumbers } from "../../view/chart-numbers.ts";
import { indicatorFacts } from "../../view/progress-view.ts";
import { type ReportView, statusView, themeTitle } from "../../view/report-view.ts";
import { cell, chartWrap, ids, section, statusBadge, tableWrap } from "../blocks.ts";
import { type Html, type HtmlChild, h } from "../html.ts";
import { calculationRowsOnce } from "./calculation-table.ts";

/** Links to the main goals and the priorities and themes that list an indicator. */
function themeLinks(view: ReportView, indicator: EvaluatedIndicator): HtmlChild {
  const main = view.evaluated.indicatorTables.some(
    (t) => t.theme === null && t.rows.some((r) => r.indicator === indicator.id),
  );
  const links = [
    ...(main
      ? [h("a", { href: `#${ids.section("hoofddoelstellingen")}` }, view.m.sections.mainGoals)]
      : []),
    ...indicator.themes.map((id) => {
      const theme = view.theme(id);
      return h("a", { href: `#${ids.theme(id)}` }, theme ? themeTitle(theme) : id);
    }),
  ];
  if (links.length === 0) return view.m.notAvailable;
  return links.map((link, i) => [i > 0 ? "; " : null, link]);
}

function facts(view: ReportView, indicator: EvaluatedIndicator): Html {
  const list: HtmlChild[] = indicatorFacts(view, indicator).map((fact) => [
    h("dt", {}, fact.label),
    h(
      "dd",
      {},
      fact.key === "themes"
        ? themeLinks(view, indicator)
        : fact.key === "status"
          ? [
              statusBadge(statusView(indicator)),
              indicator.progress.status.override
                ? ` ${view.m.progress.manualStatus}: ${indicator.progress.status.override.reason}`
                : null,
            ]
          : fact.text,
    ),
  ]);
  return h("dl", { class: "facts" }, list);
}

function warnings(view: ReportView, indicator: EvaluatedIndicator): Html | null {
  const list = indicator.progress.warnings;
  if (list.length === 0) return null;
  return h(
    "div",
    { class: "warnings", role: "note", "aria-label": view.m.indicatorFacts.warnings },
    h("p", {}, h("strong", {}, view.m.indicatorFacts.warnings)),
    h(
      "ul",
      {},
      list.map((w) => h("li", {}, w.message)),
    ),
  );
}

function indicatorNumbers(view: ReportView, indicator: EvaluatedIndicator): Html {
  const { m } = view;
  const c = m.columns;
  const caption = m.chart.numbersCaption(indicator.label);
  return tableWrap(
    view,
    caption,
    h(
      "table",
      { class: "numbers cards" },
      h("caption", {}, caption),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, c.what),
          h("th", { scope: "col" }, c.period),
          h("th", { scope: "col", class: "num" }, c.value),
          h("th", { scope: "col" }, c.origin),
        ),
      ),
      h(
        "tbody",
        {},
        chartNumbers(view, indicator).map((row) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, row.what),
            cell(c.period, {}, row.period),
            cell(c.value, { class: "num" }, row.value),
            cell(c.origin, {}, row.origin),
          ),
        ),
      ),
    ),
  );
}

function indicatorSection(view: ReportView, indicator: EvaluatedIndicator): Html {
  const chart = indicatorChart(indicator, view.lang);
  // An article, not a section: a section with a name is a landmark, and an
  // indicator may share its name with a theme (Blaricum: "Woninginbraken").
  return h(
    "article",
    {
      id: ids.indicator(indicator.id),
      class: "indicator",
      "aria-labelledby": `${ids.indicator(indicator.id)}-kop`,
    },
    h("h3", { id: `${ids.indicator(indicator.id)}-kop` }, indicator.label),
    indicator.description ? markdownToHtml(indicator.description) : null,
    // On paper the chart floats beside the facts (styles.ts); on a screen it
    // comes after them. It comes first here because a float must.
    h(
      "div",
      { class: "indicator-body" },
      chart
        ? h(
            "figure",
            {},
            chartWrap(view.m.chart.title(indicator.label), chart),
            h("figcaption", {}, view.m.chart.title(indicator.label)),
          )
        : h("p", { class: "note" }, view.m.chart.noData),
      facts(view, indicator),
    ),
    warnings(view, indicator),
    calculationRowsOnce(view, indicator).length > 0
      ? h(
          "p",
          { class: "note" },
          h("a", { href: `#${ids.calculation(indicator.id)}` }, view.m.appendix.calculationLink),
        )
      : null,
    indicatorNumbers(view, indicator),
  );
}

/** Section "Indicatoren": per indicator its facts, warnings, calculation, chart and numbers. */
export function indicators(view: ReportView): Html | null {
  if (view.evaluated.indicators.length === 0) return null;
  return section(
    "indicatoren",
    view.m.sections.indicators,
    view.evaluated.indicators.map((i) => indicatorSection(view, i)),
  );
}
