import { loadLarenPlan } from "@ivp/testkit/laren";
import { describe, expect, it } from "vitest";
import type { Plan } from "../schema/types.ts";
import { adjustPValues } from "../statistics/multiple-comparisons.ts";
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
          Object.fromEntries(
            Object.entries(c).filter(([k]) => k !== "significance" && k !== "corrected"),
          ),
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

/** The tested change cells of a table, in row then column order. */
function testedCells(table: ReturnType<typeof evaluateTable>): ChangeCell[] {
  return table.rows.flatMap((row) =>
    row.cells.filter((c): c is ChangeCell => c.kind === "change" && c.corrected !== undefined),
  );
}

describe("evaluateTable: multiple comparisons across the table", () => {
  // Counted and adjusted in R from the counts of the plan (the script is in the
  // test's comments): keep <- !(from == 0 & to == 0)
  // p <- apply(counts[keep, ], 1, function(r) poisson.test(c(r[2], r[1]))$p.value)
  // sum(p < 0.05); sum(p.adjust(p, "holm") < 0.05); sum(p.adjust(p, "BH") < 0.05)
  it("Laren Tabel 1: 17 tests, 4 nominal marks, 3 after either correction; chance alone about 0.85", () => {
    for (const correction of ["holm", "benjamini-hochberg"] as const) {
      const table = evaluateTable(laren, "tabel-1", { significance: { correction } });
      expect(table.significance).toMatchObject({
        alpha: 0.05,
        correction,
        tests: 17,
        nominallySignificant: 4,
        significant: 3,
      });
      expect(table.significance?.expectedByChance).toBeCloseTo(0.85, 12);
    }
    const none = evaluateTable(laren, "tabel-1", { significance: { correction: "none" } });
    expect(none.significance).toMatchObject({ tests: 17, nominallySignificant: 4, significant: 4 });
  });

  it("Laren Tabel 2: 50 tests, 10 nominal marks, 1 after correction (jongerenoverlast 36 -> 72)", () => {
    // 60 change cells less the ten 0 -> 0. (domain.md counts 49: it left out
    // geweld overig January-June, 0 -> 1, which had no test then; p = 1, so the
    // marks are the same.)
    const table = evaluateTable(laren, "tabel-2", { significance: true });
    expect(table.significance).toMatchObject({
      correction: "benjamini-hochberg",
      tests: 50,
      nominallySignificant: 10,
      significant: 1,
    });
    expect(table.significance?.expectedByChance).toBeCloseTo(2.5, 12);
    const marked = testedCells(table).filter((c) => c.corrected?.distinguishableFromChance);
    expect(marked.map((c) => [c.column, c.text])).toEqual([["gemeente", "+100%"]]);
    // p.adjust(p, "BH") and p.adjust(p, "holm"): 0.0006842302219 x 50 = 0.0342115111
    expect(marked[0]?.significance).toMatchObject({ pValue: expect.closeTo(0.0006842302219, 12) });
    expect(marked[0]?.corrected?.pValue).toBeCloseTo(0.0342115111, 9);
    const holm = evaluateTable(laren, "tabel-2", { significance: { correction: "holm" } });
    expect(holm.significance).toMatchObject({
      tests: 50,
      nominallySignificant: 10,
      significant: 1,
    });
  });

  it("Tabel 2's next smallest adjusted p-values equal R's p.adjust", () => {
    const sorted = (table: ReturnType<typeof evaluateTable>) =>
      testedCells(table)
        .map((c) => c.corrected?.pValue as number)
        .sort((a, b) => a - b)
        .slice(0, 3);
    // sort(p.adjust(p, "BH"))[1:3]
    const bh = sorted(evaluateTable(laren, "tabel-2", { significance: true }));
    [0.0342115111, 0.06234794855, 0.1415990293].forEach((r, i) => {
      expect(bh[i]).toBeCloseTo(r, 9);
    });
    // sort(p.adjust(p, "holm"))[1:3]
    const holm = sorted(evaluateTable(laren, "tabel-2", { significance: { correction: "holm" } }));
    [0.0342115111, 0.1222019792, 0.4588741851].forEach((r, i) => {
      expect(holm[i]).toBeCloseTo(r, 9);
    });
  });

  it("every corrected p-value is adjustPValues over the table's raw p-values, in row order", () => {
    const table = evaluateTable(laren, "tabel-1", { significance: true });
    const cells = testedCells(table);
    const raw = cells.map(
      (c) => (c.significance?.test === "none" ? 1 : c.significance?.pValue) as number,
    );
    const adjusted = adjustPValues(raw, "benjamini-hochberg");
    cells.forEach((cell, i) => {
      expect(cell.corrected).toEqual({
        method: "benjamini-hochberg",
        pValue: adjusted[i],
        distinguishableFromChance: (adjusted[i] as number) < 0.05,
      });
    });
  });

  it("0 -> 0 is no test; 0 -> k and k -> 0 are tested like any other change", () => {
    const table = evaluateTable(laren, "tabel-2", { significance: true });
    const zeroToZero = changeCell(table, "geweld-openlijk", "gemeente");
    expect(zeroToZero.corrected).toBeUndefined();
    // geweld overig, January-June: 0 -> 1 (empty percentage, tested: p = 1)
    const fromZero = changeCell(table, "geweld-overig", "jan-jun");
    expect(fromZero).toMatchObject({ empty: "zero-base", text: "" });
    expect(fromZero.significance).toMatchObject({ test: "poisson-exact", pValue: 1 });
    expect(fromZero.corrected?.pValue).toBe(1);
    // July-December: 1 -> 0 (-100%)
    expect(changeCell(table, "geweld-overig", "jul-dec").corrected).toBeDefined();
  });

  it("0 -> 8 keeps its empty percentage and is distinguishable from chance: p = 0.0078", () => {
    // Tabel 1 with 8 street robberies in January-June 2018 instead of 0.
    const plan: Plan = {
      ...laren,
      observations: laren.observations.map((block) =>
        "table" in block && block.table === "tabel-1" && "values" in block
          ? { ...block, values: { ...block.values, "geweld-straatroof": [0, 0, 0, 8] } }
          : block,
      ),
    };
    const cell = changeCell(
      evaluateTable(plan, "tabel-1", { significance: { correction: "none" } }),
      "geweld-straatroof",
      "gemeente",
    );
    expect(cell).toMatchObject({ empty: "zero-base", change: null });
    // poisson.test(c(8, 0))$p.value = 0.0078125
    expect(cell.significance).toMatchObject({
      test: "poisson-exact",
      pValue: expect.closeTo(0.0078125, 14),
    });
    expect(cell.corrected).toEqual({
      method: "none",
      pValue: expect.closeTo(0.0078125, 14),
      distinguishableFromChance: true,
    });
  });

  it("the plan's conventions.multipleComparisons is the default; the option overrides it", () => {
    const plan: Plan = {
      ...laren,
      conventions: { ...laren.conventions, multipleComparisons: "none" },
    };
    expect(evaluateTable(plan, "tabel-1", { significance: true }).significance).toMatchObject({
      correction: "none",
      significant: 4,
    });
    expect(
      evaluateTable(plan, "tabel-1", { significance: { correction: "holm" } }).significance
        ?.correction,
    ).toBe("holm");
  });

  it("alpha applies to the corrected verdicts", () => {
    const table = evaluateTable(laren, "tabel-1", {
      significance: { alpha: 0.01, correction: "holm" },
    });
    // sort(p.adjust(p1, "holm"))[1:3] = 0.006698735126 0.035640504176 0.035640504176
    expect(table.significance).toMatchObject({ alpha: 0.01, significant: 1 });
    expect(table.significance?.expectedByChance).toBeCloseTo(0.17, 12);
  });

  it("a table evaluated without significance has no summary and no corrected cells", () => {
    const table = evaluateTable(laren, "tabel-2");
    expect(table.significance).toBeUndefined();
    expect(testedCells(table)).toEqual([]);
  });
});
