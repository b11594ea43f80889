import {
  add,
  compare,
  divide,
  multiply,
  type Rational,
  rational,
  rationalFromNumber,
} from "../../_lib/rational.ts";
import { checkFigure, type FigureProblem } from "../../figure/figure-rules.ts";
import type { Unit } from "../../schema/types.ts";
import { isAverageBaseline } from "../../target/resolve-baseline.ts";
import {
  baselineStatements,
  baselineValueOf,
  indicatorEntries,
  targetStatements,
  unitOf,
} from "../_lib/statements.ts";
import { describeOrigin, describePlace, seriesName } from "../_lib/text.ts";
import type { LintLocation, LintRule, RuleFinding } from "../lint-types.ts";
import {
  figure,
  type MessageValue,
  period,
  quoted,
  signedPercent,
} from "../messages/message-value.ts";
import { type ReportedSuggestion, ruleMessages } from "../messages/rule-messages.ts";

/** Why a value cannot be right in its unit, or `undefined` when it can (the rules of figure-rules.ts). */
function problem(value: number, unit: Unit): MessageValue | undefined {
  const found = checkFigure(value, unit);
  return found && { kind: "figure-problem", problem: found };
}

/** Why a value a target implies cannot be reached in its unit (range only: a count target may be 49.5). */
function rangeProblem(value: Rational, unit: Unit): MessageValue | undefined {
  const below = (bound: number) => compare(value, rational(BigInt(bound))) < 0;
  const above = (bound: number) => compare(value, rational(BigInt(bound))) > 0;
  const found: FigureProblem | undefined =
    unit === "count"
      ? below(0)
        ? "count-negative"
        : undefined
      : unit === "rate-per-1000" || unit === "rate-per-10000" || unit === "rate-per-100000"
        ? below(0)
          ? "rate-negative"
          : undefined
        : unit === "grade"
          ? below(1) || above(10)
            ? "grade-range"
            : undefined
          : below(0) || above(100)
            ? "percentage-range"
            : undefined;
  return found && { kind: "figure-problem", problem: found };
}

/** The value a relative target implies: baseline x (100 + change) / 100, exactly. */
function impliedValue(baseline: number, change: number): Rational {
  return divide(
    multiply(rationalFromNumber(baseline), add(rational(100n), rationalFromNumber(change))),
    rational(100n),
  );
}

function suggestion(value: number, unit: Unit): ReportedSuggestion {
  // A grade of 75 or 73 is a 7,5 or 7,3 with the decimal comma lost.
  const scaled = value / 10;
  if (unit === "grade" && value > 10 && value <= 100 && Number.isInteger(value)) {
    return say.suggestion("lost-decimal-comma", { value: scaled });
  }
  return say.suggestion("check-figure");
}

const say = ruleMessages("value-out-of-range");

export const valueOutOfRange: LintRule = {
  id: "value-out-of-range",
  severity: "error",
  check(context) {
    const { plan, observations } = context;
    const findings: RuleFinding[] = [];
    for (const observation of observations) {
      const unit = unitOf(plan, observation.series);
      const { value } = observation;
      if (value === null || unit === undefined) continue;
      const found = problem(value, unit);
      if (found === undefined) continue;
      findings.push({
        ...say.message("figure-impossible", {
          series: quoted(seriesName(plan, observation.series)),
          period: period(observation.period),
          value,
          origin: describeOrigin(plan, observation),
          problem: found,
        }),
        locations: [observation.ref],
        ...suggestion(value, unit),
      });
    }
    for (const entry of indicatorEntries(plan)) {
      const unit = entry.indicator.unit;
      const stated = [
        // An average's figures are checked as the observations they are.
        ...baselineStatements(entry).flatMap((s) =>
          isAverageBaseline(s.baseline)
            ? []
            : [
                {
                  value: s.baseline.value,
                  path: [...s.path, "value"] as LintLocation,
                  place: s.place,
                  what: "baseline-impossible" as const,
                },
              ],
        ),
        ...targetStatements(entry).flatMap((s) =>
          s.target.value === undefined
            ? []
            : [
                {
                  value: s.target.value,
                  path: [...s.path, "value"] as LintLocation,
                  place: s.place,
                  what: "target-impossible" as const,
                },
              ],
        ),
      ];
      const label = quoted(entry.indicator.label);
      // A relative target's change takes the value out of its unit's range
      // (-200% of a count): an error at the change, whatever value is printed.
      for (const statement of targetStatements(entry)) {
        const { target, baseline } = statement;
        if (target.kind !== "relative" || target.change === undefined) continue;
        const change = target.change;
        const from = baseline ? baselineValueOf(context, baseline) : undefined;
        // Without a baseline, a count or rate still cannot fall by more than 100%.
        const implied =
          from !== undefined
            ? impliedValue(from, change)
            : (unit === "count" || unit === "rate-per-1000") && change < -100
              ? rational(-1n)
              : undefined;
        const found = implied === undefined ? undefined : rangeProblem(implied, unit);
        if (implied === undefined || found === undefined) continue;
        findings.push({
          ...say.message("change-out-of-range", {
            label,
            place: describePlace(statement.place),
            change: signedPercent(change),
            result:
              from === undefined
                ? ""
                : say.fragment("from-baseline", { from, implied: figure(implied) }),
            problem: found,
          }),
          locations: [[...statement.path, "change"] as LintLocation],
          ...say.suggestion("check-percentage"),
        });
      }
      for (const { value, path, place, what } of stated) {
        const found = problem(value, unit);
        if (found === undefined) continue;
        findings.push({
          ...say.message(what, { label, place: describePlace(place), value, problem: found }),
          locations: [path],
          ...suggestion(value, unit),
        });
      }
    }
    return findings;
  },
};
