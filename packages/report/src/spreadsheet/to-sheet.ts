import {
  type AreaComparison,
  decimalsOf,
  type EvaluatedCell,
  type EvaluatedTable,
  type Language,
} from "@ivp/model";
import { statusMessagesFor } from "../i18n/messages.ts";
import { averageRangeText, figureDecimals, significanceParts } from "../status/progress-text.ts";
import type { BaselineAverageJson, ChangeJson, StatusJson } from "../status/status-json-types.ts";
import type { Sheet, SheetFormat, SheetValue } from "./sheet.ts";

const INTEGER: SheetFormat = { kind: "integer" };
const NUMBER: SheetFormat = { kind: "number" };
const TEXT: SheetFormat = { kind: "text" };
const PERCENT_CHANGE: SheetFormat = { kind: "percent-change", decimals: 0 };

/** A worksheet name: at most 31 characters, none of `[]:*?/\`. */
function sheetName(text: string): string {
  return text.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "ivp";
}

/**
 * An evaluated table as a sheet: the row label, then per column the count
 * (a number), the change (a number in percent, rounded as the table prints
 * it) or the supplied cell (its number where it is a percentage, else its text).
 * A change for which `marked` is true stays text with `°` appended (`ivp table
 * --mark-chance`).
 *
 * @example
 * tableToSheet(evaluateTable(plan, "tabel-1"), "nl").rows[1] //=> ["woninginbraken", 54, 33, 61, 26, -52, -11]
 */
export function tableToSheet(
  table: EvaluatedTable,
  lang: Language,
  marked?: (cell: EvaluatedCell) => boolean,
): Sheet {
  const decimals = table.notation.decimals;
  return {
    name: sheetName(table.id),
    columns: [
      { header: lang === "en" ? "Category" : "Categorie", format: TEXT },
      ...table.columns.map((column) => ({
        header: column.headerText,
        format:
          column.kind === "value"
            ? INTEGER
            : ({ kind: "percent-change", decimals } satisfies SheetFormat),
      })),
    ],
    rows: table.rows.map((row) => [
      row.label,
      ...row.cells.map((cell): SheetValue => {
        if (cell.kind === "value") return cell.value;
        if (cell.kind === "change") return marked?.(cell) ? `${cell.text}°` : cell.change;
        return cell.value ?? (cell.text === "" ? null : cell.text);
      }),
    ]),
  };
}

/** The columns of the status sheet: header in Dutch and English, and format. */
const STATUS_COLUMNS: readonly (readonly [nl: string, en: string, format: SheetFormat])[] = [
  ["indicator", "indicator", TEXT],
  ["omschrijving", "label", TEXT],
  ["eenheid", "unit", TEXT],
  ["nulmeting periode", "baseline period", TEXT],
  ["nulmeting", "baseline", NUMBER],
  ["doel periode", "target period", TEXT],
  ["doel", "target", NUMBER],
  ["laatste periode", "latest period", TEXT],
  ["laatste", "latest", NUMBER],
  ["vergeleken met periode", "compared with period", TEXT],
  ["vergeleken met", "compared with", NUMBER],
  ["verandering", "change", PERCENT_CHANGE],
  ["eenheid verandering", "change unit", TEXT],
  ["p-waarde", "p-value", NUMBER],
  ["gecorrigeerde p-waarde", "adjusted p-value", NUMBER],
  ["toeval", "chance", TEXT],
  ["vorige periode", "previous period", TEXT],
  ["vorige", "previous", NUMBER],
  ["verandering t.o.v. vorige", "change since previous", PERCENT_CHANGE],
  ["p-waarde t.o.v. vorige", "p-value since previous", NUMBER],
  ["toeval t.o.v. vorige", "chance since previous", TEXT],
  ["deel van de weg", "fraction of the way", { kind: "decimal", decimals: 2 }],
  ["status", "status", TEXT],
];

/** The unit of a change in words, for the column `eenheid verandering`. */
const CHANGE_UNIT: Record<Language, Record<ChangeJson["unit"], string>> = {
  nl: { percent: "%", "percentage-points": "procentpunt", points: "punt" },
  en: { percent: "%", "percentage-points": "percentage points", points: "points" },
};

/**
 * A change as a number in the indicator's unit: a percentage of a count or
 * rate rounded to a whole percent (the document's rule; empty for a zero
 * base), the difference of a percentage (procentpunten) or grade (points)
 * with the decimals the text shows.
 */
function changeCell(change: ChangeJson | null): SheetValue {
  if (!change) return null;
  if (change.unit === "percent") return change.percent;
  const d = change.difference;
  if (d === null) return null;
  return {
    value: d,
    format: { kind: "decimal", decimals: Math.max(1, Math.min(2, decimalsOf(d))) },
  };
}

/**
 * A figure of the status: as it is, or for a rate ivp computed from a count
 * and a population (unrounded) with one decimal, as the text prints it.
 */
function figureCell(
  figure: { readonly value: number; readonly derivation: string } | null | undefined,
): SheetValue {
  if (!figure) return null;
  const decimals = figureDecimals(figure);
  return decimals === undefined
    ? figure.value
    : { value: figure.value, format: { kind: "decimal", decimals } };
}

/**
 * A p-value with two significant digits, as the text writes it (0.57, 0.032,
 * 0.0023); a workbook keeps the whole number and shows those digits.
 */
function pValueCell(p: number | null | undefined): SheetValue {
  if (p === null || p === undefined) return null;
  const decimals = p > 0 && p < 1 ? Math.max(2, 1 - Math.floor(Math.log10(p))) : 2;
  return { value: p, format: { kind: "decimal", decimals } };
}

/**
 * The period of a figure: its own, or for an average baseline the periods
 * averaged ("gem. 2015-2017"), so a mean is never shown as one year's figure.
 */
function periodCell(
  figure: { readonly period: string; readonly average?: BaselineAverageJson | null } | undefined,
  lang: Language,
): string | null {
  if (!figure) return null;
  if (!figure.average) return figure.period;
  return statusMessagesFor(lang).progress.averagePeriod(averageRangeText(figure.average, lang));
}

/**
 * The statuses of `ivp status` as a sheet, one row per indicator, with what
 * the text and the JSON say: baseline, target and latest figure with their
 * periods (numbers); the change since the figure compared with (percent for
 * counts and rates, procentpunten for percentages, points for grades: its
 * unit in the next column), with its p-value, the p-value after the plan's
 * correction, and whether it is distinguishable from chance; the change
 * since the previous comparable period with its p-value and test (not
 * corrected, as in the text); the fraction of the way and the status in
 * words.
 *
 * @example
 * statusToSheet(evaluateStatus(plan)).rows[0].slice(0, 5) //=> ["woninginbraken", "Woninginbraken", "count", "2017", 79]
 */
export function statusToSheet(status: StatusJson): Sheet {
  const { lang } = status;
  return {
    name: sheetName(`status ${status.plan.id}`),
    columns: STATUS_COLUMNS.map(([nl, en, format]) => ({
      header: lang === "en" ? en : nl,
      format,
    })),
    rows: status.indicators.map((indicator): SheetValue[] => {
      const { comparison, change, previousChange: previous } = indicator;
      const adjusted = indicator.verdict?.versusBaseline?.adjustedPValue ?? null;
      const unit = change?.unit ?? previous?.change.unit;
      return [
        indicator.id,
        indicator.label,
        indicator.unit,
        periodCell(indicator.baseline ?? undefined, lang),
        indicator.baseline?.value ?? null,
        indicator.target?.period ?? null,
        indicator.target?.value ?? null,
        indicator.latest?.period ?? null,
        figureCell(indicator.latest),
        periodCell(comparison?.from, lang),
        figureCell(comparison?.from),
        changeCell(change),
        unit ? CHANGE_UNIT[lang][unit] : null,
        pValueCell(indicator.significance?.pValue),
        pValueCell(adjusted),
        significanceParts(indicator.significance, lang, adjusted)?.verdict ?? null,
        previous?.from.period ?? null,
        figureCell(previous?.from),
        changeCell(previous?.change ?? null),
        pValueCell(previous?.significance.pValue),
        previous ? (significanceParts(previous.significance, lang)?.verdict ?? null) : null,
        indicator.progress?.fractionOfWay ?? null,
        indicator.status.text,
      ];
    }),
  };
}

const COMPARISON_HEADERS = [
  "indicator",
  "label",
  "period",
  "area",
  "municipality",
  "count",
  "status",
  "population",
  "population_period",
  "rate_per_1000",
  "change",
  "change_from",
  "rate",
  "rate_per",
  "gap",
] as const;

/**
 * A comparison of municipalities (see `compareAreas`) as a sheet in long
 * form: one row per indicator, period and municipality, with the count, the
 * population, the rate per 1,000 inhabitants, the change against the same
 * period a year earlier and the rate per `rateBase` inhabitants as numbers.
 *
 * @example
 * comparisonToSheet(compareAreas([blaricum, eemnes])).columns.map((c) => c.header)[5] //=> "count"
 */
export function comparisonToSheet(comparison: AreaComparison): Sheet {
  const rate: SheetFormat = { kind: "decimal", decimals: comparison.rateDecimals };
  const formats: SheetFormat[] = [
    TEXT,
    TEXT,
    TEXT,
    TEXT,
    TEXT,
    NUMBER,
    TEXT,
    INTEGER,
    TEXT,
    rate,
    { kind: "percent-change", decimals: 0 },
    TEXT,
    rate,
    INTEGER,
    TEXT,
  ];
  const rows: SheetValue[][] = [];
  for (const indicator of comparison.indicators) {
    for (const row of indicator.rows) {
      row.cells.forEach((cell, i) => {
        rows.push([
          indicator.id,
          indicator.label,
          row.period,
          cell.area,
          comparison.areas[i]?.name ?? "",
          cell.count,
          cell.status,
          cell.population,
          cell.populationPeriod,
          cell.ratePer1000,
          cell.change,
          cell.changeFrom,
          cell.rate,
          comparison.rateBase,
          cell.countGap ?? cell.rateGap ?? null,
        ]);
      });
    }
  }
  return {
    name: "vergelijking",
    columns: COMPARISON_HEADERS.map((header, i) => ({ header, format: formats[i] ?? TEXT })),
    rows,
  };
}
