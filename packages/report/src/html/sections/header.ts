import { findPlaceholders } from "@ivp/model";
import { formatDate, formatPeriod } from "../../format/format-value.ts";
import { markdownToHtml } from "../../markdown/render-markdown.ts";
import type { ReportView } from "../../view/report-view.ts";
import { type Html, type HtmlChild, h } from "../html.ts";

/** The report's header: a notice when the plan still has TODO placeholders, the title, municipality, plan period, adoption, peildatum and mission. */
export function header(view: ReportView): Html {
  const { plan, m, lang } = view;
  const meta: HtmlChild[] = [
    h("dt", {}, m.meta.municipality),
    h("dd", {}, `${plan.municipality.name} (${plan.municipality.code})`),
    h("dt", {}, m.meta.planPeriod),
    h("dd", {}, `${plan.period.start}-${plan.period.end}`),
  ];
  if (plan.adoption) {
    meta.push(
      h("dt", {}, m.meta.adopted),
      h("dd", {}, `${plan.adoption.by}, ${formatDate(plan.adoption.date, lang)}`),
    );
  }
  const placeholders = findPlaceholders(plan).length;
  return h(
    "header",
    {},
    placeholders > 0
      ? h(
          "p",
          { class: "placeholders", role: "note" },
          h("strong", {}, m.placeholders(placeholders)),
        )
      : null,
    h("p", { class: "kicker" }, m.reportKind),
    h("h1", {}, plan.title),
    plan.subtitle ? h("p", { class: "subtitle" }, plan.subtitle) : null,
    h("dl", { class: "meta" }, meta),
    h(
      "p",
      { class: "as-of" },
      h(
        "strong",
        {},
        view.evaluated.asOf === null
          ? m.asOfLatest
          : m.asOf(formatPeriod(view.evaluated.asOf, lang, "long")),
      ),
    ),
    h(
      "div",
      { class: "mission", role: "note", "aria-label": m.mission },
      h("p", {}, h("strong", {}, m.mission)),
      markdownToHtml(plan.mission),
    ),
  );
}
