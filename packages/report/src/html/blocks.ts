/** Building blocks shared by the report's sections: element ids, status badges, scrollable tables, links and sections. */
import { type ReportView, STATUS_ICON, type StatusView } from "../view/report-view.ts";
import {
  attribute,
  type Html,
  type HtmlAttributes,
  type HtmlChild,
  html,
  hWith,
  trustedHtml,
} from "./html.ts";

/** Stable element ids, derived from the plan's own ids. */
export const ids = {
  section: (name: string) => `sectie-${name}`,
  theme: (id: string) => `thema-${id}`,
  indicator: (id: string) => `indicator-${id}`,
  table: (id: string) => `tabel-${id}`,
  goals: (id: string) => `doelen-${id}`,
  calculation: (id: string) => `berekening-${id}`,
};

export function statusBadge(status: StatusView): Html {
  return html`<span class="status status-${status.status}"${attribute("title", status.reason)}><span class="status-icon" aria-hidden="true">${STATUS_ICON[status.status]}</span>${status.text}</span>`;
}

export function tableWrap(view: ReportView, label: string, table: Html): Html {
  // A scrollable region must be reachable by keyboard and named for screen
  // readers; "Tabel: " keeps its name apart from a section with the same title.
  const name = label.startsWith(view.m.tableWord) ? label : `${view.m.tableWord}: ${label}`;
  return html`<div class="table-wrap" role="region" aria-label="${name}" tabindex="0">${table}</div>`;
}

export function indicatorLink(view: ReportView, id: string, label: string): HtmlChild {
  return view.indicator(id) ? html`<a href="#${ids.indicator(id)}">${label}</a>` : label;
}

/** Links separated by "; ", or `empty` when there are none (a cell of partners, sources, themes). */
export function linkList(links: readonly HtmlChild[], empty: HtmlChild): HtmlChild {
  if (links.length === 0) return empty;
  return links.map((link, i) => [i > 0 ? "; " : null, link]);
}

export function section(name: string, title: string, ...children: HtmlChild[]): Html {
  const id = ids.section(name);
  return html`<section id="${id}" aria-labelledby="${id}-kop"><h2 id="${id}-kop">${title}</h2>${children}</section>`;
}

const SECTION_END = trustedHtml("</section>");

/**
 * {@link section} in pieces: its start tag with the heading, each child, and
 * its end tag; joined, they are what `section(name, title, ...children)`
 * writes. For a section too large to be one string (renderReportHtmlChunks).
 */
export function sectionPieces(name: string, title: string, children: readonly Html[]): Html[] {
  const id = ids.section(name);
  return [
    html`<section id="${id}" aria-labelledby="${id}-kop"><h2 id="${id}-kop">${title}</h2>`,
    ...children,
    SECTION_END,
  ];
}

/** A cell with a main text and, below it, a smaller one. */
export function stacked(main: string, sub: string | null): HtmlChild {
  return sub === null ? main : [main, html`<span class="sub">${sub}</span>`];
}

/**
 * A data cell that names its column in `data-label`: on a narrow screen a
 * table of class `cards` shows each row as a card and each cell as
 * "column: value" (styles.ts), so nothing needs scrolling sideways.
 */
export function cell(label: string, attributes: HtmlAttributes, ...children: HtmlChild[]): Html {
  return hWith("td", attributes, "data-label", label, ...children);
}

/**
 * A chart in a region that scrolls sideways on a narrow screen, where the
 * chart keeps a minimum width so that its text stays readable; like
 * {@link tableWrap} it is reachable by keyboard and named.
 */
export function chartWrap(label: string, chart: Html): Html {
  return html`<div class="chart-wrap" role="region" aria-label="${label}" tabindex="0">${chart}</div>`;
}
