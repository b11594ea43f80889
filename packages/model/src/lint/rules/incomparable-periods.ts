import type { PlanPath } from "../../observation/observation.ts";
import { formatPeriodCode } from "../../period/format-period.ts";
import { parsePeriodOrThrow } from "../../period/parse-period.ts";
import { arePeriodsComparable, isYearToDate, shiftPeriod } from "../../period/period.ts";
import {
  baselinePeriodOf,
  baselinePeriodPath,
  indicatorEntries,
  targetStatements,
} from "../_lib/statements.ts";
import { describePlace, figureTableName } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { type MessageValue, period, quoted } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

interface Comparison {
  readonly where: MessageValue;
  readonly from: string;
  readonly to: string;
  readonly fromPath: PlanPath;
  readonly toPath: PlanPath;
}

function report(comparison: Comparison): RuleFinding | undefined {
  const from = parsePeriodOrThrow(comparison.from);
  const to = parsePeriodOrThrow(comparison.to);
  if (arePeriodsComparable(from, to)) return undefined;
  const toDate = isYearToDate(from) || isYearToDate(to);
  // The like-for-like comparison: the later period's months in the earlier year.
  const alike = formatPeriodCode(shiftPeriod(to, from.year - to.year));
  return {
    ...say.message(toDate ? "not-same-months-to-date" : "not-same-months", {
      where: comparison.where,
      from: period(comparison.from),
      to: period(comparison.to),
    }),
    locations: [comparison.toPath, comparison.fromPath],
    ...say.suggestion("compare-alike", { to: period(comparison.to), alike: period(alike) }),
  };
}

const say = ruleMessages("incomparable-periods");

export const incomparablePeriods: LintRule = {
  id: "incomparable-periods",
  severity: "error",
  check({ plan }) {
    const comparisons: Comparison[] = [];
    plan.tables.forEach((table, t) => {
      table.columns.forEach((column, c) => {
        if (column.kind === "value" || column.from === undefined || column.to === undefined) return;
        comparisons.push({
          where: say.fragment("where-column", {
            table: figureTableName(plan, table.id),
            column: quoted(column.header ?? column.id),
          }),
          from: column.from,
          to: column.to,
          fromPath: ["tables", t, "columns", c, "from"],
          toPath: ["tables", t, "columns", c, "to"],
        });
      });
    });
    plan.claims.forEach((claim, i) => {
      comparisons.push({
        where: say.fragment("where-claim", { quote: quoted(claim.quote) }),
        from: claim.from,
        to: claim.to,
        fromPath: ["claims", i, "from"],
        toPath: ["claims", i, "to"],
      });
    });
    for (const entry of indicatorEntries(plan)) {
      for (const statement of targetStatements(entry)) {
        const { baseline } = statement;
        if (!baseline) continue;
        comparisons.push({
          where: say.fragment("where-target", {
            label: quoted(entry.indicator.label),
            place: describePlace(statement.place),
          }),
          from: baselinePeriodOf(baseline.baseline),
          to: statement.target.period,
          fromPath: baselinePeriodPath(baseline),
          toPath: [...statement.path, "period"],
        });
      }
    }
    return comparisons.flatMap((comparison) => report(comparison) ?? []);
  },
};
