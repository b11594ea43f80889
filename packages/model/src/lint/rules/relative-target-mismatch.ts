import {
  abs,
  compare,
  divide,
  rational,
  rationalFromNumber,
  round,
  subtract,
} from "../../_lib/rational.ts";
import { roundPercentChange } from "../../percent-change/percent-change.ts";
import type { Conventions } from "../../schema/types.ts";
import {
  indicatorEntries,
  resolvedBaselineOf,
  type TargetStatement,
  targetStatements,
} from "../_lib/statements.ts";
import { applyChange } from "../_lib/targets.ts";
import { describeTarget } from "../_lib/text.ts";
import type { LintContext, LintRule, RuleFinding } from "../lint-types.ts";
import {
  figure,
  type MessageValue,
  percentChange,
  quoted,
  signedPercent,
} from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

type Rounding = NonNullable<Conventions["targetRounding"]>;

function decimalsOf(value: number): number {
  const exact = rationalFromNumber(value);
  let decimals = 0;
  while ((exact.num * 10n ** BigInt(decimals)) % exact.den !== 0n) decimals++;
  return decimals;
}

function describeRounding(rounding: Rounding): MessageValue {
  return say.fragment("rounding", {
    mode: say.fragment(`mode-${rounding.mode}`),
    places:
      rounding.decimals === 0
        ? say.fragment("whole-numbers")
        : say.fragment("decimals", { count: rounding.decimals }),
  });
}

/**
 * The percentage, with as few decimals as needed, that leads back to `value`
 * from `base` under the rounding rule; `undefined` when none with up to two
 * decimals does (so ivp never suggests a target that is itself inconsistent).
 */
function changeLeadingTo(base: number, value: number, rounding: Rounding): number | undefined {
  for (let decimals = 0; decimals <= 2; decimals++) {
    const change = roundPercentChange(base, value, { decimals });
    if (change === null) return undefined;
    const back = round(applyChange(base, change), rounding.decimals, rounding.mode);
    if (compare(back, rationalFromNumber(value)) === 0) return change;
  }
  return undefined;
}

/** How a relative target misses its percentage, or `undefined` when it does not. */
function findMismatch(
  context: LintContext,
  statement: TargetStatement,
  conventions: Conventions | undefined,
) {
  const { target, baseline } = statement;
  if (target.kind !== "relative" || target.change === undefined || target.value === undefined) {
    return undefined;
  }
  if (!baseline) return undefined;
  const resolved = resolvedBaselineOf(context, baseline);
  if (resolved === undefined) return undefined;
  const base = resolved.value;
  // An average is exactly sum / count, and a count's target stays whole.
  const average = resolved.average;
  // Why exact arithmetic: 65 x 0.9 = 58.5 must round to 59 the way a person
  // does it, which binary floating point does not promise.
  const exact = applyChange(
    average ? divide(rationalFromNumber(average.sum), rational(BigInt(average.count))) : base,
    target.change,
  );
  const rounding: Rounding = target.rounding ??
    conventions?.targetRounding ?? {
      mode: "half-away-from-zero",
      decimals: average
        ? Math.max(...average.periods.map((p) => decimalsOf(p.value)))
        : decimalsOf(base),
    };
  const rounded = round(exact, rounding.decimals, rounding.mode);
  const stated = rationalFromNumber(target.value);
  if (compare(stated, rounded) === 0) return undefined;
  return {
    base,
    exact,
    resolved: rounded,
    rounding,
    difference: subtract(stated, rounded),
  };
}

const say = ruleMessages("relative-target-mismatch");

export const relativeTargetMismatch: LintRule = {
  id: "relative-target-mismatch",
  severity: "error",
  check(context) {
    const { plan } = context;
    const findings: RuleFinding[] = [];
    for (const entry of indicatorEntries(plan)) {
      for (const statement of targetStatements(entry)) {
        const mismatch = findMismatch(context, statement, plan.conventions);
        if (!mismatch || !statement.baseline) continue;
        const { target } = statement;
        const change = target.change ?? 0;
        const value = target.value ?? 0;
        const label =
          statement.place.kind === "row"
            ? (statement.place.row.label ?? entry.indicator.label)
            : entry.indicator.label;
        const unit = entry.indicator.unit;
        const rounded = compare(mismatch.exact, mismatch.resolved) !== 0;
        const more = mismatch.difference.num > 0n;
        const alternative = changeLeadingTo(mismatch.base, value, mismatch.rounding);
        const right = say.fragment("value-with-change", {
          value: figure(mismatch.resolved),
          change: signedPercent(change),
        });
        findings.push({
          ...say.message("target-mismatch", {
            target: describeTarget(target, unit),
            label: quoted(label),
            change: signedPercent(change),
            base: mismatch.base,
            steps: rounded
              ? say.fragment("rounded", {
                  exact: figure(mismatch.exact),
                  resolved: figure(mismatch.resolved),
                  rounding: describeRounding(mismatch.rounding),
                })
              : figure(mismatch.exact),
            value,
            amount: figure(abs(mismatch.difference)),
            direction: say.fragment(more ? "more" : "less"),
            actual:
              mismatch.base === 0
                ? ""
                : say.fragment("actual-change", { change: percentChange(mismatch.base, value) }),
          }),
          locations: [
            [...statement.path, "value"],
            [...statement.baseline.path, "value"],
          ],
          ...(alternative === undefined
            ? say.suggestion("print-right", { right })
            : say.suggestion("print-right-or-other", {
                right,
                other: say.fragment("value-with-change", {
                  value,
                  change: signedPercent(alternative),
                }),
                value,
              })),
        });
      }
    }
    return findings;
  },
};
