import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import type { PlanInput } from "../schema/types.ts";
import { type EvaluatedCell, type EvaluatedTable, evaluateTable } from "./evaluate-table.ts";

type TableInput = NonNullable<PlanInput["tables"]>[number];

const COLUMNS: TableInput["columns"] = [
  { id: "j2016", kind: "value", period: 2016 },
  { id: "j2017", kind: "value", period: 2017 },
  { id: "gemeente", kind: "change", from: 2016, to: 2017 },
];

/** A plan with one table of the given rows over 2016 and 2017, with the counts given. */
function planWith(
  values: Record<string, (number | null)[]>,
  table: Partial<TableInput> = {},
  fields: Partial<PlanInput> = {},
) {
  return makePlan({
    series: [
      { id: "totaal", label: "Totaal", parts: { series: ["deel"], complete: false } },
      { id: "deel", label: "Deel" },
      { id: "score", label: "Rapportcijfer", unit: "grade" },
      { id: "aandeel", label: "Aandeel", unit: "percentage" },
    ],
    observations: [{ origin: "table", table: "t", periods: [2016, 2017], values }],
    tables: [
      {
        id: "t",
        title: "Cijfers",
        columns: COLUMNS,
        rows: Object.keys(values).map((series) => ({ series })),
        ...table,
      },
    ],
    ...fields,
  });
}

function cell(table: EvaluatedTable, series: string, column: string): EvaluatedCell {
  const found = table.rows.find((r) => r.series === series)?.cells.find((c) => c.column === column);
  if (!found) throw new Error(`no cell ${series}/${column}`);
  return found;
}

describe("evaluateTable", () => {
  it("names the known tables when the id is unknown", () => {
    const plan = planWith({ totaal: [10, 12] });
    expect(() => evaluateTable(plan, "tabel-9")).toThrow(
      new IvpError("unknown-table", 'the plan has no table "tabel-9" (tables: t)', {
        messageId: "unknown-table",
        data: { table: "tabel-9", tables: "t" },
      }),
    );
    expect(() => evaluateTable(makePlan(), "t")).toThrow(
      new IvpError("unknown-table", 'the plan has no table "t" (tables: none)', {
        messageId: "unknown-table-none",
        data: { table: "t" },
      }),
    );
  });

  it("lists every table of the plan when the id is unknown", () => {
    const plan = planWith({ totaal: [10, 12] });
    const two = {
      ...plan,
      tables: [...plan.tables, { ...plan.tables[0], id: "u" }],
    } as typeof plan;
    expect(() => evaluateTable(two, "x")).toThrow('the plan has no table "x" (tables: t, u)');
  });

  it("says which table is unknown as data too, for a message in the reader's language", () => {
    const thrown = (plan: Parameters<typeof evaluateTable>[0], id: string) => {
      try {
        evaluateTable(plan, id);
      } catch (error) {
        const { messageId, data } = error as IvpError;
        return { messageId, data };
      }
      return undefined;
    };
    expect(thrown(planWith({ totaal: [10, 12] }), "tabel-9")).toEqual({
      messageId: "unknown-table",
      data: { table: "tabel-9", tables: "t" },
    });
    expect(thrown(makePlan(), "t")).toEqual({
      messageId: "unknown-table-none",
      data: { table: "t" },
    });
  });

  it("computes the change cell from the two counts: rounded, exact and as text", () => {
    const table = evaluateTable(planWith({ totaal: [8, 5] }), "t");
    expect(cell(table, "totaal", "gemeente")).toMatchObject({
      kind: "change",
      change: -38,
      exactChange: -37.5,
      text: "-38%",
    });
    expect(cell(table, "totaal", "gemeente")).not.toHaveProperty("empty");
    expect(cell(table, "totaal", "j2016")).toMatchObject({ kind: "value", value: 8, text: "8" });
  });

  it("takes the change relative to the base's magnitude, also in the exact change", () => {
    const table = evaluateTable(planWith({ totaal: [-10, -5] }), "t");
    expect(cell(table, "totaal", "gemeente")).toMatchObject({
      change: 50,
      exactChange: 50,
      text: "+50%",
    });
  });

  it("leaves a zero base empty, and says why", () => {
    const table = evaluateTable(planWith({ totaal: [0, 8] }), "t");
    expect(cell(table, "totaal", "gemeente")).toMatchObject({
      change: null,
      exactChange: null,
      empty: "zero-base",
      text: "",
    });
  });

  it("leaves a change with a missing value empty, and says why", () => {
    const table = evaluateTable(planWith({ totaal: [null, 8] }), "t", { significance: true });
    const change = cell(table, "totaal", "gemeente");
    expect(change).toMatchObject({
      change: null,
      exactChange: null,
      empty: "missing-value",
      text: "",
      significance: { test: "none", reason: "missing-value" },
    });
    expect(cell(table, "totaal", "j2016")).toMatchObject({ value: null, text: "" });
    const later = evaluateTable(planWith({ totaal: [8, null] }), "t");
    expect(cell(later, "totaal", "gemeente")).toMatchObject({ empty: "missing-value" });
  });

  it("compares a printed cell with the computed text, also for an empty cell", () => {
    const table = evaluateTable(
      planWith(
        { totaal: [8, 5], deel: [0, 3] },
        {
          rows: [
            { series: "totaal", printed: { gemeente: "-37%" } },
            { series: "deel", printed: { gemeente: "" } },
          ],
        },
      ),
      "t",
    );
    expect(cell(table, "totaal", "gemeente")).toMatchObject({
      printed: "-37%",
      matchesPrinted: false,
    });
    expect(cell(table, "deel", "gemeente")).toMatchObject({ printed: "", matchesPrinted: true });
    const missing = evaluateTable(
      planWith({ totaal: [null, 5] }, { rows: [{ series: "totaal", printed: { gemeente: "" } }] }),
      "t",
    );
    expect(cell(missing, "totaal", "gemeente")).toMatchObject({ matchesPrinted: true });
    const unrecorded = cell(evaluateTable(planWith({ totaal: [8, 5] }), "t"), "totaal", "gemeente");
    expect(unrecorded).not.toHaveProperty("printed");
    expect(unrecorded).not.toHaveProperty("matchesPrinted");
  });

  it("tests significance only when asked, at the alpha asked for", () => {
    const plan = planWith({ totaal: [54, 26] });
    expect(cell(evaluateTable(plan, "t"), "totaal", "gemeente")).not.toHaveProperty("significance");
    expect(
      cell(evaluateTable(plan, "t", { significance: false }), "totaal", "gemeente"),
    ).not.toHaveProperty("significance");
    // 54 -> 26: p = 0.0023 (R: poisson.test(c(26, 54))).
    expect(
      cell(evaluateTable(plan, "t", { significance: true }), "totaal", "gemeente"),
    ).toMatchObject({ significance: { alpha: 0.05, distinguishableFromChance: true } });
    expect(
      cell(evaluateTable(plan, "t", { significance: {} }), "totaal", "gemeente"),
    ).toMatchObject({ significance: { alpha: 0.05 } });
    expect(
      cell(evaluateTable(plan, "t", { significance: { alpha: 0.001 } }), "totaal", "gemeente"),
    ).toMatchObject({ significance: { alpha: 0.001, distinguishableFromChance: false } });
  });

  it("refuses a change between periods that do not cover the same months", () => {
    const plan = planWith(
      { totaal: [10, 12] },
      { columns: [{ id: "ytd", kind: "change", from: 2017, to: "2018-01..2018-10" }] },
    );
    expect(() => evaluateTable(plan, "t")).toThrow(
      new IvpError(
        "incomparable-periods",
        "table t, column ytd: 2017 and 2018-01..2018-10 do not cover the same months",
        {
          messageId: "incomparable-periods",
          data: { table: "t", column: "ytd", from: "2017", to: "2018-01..2018-10" },
        },
      ),
    );
  });

  it("writes counts whole, grades and percentages with one decimal, in the language's notation", () => {
    const plan = planWith({ totaal: [1234, 1300], score: [7.25, 7.5], aandeel: [12, 12.5] });
    const nl = evaluateTable(plan, "t");
    expect(cell(nl, "totaal", "j2016").text).toBe("1234");
    expect(cell(nl, "score", "j2016").text).toBe("7,3");
    expect(cell(nl, "aandeel", "j2017").text).toBe("12,5%");
    expect(cell(nl, "aandeel", "j2016").text).toBe("12,0%");
    const en = evaluateTable(plan, "t", { lang: "en" });
    expect(cell(en, "score", "j2017").text).toBe("7.5");
    expect(cell(en, "aandeel", "j2017").text).toBe("12.5%");
  });

  it("takes the notation from the table over the plan's conventions over the language", () => {
    const counts = { totaal: [3, 4] };
    expect(cell(evaluateTable(planWith(counts), "t"), "totaal", "gemeente").text).toBe("+33%");
    const conventions = {
      conventions: { percentChange: { decimals: 1, plusSign: "" } },
    } satisfies Partial<PlanInput>;
    const planWide = planWith(counts, {}, conventions);
    expect(cell(evaluateTable(planWide, "t"), "totaal", "gemeente")).toMatchObject({
      text: "33,3%",
      change: 33.3,
    });
    expect(cell(evaluateTable(planWide, "t", { lang: "en" }), "totaal", "gemeente").text).toBe(
      "33.3%",
    );
    const tableWide = planWith(counts, { notation: { decimals: 2 } }, conventions);
    const evaluated = evaluateTable(tableWide, "t");
    expect(cell(evaluated, "totaal", "gemeente")).toMatchObject({ text: "33,33%", change: 33.33 });
    expect(evaluated.notation).toMatchObject({ decimals: 2, plusSign: "", decimalSeparator: "," });
    expect(evaluateTable(planWith(counts), "t", { lang: "en" }).notation.decimalSeparator).toBe(
      ".",
    );
  });

  it("uses the plan's language unless told otherwise", () => {
    const plan = planWith({ score: [7.25, 7.5] }, {}, { language: "en" });
    const table = evaluateTable(plan, "t");
    expect(cell(table, "score", "j2016").text).toBe("7.3");
    expect(table.columns.map((c) => c.headerText)).toEqual(["2016", "2017", "2017 vs 2016"]);
    expect(evaluateTable(plan, "t", { lang: "nl" }).columns[2]?.headerText).toBe(
      "2017 t.o.v. 2016",
    );
  });

  it("writes headers that the plan does not print", () => {
    const plan = planWith(
      { totaal: [10, 12] },
      {
        columns: [
          { id: "h1", kind: "value", period: "2017-H1" },
          { id: "printed", kind: "value", period: 2017, header: "2017 (politie)" },
          { id: "h", kind: "change", from: "2016-H1", to: "2017-H1" },
          { id: "regio", kind: "reference", area: "regio-mnl" },
          { id: "elders", kind: "reference", area: "GM0381" },
        ],
      },
      { areas: [{ id: "regio-mnl", name: "Midden-Nederland", kind: "police-unit" }] },
    );
    expect(evaluateTable(plan, "t").columns.map((c) => c.headerText)).toEqual([
      "jan-jun 2017",
      "2017 (politie)",
      "jan-jun 2017 t.o.v. jan-jun 2016",
      "Midden-Nederland",
      "elders",
    ]);
    expect(evaluateTable(plan, "t", { lang: "en" }).columns[2]?.headerText).toBe(
      "Jan-Jun 2017 vs Jan-Jun 2016",
    );
  });

  it("shows supplied cells as printed, with their number when they are a percentage", () => {
    const plan = planWith(
      { totaal: [10, 12], deel: [1, 2] },
      {
        columns: [{ id: "regio", kind: "reference" }],
        rows: [
          { series: "totaal", supplied: { regio: "-9%" } },
          { series: "deel", supplied: { regio: "n.b." } },
          { series: "score" },
        ],
      },
    );
    const table = evaluateTable(plan, "t");
    expect(cell(table, "totaal", "regio")).toEqual({
      kind: "reference",
      column: "regio",
      value: -9,
      text: "-9%",
    });
    expect(cell(table, "deel", "regio")).toMatchObject({ value: null, text: "n.b." });
    expect(cell(table, "score", "regio")).toMatchObject({ value: null, text: "" });
  });

  it("labels rows as printed, else by the series, and indents parts", () => {
    const plan = planWith(
      { totaal: [10, 12], deel: [1, 2] },
      {
        rows: [
          { series: "totaal", label: "criminaliteit totaal" },
          { series: "deel" },
          { series: "onbekend" },
        ],
      },
    );
    const table = evaluateTable(plan, "t");
    expect(table.rows.map((r) => [r.series, r.label, r.depth])).toEqual([
      ["totaal", "criminaliteit totaal", 0],
      ["deel", "Deel", 1],
      ["onbekend", "onbekend", 0],
    ]);
  });

  it("reads the counts of the table's area, the municipality by default", () => {
    const plan = makePlan({
      series: [{ id: "totaal", label: "Totaal" }],
      observations: [
        { origin: "table", table: "t", periods: [2016, 2017], values: { totaal: [10, 20] } },
        {
          origin: "table",
          table: "t",
          area: "GM0381",
          periods: [2016, 2017],
          values: { totaal: [100, 90] },
        },
      ],
      tables: [
        { id: "t", title: "Laren", columns: COLUMNS, rows: [{ series: "totaal" }] },
        {
          id: "u",
          title: "Eemnes",
          area: "GM0381",
          columns: COLUMNS,
          rows: [{ series: "totaal" }],
        },
      ],
    });
    const laren = evaluateTable(plan, "t");
    expect(laren.area).toBe("GM0417");
    expect(cell(laren, "totaal", "gemeente").text).toBe("+100%");
    const other = evaluateTable(plan, "u");
    expect(other.area).toBe("GM0381");
    expect(cell(other, "totaal", "gemeente").text).toBe("-10%");
  });

  it("adds the caller's observations to the plan's", () => {
    const plan = planWith({ totaal: [10, null] });
    const table = evaluateTable(plan, "t", {
      observations: [
        {
          series: "totaal",
          area: "GM0417",
          period: "2017",
          value: 15,
          origin: "import",
          ref: { kind: "file", file: "data/figures.csv", line: 2, column: 1 },
        },
      ],
    });
    expect(cell(table, "totaal", "gemeente").text).toBe("+50%");
  });

  it("copies the table's id, number and title; no number when it has none", () => {
    const numbered = evaluateTable(planWith({ totaal: [1, 2] }, { number: 4 }), "t");
    expect(numbered).toMatchObject({ id: "t", number: 4, title: "Cijfers" });
    expect(evaluateTable(planWith({ totaal: [1, 2] }), "t")).not.toHaveProperty("number");
  });

  it("fails with the codes unknown-table and incomparable-periods", () => {
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof IvpError ? error.code : "not an IvpError";
      }
      return undefined;
    };
    const plan = planWith({ totaal: [10, 12] });
    expect(codeOf(() => evaluateTable(plan, "x"))).toBe("unknown-table");
    const ytd = planWith(
      { totaal: [10, 12] },
      { columns: [{ id: "ytd", kind: "change", from: 2017, to: "2018-01..2018-10" }] },
    );
    expect(codeOf(() => evaluateTable(ytd, "t"))).toBe("incomparable-periods");
  });

  it("ignores notation fields set to undefined by a caller that builds the plan in code", () => {
    const plan = planWith({ totaal: [3, 4] });
    const table = plan.tables[0];
    if (!table) throw new Error("no table");
    const built = {
      ...plan,
      conventions: { percentChange: { decimals: undefined, plusSign: "" } },
      tables: [{ ...table, notation: { decimals: 1, minusSign: undefined } }],
    };
    const evaluated = evaluateTable(built, "t");
    expect(cell(evaluated, "totaal", "gemeente").text).toBe("33,3%");
    expect(evaluated.notation).toMatchObject({ decimals: 1, minusSign: "-", plusSign: "" });
  });

  it("writes the figures of a row whose series the plan does not declare as counts", () => {
    const plan = planWith(
      { totaal: [10, 12] },
      { rows: [{ series: "elders" }] },
      {
        observations: [
          { origin: "table", table: "t", periods: [2016, 2017], values: { elders: [2.5, 4] } },
        ],
      },
    );
    const table = evaluateTable(plan, "t", { significance: true });
    expect(cell(table, "elders", "j2016").text).toBe("3");
    // Tested as counts, the default unit: 2.5 is not a count, so no exact test
    // (a percentage or grade would have had "no-intervals").
    expect(cell(table, "elders", "gemeente")).toMatchObject({
      text: "+60%",
      significance: { test: "none", reason: "not-a-count" },
    });
  });
});
