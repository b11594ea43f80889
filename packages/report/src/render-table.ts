import type { EvaluatedCell, EvaluatedTable, Language } from "@ivp/model";
import { markdownText, tsvField } from "./escape.ts";
import { messagesFor } from "./i18n/messages.ts";
import { renderSheetCsv } from "./spreadsheet/sheet.ts";
import { tableToSheet } from "./spreadsheet/to-sheet.ts";

/** The text formats of a single table. */
export type TableFormat = "tsv" | "csv" | "md" | "json";

/** The formats {@link renderTable} writes. */
export const TABLE_FORMATS: readonly TableFormat[] = ["tsv", "csv", "md", "json"];

/**
 * The marker {@link renderTable} appends to a percentage change that is not
 * distinguishable from chance, when asked with `markChance`.
 */
export const CHANCE_MARKER = "°";

/** Options of {@link renderTable}. */
export interface RenderTableOptions {
  /** Language of the generated header of the label column. Default `"nl"`. */
  readonly lang?: Language;
  /**
   * Append {@link CHANCE_MARKER} to every change that is not distinguishable
   * from chance. Needs a table evaluated with `significance`; off by default,
   * so the output stays exactly as the document printed it.
   */
  readonly markChance?: boolean;
}

const LABEL_HEADER: Record<Language, string> = { nl: "Categorie", en: "Category" };

/**
 * A stable, documented JSON shape of an evaluated table: columns, and per row
 * the cells by column id with the numbers behind each printed text.
 */
export interface TableJson {
  readonly id: string;
  readonly number: number | null;
  readonly title: string;
  readonly area: string;
  readonly columns: readonly {
    readonly id: string;
    readonly kind: "value" | "change" | "reference";
    readonly header: string;
    readonly group: string | null;
    readonly period: string | null;
    readonly from: string | null;
    readonly to: string | null;
  }[];
  readonly rows: readonly {
    readonly series: string;
    readonly label: string;
    readonly depth: number;
    readonly cells: Readonly<Record<string, CellJson>>;
  }[];
}

/** A cell in {@link TableJson}. */
export type CellJson =
  | {
      readonly kind: "value";
      readonly text: string;
      readonly value: number | null;
      readonly derivation: string;
    }
  | {
      readonly kind: "change";
      readonly text: string;
      readonly change: number | null;
      readonly from: number | null;
      readonly to: number | null;
      readonly empty: "zero-base" | "missing-value" | null;
      readonly printed: string | null;
      readonly matchesPrinted: boolean | null;
      /** Present only when the table was evaluated with `significance`. */
      readonly significance?: {
        readonly test: "poisson-exact" | "survey-intervals" | "none";
        readonly pValue: number | null;
        readonly distinguishableFromChance: boolean | null;
      };
    }
  | { readonly kind: "reference"; readonly text: string; readonly value: number | null };

function cellJson(cell: EvaluatedCell): CellJson {
  switch (cell.kind) {
    case "value":
      return {
        kind: "value",
        text: cell.text,
        value: cell.value,
        derivation: cell.resolved.status === "derived" ? cell.resolved.rule : cell.resolved.status,
      };
    case "change":
      return {
        kind: "change",
        text: cell.text,
        change: cell.change,
        from: cell.from.status === "missing" ? null : cell.from.value,
        to: cell.to.status === "missing" ? null : cell.to.value,
        empty: cell.empty ?? null,
        printed: cell.printed ?? null,
        matchesPrinted: cell.matchesPrinted ?? null,
        ...(cell.significance && {
          significance:
            cell.significance.test === "none"
              ? { test: "none" as const, pValue: null, distinguishableFromChance: null }
              : {
                  test: cell.significance.test,
                  pValue: cell.significance.pValue,
                  distinguishableFromChance: cell.significance.distinguishableFromChance,
                },
        }),
      };
    case "reference":
      return { kind: "reference", text: cell.text, value: cell.value };
  }
}

/**
 * The JSON form of an evaluated table (see {@link TableJson}).
 *
 * @example
 * tableToJson(evaluateTable(plan, "tabel-1")).rows[1].cells.gemeente //=> { kind: "change", text: "-52%", change: -52, from: 54, to: 26, ... }
 */
export function tableToJson(table: EvaluatedTable): TableJson {
  return {
    id: table.id,
    number: table.number ?? null,
    title: table.title,
    area: table.area,
    columns: table.columns.map((c) => ({
      id: c.id,
      kind: c.kind,
      header: c.headerText,
      group: c.group ?? null,
      period: c.kind === "value" ? c.period : null,
      from: c.kind === "value" ? null : (c.from ?? null),
      to: c.kind === "value" ? null : (c.to ?? null),
    })),
    rows: table.rows.map((row) => ({
      series: row.series,
      label: row.label,
      depth: row.depth,
      cells: Object.fromEntries(row.cells.map((cell) => [cell.column, cellJson(cell)])),
    })),
  };
}

/**
 * Writes an evaluated table as TSV, CSV, Markdown or JSON: a header row, then
 * the rows in the plan's order with labels as printed and every cell as the
 * percentage rule writes it. Labels are escaped for the format, and CSV, TSV and
 * Markdown neutralise spreadsheet formulas (`=...`).
 *
 * @example
 * renderTable(evaluateTable(plan, "tabel-2"), "tsv").split("\n")[2]
 * //=> "woninginbraken\t90\t79\t77\t79\t+3%\t-8%\t+59%\t-42%"
 */
export function renderTable(
  table: EvaluatedTable,
  format: TableFormat,
  options: RenderTableOptions = {},
): string {
  const lang = options.lang ?? "nl";
  const header = [LABEL_HEADER[lang], ...table.columns.map((c) => c.headerText)];
  const cellText = (cell: EvaluatedCell) =>
    options.markChance && isChance(cell) ? `${cell.text}${CHANCE_MARKER}` : cell.text;
  const body = table.rows.map((row) => [row.label, ...row.cells.map(cellText)]);
  const marked = options.markChance === true && table.rows.some((r) => r.cells.some(isChance));
  switch (format) {
    case "tsv":
      return `${[header, ...body].map((r) => r.map(tsvField).join("\t")).join("\n")}\n`;
    case "csv":
      return renderSheetCsv(
        tableToSheet(table, lang, options.markChance ? isChance : undefined),
        lang,
      );
    case "md": {
      const align = ["---", ...table.columns.map(() => "---:")];
      const line = (cells: readonly string[]) =>
        `| ${cells.map((c) => markdownText(c) || " ").join(" | ")} |`;
      const title =
        table.number !== undefined ? `Tabel ${table.number}: ${table.title}` : table.title;
      const note = marked ? `\n${markdownText(messagesFor(lang).chanceNote)}\n` : "";
      return `**${markdownText(title)}**\n\n${[line(header), `| ${align.join(" | ")} |`, ...body.map(line)].join("\n")}\n${note}`;
    }
    case "json":
      return `${JSON.stringify(tableToJson(table), null, 2)}\n`;
  }
}

/**
 * Whether a cell is a change, with text, that is not distinguishable from
 * chance: the cells {@link renderTable} marks with {@link CHANCE_MARKER} when
 * asked, and the report always marks.
 *
 * @param cell - a cell of {@link TableJson}
 * @returns whether it gets the marker
 * @example
 * isChanceCell(tableToJson(evaluateTable(plan, "tabel-1", { significance: true })).rows[2].cells.gemeente) //=> true
 */
export function isChanceCell(cell: CellJson): boolean {
  return (
    cell.kind === "change" &&
    cell.text !== "" &&
    cell.significance?.distinguishableFromChance === false
  );
}

function isChance(cell: EvaluatedCell): boolean {
  return isChanceCell(cellJson(cell));
}
