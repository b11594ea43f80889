import { type AreaComparison, formatNumber, type Language } from "@ivp/model";
import { markdownText, tsvField } from "./escape.ts";
import { renderSheetCsv } from "./spreadsheet/sheet.ts";
import { comparisonToSheet } from "./spreadsheet/to-sheet.ts";

/** The formats {@link renderComparison} writes. */
export type ComparisonFormat = "text" | "md" | "csv" | "json";

/** The formats {@link renderComparison} writes, for option lists. */
export const COMPARISON_FORMATS: readonly ComparisonFormat[] = ["text", "md", "csv", "json"];

/** Options of {@link renderComparison}. */
export interface RenderComparisonOptions {
  /** Language of headers and number notation. Default `"nl"`. */
  readonly lang?: Language;
}

const WORDS = {
  nl: {
    period: "periode",
    rate: (base: string) => `per ${base} inw.`,
    change: "t.o.v. jaar ervoor",
    missing: ".",
    noRates: (series: string, base: string) =>
      `Geen cijfers per ${base} inwoners: geen van de plannen heeft het aantal inwoners (reeks "${series}") voor deze perioden.`,
  },
  en: {
    period: "period",
    rate: (base: string) => `per ${base} inh.`,
    change: "vs year before",
    missing: ".",
    noRates: (series: string, base: string) =>
      `No rates per ${base} inhabitants: none of the plans has the number of inhabitants (series "${series}") for these periods.`,
  },
} as const;

/** CSV columns of the long (tidy) form: one row per indicator, period and municipality. */

function pad(cells: readonly string[][]): string {
  const widths =
    cells[0]?.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length))) ?? [];
  return cells
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/**
 * Writes a comparison of municipalities (see `compareAreas`):
 * - `text`: per indicator an aligned table, a row per period, per municipality
 *   the count and the rate per 1,000 inhabitants (`.` where a figure is missing);
 * - `md`: the same as Markdown tables;
 * - `csv`: the long form, one row per indicator, period and municipality, in
 *   the CSV convention of every command (see `renderSheetCsv`);
 * - `json`: the comparison itself.
 * Labels are escaped for the format; no figure is computed here.
 *
 * @param comparison - the result of `compareAreas`
 * @param format - text, md, csv or json
 * @example
 * renderComparison(compareAreas([blaricum, eemnes], { indicators: ["misdrijven-totaal"] }), "text")
 * //=> "Totaal misdrijven (misdrijven-totaal)\nperiode  Blaricum  per 1.000 inw.  Eemnes  per 1.000 inw.\n2022  363  30,3  233  25,9\n..."
 */
export function renderComparison(
  comparison: AreaComparison,
  format: ComparisonFormat,
  options: RenderComparisonOptions = {},
): string {
  const lang = options.lang ?? "nl";
  const words = WORDS[lang];
  const separator = lang === "en" ? "." : ",";
  const count = (value: number | null) =>
    value === null
      ? words.missing
      : formatNumber(value, {
          decimals: Number.isInteger(value) ? 0 : 1,
          decimalSeparator: separator,
        });
  const rate = (value: number | null) =>
    value === null
      ? words.missing
      : formatNumber(value, { decimals: comparison.rateDecimals, decimalSeparator: separator });
  const change = (value: number | null) =>
    value === null ? "" : `${value > 0 ? "+" : ""}${value}%`;
  const base = formatNumber(comparison.rateBase, {
    decimals: 0,
    decimalSeparator: separator,
    groupSeparator: lang === "en" ? "," : ".",
  });
  // Columns of changes and rates only when some could be computed; a note says why not.
  const withRates = comparison.indicators.some((i) =>
    i.rows.some((r) => r.cells.some((c) => c.rate !== null)),
  );
  const withChanges = comparison.indicators.some((i) =>
    i.rows.some((r) => r.cells.some((c) => c.change !== null)),
  );
  const header = [
    words.period,
    ...comparison.areas.flatMap((area) => [
      area.name,
      ...(withChanges ? [words.change] : []),
      ...(withRates ? [words.rate(base)] : []),
    ]),
  ];
  const tables = comparison.indicators.map((indicator) => ({
    title: `${indicator.label} (${indicator.id})`,
    rows: indicator.rows.map((row) => [
      row.periodLabel,
      ...row.cells.flatMap((cell) => [
        count(cell.count),
        ...(withChanges ? [change(cell.change)] : []),
        ...(withRates ? [rate(cell.rate)] : []),
      ]),
    ]),
  }));
  const note =
    withRates || comparison.indicators.length === 0
      ? undefined
      : words.noRates(comparison.populationSeries, base);
  switch (format) {
    case "text": {
      const body = tables
        .map(
          (t) =>
            `${tsvField(t.title)}\n${pad([header.map(tsvField), ...t.rows.map((r) => r.map(tsvField))])}\n`,
        )
        .join("\n");
      return note ? `${body}\n${note}\n` : body;
    }
    case "md": {
      const line = (cells: readonly string[]) =>
        `| ${cells.map((c) => markdownText(c) || " ").join(" | ")} |`;
      const align = `| --- | ${header
        .slice(1)
        .map(() => "---:")
        .join(" | ")} |`;
      const body = tables
        .map(
          (t) =>
            `**${markdownText(t.title)}**\n\n${[line(header), align, ...t.rows.map(line)].join("\n")}\n`,
        )
        .join("\n");
      return note ? `${body}\n${markdownText(note)}\n` : body;
    }
    case "csv":
      return renderSheetCsv(comparisonToSheet(comparison), lang);
    case "json":
      return `${JSON.stringify(comparison, null, 2)}\n`;
  }
}
