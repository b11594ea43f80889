/**
 * `@ivp/report`: pure functions from evaluated ivp plans and tables to text
 * (TSV, CSV, Markdown, JSON and HTML). No I/O; runs in Node and browsers.
 *
 * @packageDocumentation
 */

export { csvField, htmlText, markdownText, neutraliseFormula, tsvField } from "./escape.ts";
export { endsOnOrBefore, observationsAsOf } from "./evaluate/as-of.ts";
export { type EffectiveTargets, effectiveTargets } from "./evaluate/effective-targets.ts";
export { kernbeleidCoverage } from "./evaluate/kernbeleid-coverage.ts";
// The monitoring report
export {
  type AssessChange,
  type AssessProgress,
  type ChangeInput,
  type EvaluatePlanOptions,
  evaluatePlan,
  type ProgressInput,
} from "./evaluate-plan.ts";
export {
  DISPLAY_STATUSES,
  type DisplayStatus,
  type EvaluatedBaseline,
  type EvaluatedCell,
  type EvaluatedChangeCell,
  type EvaluatedFigureTable,
  type EvaluatedIndicator,
  type EvaluatedIndicatorTable,
  type EvaluatedIndicatorTableRow,
  type EvaluatedPlan,
  type EvaluatedTarget,
  type IndicatorProgress,
  type KernbeleidCoverage,
  type ObservedPoint,
  type ProgressStatus,
  type SignificanceMarker,
} from "./evaluated-plan.ts";
export { renderReportHtml } from "./html/render-report-html.ts";
export { MESSAGES, type Messages, messagesFor } from "./i18n/messages.ts";
export {
  type MarkdownBlock,
  type MarkdownInline,
  parseMarkdown,
} from "./markdown/parse-markdown.ts";
export { markdownToMarkdown, renderMarkdownHtml } from "./markdown/render-markdown.ts";
export { renderReportMarkdown } from "./markdown-report/render-report-md.ts";
export {
  type CreateOverviewOptions,
  createOverview,
  type Overview,
  type OverviewEntry,
  type OverviewFigure,
  type SummariseForOverviewOptions,
  summariseForOverview,
} from "./overview/overview.ts";
export {
  OVERVIEW_FORMATS,
  type OverviewFormat,
  renderOverview,
} from "./overview/render-overview.ts";
export {
  COMPARISON_FORMATS,
  type ComparisonFormat,
  type RenderComparisonOptions,
  renderComparison,
} from "./render-comparison.ts";
export {
  REPORT_FORMATS,
  type ReportFormat,
  renderReport,
  renderReportJson,
} from "./render-report.ts";
export {
  type CellJson,
  CHANCE_MARKER,
  type RenderTableOptions,
  renderTable,
  TABLE_FORMATS,
  type TableFormat,
  type TableJson,
  tableToJson,
} from "./render-table.ts";
