import { round } from "../../_lib/rational.ts";
import { IvpError } from "../../errors.ts";
import { exactPercentChange } from "../../percent-change/percent-change.ts";
import { type ChangeCell, type EvaluatedTable, evaluateTable } from "../../table/evaluate-table.ts";
import { refsOf } from "../_lib/resolved.ts";
import { figureTableName } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { type MessageValue, period, quoted, signedPercent } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

function explain(cell: ChangeCell): MessageValue {
  if (cell.empty === "missing-value") {
    return say.fragment("missing-value");
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent, a missing value returned above (cell.empty is "missing-value"), so this guard never fires and only narrows the type (the always-true variant, which would empty every explanation, is killed by the message tests)
  if (cell.from.status === "missing" || cell.to.status === "missing") return "";
  const from = cell.from.value;
  const to = cell.to.value;
  if (cell.empty === "zero-base") {
    return say.fragment("zero-base", { from, to });
  }
  const change = exactPercentChange(cell.from.value, cell.to.value);
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, a zero base returned above, so the change is never null here (the always-true variant, an empty percentage, is killed by the message tests)
  const exact = change === null ? "" : signedPercent(round(change, 1));
  return say.fragment("recomputed", { from, to, exact, text: quoted(cell.text) });
}

const say = ruleMessages("printed-change-mismatch");

export const printedChangeMismatch: LintRule = {
  id: "printed-change-mismatch",
  severity: "error",
  check({ plan, index }) {
    const findings: RuleFinding[] = [];
    plan.tables.forEach((table, t) => {
      let evaluated: EvaluatedTable;
      try {
        // The document's own notation: printed cells are compared as text.
        evaluated = evaluateTable(plan, table.id, { index, lang: plan.language });
      } catch (error) {
        // A change over periods that cannot be compared: incomparable-periods
        // reports it. An internal error is a bug, never hidden.
        if (error instanceof IvpError && error.code !== "internal") return;
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
            ...say.message("printed-differs", {
              where: say.fragment("where", {
                table: figureTableName(plan, table.id),
                row: quoted(row.label),
                // Stryker disable next-line OptionalChaining: equivalent, every cell belongs to a column of the table
                column: quoted(column?.header ?? cell.column),
              }),
              periods:
                // Stryker disable next-line ConditionalExpression,OptionalChaining: equivalent, the column of a change cell is a change column (the always-false variant, no periods, is killed by the message tests)
                column?.kind === "change"
                  ? say.fragment("periods", { from: period(column.from), to: period(column.to) })
                  : // Stryker disable next-line StringLiteral: equivalent, the column of a change cell is a change column
                    "",
              // Stryker disable next-line StringLiteral: equivalent, a cell reported here has a printed text, so the ?? "" fallback never applies
              printed: quoted(cell.printed ?? ""),
              explanation: explain(cell),
            }),
            locations: [
              ["tables", t, "rows", r, "printed", cell.column],
              ...refsOf(cell.from),
              ...refsOf(cell.to),
            ],
            ...(cell.text === ""
              ? say.suggestion("leave-empty")
              : say.suggestion("print-text", { text: quoted(cell.text) })),
          });
        }
      });
    });
    return findings;
  },
};
