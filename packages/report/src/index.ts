/**
 * `@ivp/report`: pure functions from evaluated ivp plans and tables to text
 * (TSV, CSV, Markdown, JSON and HTML). No I/O; runs in Node and browsers.
 *
 * @packageDocumentation
 */

export { csvField, htmlText, markdownText, neutraliseFormula, tsvField } from "./escape.ts";
export { kernbeleidCoverage } from "./evaluate/kernbeleid-coverage.ts";
// The monitoring report
export { type EvaluatePlanOptions, evaluatePlan } from "./evaluate-plan.ts";
export type {
  EvaluatedFigureTable,
  EvaluatedIndicator,
  EvaluatedIndicatorTable,
  EvaluatedIndicatorTableRow,
  EvaluatedPlan,
  KernbeleidCoverage,
  ObservedPoint,
} from "./evaluated-plan.ts";
export {
  type ReportHtmlChunksOptions,
  renderReportHtml,
  renderReportHtmlChunks,
} from "./html/render-report-html.ts";
export { UnchangedPlans } from "./html/unchanged-plans.ts";
export {
  type CalculationMessages,
  MESSAGES,
  type Messages,
  messagesFor,
  type ProgressMessages,
} from "./i18n/messages.ts";
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
  isChanceCell,
  type RenderTableOptions,
  renderTable,
  significanceSummary,
  TABLE_FORMATS,
  type TableFormat,
  type TableJson,
  tableToJson,
} from "./render-table.ts";
// Spreadsheets: one CSV convention, and sheets the CLI writes as .xlsx
export {
  type CsvDialect,
  csvDialect,
  renderSheetCsv,
  type Sheet,
  type SheetColumn,
  type SheetFormat,
  type SheetNumber,
  type SheetValue,
  sheetNumber,
} from "./spreadsheet/sheet.ts";
export { comparisonToSheet, statusToSheet, tableToSheet } from "./spreadsheet/to-sheet.ts";
// Progress: ivp status
export {
  type EvaluateStatusOptions,
  evaluateStatus,
} from "./status/evaluate-status.ts";
export { renderStatusText } from "./status/render-status-text.ts";
export { STATUS_ALPHA } from "./status/status-json.ts";
export type {
  BaselineAverageJson,
  ChangeJson,
  ComparisonJson,
  GoalSourceJson,
  IndicatorStatusJson,
  PeriodValueJson,
  ProgressMeasuresJson,
  RateJson,
  SignificanceJson,
  StatusJson,
  StatusPartsJson,
  TargetJson,
  VerdictJson,
  VerdictTestJson,
} from "./status/status-json-types.ts";
export { type CalculationRow, calculationSteps } from "./view/progress-view.ts";
