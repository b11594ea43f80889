import { readFileSync } from "node:fs";
import { comparePoissonRates, evaluateTable } from "@ivp/model";
import { describe, expect, it } from "vitest";
import { LAREN_PLAN_DIR, loadExamplePlan } from "../scripts/lib/laren.ts";
import {
  renderSignificanceTable,
  renderSignificanceWorkedExample,
} from "../scripts/lib/significance-examples.ts";

// What the significance page shows. The statistics themselves are
// `@ivp/model`'s, with their own tests against R and property tests.

describe("the significance page's worked example", () => {
  it("prints the reference results for 54 against 26 and for 26 alone", () => {
    const text = renderSignificanceWorkedExample();
    // R: poisson.test(c(54, 26)) gives p = 0.0023, rate ratio 2.08, 95% CI 1.28-3.46; Byar for 26 gives 17.0-38.1.
    expect(text).toContain("The exact two-sided p-value is **0.0023**");
    expect(text).toContain("about 23 times in 10,000");
    expect(text).toContain("The rate ratio is 2.08 (95% interval 1.28 to 3.46)");
    expect(text).toContain("between **17.0** and **38.1** per half year");
  });
});

describe("Laren's Tabel 1, tested on the page", () => {
  const rows = async () =>
    renderSignificanceTable(await loadExamplePlan(LAREN_PLAN_DIR))
      .split("\n")
      .filter((l) => l.startsWith("| ") && !l.startsWith("| ---"))
      .slice(1);

  it("has a row per row of the table, its change marked as ivp table --mark-chance marks it", async () => {
    const { plan } = await loadExamplePlan(LAREN_PLAN_DIR);
    const table = await rows();
    expect(table).toHaveLength(plan.tables.find((t) => t.id === "tabel-1")?.rows.length ?? 0);
    const verdicts = new Set<string>();
    for (const row of table) {
      const [, counts, marked, , , verdict = ""] = row.slice(2, -2).split(" | ");
      verdicts.add(verdict);
      if (verdict === "no") expect(marked).toMatch(/°`$/);
      if (verdict === "**yes**") expect(marked).not.toContain("°");
      if (verdict === "no test") expect([counts, marked]).toEqual(["0 → 0", "(empty)"]);
    }
    expect([...verdicts].sort()).toEqual(["**yes**", "no", "no test"]);
  });

  it("bears out the claims the page makes in words", async () => {
    const table = (await rows()).join("\n");
    // 54 -> 26 burglaries is more than chance; 12 -> 15 violent crimes is not.
    expect(table).toMatch(
      /\| woninginbraken \| 54 → 26 \| `-52%` \| 0\.002 \| 0\.013 \| \*\*yes\*\* \|/,
    );
    expect(table).toMatch(/\| geweld: totaal \| 12 → 15 \| `\+25%°` \| [^|]+ \| [^|]+ \| no \|/);
    // "+88% for vandalism is below 0.05 on its own (p = 0.044), not after the correction
    // for 17 tests" (R: p.adjust(p, "BH") gives 0.189); "+67% for threats (3 -> 5) is not either".
    expect(table).toMatch(/\| vermielingen \| 17 → 32 \| `\+88%°` \| 0\.044 \| 0\.189 \| no \|/);
    expect(table).toMatch(
      /\| \.\.\.waaraan bedreiging \| 3 → 5 \| `\+67%°` \| [^|]+ \| [^|]+ \| no \|/,
    );
    // "+500% for pickpocketing (1 -> 6)" (Tabel 2, January-June) is not.
    expect(comparePoissonRates({ count1: 6, count2: 1 }).pValue).toBeGreaterThan(0.05);
  });

  it("ends with the table's count of tests: 17, about 0.9 by chance, 4 before and 3 after the correction", async () => {
    const text = renderSignificanceTable(await loadExamplePlan(LAREN_PLAN_DIR));
    expect(text.trimEnd().split("\n").at(-1)).toBe(
      "17 changes tested; chance alone would make about 0.9 of them look significant. Corrected for the number of tests (Benjamini-Hochberg): 3 distinguishable from chance (4 without the correction).",
    );
  });
});

describe("the pages' claim about Laren's Tabel 2", () => {
  const page = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

  it("names the number of tests, the marks chance alone would give and the marks before and after the correction as ivp table --mark-chance counts them", async () => {
    const { plan, observations } = await loadExamplePlan(LAREN_PLAN_DIR);
    const table = evaluateTable(plan, "tabel-2", { observations, significance: true });
    const s = table.significance;
    expect(s).toBeDefined();
    if (!s) return;
    const expected = s.expectedByChance.toFixed(1);
    const english = page("concepts/reading-changes.md").replace(/\s+/g, " ");
    expect(english).toContain(
      `Laren's Tabel 2 tests ${s.tests} changes: about ${expected} would be marked by chance alone, and ${s.nominallySignificant} are;`,
    );
    const dutch = page("nl/concepts/reading-changes.md").replace(/\s+/g, " ");
    expect(dutch).toContain(
      `Tabel 2 van Laren toetst ${s.tests} veranderingen: door toeval alleen zouden er ongeveer ${expected.replace(".", ",")} gemarkeerd worden, en het zijn er ${s.nominallySignificant};`,
    );
    expect(s.significant).toBe(1); // "one remains" / "blijft er één over"
    expect(page("concepts/verdicts.md").replace(/\s+/g, " ")).toContain(
      `a figure table of ${s.tests} changes`,
    );
    expect(page("nl/concepts/verdicts.md").replace(/\s+/g, " ")).toContain(
      `van ${s.tests} veranderingen`,
    );
  });
});
