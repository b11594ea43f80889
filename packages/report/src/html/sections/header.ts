import { countPlaceholders } from "@ivp/model";
import { formatDate, formatPeriod } from "../../format/format-value.ts";
import { markdownToHtml } from "../../markdown/render-markdown.ts";
import type { ReportView } from "../../view/report-view.ts";
import { type Html, type HtmlChild, html } from "../html.ts";

/** The placeholders in each array of a plan, counted once (see {@link planPlaceholders}). */
const COUNTED = new WeakMap<readonly unknown[], number>();

/**
 * `countPlaceholders(plan)` (`@ivp/model`), with each array of the plan
 * counted once and its count kept by the array, which is never changed once
 * the plan is made. The plans of `ivp bulk` share most of their arrays with
 * their template (its sections, priorities, themes, series, sources, the
 * figure table's columns...): a run counts those once rather than in every
 * report's header.
 */
function planPlaceholders(value: unknown): number {
  if (value === null || typeof value !== "object") return countPlaceholders(value);
  if (Array.isArray(value)) {
    let count = COUNTED.get(value);
    if (count === undefined) {
      count = 0;
      for (let i = 0; i < value.length; i++) count += planPlaceholders(value[i]);
      COUNTED.set(value, count);
    }
    return count;
  }
  let count = 0;
  for (const item of Object.values(value)) count += planPlaceholders(item);
  return count;
}

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
  const placeholders = planPlaceholders(plan);
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
