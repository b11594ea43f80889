import { describe, expect, it } from "vitest";
import { loadLarenPlan } from "../../test/laren-plan.ts";
import { comparePoissonRates } from "../statistics/poisson-test.ts";
import { type ChangeCell, evaluateTable } from "./evaluate-table.ts";

const laren = loadLarenPlan();

function changeCell(
  table: ReturnType<typeof evaluateTable>,
  series: string,
  column: string,
): ChangeCell {
  const cell = table.rows.find((r) => r.series === series)?.cells.find((c) => c.column === column);
  if (cell?.kind !== "change") throw new Error(`no change cell ${series}/${column}`);
  return cell;
}

describe("evaluateTable with significance", () => {
  it("is off by default: no change cell carries a significance (backwards compatible)", () => {
    const table = evaluateTable(laren, "tabel-1");
    for (const row of table.rows)
      for (const cell of row.cells) expect(cell).not.toHaveProperty("significance");
  });

  it("leaves every other field of every cell as it was", () => {
    const plain = evaluateTable(laren, "tabel-2");
    const tested = evaluateTable(laren, "tabel-2", { significance: true });
    const strip = (t: typeof plain) =>
      t.rows.map((r) =>
        r.cells.map((c) =>
          Object.fromEntries(Object.entries(c).filter(([k]) => k !== "significance")),
        ),
      );
    expect(strip(tested)).toEqual(strip(plain));
  });

  it("Tabel 1, woninginbraken 54 -> 26 (-52%): distinguishable from chance, p = 0.0023", () => {
    const cell = changeCell(
      evaluateTable(laren, "tabel-1", { significance: true }),
      "woninginbraken",
      "gemeente",
    );
    expect(cell.text).toBe("-52%");
    expect(cell.significance).toMatchObject({
      test: "poisson-exact",
      distinguishableFromChance: true,
    });
    if (cell.significance?.test === "poisson-exact")
      expect(cell.significance.pValue.toFixed(4)).toBe("0.0023");
  });

  it("Tabel 2's derived July-December column is tested on the derived counts (43 -> 25)", () => {
    const cell = changeCell(
      evaluateTable(laren, "tabel-2", { significance: true }),
      "woninginbraken",
      "jul-dec",
    );
    expect(cell.text).toBe("-42%");
    expect(cell.significance).toMatchObject({
      test: "poisson-exact",
      pValue: comparePoissonRates({ count1: 25, count2: 43 }).pValue,
    });
  });

  it("a change with a missing value has no test, and says why", () => {
    const plan = { ...laren, observations: laren.observations.slice(1) };
    const cell = changeCell(
      evaluateTable(plan, "tabel-1", { significance: true }),
      "woninginbraken",
      "gemeente",
    );
    expect(cell.empty).toBe("missing-value");
    expect(cell.significance).toEqual({ test: "none", reason: "missing-value" });
  });

  it("every tested cell agrees with the Poisson test of its own counts; zero bases and missing values get no Poisson test", () => {
    const table = evaluateTable(laren, "tabel-1", { significance: { alpha: 0.01 } });
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.kind !== "change") continue;
        if (cell.from.status === "missing" || cell.to.status === "missing") {
          expect(cell.significance).toEqual({ test: "none", reason: "missing-value" });
          continue;
        }
        const expected = comparePoissonRates({ count1: cell.to.value, count2: cell.from.value });
        expect(cell.significance).toMatchObject({
          alpha: 0.01,
          pValue: expected.pValue,
          distinguishableFromChance: expected.pValue < 0.01,
        });
      }
    }
  });
});
