import { roundScaled } from "../_lib/rational.ts";
import { IvpError } from "../errors.ts";
import { formatNumber } from "../format/format-number.ts";
import type { Language } from "../language.ts";
import { collectObservations } from "../observation/collect-observations.ts";
import type { Observation } from "../observation/observation.ts";
import { ObservationIndex } from "../observation/observation-index.ts";
import {
  DUTCH_PERCENT_CHANGE_NOTATION,
  ENGLISH_PERCENT_CHANGE_NOTATION,
  formatRoundedPercent,
  type PercentChangeNotation,
} from "../percent-change/format-percent-change.ts";
import { parsePrintedPercent } from "../percent-change/parse-printed-percent.ts";
import { exactPercentChange } from "../percent-change/percent-change.ts";
import { formatPeriodLabel } from "../period/format-period.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import { arePeriodsComparable } from "../period/period.ts";
import type { FigureTable, Plan, Series, TableColumn } from "../schema/types.ts";
import {
  type ResolveContext,
  type ResolvedValue,
  resolveValue,
  seriesUnits,
} from "../series/resolve-value.ts";
import {
  assessChangeSignificance,
  type ChangeSignificance,
} from "../statistics/change-significance.ts";
import {
  adjustPValues,
  type CorrectionMethod,
  expectedChanceMarks,
} from "../statistics/multiple-comparisons.ts";
import { rollingColumns } from "./rolling-columns.ts";

/** A column of an evaluated table, with its header resolved. */
export type EvaluatedColumn = TableColumn & { readonly headerText: string };

/** A cell of counts. */
export interface ValueCell {
  readonly kind: "value";
  readonly column: string;
  readonly resolved: ResolvedValue;
  readonly value: number | null;
  readonly text: string;
}

/** A computed percentage change. */
export interface ChangeCell {
  readonly kind: "change";
  readonly column: string;
  readonly from: ResolvedValue;
  readonly to: ResolvedValue;
  /** The change rounded as printed, in percent; `null` for a zero base or a missing value. */
  readonly change: number | null;
  /** The unrounded change in percent (for charts and statistics). */
  readonly exactChange: number | null;
  /** Why the cell is empty, when it is. */
  readonly empty?: "zero-base" | "missing-value";
  readonly text: string;
  /** What the document printed in this cell, when the plan records it. */
  readonly printed?: string;
  /** Whether the computed text equals the printed one (when recorded). */
  readonly matchesPrinted?: boolean;
  /**
   * Whether the change is distinguishable from chance (exact Poisson test for
   * counts) on its own, with the raw p-value; present only when
   * {@link EvaluateTableOptions.significance} asks for it. A change from 0 to
   * k is tested like any other (its percentage stays empty); 0 -> 0 gets
   * p = 1 and is no test of the table's family.
   */
  readonly significance?: ChangeSignificance;
  /**
   * The test after correction across the table (see
   * {@link EvaluatedTable.significance}): present for every change in the
   * family, absent for 0 -> 0 and for changes without a test. This, not
   * `significance.distinguishableFromChance`, decides the chance marks.
   */
  readonly corrected?: CorrectedSignificance;
}

/** A change's test after the correction for multiple comparisons across its table. */
export interface CorrectedSignificance {
  /** The correction (`"none"`: the raw p-value). */
  readonly method: CorrectionMethod;
  /** The adjusted p-value, as R's `p.adjust(p, method)` over the table's tests. */
  readonly pValue: number;
  /** `pValue < alpha`: still distinguishable from chance after the correction. */
  readonly distinguishableFromChance: boolean;
}

/**
 * The multiple-comparisons summary of a table: how many changes were tested,
 * how many chance alone would mark, and how many are marked before and after
 * the correction.
 */
export interface TableSignificance {
  /** The significance level of every test. */
  readonly alpha: number;
  /** The correction across the table. */
  readonly correction: CorrectionMethod;
  /** The changes tested: every change cell with a test, except 0 -> 0. */
  readonly tests: number;
  /** How many changes chance alone would mark distinguishable if nothing changed: tests x alpha. */
  readonly expectedByChance: number;
  /** Changes with a raw p-value below alpha. */
  readonly nominallySignificant: number;
  /** Changes with an adjusted p-value below alpha. */
  readonly significant: number;
}

/** A supplied cell, such as the region's change. */
export interface ReferenceCell {
  readonly kind: "reference";
  readonly column: string;
  /** The supplied number, when the text is a percentage or number. */
  readonly value: number | null;
  readonly text: string;
}

export type EvaluatedCell = ValueCell | ChangeCell | ReferenceCell;

/** A row of an evaluated table. */
export interface EvaluatedRow {
  readonly series: string;
  readonly label: string;
  /** 0 for a top-level row, 1 for an "of which" sub-row. */
  readonly depth: number;
  readonly cells: readonly EvaluatedCell[];
}

/** A figure table with every cell computed. */
export interface EvaluatedTable {
  readonly id: string;
  readonly number?: number;
  readonly title: string;
  readonly area: string;
  readonly columns: readonly EvaluatedColumn[];
  readonly rows: readonly EvaluatedRow[];
  readonly notation: PercentChangeNotation;
  /** Present when the table was evaluated with `significance`. */
  readonly significance?: TableSignificance;
}

/** Options of {@link evaluateTable}. */
export interface EvaluateTableOptions {
  /** Language of generated headers and number notation. Default: the plan's language. */
  readonly lang?: Language;
  /** Extra observations, e.g. from the plan's data files. */
  readonly observations?: readonly Observation[];
  /** A prebuilt index of all observations (takes precedence over `observations`). */
  readonly index?: ObservationIndex;
  /**
   * Test every change cell for being distinguishable from chance (see
   * {@link ChangeCell.significance}) and correct the tests across the table
   * (see {@link ChangeCell.corrected}). `alpha` defaults to 0.05;
   * `correction` to the plan's `conventions.multipleComparisons`, else
   * `"benjamini-hochberg"`. Off by default.
   */
  readonly significance?:
    | boolean
    | { readonly alpha?: number; readonly correction?: CorrectionMethod };
}

/**
 * The correction a table gets when neither the caller nor the plan chooses:
 * Benjamini-Hochberg. A table of 49 changes tested at 0.05 shows about 2.5
 * "significant" changes from chance alone; Benjamini-Hochberg keeps the
 * expected share of such false marks among the marks at 5 %, while losing
 * fewer real changes than Holm's guard against any false mark.
 */
export const DEFAULT_CORRECTION: CorrectionMethod = "benjamini-hochberg";

function notationFor(plan: Plan, table: FigureTable, lang: Language): PercentChangeNotation {
  const base = lang === "en" ? ENGLISH_PERCENT_CHANGE_NOTATION : DUTCH_PERCENT_CHANGE_NOTATION;
  const clean = <T extends object>(o: T | undefined) =>
    Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined));
  return { ...base, ...clean(plan.conventions?.percentChange), ...clean(table.notation) };
}

function headerOf(column: TableColumn, plan: Plan, lang: Language): string {
  if (column.header) return column.header;
  switch (column.kind) {
    case "value":
      return formatPeriodLabel(parsePeriodOrThrow(column.period), { lang });
    case "change": {
      const from = formatPeriodLabel(parsePeriodOrThrow(column.from), { lang });
      const to = formatPeriodLabel(parsePeriodOrThrow(column.to), { lang });
      return lang === "en" ? `${to} vs ${from}` : `${to} t.o.v. ${from}`;
    }
    case "reference":
      return plan.areas.find((a) => a.id === column.area)?.name ?? column.id;
  }
}

function valueText(value: number | null, unit: Series["unit"] | undefined, lang: Language): string {
  if (value === null) return "";
  const decimals = unit === "count" || unit === undefined ? 0 : 1;
  const text = formatNumber(value, { decimals, decimalSeparator: lang === "en" ? "." : "," });
  return unit === "percentage" ? `${text}%` : text;
}

/**
 * Computes every cell of a figure table from the plan's raw counts: value
 * columns look up (or derive) the count, change columns apply the
 * percentage-change rule, reference columns show the supplied cells.
 *
 * @param plan - a validated plan
 * @param tableId - the id of one of its `tables`
 * @returns the evaluated table; throws an {@link IvpError} (`unknown-table`) for an unknown id
 * @example
 * const table = evaluateTable(plan, "tabel-1");
 * table.rows[1].cells.find((c) => c.column === "gemeente")?.text //=> "-52%"
 */
export function evaluateTable(
  plan: Plan,
  tableId: string,
  options: EvaluateTableOptions = {},
): EvaluatedTable {
  const table = plan.tables.find((t) => t.id === tableId);
  if (!table) {
    const tables = plan.tables.map((t) => t.id).join(", ");
    // The message as data too, for the reader's language (see IvpError).
    throw new IvpError(
      "unknown-table",
      `the plan has no table "${tableId}" (tables: ${tables || "none"})`,
      tables
        ? { messageId: "unknown-table", data: { table: tableId, tables } }
        : { messageId: "unknown-table-none", data: { table: tableId } },
    );
  }
  const lang = options.lang ?? plan.language;
  const notation = notationFor(plan, table, lang);
  const area = table.area ?? plan.municipality.code;
  const seriesById = new Map(plan.series.map((s) => [s.id, s]));
  const index = options.index ?? new ObservationIndex(collectAll(plan, options.observations ?? []));
  const context = { index, series: seriesById, units: seriesUnits(plan) };
  const subSeries = new Set(plan.series.flatMap((s) => s.parts?.series ?? []));
  const asked: Exclude<EvaluateTableOptions["significance"], boolean> =
    options.significance === true ? {} : options.significance || undefined;
  const significance = asked && {
    alpha: asked.alpha ?? 0.05,
    correction: asked.correction ?? plan.conventions?.multipleComparisons ?? DEFAULT_CORRECTION,
  };

  // A rolling table's columns are the last periods with figures, found now.
  const tableColumns = rollingColumns(table, context, area);
  const columns = tableColumns.map((column) => ({
    ...column,
    headerText: headerOf(column, plan, lang),
  }));
  const rows = table.rows.map((row): EvaluatedRow => {
    const definition = seriesById.get(row.series);
    const cells = tableColumns.map((column) =>
      evaluateCell(
        column,
        row,
        context,
        area,
        notation,
        definition?.unit,
        lang,
        table.id,
        significance,
      ),
    );
    return {
      series: row.series,
      label: row.label ?? definition?.label ?? row.series,
      depth: subSeries.has(row.series) ? 1 : 0,
      cells,
    };
  });

  const corrected = significance ? correctAcrossTable(rows, significance) : undefined;
  return {
    id: table.id,
    ...(table.number !== undefined && { number: table.number }),
    title: table.title,
    area,
    columns,
    rows: corrected?.rows ?? rows,
    notation,
    ...(corrected && { significance: corrected.summary }),
  };
}

/** Whether a change cell is one of the table's family of tests: it has a test, and is not 0 -> 0. */
function isFamilyTest(cell: EvaluatedCell): cell is ChangeCell & {
  significance: Exclude<ChangeSignificance, { test: "none" }>;
} {
  if (cell.kind !== "change" || !cell.significance || cell.significance.test === "none") {
    return false;
  }
  const nothingHappened =
    cell.from.status !== "missing" &&
    cell.to.status !== "missing" &&
    cell.from.value === 0 &&
    cell.to.value === 0;
  return !nothingHappened;
}

/** Adjusts the p-values of every tested change of a table together, and counts the marks. */
function correctAcrossTable(
  rows: readonly EvaluatedRow[],
  options: { readonly alpha: number; readonly correction: CorrectionMethod },
): { rows: EvaluatedRow[]; summary: TableSignificance } {
  const { alpha, correction } = options;
  const raw = rows.flatMap((row) =>
    row.cells.filter(isFamilyTest).map((cell) => cell.significance.pValue),
  );
  const adjusted = adjustPValues(raw, correction);
  let next = 0;
  const correctedRows = rows.map((row) => ({
    ...row,
    cells: row.cells.map((cell): EvaluatedCell => {
      if (!isFamilyTest(cell)) return cell;
      const pValue = adjusted[next++] as number;
      // Object.assign, not `{ ...cell, corrected }` (slow on Node 20: see evaluateCell).
      return Object.assign({}, cell, {
        corrected: { method: correction, pValue, distinguishableFromChance: pValue < alpha },
      });
    }),
  }));
  return {
    rows: correctedRows,
    summary: {
      alpha,
      correction,
      tests: raw.length,
      expectedByChance: expectedChanceMarks(raw.length, alpha),
      nominallySignificant: raw.filter((p) => p < alpha).length,
      significant: adjusted.filter((p) => p < alpha).length,
    },
  };
}

function evaluateCell(
  column: TableColumn,
  row: FigureTable["rows"][number],
  context: ResolveContext,
  area: string,
  notation: PercentChangeNotation,
  unit: Series["unit"] | undefined,
  lang: Language,
  tableId: string,
  significance: { readonly alpha: number } | undefined,
): EvaluatedCell {
  switch (column.kind) {
    case "value": {
      const resolved = resolveValue(context, row.series, area, column.period);
      const value = resolved.status === "missing" ? null : resolved.value;
      return {
        kind: "value",
        column: column.id,
        resolved,
        value,
        text: valueText(value, unit, lang),
      };
    }
    case "change": {
      const fromPeriod = parsePeriodOrThrow(column.from);
      const toPeriod = parsePeriodOrThrow(column.to);
      if (!arePeriodsComparable(fromPeriod, toPeriod)) {
        throw new IvpError(
          "incomparable-periods",
          `table ${tableId}, column ${column.id}: ${column.from} and ${column.to} do not cover the same months`,
          {
            messageId: "incomparable-periods",
            data: { table: tableId, column: column.id, from: column.from, to: column.to },
          },
        );
      }
      const from = resolveValue(context, row.series, area, fromPeriod);
      const to = resolveValue(context, row.series, area, toPeriod);
      const printed = row.printed?.[column.id];
      // Built field by field, in the order the cell always had: on Node 20 a
      // field added after a spread (`{ ...base, change }`) costs about a
      // microsecond, and a bulk run makes some 100,000 of these cells.
      const cell: { -readonly [K in keyof ChangeCell]: ChangeCell[K] } = {
        kind: "change",
        column: column.id,
        from,
        to,
      } as ChangeCell;
      if (printed !== undefined) cell.printed = printed;
      // A missing value and a zero base both leave the cell empty, without a change.
      const missing = from.status === "missing" || to.status === "missing";
      const a = missing ? 0 : from.value;
      const b = missing ? 0 : to.value;
      // What formatPercentChange and roundPercentChange give, from one exact
      // change rounded once (each worked it out and rounded it again).
      const exact = exactPercentChange(a, b);
      const scaled = exact && roundScaled(exact, notation.decimals);
      const text = scaled === null ? notation.emptyCell : formatRoundedPercent(scaled, notation);
      cell.change = scaled === null ? null : Number(scaled) / 10 ** notation.decimals;
      cell.exactChange = scaled === null ? null : ((b - a) / Math.abs(a)) * 100;
      if (scaled === null) cell.empty = missing ? "missing-value" : "zero-base";
      cell.text = text;
      if (printed !== undefined) cell.matchesPrinted = printed === text;
      if (significance)
        cell.significance = missing
          ? { test: "none", reason: "missing-value" }
          : // Both periods cover the same months, so the exposures are equal.
            assessChangeSignificance({
              unit: unit ?? "count",
              from: { value: a },
              to: { value: b },
              alpha: significance.alpha,
            });
      return cell;
    }
    case "reference": {
      const text = row.supplied?.[column.id] ?? "";
      const parsed = parsePrintedPercent(text);
      return {
        kind: "reference",
        column: column.id,
        value: parsed ? parsed.value : null,
        text,
      };
    }
  }
}

function collectAll(plan: Plan, extra: readonly Observation[]): Observation[] {
  return [...collectObservations(plan), ...extra];
}
