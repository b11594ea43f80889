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
import { type Html, type HtmlChild, h } from "../html.ts";
import { indicatorTable } from "./indicator-table.ts";

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
            view,
            `${p.actions}: ${themeTitle(theme)}`,
            h(
              "table",
              { class: "actions cards" },
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
                    cell(c.who, {}, whoText(view, action.who)),
                    cell(
                      c.partners,
                      {},
                      action.partners.map((id) => whoText(view, id)).join(", ") || m.notAvailable,
                    ),
                    cell(c.when, {}, action.when ?? m.notAvailable),
                    cell(c.status, {}, m.actionStatus[action.status]),
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
