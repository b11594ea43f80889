import { type ReportView, themePartners, themeTitle } from "../../view/report-view.ts";
import { cell, ids, linkList, section, tableWrap } from "../blocks.ts";
import { type Html, html } from "../html.ts";

/** Section "Partners": each partner and the themes it works on. */
export function partners(view: ReportView): Html {
  const { m, plan } = view;
  const c = m.columns;
  const all = [...plan.priorities, ...plan.themes];
  const rows = plan.partners.map((partner) => {
    const involved = all.filter((t) => themePartners(t).includes(partner.id));
    return html`<tr><th scope="row">${partner.name}</th>${cell(
      c.description,
      {},
      partner.description ?? m.notAvailable,
    )}${cell(
      c.theme,
      {},
      linkList(
        involved.map((t) => html`<a href="#${ids.theme(t.id)}">${themeTitle(t)}</a>`),
        m.notAvailable,
      ),
    )}</tr>`;
  });
  return section(
    "partners",
    m.sections.partners,
    plan.partners.length > 0
      ? tableWrap(
          view,
          m.sections.partners,
          html`<table class="partners cards"><caption>${m.sections.partners}</caption><thead><tr><th scope="col">${
            c.name
          }</th><th scope="col">${c.description}</th><th scope="col">${
            c.theme
          }</th></tr></thead><tbody>${rows}</tbody></table>`,
        )
      : html`<p>${m.none}</p>`,
  );
}
