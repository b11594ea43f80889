import type { ReportView } from "../../view/report-view.ts";
import { ids } from "../blocks.ts";
import { type Html, h } from "../html.ts";

export interface TocEntry {
  readonly name: string;
  readonly title: string;
}

/** The table of contents: a link to every section that is present. */
export function toc(view: ReportView, entries: readonly TocEntry[]): Html {
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
