import type { AreaComparison, EvaluatedCell, EvaluatedTable, Language } from "@ivp/model";
import type { StatusJson } from "../status/status-json-types.ts";
import type { Sheet, SheetFormat, SheetValue } from "./sheet.ts";

const INTEGER: SheetFormat = { kind: "integer" };
const NUMBER: SheetFormat = { kind: "number" };
const TEXT: SheetFormat = { kind: "text" };

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

const STATUS_HEADERS: Record<Language, readonly string[]> = {
  nl: [
    "indicator",
    "omschrijving",
    "eenheid",
    "nulmeting periode",
    "nulmeting",
    "doel periode",
    "doel",
    "laatste periode",
    "laatste",
    "verandering",
    "deel van de weg",
    "status",
  ],
  en: [
    "indicator",
    "label",
    "unit",
    "baseline period",
    "baseline",
    "target period",
    "target",
    "latest period",
    "latest",
    "change",
    "fraction of the way",
    "status",
  ],
};

/**
 * The statuses of `ivp status` as a sheet, one row per indicator: baseline,
 * target and latest figure with their periods (numbers), the change in
 * percent, the fraction of the way and the status in words.
 *
 * @example
 * statusToSheet(evaluateStatus(plan)).rows[0].slice(0, 5) //=> ["woninginbraken", "Woninginbraken", "count", "2017", 79]
 */
export function statusToSheet(status: StatusJson): Sheet {
  const headers = STATUS_HEADERS[status.lang];
  const formats: SheetFormat[] = [
    TEXT,
    TEXT,
    TEXT,
    TEXT,
    NUMBER,
    TEXT,
    NUMBER,
    TEXT,
    NUMBER,
    { kind: "percent-change", decimals: 0 },
    { kind: "decimal", decimals: 2 },
    TEXT,
  ];
  return {
    name: sheetName(`status ${status.plan.id}`),
    columns: headers.map((header, i) => ({ header, format: formats[i] ?? TEXT })),
    rows: status.indicators.map((indicator) => {
      return [
        indicator.id,
        indicator.label,
        indicator.unit,
        indicator.baseline?.period ?? null,
        indicator.baseline?.value ?? null,
        indicator.target?.period ?? null,
        indicator.target?.value ?? null,
        indicator.latest?.period ?? null,
        indicator.latest?.value ?? null,
        indicator.change?.percent ?? null,
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
