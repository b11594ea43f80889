import { type AreaComparison, formatNumber, type Language, rateBaseOf } from "@ivp/model";
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
    computedAs: (label: string, per: string) =>
      `${label}: berekend als aantal x ${per} / inwoners, waar het plan het cijfer niet zelf geeft`,
    computed: (where: string, count: string, per: string, population: string, value: string) =>
      `${where}: ${count} x ${per} / ${population} = ${value}`,
    noCount: (where: string, population: string) =>
      `${where}: geen cijfer: wel inwoners (${population}), geen aantal`,
    noPopulation: (where: string, count: string) =>
      `${where}: geen cijfer: wel het aantal (${count}), geen inwoners`,
  },
  en: {
    period: "period",
    rate: (base: string) => `per ${base} inh.`,
    change: "vs year before",
    missing: ".",
    noRates: (series: string, base: string) =>
      `No rates per ${base} inhabitants: none of the plans has the number of inhabitants (series "${series}") for these periods.`,
    computedAs: (label: string, per: string) =>
      `${label}: computed as count x ${per} / inhabitants where the plan does not give the figure itself`,
    computed: (where: string, count: string, per: string, population: string, value: string) =>
      `${where}: ${count} x ${per} / ${population} = ${value}`,
    noCount: (where: string, population: string) =>
      `${where}: no figure: inhabitants (${population}), but no count`,
    noPopulation: (where: string, count: string) =>
      `${where}: no figure: a count (${count}), but no inhabitants`,
  },
} as const;

/**
 * For each indicator with rates ivp computed from a count and a population:
 * a title, then a line per municipality and period, each computed figure
 * written out (363 x 1.000 / 12.358 = 29,4) and each period without one
 * saying which of the two is missing.
 */
function computedRateNotes(comparison: AreaComparison, lang: Language): string[][] {
  const words = WORDS[lang];
  const separator = lang === "en" ? "." : ",";
  const whole = (n: number) =>
    formatNumber(n, { decimalSeparator: separator, groupSeparator: lang === "en" ? "," : "." });
  const notes: string[][] = [];
  for (const indicator of comparison.indicators) {
    const per = rateBaseOf(indicator.unit);
    if (per === null) continue;
    const lines: string[] = [];
    for (const row of indicator.rows) {
      row.cells.forEach((cell, i) => {
        const from = cell.computedFrom;
        if (!from) return;
        const where = `${comparison.areas[i]?.name ?? cell.area} ${row.periodLabel}`;
        if (from.count && from.population && cell.count !== null) {
          const value = formatNumber(cell.count, { decimals: 1, decimalSeparator: separator });
          lines.push(
            words.computed(
              where,
              whole(from.count.value),
              whole(per),
              whole(from.population.value),
              value,
            ),
          );
        } else if (from.count) {
          lines.push(words.noPopulation(where, whole(from.count.value)));
        } else if (from.population) {
          lines.push(words.noCount(where, whole(from.population.value)));
        }
      });
    }
    if (lines.length > 0) notes.push([words.computedAs(indicator.label, whole(per)), ...lines]);
  }
  return notes;
}

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
  // The note on rates per inhabitants concerns counts only.
  const note =
    withRates || !comparison.indicators.some((i) => i.unit === "count")
      ? undefined
      : words.noRates(comparison.populationSeries, base);
  const computed = computedRateNotes(comparison, lang);
  switch (format) {
    case "text": {
      const body = tables
        .map(
          (t) =>
            `${tsvField(t.title)}\n${pad([header.map(tsvField), ...t.rows.map((r) => r.map(tsvField))])}\n`,
        )
        .join("\n");
      const notes = [...(note ? [note] : []), ...computed.map((c) => c.join("\n  "))];
      return notes.length > 0 ? `${body}\n${notes.join("\n")}\n` : body;
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
      const notes = [
        ...(note ? [markdownText(note)] : []),
        ...computed.map(([title, ...lines]) =>
          [`${markdownText(title ?? "")}:`, ...lines.map((l) => `- ${markdownText(l)}`)].join("\n"),
        ),
      ];
      return notes.length > 0 ? `${body}\n${notes.join("\n\n")}\n` : body;
    }
    case "csv":
      return renderSheetCsv(comparisonToSheet(comparison), lang);
    case "json":
      return `${JSON.stringify(comparison, null, 2)}\n`;
  }
}
