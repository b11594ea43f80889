import type { Theme } from "@ivp/model";
import { type ReportView, themeTitle } from "../../view/report-view.ts";
import { cell, ids, linkList, section, tableWrap } from "../blocks.ts";
import { type Html, h } from "../html.ts";
import type { UnchangedPlans } from "../unchanged-plans.ts";

/**
 * Section "Kernbeleid": which Kernbeleid Veiligheid themes the plan covers.
 * With `unchanged`, written once for every plan with the same priorities
 * and themes (the same arrays) in one language (see {@link UnchangedPlans}).
 */
export function kernbeleid(view: ReportView, unchanged?: UnchangedPlans): Html {
  if (unchanged === undefined) return writeKernbeleid(view);
  const { plan, lang } = view;
  return unchanged.kernbeleid(plan.priorities, plan.themes, lang, () => writeKernbeleid(view));
}

function writeKernbeleid(view: ReportView): Html {
  const { m } = view;
  const coverage = view.evaluated.kernbeleid;
  const themesCovered = coverage.fields
    .flatMap((f) => f.themes)
    .filter((t) => t.coveredBy.length > 0);
  const fieldsCovered = coverage.fields.filter((f) => f.themes.some((t) => t.coveredBy.length > 0));
  const total = coverage.fields.reduce((n, f) => n + f.themes.length, 0);
  const c = m.columns;
  return section(
    "kernbeleid",
    m.sections.kernbeleid,
    h("p", {}, m.kernbeleidIntro(fieldsCovered.length, themesCovered.length, total)),
    coverage.fields.map((field) => {
      const caption = `${field.code} ${field.name}`;
      return tableWrap(
        view,
        caption,
        h(
          "table",
          { class: "kernbeleid cards" },
          h("caption", {}, caption),
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", { scope: "col" }, c.code),
              h("th", { scope: "col" }, c.kernbeleidTheme),
              h("th", { scope: "col" }, c.coveredBy),
            ),
          ),
          h(
            "tbody",
            {},
            field.themes.map((theme) =>
              h(
                "tr",
                { class: theme.coveredBy.length > 0 ? "covered" : "not-covered" },
                cell(c.code, {}, theme.code),
                h("th", { scope: "row" }, theme.name),
                cell(
                  c.coveredBy,
                  {},
                  linkList(
                    theme.coveredBy.map((id) => {
                      const t = view.theme(id);
                      return h("a", { href: `#${ids.theme(id)}` }, t ? themeTitle(t) : id);
                    }),
                    h("span", { class: "note" }, m.notCovered),
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    }),
    coverage.unknownCodes.length > 0
      ? [
          h("h3", {}, m.unknownCodes),
          h(
            "ul",
            {},
            coverage.unknownCodes.map((u) =>
              h(
                "li",
                {},
                `${u.code}: ${u.usedBy.map((id) => (view.theme(id) ? themeTitle(view.theme(id) as Theme) : id)).join("; ")}`,
              ),
            ),
          ),
        ]
      : null,
  );
}
