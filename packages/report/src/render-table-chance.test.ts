import {
  assessChangeSignificance,
  comparePoissonRates,
  DUTCH_PERCENT_CHANGE_NOTATION,
  type EvaluatedCell,
  type EvaluatedTable,
  formatPercentChange,
} from "@ivp/model";
import { describe, expect, it } from "vitest";
import { CHANCE_MARKER, renderTable, significanceSummary } from "./render-table.ts";

/**
 * A one-column table of changes, evaluated by hand: [label, from, to] per row.
 * With significance, every change but 0 -> 0 is one test of the table's family
 * and carries its `corrected` verdict (correction "none": the raw p-value).
 */
function changeTable(
  rows: readonly [string, number, number][],
  withSignificance: boolean,
): EvaluatedTable {
  const tests = rows.filter(([, from, to]) => from !== 0 || to !== 0).length;
  return {
    ...(withSignificance && {
      significance: {
        alpha: 0.05,
        correction: "none" as const,
        tests,
        expectedByChance: tests * 0.05,
        nominallySignificant: 1,
        significant: 1,
      },
    }),
    id: "t",
    title: "Test",
    area: "GM0417",
    notation: DUTCH_PERCENT_CHANGE_NOTATION,
    columns: [
      { id: "gemeente", kind: "change", from: "2017-H1", to: "2018-H1", headerText: "gemeente" },
    ],
    rows: rows.map(([label, from, to]) => {
      const significance = assessChangeSignificance({
        unit: "count",
        from: { value: from },
        to: { value: to },
      });
      const pValue = significance.test === "none" ? 1 : significance.pValue;
      const cell: EvaluatedCell = {
        kind: "change",
        column: "gemeente",
        from: { status: "missing", period: "2017-H1" },
        to: { status: "missing", period: "2018-H1" },
        change: null,
        exactChange: null,
        text: formatPercentChange(from, to),
        ...(withSignificance && { significance }),
        ...(withSignificance &&
          (from !== 0 || to !== 0) && {
            corrected: { method: "none", pValue, distinguishableFromChance: pValue < 0.05 },
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

  it("marks only the changes not distinguishable from chance, never 0 -> 0", () => {
    expect(renderTable(changeTable(rows, true), "tsv", { markChance: true })).toBe(
      `Categorie\tgemeente\nwoninginbraken\t-52%\ngeweld\t+25%${CHANCE_MARKER}\novervallen\t\n`,
    );
  });

  it("marks a change from 0 that chance could explain with the marker alone; 0 -> 8 is not marked", () => {
    // 0 -> 1: p = 1; 0 -> 8: p = 0.0078 (poisson.test(c(8, 0))). Both percentages stay empty.
    const table = changeTable(
      [
        ["zeden", 0, 1],
        ["straatroof", 0, 8],
      ],
      true,
    );
    expect(renderTable(table, "tsv", { markChance: true })).toBe(
      `Categorie\tgemeente\nzeden\t${CHANCE_MARKER}\nstraatroof\t\n`,
    );
  });

  it("follows the corrected verdict, not the raw one", () => {
    const table = changeTable([["woninginbraken", 54, 26]], true);
    const row = table.rows[0];
    const cell = row?.cells[0];
    if (cell?.kind !== "change" || !row) throw new Error("expected a change cell");
    // p = 0.0023 on its own; say a correction over a large table took it to 0.12.
    const corrected = {
      ...table,
      rows: [
        {
          ...row,
          cells: [
            {
              ...cell,
              corrected: {
                method: "holm" as const,
                pValue: 0.12,
                distinguishableFromChance: false,
              },
            },
          ],
        },
      ],
    };
    expect(renderTable(corrected, "tsv", { markChance: true })).toContain(`-52%${CHANCE_MARKER}`);
  });

  it("does not treat a marked negative change as a spreadsheet formula", () => {
    const table = changeTable([["zakkenrollen", 6, 1]], true);
    expect(renderTable(table, "csv", { markChance: true })).toBe(
      "\uFEFFCategorie;gemeente\r\nzakkenrollen;-83%°\r\n",
    );
  });

  it("explains the marker and counts the tests under a Markdown table, in the language asked", () => {
    const md = renderTable(changeTable(rows, true), "md", { markChance: true, lang: "en" });
    expect(md).toContain("| geweld | +25%° |");
    expect(md.trimEnd().split("\n").slice(-3)).toEqual([
      "° not distinguishable from chance (exact Poisson test, two-sided, p ≥ 0.05)",
      "",
      "2 changes tested; chance alone would make about 0.1 of them look significant. Not corrected for the number of tests: 1 distinguishable from chance.",
    ]);
    expect(renderTable(changeTable(rows, true), "md")).not.toContain("toeval");
  });

  it("adds the significance to the JSON only for cells that carry it", () => {
    const plain = JSON.parse(renderTable(changeTable(rows, false), "json"));
    expect(plain.rows[0].cells.gemeente).not.toHaveProperty("significance");
    const tested = JSON.parse(renderTable(changeTable(rows, true), "json"));
    const pValue = comparePoissonRates({ count1: 15, count2: 12 }).pValue;
    expect(tested.rows[1].cells.gemeente.significance).toEqual({
      test: "poisson-exact",
      pValue,
      distinguishableFromChance: false,
      adjustedPValue: pValue,
      correction: "none",
      distinguishableAfterCorrection: false,
    });
    // 0 -> 0 is no test of the family: no adjusted p-value, no verdict.
    expect(tested.rows[2].cells.gemeente.significance).toMatchObject({
      pValue: 1,
      adjustedPValue: null,
      distinguishableAfterCorrection: null,
    });
    expect(tested.significance).toMatchObject({ tests: 2, correction: "none" });
    expect(plain).not.toHaveProperty("significance");
  });
});

describe("significanceSummary", () => {
  const summary = {
    alpha: 0.05,
    correction: "benjamini-hochberg" as const,
    tests: 49,
    expectedByChance: 2.45,
    nominallySignificant: 10,
    significant: 1,
  };

  it("says how many tests, how many chance alone would mark, and the marks before and after", () => {
    expect(significanceSummary(summary, "nl")).toBe(
      "49 veranderingen getoetst; door toeval alleen zouden er ongeveer 2,5 significant lijken. Gecorrigeerd voor het aantal toetsen (Benjamini-Hochberg): 1 te onderscheiden van toeval (10 zonder correctie).",
    );
    expect(significanceSummary({ ...summary, correction: "holm" }, "en")).toBe(
      "49 changes tested; chance alone would make about 2.5 of them look significant. Corrected for the number of tests (Holm): 1 distinguishable from chance (10 without the correction).",
    );
  });

  it("handles one test, no tests and no correction", () => {
    expect(
      significanceSummary(
        { ...summary, correction: "none", tests: 1, expectedByChance: 0.05, significant: 0 },
        "nl",
      ),
    ).toBe(
      "1 verandering getoetst; door toeval alleen zouden er ongeveer 0,1 significant lijken. Niet gecorrigeerd voor het aantal toetsen: 0 te onderscheiden van toeval.",
    );
    expect(significanceSummary({ ...summary, tests: 0 }, "en")).toBe("No changes tested.");
  });
});
