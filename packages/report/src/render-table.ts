import {
  type CorrectionMethod,
  type EvaluatedCell,
  type EvaluatedTable,
  formatNumber,
  type Language,
  type ResolvedValue,
  type TableSignificance,
} from "@ivp/model";
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
 * distinguishable from chance after the correction across the table, when
 * asked with `markChance`. A change from 0 (its percentage cell stays empty)
 * gets the marker alone.
 */
export const CHANCE_MARKER = "°";

/** Options of {@link renderTable}. */
export interface RenderTableOptions {
  /** Language of the generated header of the label column. Default `"nl"`. */
  readonly lang?: Language;
  /**
   * Append {@link CHANCE_MARKER} to every change that is not distinguishable
   * from chance after the correction across the table. Needs a table
   * evaluated with `significance`; off by default, so the output stays
   * exactly as the document printed it. Markdown then ends with the legend
   * and the table's count of tests (see {@link significanceSummary}).
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
  /**
   * How many changes were tested, how many chance alone would mark, and the
   * marks before and after the correction; present only when the table was
   * evaluated with `significance`.
   */
  readonly significance?: TableSignificance;
}

/** A cell in {@link TableJson}. */
export type CellJson =
  | {
      readonly kind: "value";
      readonly text: string;
      readonly value: number | null;
      readonly derivation: string;
      /**
       * For a rate computed from its count and population (`derivation`
       * `rate`) or missing for want of one of them: the figures found, so
       * value = count x per / population can be redone by hand. Present only
       * then.
       */
      readonly rateInputs?: {
        readonly count: { readonly period: string; readonly value: number } | null;
        readonly population: { readonly period: string; readonly value: number } | null;
      };
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
        readonly test: "poisson-exact" | "quasi-poisson" | "survey-intervals" | "none";
        /** The raw p-value of this change's own test. */
        readonly pValue: number | null;
        /** Whether the raw p-value is below alpha: the change on its own, before the correction. */
        readonly distinguishableFromChance: boolean | null;
        /** The p-value adjusted across the table; `null` when the change is no test (0 -> 0, a missing value). */
        readonly adjustedPValue: number | null;
        /** The correction behind `adjustedPValue`. */
        readonly correction: CorrectionMethod | null;
        /** Whether the adjusted p-value is below alpha: the verdict the chance marker shows. */
        readonly distinguishableAfterCorrection: boolean | null;
      };
    }
  | { readonly kind: "reference"; readonly text: string; readonly value: number | null };

function figureJson(value: ResolvedValue | undefined) {
  return value && value.status !== "missing" ? { period: value.period, value: value.value } : null;
}

/** The count and population of a computed (or missing) rate, for {@link CellJson}. */
function rateInputsJson(resolved: ResolvedValue) {
  if (resolved.status === "derived" && resolved.rule === "rate") {
    return {
      rateInputs: {
        count: figureJson(resolved.inputs[0]),
        population: figureJson(resolved.inputs[1]),
      },
    };
  }
  if (resolved.status === "missing" && resolved.rateInputs) {
    const { count, population } = resolved.rateInputs;
    return { rateInputs: { count: figureJson(count), population: figureJson(population) } };
  }
  return {};
}

function cellJson(cell: EvaluatedCell): CellJson {
  switch (cell.kind) {
    case "value":
      return {
        kind: "value",
        text: cell.text,
        value: cell.value,
        derivation: cell.resolved.status === "derived" ? cell.resolved.rule : cell.resolved.status,
        ...rateInputsJson(cell.resolved),
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
        ...(cell.significance && { significance: significanceJson(cell) }),
      };
    case "reference":
      return { kind: "reference", text: cell.text, value: cell.value };
  }
}

type ChangeCellOf<T> = T extends { readonly kind: "change" } ? T : never;

function significanceJson(
  cell: ChangeCellOf<EvaluatedCell>,
): NonNullable<ChangeCellOf<CellJson>["significance"]> {
  const tested = cell.significance;
  if (tested === undefined || tested.test === "none") {
    return {
      test: "none",
      pValue: null,
      distinguishableFromChance: null,
      adjustedPValue: null,
      correction: null,
      distinguishableAfterCorrection: null,
    };
  }
  return {
    test: tested.test,
    pValue: tested.pValue,
    distinguishableFromChance: tested.distinguishableFromChance,
    adjustedPValue: cell.corrected?.pValue ?? null,
    correction: cell.corrected?.method ?? null,
    distinguishableAfterCorrection: cell.corrected?.distinguishableFromChance ?? null,
  };
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
    ...(table.significance && { significance: table.significance }),
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
      const m = messagesFor(lang);
      const notes = [
        ...(marked ? [m.chanceNote] : []),
        ...(options.markChance && table.significance
          ? [significanceSummary(table.significance, lang)]
          : []),
      ];
      const note = notes.map((n) => `\n${markdownText(n)}\n`).join("");
      return `**${markdownText(title)}**\n\n${[line(header), `| ${align.join(" | ")} |`, ...body.map(line)].join("\n")}\n${note}`;
    }
    case "json":
      return `${JSON.stringify(tableToJson(table), null, 2)}\n`;
  }
}

/**
 * The sentence under a tested table: how many changes were tested, how many
 * chance alone would mark, and how many are distinguishable before and after
 * the correction. `ivp table` prints it under Markdown and on standard error
 * for TSV and CSV; the report under each figure table.
 *
 * @param significance - the table's {@link TableSignificance}
 * @param lang - the language of the sentence
 * @param options - `named: false` writes "zie de verantwoording" instead of the
 *   correction's name (the report's council text; its appendix names it)
 * @returns one sentence (two with a correction)
 * @example
 * significanceSummary(evaluateTable(plan, "tabel-2", { significance: true }).significance!, "en")
 * //=> "50 changes tested; chance alone would make about 2.5 of them look significant. Corrected for the number of tests (Benjamini-Hochberg): 1 distinguishable from chance (10 without the correction)."
 */
export function significanceSummary(
  significance: TableSignificance,
  lang: Language,
  options: { readonly named?: boolean } = {},
): string {
  const expected = formatNumber(significance.expectedByChance, {
    decimals: 1,
    decimalSeparator: lang === "en" ? "." : ",",
  });
  return messagesFor(lang).significanceSummary(
    significance.tests,
    expected,
    significance.significant,
    significance.nominallySignificant,
    significance.correction === "none"
      ? null
      : options.named === false
        ? messagesFor(lang).council.seeMethod
        : CORRECTION_NAMES[significance.correction],
  );
}

/** The names of the corrections for multiple comparisons, the same in both languages. */
const CORRECTION_NAMES: Record<Exclude<CorrectionMethod, "none">, string> = {
  holm: "Holm",
  "benjamini-hochberg": "Benjamini-Hochberg",
};

/**
 * Whether a cell is a change that is not distinguishable from chance after
 * the correction across its table: the cells {@link renderTable} marks with
 * {@link CHANCE_MARKER} when asked, and the report always marks. A change
 * from 0 to 0 is no test and is never marked; a change from 0 to k is.
 *
 * @param cell - a cell of {@link TableJson}
 * @returns whether it gets the marker
 * @example
 * isChanceCell(tableToJson(evaluateTable(plan, "tabel-1", { significance: true })).rows[2].cells.gemeente) //=> true
 */
export function isChanceCell(cell: CellJson): boolean {
  return cell.kind === "change" && cell.significance?.distinguishableAfterCorrection === false;
}

function isChance(cell: EvaluatedCell): boolean {
  return isChanceCell(cellJson(cell));
}
