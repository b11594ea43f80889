import { type ReportView, themePartners, themeTitle } from "../../view/report-view.ts";
import { ids, section, tableWrap } from "../blocks.ts";
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
