/**
 * Characters that make a spreadsheet treat a cell as a formula. A label such
 * as `=HYPERLINK("http://evil", "klik")` must stay text when a CSV is opened
 * in Excel or LibreOffice (OWASP: CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
// A number or printed percentage, optionally with the chance marker "°"
// (render-table.ts): a spreadsheet cannot run anything from such a cell. The
// marker as an escape: the CLI's bundles stay ASCII (esbuild leaves a regular
// expression as written), which Node reads and V8 parses as one-byte text.
const NUMERIC = /^[+-]?\d+([.,]\d+)?%?\u00b0?$/;

/**
 * Neutralises spreadsheet formula injection in a text cell by prefixing a
 * single quote; numbers and printed percentages such as `-52%` are left alone.
 *
 * @example
 * neutraliseFormula("=1+1") //=> "'=1+1"
 * neutraliseFormula("-52%") //=> "-52%"
 * neutraliseFormula("woninginbraken") //=> "woninginbraken"
 */
export function neutraliseFormula(text: string): string {
  if (FORMULA_START.test(text) && !NUMERIC.test(text.trim())) return `'${text}`;
  return text;
}

/**
 * Quotes a CSV field when needed (RFC 4180) after neutralising formulas.
 *
 * @example
 * csvField('say "hi", then go') //=> '"say ""hi"", then go"'
 */
export function csvField(text: string): string {
  const safe = neutraliseFormula(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A TSV field: tabs and line breaks become spaces, formulas are neutralised.
 *
 * @example
 * tsvField("a\tb") //=> "a b"
 */
export function tsvField(text: string): string {
  return neutraliseFormula(text.replace(/[\t\r\n]+/g, " "));
}

/**
 * Escapes text for a Markdown table cell or paragraph: Markdown syntax and
 * HTML are shown as text, and formulas are neutralised for spreadsheets that
 * import Markdown tables.
 *
 * @example
 * markdownText("a | b <script>") //=> "a \\| b &lt;script&gt;"
 */
export function markdownText(text: string): string {
  return neutraliseFormula(escapeMarkdown(text));
}

/**
 * Escapes Markdown syntax and HTML in text, without neutralising formulas:
 * for text ivp writes itself ("-34% t.o.v. 70 (jan-okt 2017)"), never for
 * text from a plan.
 *
 * @example
 * escapeMarkdown("-34% | p < 0,05") //=> "-34% \\| p &lt; 0,05"
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_{}[\]|#])/g, "\\$1");
}

const HTML_SPECIAL = /[&<>"']/;

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * htmlText('<script>alert("x")</script>') //=> "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 */
export function htmlText(text: string): string {
  // Most text (figures, labels) has nothing to escape: one scan instead of five replaces.
  if (!HTML_SPECIAL.test(text)) return text;
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
