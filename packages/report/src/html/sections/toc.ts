import type { ReportView } from "../../view/report-view.ts";
import { ids } from "../blocks.ts";
import { type Html, html } from "../html.ts";

export interface TocEntry {
  readonly name: string;
  readonly title: string;
}

/** The table of contents: a link to every section that is present. */
export function toc(view: ReportView, entries: readonly TocEntry[]): Html {
  return html`<nav class="toc" aria-labelledby="inhoud-kop"><h2 id="inhoud-kop">${view.m.contents}</h2><ol>${entries.map(
    (e) => html`<li><a href="#${ids.section(e.name)}">${e.title}</a></li>`,
  )}</ol></nav>`;
}
