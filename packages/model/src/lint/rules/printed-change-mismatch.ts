import { round } from "../../_lib/rational.ts";
import { IvpError } from "../../errors.ts";
import type { Language } from "../../language.ts";
import { exactPercentChange } from "../../percent-change/percent-change.ts";
import { type ChangeCell, type EvaluatedTable, evaluateTable } from "../../table/evaluate-table.ts";
import { refsOf } from "../_lib/resolved.ts";
import {
  figureTableName,
  formatFigure,
  formatPeriod,
  formatSignedPercent,
  localize,
  pick,
  quoted,
} from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

function explain(cell: ChangeCell, lang: Language): string {
  if (cell.empty === "missing-value") {
    return pick(
      lang,
      "er ontbreekt een waarde, dus het vak blijft leeg",
      "a value is missing, so the cell stays empty",
    );
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent, a missing value returned above (cell.empty is "missing-value"), so this guard never fires and only narrows the type (the always-true variant, which would empty every explanation, is killed by the message tests)
  if (cell.from.status === "missing" || cell.to.status === "missing") return "";
  const from = formatFigure(cell.from.value, lang);
  const to = formatFigure(cell.to.value, lang);
  if (cell.empty === "zero-base") {
    return pick(
      lang,
      `van ${from} naar ${to} heeft geen percentage (de basis is 0), dus het vak blijft leeg`,
      `${from} to ${to} has no percentage (the base is 0), so the cell stays empty`,
    );
  }
  const change = exactPercentChange(cell.from.value, cell.to.value);
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, a zero base returned above, so the change is never null here (the always-true variant, an empty percentage, is killed by the message tests)
  const exact = change === null ? "" : formatSignedPercent(round(change, 1), lang);
  return pick(
    lang,
    `van ${from} naar ${to} is ${exact}, dus ${quoted(cell.text)}`,
    `${from} to ${to} is ${exact}, so ${quoted(cell.text)}`,
  );
}

export const printedChangeMismatch: LintRule = {
  id: "printed-change-mismatch",
  severity: "error",
  description: localize((lang) =>
    pick(
      lang,
      "Waar het plan vastlegt welk percentage het document afdrukte (printed), rekent ivp het na: (nieuw - oud) / oud x 100, exact en rekenkundig afgerond, met + voor een stijging en een leeg vak als de basis 0 is. Wijkt het afgedrukte percentage af, dan is het verkeerd berekend of overgetypt.",
      "Where the plan records the percentage the document printed (printed), ivp recomputes it: (new - old) / old x 100, exactly and rounded half away from zero, with + for an increase and an empty cell when the base is 0. A printed percentage that differs was computed or copied wrongly.",
    ),
  ),
  docs: {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: table
    table: tabel-2
    periods: [2016, 2017]
    values: { woninginbraken: [77, 79] }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns:
      - { id: jaar-2016, kind: value, period: 2016 }
      - { id: jaar-2017, kind: value, period: 2017 }
      - { id: gemeente, kind: change, from: 2016, to: 2017 }
    rows:
      # 77 to 79 is +2.6%, printed as +3%
      - { series: woninginbraken, printed: { gemeente: "+4%" } }
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: table
    table: tabel-2
    periods: [2016, 2017]
    values: { woninginbraken: [77, 79] }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns:
      - { id: jaar-2016, kind: value, period: 2016 }
      - { id: jaar-2017, kind: value, period: 2017 }
      - { id: gemeente, kind: change, from: 2016, to: 2017 }
    rows:
      - { series: woninginbraken, printed: { gemeente: "+3%" } }
`,
  },
  check({ plan, index }) {
    const findings: RuleFinding[] = [];
    plan.tables.forEach((table, t) => {
      let evaluated: EvaluatedTable;
      try {
        // The document's own notation: printed cells are compared as text.
        evaluated = evaluateTable(plan, table.id, { index, lang: plan.language });
      } catch (error) {
        // A change over periods that cannot be compared: incomparable-periods reports it.
        if (error instanceof IvpError) return;
        throw error;
      }
      evaluated.rows.forEach((row, r) => {
        for (const cell of row.cells) {
          if (
            // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, only change cells have a printed text, so the next condition skips every other cell either way (the always-true variant, skip everything, is killed)
            cell.kind !== "change" ||
            // Stryker disable next-line ConditionalExpression: equivalent, a cell without a printed text has no matchesPrinted, so the next condition skips it either way (the always-true variant is killed)
            cell.printed === undefined ||
            cell.matchesPrinted !== false
          ) {
            continue;
          }
          const column = table.columns.find((c) => c.id === cell.column);
          findings.push({
            message: localize((lang) => {
              // Stryker disable next-line OptionalChaining: equivalent, every cell belongs to a column of the table
              const where = `${figureTableName(plan, table.id, lang)}, ${quoted(row.label)}, ${pick(lang, "kolom", "column")} ${quoted(column?.header ?? cell.column)}`;
              const periods =
                // Stryker disable next-line ConditionalExpression,OptionalChaining: equivalent, the column of a change cell is a change column (the always-false variant, no periods, is killed by the message tests)
                column?.kind === "change"
                  ? ` (${formatPeriod(column.from, lang)} - ${formatPeriod(column.to, lang)})`
                  : // Stryker disable next-line StringLiteral: equivalent, the column of a change cell is a change column
                    "";
              return pick(
                lang,
                // Stryker disable next-line StringLiteral: equivalent, a cell reported here has a printed text, so the ?? "" fallback never applies (the message template on this line is killed by the message tests)
                `${where}${periods}: afgedrukt is ${quoted(cell.printed ?? "")}, maar ${explain(cell, lang)}.`,
                // Stryker disable next-line StringLiteral: equivalent, a cell reported here has a printed text, so the ?? "" fallback never applies (the message template on this line is killed by the message tests)
                `${where}${periods}: the document prints ${quoted(cell.printed ?? "")}, but ${explain(cell, lang)}.`,
              );
            }),
            locations: [
              ["tables", t, "rows", r, "printed", cell.column],
              ...refsOf(cell.from),
              ...refsOf(cell.to),
            ],
            suggestion: localize((lang) =>
              cell.text === ""
                ? pick(lang, "Laat het vak leeg.", "Leave the cell empty.")
                : pick(lang, `Druk ${quoted(cell.text)} af.`, `Print ${quoted(cell.text)}.`),
            ),
          });
        }
      });
    });
    return findings;
  },
};
