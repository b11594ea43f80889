import { type ReportView, themePartners, themeTitle } from "../../view/report-view.ts";
import { cell, ids, section, tableWrap } from "../blocks.ts";
import { type Html, h } from "../html.ts";

/** Section "Partners": each partner and the themes it works on. */
export function partners(view: ReportView): Html {
  const { m, plan } = view;
  const c = m.columns;
  const all = [...plan.priorities, ...plan.themes];
  const rows = plan.partners.map((partner) => {
    const involved = all.filter((t) => themePartners(t).includes(partner.id));
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, partner.name),
      cell(c.description, {}, partner.description ?? m.notAvailable),
      cell(
        c.theme,
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
          view,
          m.sections.partners,
          h(
            "table",
            { class: "partners cards" },
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
