import type { ReportView } from "../../view/report-view.ts";
import { cell, ids, section, tableWrap } from "../blocks.ts";
import { type Html, h } from "../html.ts";

/** Section "Bronnen": each source, its kind and the indicators it measures; the references. */
export function sources(view: ReportView): Html {
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
      cell(c.kind, {}, m.sourceKind[source.kind]),
      cell(c.description, {}, source.description ?? m.notAvailable),
      cell(
        m.indicatorsOfSource,
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
          view,
          m.sections.sources,
          h(
            "table",
            { class: "sources cards" },
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
