import { evaluateTable, ObservationIndex } from "@ivp/model";
import { cell, code, generatedNotice, table } from "./markdown.ts";
import { byarInterval, poissonRateTest } from "./significance.ts";
import type { ExampleSource } from "./worked-examples.ts";

const GENERATOR = "scripts/lib/significance-examples.ts";

function printed(text: string): string {
  return text === "" ? "(empty)" : code(text);
}

function formatP(p: number): string {
  return p < 0.001 ? "< 0.001" : p.toFixed(3);
}

/**
 * Every row of a figure table's change column with the exact test of its two
 * counts: which printed changes can be told apart from chance (p < 0.05).
 */
export function renderSignificanceTable(
  source: ExampleSource,
  tableId = "tabel-1",
  columnId = "gemeente",
): string {
  const evaluated = evaluateTable(source.plan, tableId, {
    index: new ObservationIndex(source.observations),
  });
  const rows = evaluated.rows.flatMap((row) => {
    const c = row.cells.find((x) => x.column === columnId);
    if (c?.kind !== "change" || c.from.status === "missing" || c.to.status === "missing") return [];
    const [from, to] = [c.from.value, c.to.value];
    if (from + to === 0) {
      return [[cell(row.label), `${from} → ${to}`, printed(c.text), "", "no counts"]];
    }
    const test = poissonRateTest({ x1: from, x2: to });
    return [
      [
        cell(row.label),
        `${from} → ${to}`,
        printed(c.text),
        formatP(test.pValue),
        test.pValue < 0.05 ? "**yes**" : "no",
      ],
    ];
  });
  return `${generatedNotice(GENERATOR)}\n\n${table(
    ["Row (as printed)", "Counts", "Printed change", "p (exact, two-sided)", "More than chance?"],
    rows,
  )}\n`;
}

/** The reference numbers of the significance page, computed. */
export function renderSignificanceNumbers(): Record<string, string> {
  const burglaries = poissonRateTest({ x1: 54, x2: 26 });
  const [low, high] = byarInterval(26);
  return {
    burglaryP: burglaries.pValue.toFixed(4),
    burglaryRatio: burglaries.rateRatio.toFixed(2),
    burglaryLow: burglaries.interval[0].toFixed(2),
    burglaryHigh: burglaries.interval[1].toFixed(2),
    byarLow: low.toFixed(1),
    byarHigh: high.toFixed(1),
  };
}

/** The paragraph with the worked numbers for 54 against 26. */
export function renderSignificanceWorkedExample(): string {
  const n = renderSignificanceNumbers();
  return [
    generatedNotice(GENERATOR),
    "",
    `- **54 against 26** (woninginbraken, January-June 2017 and 2018): of the 80 burglaries in the two half years, 54 fell in the first. If the underlying rate had not changed, each would fall in either half year with probability 1/2. The exact two-sided p-value is **${n.burglaryP}**: a split this uneven happens by chance about ${Math.round(Number(n.burglaryP) * 10000)} times in 10,000. The rate ratio is ${n.burglaryRatio} (95% interval ${n.burglaryLow} to ${n.burglaryHigh}): the decrease is real.`,
    `- **26 on its own**: a count of 26 is compatible with an underlying rate between **${n.byarLow}** and **${n.byarHigh}** per half year (Byar's 95% interval). A change that stays inside that range is hard to tell from noise.`,
    "",
  ].join("\n");
}
