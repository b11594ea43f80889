import {
  assessChangeSignificance,
  comparePoissonRates,
  DUTCH_PERCENT_CHANGE_NOTATION,
  type EvaluatedCell,
  type EvaluatedTable,
  formatPercentChange,
} from "@ivp/model";
import { describe, expect, it } from "vitest";
import { CHANCE_MARKER, renderTable } from "./render-table.ts";

/** A one-column table of changes, evaluated by hand: [label, from, to] per row. */
function changeTable(
  rows: readonly [string, number, number][],
  withSignificance: boolean,
): EvaluatedTable {
  return {
    id: "t",
    title: "Test",
    area: "GM0417",
    notation: DUTCH_PERCENT_CHANGE_NOTATION,
    columns: [
      { id: "gemeente", kind: "change", from: "2017-H1", to: "2018-H1", headerText: "gemeente" },
    ],
    rows: rows.map(([label, from, to]) => {
      const cell: EvaluatedCell = {
        kind: "change",
        column: "gemeente",
        from: { status: "missing", period: "2017-H1" },
        to: { status: "missing", period: "2018-H1" },
        change: null,
        exactChange: null,
        text: formatPercentChange(from, to),
        ...(withSignificance && {
          significance: assessChangeSignificance({
            unit: "count",
            from: { value: from },
            to: { value: to },
          }),
        }),
      };
      return { series: label, label, depth: 0, cells: [cell] };
    }),
  };
}

// 54 -> 26 is significant (p = 0.0023); 12 -> 15 is not (p = 0.70); 0 -> 0 has an empty cell.
const rows: [string, number, number][] = [
  ["woninginbraken", 54, 26],
  ["geweld", 12, 15],
  ["overvallen", 0, 0],
];

describe("renderTable: the chance marker", () => {
  it("is not printed unless asked, even when the cells carry significance", () => {
    const plain = renderTable(changeTable(rows, false), "tsv");
    expect(renderTable(changeTable(rows, true), "tsv")).toBe(plain);
    expect(plain).toBe("Categorie\tgemeente\nwoninginbraken\t-52%\ngeweld\t+25%\novervallen\t\n");
  });

  it("marks only the changes not distinguishable from chance, never an empty cell", () => {
    expect(renderTable(changeTable(rows, true), "tsv", { markChance: true })).toBe(
      `Categorie\tgemeente\nwoninginbraken\t-52%\ngeweld\t+25%${CHANCE_MARKER}\novervallen\t\n`,
    );
  });

  it("does not treat a marked negative change as a spreadsheet formula", () => {
    const table = changeTable([["zakkenrollen", 6, 1]], true);
    expect(renderTable(table, "csv", { markChance: true })).toBe(
      "\uFEFFCategorie;gemeente\r\nzakkenrollen;-83%°\r\n",
    );
  });

  it("explains the marker under a Markdown table, in the language asked", () => {
    const md = renderTable(changeTable(rows, true), "md", { markChance: true, lang: "en" });
    expect(md).toContain("| geweld | +25%° |");
    expect(md.trimEnd().split("\n").at(-1)).toBe(
      "° not distinguishable from chance (exact Poisson test, two-sided, p ≥ 0.05)",
    );
    expect(renderTable(changeTable(rows, true), "md")).not.toContain("toeval");
  });

  it("adds the significance to the JSON only for cells that carry it", () => {
    const plain = JSON.parse(renderTable(changeTable(rows, false), "json"));
    expect(plain.rows[0].cells.gemeente).not.toHaveProperty("significance");
    const tested = JSON.parse(renderTable(changeTable(rows, true), "json"));
    expect(tested.rows[1].cells.gemeente.significance).toEqual({
      test: "poisson-exact",
      pValue: comparePoissonRates({ count1: 15, count2: 12 }).pValue,
      distinguishableFromChance: false,
    });
  });
});
