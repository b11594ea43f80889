import { byarInterval, comparePoissonRates, evaluateTable, ObservationIndex } from "@ivp/model";
import { CHANCE_MARKER, isChanceCell, significanceSummary, tableToJson } from "@ivp/report";
import { cell, code, generatedNotice, table } from "./markdown.ts";
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
 * counts, exactly as `ivp table --mark-chance` and the report compute it
 * (`evaluateTable` with `significance`): the p-value of each change on its
 * own, the p-value corrected across the whole table (Benjamini-Hochberg, the
 * default), which printed changes can be told apart from chance after the
 * correction, and the cell as marked with `°`. Ends with the table's count of
 * tests as `ivp table` prints it.
 */
export function renderSignificanceTable(
  source: ExampleSource,
  tableId = "tabel-1",
  columnId = "gemeente",
): string {
  const evaluated = tableToJson(
    evaluateTable(source.plan, tableId, {
      index: new ObservationIndex(source.observations),
      significance: true,
    }),
  );
  const rows = evaluated.rows.flatMap((row) => {
    const c = row.cells[columnId];
    if (c?.kind !== "change" || c.from === null || c.to === null) return [];
    const counts = `${c.from} → ${c.to}`;
    const marked = isChanceCell(c) ? `${c.text}${CHANCE_MARKER}` : c.text;
    const p = c.significance?.pValue;
    const adjusted = c.significance?.adjustedPValue;
    if (p === null || p === undefined || adjusted === null || adjusted === undefined) {
      return [[cell(row.label), counts, printed(marked), "", "", "no test"]];
    }
    return [
      [
        cell(row.label),
        counts,
        printed(marked),
        formatP(p),
        formatP(adjusted),
        c.significance?.distinguishableAfterCorrection ? "**yes**" : "no",
      ],
    ];
  });
  const summary = evaluated.significance
    ? `\n${significanceSummary(evaluated.significance, "en")}\n`
    : "";
  return `${generatedNotice(GENERATOR)}\n\n${table(
    [
      "Row (as printed)",
      "Counts",
      "ivp table --mark-chance",
      "p (exact, two-sided)",
      "p corrected (Benjamini-Hochberg)",
      "More than chance?",
    ],
    rows,
  )}\n${summary}`;
}

/** The reference numbers of the significance page, computed by `@ivp/model`. */
function renderSignificanceNumbers(): Record<string, string> {
  // count1 is the earlier half year: the ratio reads 54 / 26, as the page explains it.
  const burglaries = comparePoissonRates({ count1: 54, count2: 26 });
  const interval = byarInterval({ count: 26 });
  return {
    burglaryP: burglaries.pValue.toFixed(4),
    burglaryRatio: (burglaries.rateRatio ?? Number.NaN).toFixed(2),
    burglaryLow: burglaries.confidenceInterval.lower.toFixed(2),
    burglaryHigh: (burglaries.confidenceInterval.upper ?? Number.POSITIVE_INFINITY).toFixed(2),
    byarLow: interval.lower.toFixed(1),
    byarHigh: interval.upper.toFixed(1),
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
