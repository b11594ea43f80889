import { add, compare, type Rational, rational, rationalFromNumber } from "../../_lib/rational.ts";
import { parsePeriodOrThrow } from "../../period/parse-period.ts";
import type { Series } from "../../schema/types.ts";
import { lowerBoundFromInside } from "../_lib/bounds.ts";
import { isKnown, type KnownFigure } from "../_lib/figures.ts";
import { unitOf } from "../_lib/statements.ts";
import { seriesName } from "../_lib/text.ts";
import type { LintContext, LintRule, RuleFinding } from "../lint-types.ts";
import { figure, list, type MessageValue, period, quoted } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

/** What one part contributes: its figure, or at least the figure of a shorter period. */
type Term =
  | { readonly kind: "known"; readonly series: string; readonly figure: KnownFigure }
  | { readonly kind: "at-least"; readonly series: string; readonly figure: KnownFigure };

function describeTerm(context: LintContext, term: Term): MessageValue {
  const data = {
    series: seriesName(context.plan, term.series),
    value: term.figure.value,
  };
  return term.kind === "known"
    ? say.fragment("term", data)
    : say.fragment("term-at-least", { ...data, period: period(term.figure.period) });
}

function checkPeriod(
  context: LintContext,
  parent: Series,
  parts: readonly string[],
  total: KnownFigure,
): RuleFinding | undefined {
  const { index } = context;
  const totalPeriod = parsePeriodOrThrow(total.period);
  const additive = unitOf(context.plan, parent.id) === "count";
  const terms: Term[] = [];
  let complete = true;
  for (const part of parts) {
    const figure = index.getAll(part, total.area, total.period).find(isKnown);
    if (figure) {
      terms.push({ kind: "known", series: part, figure });
      continue;
    }
    complete = false;
    if (!additive) continue;
    // A count over a period is at least its count over any shorter period inside it.
    const largest = lowerBoundFromInside(index, part, total.area, totalPeriod);
    if (largest && largest.value > 0)
      terms.push({ kind: "at-least", series: part, figure: largest });
  }
  if (!complete && !additive) return undefined;
  const sum = terms.reduce<Rational>(
    (s, t) => add(s, rationalFromNumber(t.figure.value)),
    rational(0n),
  );
  const order = compare(sum, rationalFromNumber(total.value));
  if (complete ? order === 0 : order <= 0) return undefined;
  return {
    ...say.message(complete ? "parts-differ" : "parts-exceed", {
      series: quoted(seriesName(context.plan, parent.id)),
      period: period(total.period),
      sum: figure(sum),
      total: total.value,
      terms: list(
        terms.map((t) => describeTerm(context, t)),
        "plus",
      ),
    }),
    locations: [total.ref, ...terms.map((t) => t.figure.ref)],
    ...say.suggestion(complete ? "check-total-and-parts" : "part-missing"),
  };
}

const say = ruleMessages("parts-sum-mismatch");

export const partsSumMismatch: LintRule = {
  id: "parts-sum-mismatch",
  severity: "error",
  check(context) {
    const findings: RuleFinding[] = [];
    for (const parent of context.plan.series) {
      if (!parent.parts?.complete) continue;
      const parts = parent.parts.series;
      const totals = context.observations.filter(
        (o): o is KnownFigure => o.series === parent.id && o.value !== null,
      );
      // One check per area and period, on the first figure (conflicting-figures reports the others).
      const seen = new Set<string>();
      for (const total of totals) {
        const key = `${total.area}\u0000${total.period}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const finding = checkPeriod(context, parent, parts, total);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};
