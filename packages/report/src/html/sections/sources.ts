import type { ReportView } from "../../view/report-view.ts";
import { cell, ids, linkList, section, tableWrap } from "../blocks.ts";
import { type Html, html } from "../html.ts";

/** Section "Bronnen": each source, its kind and the indicators it measures; the references. */
export function sources(view: ReportView): Html {
  const { m, plan } = view;
  const c = m.columns;
  const rows = plan.sources.map((source) => {
    const measured = view.evaluated.indicators.filter((i) => i.source?.id === source.id);
    // Only web links: a plan must not be able to plant a javascript: URL.
    const url = source.url && /^https?:\/\//i.test(source.url) ? source.url : null;
    return html`<tr><th scope="row">${
      url ? html`<a href="${url}">${source.name}</a>` : source.name
    }</th>${cell(c.kind, {}, m.sourceKind[source.kind])}${cell(
      c.description,
      {},
      source.description ?? m.notAvailable,
    )}${cell(
      m.indicatorsOfSource,
      {},
      linkList(
        measured.map((i) => html`<a href="#${ids.indicator(i.id)}">${i.label}</a>`),
        m.notAvailable,
      ),
    )}</tr>`;
  });
  return section(
    "bronnen",
    m.sections.sources,
    plan.sources.length > 0
      ? tableWrap(
          view,
          m.sections.sources,
          html`<table class="sources cards"><caption>${m.sections.sources}</caption><thead><tr><th scope="col">${
            c.name
          }</th><th scope="col">${c.kind}</th><th scope="col">${c.description}</th><th scope="col">${
            m.indicatorsOfSource
          }</th></tr></thead><tbody>${rows}</tbody></table>`,
        )
      : html`<p>${m.none}</p>`,
    plan.references.length > 0
      ? html`<h3>${m.references}</h3><ul>${plan.references.map((r) => html`<li>${r.title}</li>`)}</ul>`
      : null,
  );
}
