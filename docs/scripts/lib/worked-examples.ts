import {
  arePeriodsComparable,
  type ChangeCell,
  type EvaluatedTable,
  evaluateTable,
  formatPercentChange,
  formatPeriodLabel,
  type Observation,
  ObservationIndex,
  type Plan,
  parsePeriodOrThrow,
  percentChange,
  type ResolvedValue,
} from "@ivp/model";
import { cell, code, generatedNotice, table } from "./markdown.ts";

const GENERATOR = "scripts/lib/worked-examples.ts";

/** A cell of a figure table chosen as a worked example, and why. */
export interface ChangeExample {
  readonly table: string;
  readonly series: string;
  readonly column: string;
  /** What the example shows, one short phrase. */
  readonly shows: string;
}

/** The Laren cells the percentage-change page works through. */
export const PERCENT_CHANGE_EXAMPLES: readonly ChangeExample[] = [
  { table: "tabel-1", series: "woninginbraken", column: "gemeente", shows: "a decrease" },
  { table: "tabel-1", series: "geweld", column: "gemeente", shows: "an increase gets a +" },
  {
    table: "tabel-1",
    series: "inbraak-bedrijf",
    column: "gemeente",
    shows: "exactly half a percent: away from zero",
  },
  { table: "tabel-1", series: "geweld-zeden", column: "gemeente", shows: "no change: 0%" },
  { table: "tabel-2", series: "zakkenrollen", column: "jan-jun", shows: "small counts, big %" },
  { table: "tabel-2", series: "geweld-overig", column: "jul-dec", shows: "down to zero" },
  {
    table: "tabel-1",
    series: "geweld-openlijk",
    column: "gemeente",
    shows: "base 0: an empty cell",
  },
];

/** Everything the worked examples are computed from. */
export interface ExampleSource {
  readonly plan: Plan;
  readonly observations: readonly Observation[];
}

function evaluate(source: ExampleSource, tableId: string): EvaluatedTable {
  return evaluateTable(source.plan, tableId, {
    index: new ObservationIndex(source.observations),
  });
}

function changeCell(source: ExampleSource, example: ChangeExample) {
  const evaluated = evaluate(source, example.table);
  const row = evaluated.rows.find((r) => r.series === example.series);
  const found = row?.cells.find((c) => c.column === example.column);
  if (!row || found?.kind !== "change") {
    throw new Error(
      `worked example ${example.table}/${example.series}/${example.column} is not a change cell of the plan`,
    );
  }
  return { evaluated, row, cell: found };
}

function countOf(resolved: ResolvedValue): number {
  if (resolved.status === "missing") throw new Error(`no value for ${resolved.period}`);
  return resolved.value;
}

/**
 * The unrounded change as a reader checks it: exact when it has at most
 * two decimals, otherwise two decimals and an ellipsis.
 *
 * @example
 * exactChangeText(8, 5) //=> "-37.5%"
 * exactChangeText(54, 26) //=> "-51.85…%"
 * exactChangeText(0, 0) //=> "none (the base is 0)"
 */
export function exactChangeText(from: number, to: number): string {
  const change = percentChange(from, to);
  if (change === null) return "none (the base is 0)";
  const plus = change > 0 ? "+" : "";
  if (Number.isInteger(from) && Number.isInteger(to)) {
    // Counts: the change in hundredths of a percent, in integers, so that a
    // large change (5 -> 5572 is +111340%) is still recognised as exact.
    const scaled = BigInt(to - from) * 10_000n;
    const hundredths = scaled / BigInt(from);
    const exact = scaled % BigInt(from) === 0n;
    const sign = hundredths < 0n || (!exact && change < 0) ? "-" : "";
    const size = hundredths < 0n ? -hundredths : hundredths;
    const whole = size / 100n;
    const cents = String(size % 100n).padStart(2, "0");
    const text = exact
      ? `${whole}${cents === "00" ? "" : `.${cents.replace(/0$/, "")}`}`
      : `${whole}.${cents}…`;
    return `${plus}${sign}${text}%`;
  }
  const hundredths = change * 100;
  const exact =
    Math.abs(hundredths - Math.round(hundredths)) < 1e-9 * Math.max(1, Math.abs(hundredths));
  const text = exact
    ? String(Math.round(hundredths) / 100)
    : `${(Math.trunc(hundredths) / 100).toFixed(2)}…`;
  return `${plus}${text}%`;
}

function periodText(resolved: ResolvedValue): string {
  return formatPeriodLabel(parsePeriodOrThrow(resolved.period), { lang: "en" });
}

function printedText(c: ChangeCell): string {
  if (c.printed === undefined) return "not recorded";
  return c.printed === "" ? "(empty)" : code(c.printed);
}

function computedText(text: string): string {
  return text === "" ? "(empty)" : code(text);
}

/**
 * The worked examples of the percentage-change page: each chosen Laren cell
 * with its counts, the exact change, the printed cell ivp computes and what the
 * document printed.
 */
export function renderPercentChangeExamples(
  source: ExampleSource,
  examples: readonly ChangeExample[] = PERCENT_CHANGE_EXAMPLES,
): string {
  const rows = examples.map((example) => {
    const { evaluated, row, cell: c } = changeCell(source, example);
    const from = countOf(c.from);
    const to = countOf(c.to);
    return [
      `${cell(row.label)} (Tabel ${evaluated.number ?? evaluated.id})`,
      `${from} → ${to}`,
      `${cell(periodText(c.from))} → ${cell(periodText(c.to))}`,
      exactChangeText(from, to),
      computedText(c.text),
      printedText(c),
      cell(example.shows),
    ];
  });
  return `${generatedNotice(GENERATOR)}\n\n${table(
    [
      "Row (as printed)",
      "Counts",
      "Periods",
      "Exact change",
      "ivp prints",
      "Document printed",
      "Shows",
    ],
    rows,
  )}\n`;
}

/**
 * A one-paragraph check of the whole rule against the example: how many
 * computed cells the plan records a printed value for, and how many match.
 */
export function renderPercentChangeSummary(source: ExampleSource): string {
  let recorded = 0;
  let matching = 0;
  const tables: string[] = [];
  for (const t of source.plan.tables) {
    const evaluated = evaluate(source, t.id);
    tables.push(`Tabel ${evaluated.number ?? evaluated.id}`);
    for (const row of evaluated.rows) {
      for (const c of row.cells) {
        if (c.kind !== "change" || c.printed === undefined) continue;
        recorded += 1;
        if (c.matchesPrinted) matching += 1;
      }
    }
  }
  return `${generatedNotice(GENERATOR)}\n\nThe Laren example records what the document printed in ${recorded} computed cells (${tables.join(" and ")}); ivp's rule reproduces ${matching} of them exactly${matching === recorded ? ", every one" : ""}.\n`;
}

/**
 * The derived July-December example: a change column of Tabel 2 whose counts
 * are not printed anywhere and come from full year minus January-June.
 */
export function renderDerivedHalfYear(
  source: ExampleSource,
  example: ChangeExample = {
    table: "tabel-2",
    series: "woninginbraken",
    column: "jul-dec",
    shows: "derived",
  },
): string {
  const { row, cell: c } = changeCell(source, example);
  const line = (resolved: ResolvedValue) => {
    if (resolved.status !== "derived") {
      throw new Error(`expected a derived value for ${resolved.period}, got ${resolved.status}`);
    }
    const [year, firstHalf] = resolved.inputs.map(countOf);
    const label = periodText(resolved);
    const yearLabel = resolved.inputs[0] ? periodText(resolved.inputs[0]) : "";
    const halfLabel = resolved.inputs[1] ? periodText(resolved.inputs[1]) : "";
    return `- ${label}: ${yearLabel} minus ${halfLabel} = ${year} − ${firstHalf} = **${resolved.value}**`;
  };
  const from = countOf(c.from);
  const to = countOf(c.to);
  return [
    generatedNotice(GENERATOR),
    "",
    `Laren's Tabel 2, row "${cell(row.label)}", column "July-December":`,
    "",
    line(c.from),
    line(c.to),
    `- change: (${to} − ${from}) / ${from} × 100 = ${exactChangeText(from, to)}, printed ${computedText(c.text)}; the document printed ${printedText(c)}.`,
    "",
  ].join("\n");
}

/**
 * The year-to-date example: January-October of two years compared, and why
 * January-October is never compared with a full year.
 */
export function renderYearToDate(source: ExampleSource, series = "woninginbraken"): string {
  const index = new ObservationIndex(source.observations);
  const area = source.plan.municipality.code;
  const value = (period: string) => {
    const found = index.get(series, area, period)?.value;
    if (found === undefined || found === null) throw new Error(`no ${series} for ${period}`);
    return found;
  };
  const ytd2017 = parsePeriodOrThrow("2017-01..2017-10");
  const ytd2018 = parsePeriodOrThrow("2018-01..2018-10");
  const year2017 = parsePeriodOrThrow("2017");
  const [a, b, y] = [value("2017-01..2017-10"), value("2018-01..2018-10"), value("2017")];
  return [
    generatedNotice(GENERATOR),
    "",
    table(
      ["Comparison", "Counts", "Comparable", "Change"],
      [
        [
          `${formatPeriodLabel(ytd2018, { lang: "en" })} vs ${formatPeriodLabel(ytd2017, { lang: "en" })}`,
          `${a} → ${b}`,
          arePeriodsComparable(ytd2017, ytd2018) ? "yes" : "no",
          computedText(formatPercentChange(a, b)),
        ],
        [
          `${formatPeriodLabel(ytd2018, { lang: "en" })} vs ${formatPeriodLabel(year2017, { lang: "en" })}`,
          `${y} → ${b}`,
          arePeriodsComparable(year2017, ytd2018) ? "yes" : "no",
          "not computed: ten months against twelve",
        ],
      ],
    ),
    "",
  ].join("\n");
}

/**
 * The "of which" example: in every period of the tables, the parts of a
 * series declared complete and their sum next to the total.
 */
export function renderOfWhich(source: ExampleSource, series = "woninginbraken"): string {
  const definition = source.plan.series.find((s) => s.id === series);
  const parts = definition?.parts?.series;
  if (!definition || !parts) throw new Error(`series ${series} has no parts`);
  const index = new ObservationIndex(source.observations);
  const area = source.plan.municipality.code;
  const periods = index
    .series(series, area)
    .filter((o) => o.origin === "table")
    .map((o) => o.period);
  const labelOf = (id: string) => source.plan.series.find((s) => s.id === id)?.label ?? id;
  const rows = [...new Set(periods)].map((period) => {
    const partValues = parts.map((p) => index.get(p, area, period)?.value ?? null);
    const total = index.get(series, area, period)?.value ?? null;
    const sum = partValues.every((v) => v !== null)
      ? partValues.reduce<number>((s, v) => s + (v ?? 0), 0)
      : null;
    return [
      cell(formatPeriodLabel(parsePeriodOrThrow(period), { lang: "en" })),
      ...partValues.map((v) => (v === null ? "missing" : String(v))),
      sum === null ? "" : String(sum),
      total === null ? "missing" : String(total),
      sum !== null && sum === total ? "yes" : "no",
    ];
  });
  return `${generatedNotice(GENERATOR)}\n\n${table(
    [
      "Period",
      ...parts.map((p) => cell(labelOf(p))),
      "Sum of parts",
      cell(labelOf(series)),
      "Adds up",
    ],
    rows,
  )}\n`;
}
