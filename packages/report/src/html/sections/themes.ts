import type { Theme } from "@ivp/model";
import { markdownToHtml } from "../../markdown/render-markdown.ts";
import {
  indicatorTablesOf,
  type ReportView,
  themePartners,
  themeTitle,
  whoText,
} from "../../view/report-view.ts";
import { cell, ids, indicatorLink, section, tableWrap } from "../blocks.ts";
import { type Html, type HtmlChild, html } from "../html.ts";
import { indicatorTable } from "./indicator-table.ts";

function prose(title: string, text: string | undefined): HtmlChild {
  if (!text) return null;
  return [html`<h4>${title}</h4>`, markdownToHtml(text)];
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
    return html`<li>${found ? `${code} ${found.name}` : code}</li>`;
  });
  const partners = themePartners(theme);
  const actions =
    theme.actions.length > 0
      ? [
          html`<h4>${p.actions}</h4>`,
          tableWrap(
            view,
            `${p.actions}: ${themeTitle(theme)}`,
            html`<table class="actions cards"><caption>${`${p.actions}: ${themeTitle(theme)}`}</caption><thead><tr><th scope="col">${
              c.action
            }</th><th scope="col">${c.who}</th><th scope="col">${c.partners}</th><th scope="col">${
              c.when
            }</th><th scope="col">${c.status}</th></tr></thead><tbody>${theme.actions.map(
              (action) =>
                html`<tr><th scope="row">${action.what}</th>${cell(
                  c.who,
                  {},
                  whoText(view, action.who),
                )}${cell(
                  c.partners,
                  {},
                  action.partners.map((id) => whoText(view, id)).join(", ") || m.notAvailable,
                )}${cell(c.when, {}, action.when ?? m.notAvailable)}${cell(
                  c.status,
                  {},
                  m.actionStatus[action.status],
                )}</tr>`,
            )}</tbody></table>`,
          ),
        ]
      : null;
  const id = ids.theme(theme.id);
  return html`<section id="${id}" class="theme" aria-labelledby="${id}-kop"><h3 id="${id}-kop">${themeTitle(
    theme,
  )}</h3>${
    kernbeleid.length > 0
      ? html`<ul class="chips" aria-label="${m.sections.kernbeleid}">${kernbeleid}</ul>`
      : null
  }${prose(p.motivation, theme.motivation)}${prose(p.evaluation, theme.evaluation)}${prose(
    p.goals,
    theme.goals,
  )}${
    tables.length > 0
      ? [html`<h4>${p.indicators}</h4>`, tables.map((t) => indicatorTable(view, t))]
      : null
  }${
    others.length > 0
      ? html`<h4>${m.otherIndicators}</h4><ul>${others.map(
          (other) =>
            html`<li>${indicatorLink(view, other, view.indicator(other)?.label ?? other)}</li>`,
        )}</ul>`
      : null
  }${prose(p.approach, theme.approach)}${theme.sections.map((s) => prose(s.title, s.text))}${actions}${
    partners.length > 0
      ? html`<h4>${p.partners}</h4><ul class="chips">${partners.map(
          (partner) => html`<li>${whoText(view, partner)}</li>`,
        )}</ul>`
      : null
  }</section>`;
}

/** Sections "Prioriteiten" and "Thema's": per theme its texts, indicators, actions and partners. */
export function themes(
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
