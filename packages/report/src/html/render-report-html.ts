import type { EvaluatedPlan } from "../evaluated-plan.ts";
import { createReportView } from "../view/report-view.ts";
import { Html, html, trustedHtml } from "./html.ts";
import { pageStyle } from "./print-page.ts";
import { figures } from "./sections/figures.ts";
import { header } from "./sections/header.ts";
import { indicators } from "./sections/indicators.ts";
import { kernbeleid } from "./sections/kernbeleid.ts";
import { mainGoals } from "./sections/main-goals.ts";
import { method } from "./sections/method.ts";
import { partners } from "./sections/partners.ts";
import { sources } from "./sections/sources.ts";
import { summary } from "./sections/summary.ts";
import { themes } from "./sections/themes.ts";
import { toc } from "./sections/toc.ts";
import { REPORT_CSS } from "./styles.ts";
import type { UnchangedPlans } from "./unchanged-plans.ts";

/** Options of {@link renderReportHtmlChunks}. */
export interface ReportHtmlChunksOptions {
  /**
   * Given by a caller that never changes a plan once rendered: what depends
   * only on arrays plans share is kept between its reports (see
   * {@link UnchangedPlans}). Without it nothing is kept.
   */
  readonly unchanged?: UnchangedPlans;
}

const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The HTML report ({@link renderReportHtml}) as consecutive pieces of text
 * whose concatenation is the document: the head with the page's start, each
 * section (the indicators an article at a time), and the end. Each piece
 * starts with markup (`<`), so none begins inside a character of two UTF-16
 * units, and the pieces encoded one after another as UTF-8 are the
 * document's bytes.
 *
 * Why pieces: `ivp bulk` encodes them one at a time into a buffer it reuses
 * (apps/cli/src/bulk/render-municipality.ts). A whole report is a string of
 * some 155,000 characters, two bytes each (−, ≈, ✓...), that V8 must copy
 * into one flat string before it can be written: at 310 kB that copy goes to
 * V8's space for large objects, fresh memory from the system every time
 * (some 77 page faults a report).
 *
 * @internal For `ivp bulk`; everyone else wants {@link renderReportHtml}.
 * @example
 * const evaluated = evaluatePlan(plan);
 * renderReportHtmlChunks(evaluated).join("") === renderReportHtml(evaluated) //=> true
 */
export function renderReportHtmlChunks(
  evaluated: EvaluatedPlan,
  options: ReportHtmlChunksOptions = {},
): string[] {
  const { unchanged } = options;
  const view = createReportView(evaluated);
  const { m, plan } = view;
  const parts: { name: string; title: string; html: Html | readonly Html[] | null }[] = [
    { name: "samenvatting", title: m.sections.summary, html: summary(view) },
    { name: "hoofddoelstellingen", title: m.sections.mainGoals, html: mainGoals(view) },
    { name: "politiecijfers", title: m.sections.figures, html: figures(view) },
    {
      name: "prioriteiten",
      title: m.sections.priorities,
      html: themes(view, "prioriteiten", m.sections.priorities, plan.priorities),
    },
    {
      name: "themas",
      title: m.sections.themes,
      html: themes(view, "themas", m.sections.themes, plan.themes),
    },
    { name: "indicatoren", title: m.sections.indicators, html: indicators(view) },
    { name: "kernbeleid", title: m.sections.kernbeleid, html: kernbeleid(view, unchanged) },
    { name: "partners", title: m.sections.partners, html: partners(view) },
    { name: "bronnen", title: m.sections.sources, html: sources(view) },
    { name: "verantwoording", title: m.sections.method, html: method(view) },
  ];
  const present = parts.filter((p) => p.html !== null);
  const title = `${m.reportKind}: ${plan.title}`;
  // Defence in depth (the Content-Security-Policy): even a slip in escaping
  // could not run a script or fetch anything. The second style is text from
  // the plan, escaped by cssString for a CSS string.
  const chunks = [
    `<!doctype html>\n${
      html`<html lang="${view.lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="ivp"><title>${title}</title><style>${trustedHtml(
        REPORT_CSS,
      )}</style><style>${trustedHtml(pageStyle(view))}</style></head><body><a class="skip" href="#inhoud">${m.skipToContent}</a><div class="page">${header(
        view,
      )}${toc(
        view,
        present.map((p) => ({ name: p.name, title: p.title })),
      )}<main id="inhoud">`.value
    }`,
  ];
  for (const part of present) {
    const markup = part.html as Html | readonly Html[];
    if (markup instanceof Html) chunks.push(markup.value);
    else for (const piece of markup) chunks.push(piece.value);
  }
  chunks.push(
    `${html`</main><footer><p>${m.generatedBy}</p></footer></div></body></html>`.value}\n`,
  );
  return chunks;
}

/**
 * Renders an evaluated plan as one self-contained HTML file: inline CSS and
 * SVG, no scripts, no external resources; semantic sections, tables with
 * captions and scoped headers, a chart with a text alternative and a table of
 * its numbers per indicator, and an A4 print stylesheet. Every string from the
 * plan is escaped. The same input gives the same bytes.
 *
 * @param evaluated - the result of `evaluatePlan`; its `lang` sets the language
 * @returns the HTML document
 * @example
 * renderReportHtml(evaluatePlan(plan)).startsWith("<!doctype html>") //=> true
 */
export function renderReportHtml(evaluated: EvaluatedPlan): string {
  return renderReportHtmlChunks(evaluated).join("");
}
