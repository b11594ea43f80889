import type { EvaluatedPlan } from "./evaluated-plan.ts";
import { renderReportHtml } from "./html/render-report-html.ts";
import { renderReportMarkdown } from "./markdown-report/render-report-md.ts";

/** The formats of a whole report. */
export type ReportFormat = "html" | "md" | "json";

/** The formats {@link renderReport} writes, the default first. */
export const REPORT_FORMATS: readonly ReportFormat[] = ["html", "md", "json"];

/**
 * The JSON form of an evaluated plan: the {@link EvaluatedPlan} itself,
 * indented by two spaces, keys in a fixed order, ending in a newline (see
 * `docs/reference/report-json.md` in the repository).
 *
 * @example
 * JSON.parse(renderReportJson(evaluated)).format //=> "ivp-evaluated-plan"
 */
export function renderReportJson(evaluated: EvaluatedPlan): string {
  return `${JSON.stringify(evaluated, null, 2)}\n`;
}

/**
 * Renders an evaluated plan as a report: a self-contained HTML file, Markdown
 * or JSON. Pure and deterministic; runs in Node and in browsers.
 *
 * @param evaluated - the result of `evaluatePlan` (its `lang` sets the language)
 * @param format - `html`, `md` or `json`
 * @returns the report text
 * @example
 * renderReport(evaluatePlan(plan, { lang: "en" }), "md").includes("## Summary") //=> true
 */
export function renderReport(evaluated: EvaluatedPlan, format: ReportFormat): string {
  switch (format) {
    case "html":
      return renderReportHtml(evaluated);
    case "md":
      return renderReportMarkdown(evaluated);
    case "json":
      return renderReportJson(evaluated);
  }
}
