/**
 * `@ivp/report`: pure functions from evaluated ivp plans and tables to text
 * (TSV, CSV, Markdown, JSON and HTML). No I/O; runs in Node and browsers.
 *
 * @packageDocumentation
 */
export { csvField, htmlText, markdownText, neutraliseFormula, tsvField } from "./escape.ts";
export {
  COMPARISON_FORMATS,
  type ComparisonFormat,
  type RenderComparisonOptions,
  renderComparison,
} from "./render-comparison.ts";
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
