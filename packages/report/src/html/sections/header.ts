import { countPlaceholders } from "@ivp/model";
import { formatDate, formatPeriod } from "../../format/format-value.ts";
import { markdownToHtml } from "../../markdown/render-markdown.ts";
import type { ReportView } from "../../view/report-view.ts";
import { type Html, type HtmlChild, html } from "../html.ts";

/** The report's header: a notice when the plan still has TODO placeholders, the title, municipality, plan period, adoption, peildatum and mission. */
export function header(view: ReportView): Html {
  const { plan, m, lang } = view;
  const meta: HtmlChild[] = [
    html`<dt>${m.meta.municipality}</dt><dd>${`${plan.municipality.name} (${plan.municipality.code})`}</dd><dt>${m.meta.planPeriod}</dt><dd>${`${plan.period.start}-${plan.period.end}`}</dd>`,
  ];
  if (plan.adoption) {
    meta.push(
      html`<dt>${m.meta.adopted}</dt><dd>${`${plan.adoption.by}, ${formatDate(plan.adoption.date, lang)}`}</dd>`,
    );
  }
  const placeholders = countPlaceholders(plan);
  const asOf =
    view.evaluated.asOf === null
      ? m.asOfLatest
      : m.asOf(formatPeriod(view.evaluated.asOf, lang, "long"));
  return html`<header>${
    placeholders > 0
      ? html`<p class="placeholders" role="note"><strong>${m.placeholders(placeholders)}</strong></p>`
      : null
  }<p class="kicker">${m.reportKind}</p><h1>${plan.title}</h1>${
    plan.subtitle ? html`<p class="subtitle">${plan.subtitle}</p>` : null
  }<dl class="meta">${meta}</dl><p class="as-of"><strong>${asOf}</strong></p><div class="mission" role="note" aria-label="${
    m.mission
  }"><p><strong>${m.mission}</strong></p>${markdownToHtml(plan.mission)}</div></header>`;
}
