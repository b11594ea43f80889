import type { Language, Theme } from "@ivp/model";
import type { KernbeleidCoverage } from "../../evaluated-plan.ts";
import { type ReportView, themeTitle } from "../../view/report-view.ts";
import { cell, ids, linkList, section, tableWrap } from "../blocks.ts";
import { type Html, h } from "../html.ts";

/** A section written, with what it was written from besides its coverage. */
interface Written {
  readonly lang: Language;
  readonly priorities: readonly Theme[];
  readonly themes: readonly Theme[];
  readonly html: Html;
}

/** The sections written, by the coverage object they show (see {@link kernbeleid}). */
const WRITTEN = new WeakMap<KernbeleidCoverage, Written>();

/**
 * Section "Kernbeleid": which Kernbeleid Veiligheid themes the plan covers.
 *
 * What it writes depends on the coverage, the language and the plan's
 * priorities and themes (their titles, through the view), nothing else: it
 * is written once per coverage object and kept while those are the same
 * (the same arrays). `evaluatePlan` gives the plans of one template one
 * coverage object (`planKernbeleidCoverage`), so `ivp bulk` writes this
 * section once a run rather than once a report.
 */
export function kernbeleid(view: ReportView): Html {
  const coverage = view.evaluated.kernbeleid;
  const { lang, plan } = view;
  const written = WRITTEN.get(coverage);
  if (
    written !== undefined &&
    written.lang === lang &&
    written.priorities === plan.priorities &&
    written.themes === plan.themes
  )
    return written.html;
  const html = writeKernbeleid(view);
  WRITTEN.set(coverage, { lang, priorities: plan.priorities, themes: plan.themes, html });
  return html;
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
