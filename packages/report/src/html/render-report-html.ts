import type { Theme } from "@ivp/model";
import { changeBars } from "../chart/change-bars.ts";
import { indicatorChart } from "../chart/indicator-chart.ts";
import type {
  EvaluatedFigureTable,
  EvaluatedIndicator,
  EvaluatedIndicatorTable,
  EvaluatedPlan,
} from "../evaluated-plan.ts";
import { formatDate, formatPeriod } from "../format/format-value.ts";
import { markdownToHtml } from "../markdown/render-markdown.ts";
import { CHANCE_MARKER, isChanceCell } from "../render-table.ts";
import { statusLegend } from "../status/progress-text.ts";
import { chartNumbers } from "../view/chart-numbers.ts";
import { calculationRows, indicatorFacts } from "../view/progress-view.ts";
import {
  assessableCount,
  assessedTargetText,
  baselineText,
  createReportView,
  indicatorFractionText,
  indicatorRowView,
  indicatorTableHeaders,
  indicatorTablesOf,
  latestText,
  type ReportView,
  STATUS_ICON,
  STATUS_ORDER,
  type StatusView,
  statusCounts,
  statusLabelView,
  statusView,
  themePartners,
  themeTitle,
  themeTitles,
  whoText,
} from "../view/report-view.ts";
import { type Html, type HtmlChild, h, renderChildren, trustedHtml } from "./html.ts";
import { REPORT_CSS } from "./styles.ts";

/** Stable element ids, derived from the plan's own ids. */
const ids = {
  section: (name: string) => `sectie-${name}`,
  theme: (id: string) => `thema-${id}`,
  indicator: (id: string) => `indicator-${id}`,
  table: (id: string) => `tabel-${id}`,
  goals: (id: string) => `doelen-${id}`,
};

function statusBadge(status: StatusView): Html {
  return h(
    "span",
    {
      class: `status status-${status.status}`,
      title: status.reason ?? undefined,
    },
    h("span", { class: "status-icon", "aria-hidden": "true" }, STATUS_ICON[status.status]),
    status.text,
  );
}

function tableWrap(label: string, table: Html): Html {
  // A scrollable region must be reachable by keyboard and named for screen readers.
  return h("div", { class: "table-wrap", role: "region", "aria-label": label, tabindex: 0 }, table);
}

function indicatorLink(view: ReportView, id: string, label: string): HtmlChild {
  return view.indicator(id) ? h("a", { href: `#${ids.indicator(id)}` }, label) : label;
}

function section(name: string, title: string, ...children: HtmlChild[]): Html {
  return h(
    "section",
    { id: ids.section(name), "aria-labelledby": `${ids.section(name)}-kop` },
    h("h2", { id: `${ids.section(name)}-kop` }, title),
    ...children,
  );
}

function header(view: ReportView): Html {
  const { plan, m, lang } = view;
  const meta: HtmlChild[] = [
    h("dt", {}, m.meta.municipality),
    h("dd", {}, `${plan.municipality.name} (${plan.municipality.code})`),
    h("dt", {}, m.meta.planPeriod),
    h("dd", {}, `${plan.period.start}-${plan.period.end}`),
  ];
  if (plan.adoption) {
    meta.push(
      h("dt", {}, m.meta.adopted),
      h("dd", {}, `${plan.adoption.by}, ${formatDate(plan.adoption.date, lang)}`),
    );
  }
  return h(
    "header",
    {},
    h("p", { class: "kicker" }, m.reportKind),
    h("h1", {}, plan.title),
    plan.subtitle ? h("p", { class: "subtitle" }, plan.subtitle) : null,
    h("dl", { class: "meta" }, meta),
    h(
      "p",
      { class: "as-of" },
      h(
        "strong",
        {},
        view.evaluated.asOf === null
          ? m.asOfLatest
          : m.asOf(formatPeriod(view.evaluated.asOf, lang, "long")),
      ),
    ),
    h(
      "div",
      { class: "mission", role: "note", "aria-label": m.mission },
      h("p", {}, h("strong", {}, m.mission)),
      markdownToHtml(plan.mission),
    ),
  );
}

interface TocEntry {
  readonly name: string;
  readonly title: string;
}

function toc(view: ReportView, entries: readonly TocEntry[]): Html {
  return h(
    "nav",
    { class: "toc", "aria-labelledby": "inhoud-kop" },
    h("h2", { id: "inhoud-kop" }, view.m.contents),
    h(
      "ol",
      {},
      entries.map((e) => h("li", {}, h("a", { href: `#${ids.section(e.name)}` }, e.title))),
    ),
  );
}

function summary(view: ReportView): Html {
  const { m, evaluated } = view;
  const { counts, manual } = statusCounts(view);
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
      h("td", {}, themeTitles(view, indicator).join("; ") || m.notAvailable),
      h("td", { class: "num wrap" }, baselineText(view, indicator)),
      h("td", { class: "num wrap" }, assessedTargetText(view, indicator)),
      h("td", { class: "num wrap" }, latestText(view, indicator)),
      h("td", { class: "num" }, indicatorFractionText(view, indicator)),
      h("td", {}, statusBadge(statusView(indicator))),
    ),
  );
  const c = m.columns;
  return section(
    "samenvatting",
    m.sections.summary,
    h("p", { class: "lead" }, m.summaryIntro(assessableCount(view), evaluated.indicators.length)),
    tableWrap(
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
      m.sections.indicators,
      h(
        "table",
        { class: "summary" },
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

/** A cell with a main text and, below it, a smaller one. */
function stacked(main: string, sub: string | null): HtmlChild {
  return sub === null ? main : [main, h("span", { class: "sub" }, sub)];
}

function indicatorTable(view: ReportView, table: EvaluatedIndicatorTable): Html {
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
        h("td", { class: "num" }, r.baseline),
        h("td", { class: "num wrap" }, r.target),
        h(
          "td",
          { class: "num wrap" },
          stacked(r.latest, r.change === view.m.notAvailable ? null : r.change),
        ),
        h("td", { class: "num" }, r.fraction),
        h("td", {}, r.status ? statusBadge(r.status) : view.m.notAvailable),
        h(
          "td",
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
      table.title,
      h(
        "table",
        { class: "goals" },
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
    h("p", { class: "note" }, view.m.progress.significanceLegend),
  );
}

function mainGoals(view: ReportView): Html | null {
  const tables = indicatorTablesOf(view, null);
  if (tables.length === 0) return null;
  return section(
    "hoofddoelstellingen",
    view.m.sections.mainGoals,
    tables.map((t) => indicatorTable(view, t)),
  );
}

function figureTableTitle(table: EvaluatedFigureTable, view: ReportView): string {
  return table.number !== null
    ? `${view.m.tableWord} ${table.number}: ${table.title}`
    : table.title;
}

function figureTable(view: ReportView, table: EvaluatedFigureTable): Html {
  const { m } = view;
  const grouped = table.columns.some((c) => c.group !== null);
  const headRows: Html[] = [];
  if (grouped) {
    const first: Html[] = [h("th", { scope: "col", rowspan: 2 }, m.tableLabelColumn)];
    const second: Html[] = [];
    for (let i = 0; i < table.columns.length; ) {
      const column = table.columns[i];
      if (!column) break;
      if (column.group === null) {
        first.push(h("th", { scope: "col", rowspan: 2, class: "num" }, column.header));
        i++;
        continue;
      }
      let span = 1;
      while (table.columns[i + span]?.group === column.group) span++;
      first.push(h("th", { scope: "colgroup", colspan: span, class: "num" }, column.group));
      for (let k = 0; k < span; k++) {
        second.push(h("th", { scope: "col", class: "num" }, table.columns[i + k]?.header ?? ""));
      }
      i += span;
    }
    headRows.push(h("tr", {}, first), h("tr", {}, second));
  } else {
    headRows.push(
      h(
        "tr",
        {},
        h("th", { scope: "col" }, m.tableLabelColumn),
        table.columns.map((c) => h("th", { scope: "col", class: "num" }, c.header)),
      ),
    );
  }
  let markers = false;
  const rows = table.rows.map((row) =>
    h(
      "tr",
      { class: row.depth > 0 ? `depth-${row.depth}` : undefined },
      h("th", { scope: "row" }, row.label),
      table.columns.map((column) => {
        const cell = row.cells[column.id];
        const marker = cell !== undefined && isChanceCell(cell);
        if (marker) markers = true;
        return h(
          "td",
          { class: "num" },
          cell?.text ?? "",
          marker ? h("span", { class: "marker", title: m.progress.chance }, CHANCE_MARKER) : null,
          marker ? h("span", { class: "sr-only" }, ` (${m.progress.chance})`) : null,
        );
      }),
    ),
  );
  const title = figureTableTitle(table, view);
  const bars = changeBars(table, view.lang);
  return h(
    "div",
    { id: ids.table(table.id), class: "figure-table" },
    h("h3", {}, title),
    tableWrap(
      title,
      h(
        "table",
        { class: "figures", "data-table": table.id },
        // The h3 above shows the title; the caption names the table for screen readers.
        h("caption", { class: "hidden-caption" }, title),
        h("thead", {}, headRows),
        h("tbody", {}, rows),
      ),
    ),
    table.source || table.note
      ? h(
          "p",
          { class: "note" },
          table.source ? `${m.columns.source}: ${table.source.name}. ` : null,
          table.note ?? null,
        )
      : null,
    markers ? h("p", { class: "note" }, m.chanceNote) : null,
    bars
      ? h(
          "figure",
          {},
          bars,
          h(
            "figcaption",
            {},
            m.chart.barsDescription(
              table.columns.find((c) => c.kind === "change")?.header ?? "",
              table.columns.find((c) => c.kind === "reference")?.header ?? null,
            ),
          ),
        )
      : null,
  );
}

function figures(view: ReportView): Html | null {
  if (view.evaluated.tables.length === 0) return null;
  return section(
    "politiecijfers",
    view.m.sections.figures,
    view.evaluated.tables.map((t) => figureTable(view, t)),
  );
}

function prose(title: string, text: string | undefined): HtmlChild {
  if (!text) return null;
  return [h("h4", {}, title), markdownToHtml(text)];
}

function themeSection(view: ReportView, theme: Theme): Html {
  const { m } = view;
  const p = m.themeParts;
  const c = m.columns;
  const tables = indicatorTablesOf(view, theme.id);
  const inTables = new Set(tables.flatMap((t) => t.rows.map((r) => r.indicator)));
  const others = theme.indicators.filter((id) => !inTables.has(id));
  const kernbeleid = theme.kernbeleid.map((code) => {
    const found = view.evaluated.kernbeleid.fields
      .flatMap((f) => f.themes)
      .find((t) => t.code === code);
    return h("li", {}, found ? `${code} ${found.name}` : code);
  });
  const partners = themePartners(theme);
  const actions =
    theme.actions.length > 0
      ? [
          h("h4", {}, p.actions),
          tableWrap(
            `${p.actions}: ${themeTitle(theme)}`,
            h(
              "table",
              { class: "actions" },
              h("caption", {}, `${p.actions}: ${themeTitle(theme)}`),
              h(
                "thead",
                {},
                h(
                  "tr",
                  {},
                  h("th", { scope: "col" }, c.action),
                  h("th", { scope: "col" }, c.who),
                  h("th", { scope: "col" }, c.partners),
                  h("th", { scope: "col" }, c.when),
                  h("th", { scope: "col" }, c.status),
                ),
              ),
              h(
                "tbody",
                {},
                theme.actions.map((action) =>
                  h(
                    "tr",
                    {},
                    h("th", { scope: "row" }, action.what),
                    h("td", {}, whoText(view, action.who)),
                    h(
                      "td",
                      {},
                      action.partners.map((id) => whoText(view, id)).join(", ") || m.notAvailable,
                    ),
                    h("td", {}, action.when ?? m.notAvailable),
                    h("td", {}, m.actionStatus[action.status]),
                  ),
                ),
              ),
            ),
          ),
        ]
      : null;
  return h(
    "section",
    { id: ids.theme(theme.id), class: "theme", "aria-labelledby": `${ids.theme(theme.id)}-kop` },
    h("h3", { id: `${ids.theme(theme.id)}-kop` }, themeTitle(theme)),
    kernbeleid.length > 0
      ? h("ul", { class: "chips", "aria-label": m.sections.kernbeleid }, kernbeleid)
      : null,
    prose(p.motivation, theme.motivation),
    prose(p.evaluation, theme.evaluation),
    prose(p.goals, theme.goals),
    tables.length > 0
      ? [h("h4", {}, p.indicators), tables.map((t) => indicatorTable(view, t))]
      : null,
    others.length > 0
      ? [
          h("h4", {}, m.otherIndicators),
          h(
            "ul",
            {},
            others.map((id) =>
              h("li", {}, indicatorLink(view, id, view.indicator(id)?.label ?? id)),
            ),
          ),
        ]
      : null,
    prose(p.approach, theme.approach),
    theme.sections.map((s) => prose(s.title, s.text)),
    actions,
    partners.length > 0
      ? [
          h("h4", {}, p.partners),
          h(
            "ul",
            { class: "chips" },
            partners.map((id) => h("li", {}, whoText(view, id))),
          ),
        ]
      : null,
  );
}

function themes(
  view: ReportView,
  name: string,
  title: string,
  list: readonly Theme[],
): Html | null {
  if (list.length === 0) return null;
  return section(
    name,
    title,
    list.map((t) => themeSection(view, t)),
  );
}

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

function calculationTable(view: ReportView, indicator: EvaluatedIndicator): Html | null {
  const rows = calculationRows(view, indicator);
  if (rows.length === 0) return null;
  const { m } = view;
  const caption = `${m.indicatorFacts.components}: ${indicator.label}`;
  return tableWrap(
    caption,
    h(
      "table",
      { class: "calculation" },
      h("caption", {}, caption),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, m.columns.component),
          h("th", { scope: "col" }, m.columns.calculation),
          h("th", { scope: "col", class: "num" }, m.columns.outcome),
        ),
      ),
      h(
        "tbody",
        {},
        rows.map((row) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, row.component),
            h("td", { class: "formula" }, row.formula),
            h("td", { class: "num" }, row.outcome),
          ),
        ),
      ),
    ),
  );
}

function indicatorNumbers(view: ReportView, indicator: EvaluatedIndicator): Html {
  const { m } = view;
  const c = m.columns;
  const caption = m.chart.numbersCaption(indicator.label);
  return tableWrap(
    caption,
    h(
      "table",
      { class: "numbers" },
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
            h("td", {}, row.period),
            h("td", { class: "num" }, row.value),
            h("td", {}, row.origin),
          ),
        ),
      ),
    ),
  );
}

function indicatorSection(view: ReportView, indicator: EvaluatedIndicator): Html {
  const chart = indicatorChart(indicator, view.lang);
  return h(
    "section",
    {
      id: ids.indicator(indicator.id),
      class: "indicator",
      "aria-labelledby": `${ids.indicator(indicator.id)}-kop`,
    },
    h("h3", { id: `${ids.indicator(indicator.id)}-kop` }, indicator.label),
    indicator.description ? markdownToHtml(indicator.description) : null,
    facts(view, indicator),
    warnings(view, indicator),
    calculationTable(view, indicator),
    chart
      ? h("figure", {}, chart, h("figcaption", {}, view.m.chart.title(indicator.label)))
      : h("p", { class: "note" }, view.m.chart.noData),
    indicatorNumbers(view, indicator),
  );
}

function indicators(view: ReportView): Html | null {
  if (view.evaluated.indicators.length === 0) return null;
  return section(
    "indicatoren",
    view.m.sections.indicators,
    view.evaluated.indicators.map((i) => indicatorSection(view, i)),
  );
}

function kernbeleid(view: ReportView): Html {
  const { m } = view;
  const coverage = view.evaluated.kernbeleid;
  const themesCovered = coverage.fields
    .flatMap((f) => f.themes)
    .filter((t) => t.coveredBy.length > 0);
  const fieldsCovered = coverage.fields.filter((f) => f.themes.some((t) => t.coveredBy.length > 0));
  const total = coverage.fields.reduce((n, f) => n + f.themes.length, 0);
  const c = m.columns;
  return section(
    "kernbeleid",
    m.sections.kernbeleid,
    h("p", {}, m.kernbeleidIntro(fieldsCovered.length, themesCovered.length, total)),
    coverage.fields.map((field) => {
      const caption = `${field.code} ${field.name}`;
      return tableWrap(
        caption,
        h(
          "table",
          { class: "kernbeleid" },
          h("caption", {}, caption),
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", { scope: "col" }, c.code),
              h("th", { scope: "col" }, c.kernbeleidTheme),
              h("th", { scope: "col" }, c.coveredBy),
            ),
          ),
          h(
            "tbody",
            {},
            field.themes.map((theme) =>
              h(
                "tr",
                { class: theme.coveredBy.length > 0 ? "covered" : "not-covered" },
                h("td", {}, theme.code),
                h("th", { scope: "row" }, theme.name),
                h(
                  "td",
                  {},
                  theme.coveredBy.length > 0
                    ? theme.coveredBy.map((id, i) => {
                        const t = view.theme(id);
                        return [
                          i > 0 ? "; " : null,
                          h("a", { href: `#${ids.theme(id)}` }, t ? themeTitle(t) : id),
                        ];
                      })
                    : h("span", { class: "note" }, m.notCovered),
                ),
              ),
            ),
          ),
        ),
      );
    }),
    coverage.unknownCodes.length > 0
      ? [
          h("h3", {}, m.unknownCodes),
          h(
            "ul",
            {},
            coverage.unknownCodes.map((u) =>
              h(
                "li",
                {},
                `${u.code}: ${u.usedBy.map((id) => (view.theme(id) ? themeTitle(view.theme(id) as Theme) : id)).join("; ")}`,
              ),
            ),
          ),
        ]
      : null,
  );
}

function partners(view: ReportView): Html {
  const { m, plan } = view;
  const c = m.columns;
  const all = [...plan.priorities, ...plan.themes];
  const rows = plan.partners.map((partner) => {
    const involved = all.filter((t) => themePartners(t).includes(partner.id));
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, partner.name),
      h("td", {}, partner.description ?? m.notAvailable),
      h(
        "td",
        {},
        involved.length > 0
          ? involved.map((t, i) => [
              i > 0 ? "; " : null,
              h("a", { href: `#${ids.theme(t.id)}` }, themeTitle(t)),
            ])
          : m.notAvailable,
      ),
    );
  });
  return section(
    "partners",
    m.sections.partners,
    plan.partners.length > 0
      ? tableWrap(
          m.sections.partners,
          h(
            "table",
            { class: "partners" },
            h("caption", {}, m.sections.partners),
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, c.name),
                h("th", { scope: "col" }, c.description),
                h("th", { scope: "col" }, c.theme),
              ),
            ),
            h("tbody", {}, rows),
          ),
        )
      : h("p", {}, m.none),
  );
}

function sources(view: ReportView): Html {
  const { m, plan } = view;
  const c = m.columns;
  const rows = plan.sources.map((source) => {
    const measured = view.evaluated.indicators.filter((i) => i.source?.id === source.id);
    // Only web links: a plan must not be able to plant a javascript: URL.
    const url = source.url && /^https?:\/\//i.test(source.url) ? source.url : null;
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, url ? h("a", { href: url }, source.name) : source.name),
      h("td", {}, m.sourceKind[source.kind]),
      h("td", {}, source.description ?? m.notAvailable),
      h(
        "td",
        {},
        measured.length > 0
          ? measured.map((i, n) => [
              n > 0 ? "; " : null,
              h("a", { href: `#${ids.indicator(i.id)}` }, i.label),
            ])
          : m.notAvailable,
      ),
    );
  });
  return section(
    "bronnen",
    m.sections.sources,
    plan.sources.length > 0
      ? tableWrap(
          m.sections.sources,
          h(
            "table",
            { class: "sources" },
            h("caption", {}, m.sections.sources),
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, c.name),
                h("th", { scope: "col" }, c.kind),
                h("th", { scope: "col" }, c.description),
                h("th", { scope: "col" }, m.indicatorsOfSource),
              ),
            ),
            h("tbody", {}, rows),
          ),
        )
      : h("p", {}, m.none),
    plan.references.length > 0
      ? [
          h("h3", {}, m.references),
          h(
            "ul",
            {},
            plan.references.map((r) => h("li", {}, r.title)),
          ),
        ]
      : null,
  );
}

function method(view: ReportView): Html {
  const { m } = view;
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
  );
}

/**
 * Renders an evaluated plan as one self-contained HTML file: inline CSS and
 * SVG, no scripts, no external resources; semantic sections, tables with
 * captions and scoped headers, a chart with a text alternative and a table of
 * its numbers per indicator, and an A4 print stylesheet. Every string from the
 * plan is escaped. The same input gives the same bytes.
 *
 * @param evaluated - the result of `evaluatePlan`; its `lang` sets the language
 * @returns the HTML document
 * @example
 * renderReportHtml(evaluatePlan(plan)).startsWith("<!doctype html>") //=> true
 */
export function renderReportHtml(evaluated: EvaluatedPlan): string {
  const view = createReportView(evaluated);
  const { m, plan } = view;
  const parts: { name: string; title: string; html: Html | null }[] = [
    { name: "samenvatting", title: m.sections.summary, html: summary(view) },
    { name: "hoofddoelstellingen", title: m.sections.mainGoals, html: mainGoals(view) },
    { name: "politiecijfers", title: m.sections.figures, html: figures(view) },
    {
      name: "prioriteiten",
      title: m.sections.priorities,
      html: themes(view, "prioriteiten", m.sections.priorities, plan.priorities),
    },
    {
      name: "themas",
      title: m.sections.themes,
      html: themes(view, "themas", m.sections.themes, plan.themes),
    },
    { name: "indicatoren", title: m.sections.indicators, html: indicators(view) },
    { name: "kernbeleid", title: m.sections.kernbeleid, html: kernbeleid(view) },
    { name: "partners", title: m.sections.partners, html: partners(view) },
    { name: "bronnen", title: m.sections.sources, html: sources(view) },
    { name: "verantwoording", title: m.sections.method, html: method(view) },
  ];
  const present = parts.filter((p) => p.html !== null);
  const title = `${m.reportKind}: ${plan.title}`;
  const body = h(
    "body",
    {},
    h("a", { class: "skip", href: "#inhoud" }, m.skipToContent),
    h(
      "div",
      { class: "page" },
      header(view),
      toc(
        view,
        present.map((p) => ({ name: p.name, title: p.title })),
      ),
      h(
        "main",
        { id: "inhoud" },
        present.map((p) => p.html),
      ),
      h("footer", {}, h("p", {}, m.generatedBy)),
    ),
  );
  return `<!doctype html>\n${renderChildren(
    h(
      "html",
      { lang: view.lang },
      h(
        "head",
        {},
        h("meta", { charset: "utf-8" }),
        // Defence in depth: even a slip in escaping could not run a script or fetch anything.
        h("meta", {
          "http-equiv": "Content-Security-Policy",
          content:
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
        }),
        h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
        h("meta", { name: "generator", content: "ivp" }),
        h("title", {}, title),
        h("style", {}, trustedHtml(REPORT_CSS)),
      ),
      body,
    ),
  )}\n`;
}
