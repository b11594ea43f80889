import { rationalFromNumber } from "../../_lib/rational.ts";
import type { Target } from "../../schema/types.ts";
import { isAverageBaseline } from "../../target/resolve-baseline.ts";
import { groupBy } from "../_lib/normalize.ts";
import {
  type BaselineStatement,
  baselineStatements,
  baselineValueOf,
  type IndicatorEntry,
  indicatorEntries,
  seriesOf,
  type TargetStatement,
  targetStatements,
} from "../_lib/statements.ts";
import { applyChange } from "../_lib/targets.ts";
import { describePlace, describeTarget, formatFigure } from "../_lib/text.ts";
import type { LintContext, LintRule, RuleFinding } from "../lint-types.ts";
import { list, period, quoted, valueIn } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

/** What a target asks for, so that "35 (-20%)" and "35" count as the same target. */
function targetKey(context: LintContext, statement: TargetStatement): string {
  const { target, baseline } = statement;
  const kind = target.kind === "absolute" || target.kind === "relative" ? "reach" : target.kind;
  const value = targetValue(target, baseline && baselineValueOf(context, baseline));
  return `${kind}:${value === undefined ? "?" : formatFigure(value)}`;
}

function targetValue(target: Target, baseline: number | undefined) {
  if (target.value !== undefined) return rationalFromNumber(target.value);
  if (target.kind === "keep-level" && baseline !== undefined) return rationalFromNumber(baseline);
  if (target.kind === "relative" && target.change !== undefined && baseline !== undefined) {
    return applyChange(baseline, target.change);
  }
  return undefined;
}

function places<T extends { place: BaselineStatement["place"] }>(group: readonly T[]) {
  return list(group.map((s) => describePlace(s.place)));
}

function baselineConflict(context: LintContext, entry: IndicatorEntry): RuleFinding | undefined {
  // Printed baselines only: an average is the plan's own choice, computed
  // from the figures, not a value the document printed.
  const statements = baselineStatements(entry).flatMap((s) =>
    isAverageBaseline(s.baseline) ? [] : [{ ...s, baseline: s.baseline }],
  );
  const groups = groupBy(
    statements,
    (s) => `${formatFigure(s.baseline.value)}@${s.baseline.period}`,
  );
  if (groups.length < 2) return undefined;
  const unit = entry.indicator.unit;
  const periods = new Set(statements.map((s) => s.baseline.period));
  // What the recorded figures say, when they settle which baseline is right.
  const observed = [...periods].flatMap((period) => {
    const values = context.index
      .getAll(seriesOf(entry.indicator), context.plan.municipality.code, period)
      .flatMap((o) => (o.value === null ? [] : [o.value]));
    const distinct = [...new Set(values)];
    return distinct.length === 1 ? [{ period, value: distinct[0] as number }] : [];
  });
  return {
    ...say.message("different-baselines", {
      label: quoted(entry.indicator.label),
      count: groups.length,
      baselines: list(
        groups.map((group) => {
          const first = group[0] as (typeof statements)[number];
          return say.fragment("baseline-in", {
            value: valueIn(first.baseline.value, unit),
            period: period(first.baseline.period),
            places: places(group),
          });
        }),
        "semicolon",
      ),
    }),
    locations: statements.map((s) => [...s.path, "value"]),
    ...(observed.length === 0
      ? say.suggestion("use-one-baseline")
      : say.suggestion("use-one-baseline-figures", {
          figures: list(
            observed.map((o) =>
              say.fragment("figure", { value: valueIn(o.value, unit), period: period(o.period) }),
            ),
            "comma",
          ),
        })),
  };
}

function targetConflicts(context: LintContext, entry: IndicatorEntry): RuleFinding[] {
  const unit = entry.indicator.unit;
  const byPeriod = groupBy(targetStatements(entry), (s) => s.target.period);
  return byPeriod.flatMap((statements): RuleFinding[] => {
    const groups = groupBy(statements, (s) => targetKey(context, s));
    if (groups.length < 2) return [];
    const targetPeriod = (statements[0] as TargetStatement).target.period;
    return [
      {
        ...say.message("different-targets", {
          label: quoted(entry.indicator.label),
          count: groups.length,
          period: period(targetPeriod),
          targets: list(
            groups.map((group) => {
              const first = group[0] as TargetStatement;
              return say.fragment("target-in", {
                target: describeTarget(first.target, unit),
                places: places(group),
              });
            }),
            "semicolon",
          ),
        }),
        locations: statements.map((s) =>
          s.target.value === undefined ? s.path : [...s.path, "value"],
        ),
        ...say.suggestion("choose-one-target"),
      },
    ];
  });
}

const say = ruleMessages("indicator-value-conflict");

export const indicatorValueConflict: LintRule = {
  id: "indicator-value-conflict",
  severity: "error",
  check(context) {
    return indicatorEntries(context.plan).flatMap((entry) => {
      const baseline = baselineConflict(context, entry);
      return [...(baseline ? [baseline] : []), ...targetConflicts(context, entry)];
    });
  },
};
