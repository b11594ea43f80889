import { loadLarenPlan, printedRows } from "@ivp/testkit/laren";
import { describe, expect, it } from "vitest";
import { evaluateTable } from "../src/index.ts";

// The golden test of the foundation: every cell of Tabel 1 and Tabel 2 of the
// Laren IVP, computed from the raw counts in plan.yaml, equals the cell the
// document printed. The printed rows are the document's own lines, copied
// verbatim into examples/laren-2019-2022/printed/.

const plan = loadLarenPlan();

describe.each(["tabel-1", "tabel-2"])("%s", (tableId) => {
  const table = evaluateTable(plan, tableId);
  const printed = printedRows(tableId);

  it("has the document's rows in the document's order", () => {
    expect(table.rows.map((row) => row.label)).toEqual(printed.map((row) => row[0]));
  });

  it.each(printed.map((row, i) => [row[0], i] as const))(
    "row %j: every cell as printed",
    (_label, i) => {
      const row = table.rows[i];
      const cells = [row?.label, ...(row?.cells.map((cell) => cell.text) ?? [])];
      expect(cells).toEqual(printed[i]);
    },
  );

  it("computes the change cells rather than copying them", () => {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.kind !== "change") continue;
        // The computation never reads `printed`; it only compares with it.
        expect(cell.matchesPrinted).toBe(true);
        if (cell.text === "") expect(cell.empty).toBeDefined();
      }
    }
  });
});

describe("the July-December column of Tabel 2", () => {
  const table = evaluateTable(plan, "tabel-2");
  const julDec = table.rows.map((row) => row.cells.find((cell) => cell.column === "jul-dec"));

  it("is derived as full year minus January-June, never observed", () => {
    for (const cell of julDec) {
      if (cell?.kind !== "change") throw new Error("expected a change cell");
      for (const side of [cell.from, cell.to]) {
        expect(side.status).toBe("derived");
        if (side.status === "derived") {
          expect(side.rule).toBe("second-half");
          const [year, firstHalf] = side.inputs.map((input) =>
            input.status === "missing" ? Number.NaN : input.value,
          );
          expect(side.value).toBe((year ?? Number.NaN) - (firstHalf ?? Number.NaN));
        }
      }
    }
  });

  it("gives woninginbraken 43 in 2016 and 25 in 2017, -42%", () => {
    const woninginbraken = table.rows.find((row) => row.series === "woninginbraken");
    const cell = woninginbraken?.cells.find((c) => c.column === "jul-dec");
    expect(
      cell?.kind === "change" &&
        [cell.from, cell.to].map((v) => (v.status === "missing" ? null : v.value)),
    ).toEqual([43, 25]);
    expect(cell?.text).toBe("-42%");
  });
});

describe("the 'of which' rows", () => {
  it("are sub-rows of their parents", () => {
    const table = evaluateTable(plan, "tabel-1");
    const depths = Object.fromEntries(table.rows.map((row) => [row.series, row.depth]));
    expect(depths).toMatchObject({
      woninginbraken: 0,
      "woninginbraak-pogingen": 1,
      geweld: 0,
      "geweld-overig": 1,
      autokraak: 0,
    });
  });

  it("add up to the parent in every period of both tables, as the plan declares", () => {
    for (const tableId of ["tabel-1", "tabel-2"]) {
      const table = evaluateTable(plan, tableId);
      for (const parent of plan.series.filter((s) => s.parts?.complete)) {
        const parentRow = table.rows.find((row) => row.series === parent.id);
        const partRows = table.rows.filter((row) => parent.parts?.series.includes(row.series));
        expect(partRows).toHaveLength(parent.parts?.series.length ?? -1);
        parentRow?.cells.forEach((cell, i) => {
          if (cell.kind !== "value") return;
          const sum = partRows.reduce((total, row) => {
            const part = row.cells[i];
            return total + (part?.kind === "value" ? (part.value ?? Number.NaN) : Number.NaN);
          }, 0);
          expect(sum).toBe(cell.value);
        });
      }
    }
  });
});
