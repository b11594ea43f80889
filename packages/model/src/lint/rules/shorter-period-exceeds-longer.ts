import { parsePeriodOrThrow } from "../../period/parse-period.ts";
import { isSamePeriod, type Period, periodContains, periodKind } from "../../period/period.ts";
import { figuresBySeriesAndArea, type KnownFigure } from "../_lib/figures.ts";
import { unitOf } from "../_lib/statements.ts";
import { describeOrigin, seriesName } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { period, quoted, valueIn } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

/**
 * Every pair of two different periods of which the first lies inside the
 * second, in the order of a loop over all pairs (by the inner's index, then
 * the outer's). A period lies only inside periods of its own year, so the
 * pairs are sought per year: linear in the number of periods (at most 78
 * distinct periods a year), where a loop over all pairs was quadratic (a
 * series of 80,000 months took minutes).
 */
function containedPairs<T extends { readonly period: Period }>(periods: readonly T[]): [T, T][] {
  const byYear = new Map<number, number[]>();
  periods.forEach((p, i) => {
    const same = byYear.get(p.period.year);
    if (same) same.push(i);
    else byYear.set(p.period.year, [i]);
  });
  const pairs: [number, number][] = [];
  for (const indices of byYear.values()) {
    for (const i of indices) {
      for (const j of indices) {
        const inner = (periods[i] as T).period;
        const outer = (periods[j] as T).period;
        if (isSamePeriod(inner, outer)) continue;
        if (!periodContains(outer, inner)) continue;
        if (isHalfOfYear(inner, outer)) continue;
        pairs.push([i, j]);
      }
    }
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return pairs.map(([i, j]) => [periods[i] as T, periods[j] as T]);
}

// A half year inside its own year is left to negative-derived-value, which
// also names the impossible July-December figure it implies.
function isHalfOfYear(inner: Period, outer: Period): boolean {
  return periodKind(inner) === "half-year" && periodKind(outer) === "year";
}

const say = ruleMessages("shorter-period-exceeds-longer");

export const shorterPeriodExceedsLonger: LintRule = {
  id: "shorter-period-exceeds-longer",
  severity: "error",
  check(context) {
    const { plan } = context;
    const findings: RuleFinding[] = [];
    for (const byPeriod of figuresBySeriesAndArea(context)) {
      const first = (byPeriod[0] as KnownFigure[])[0] as KnownFigure;
      if (unitOf(plan, first.series) !== "count") continue;
      const periods = byPeriod.map((figures) => ({
        figures,
        period: parsePeriodOrThrow((figures[0] as KnownFigure).period),
      }));
      for (const [inner, outer] of containedPairs(periods)) {
        const largest = inner.figures.reduce((a, b) => (b.value > a.value ? b : a));
        const smallest = outer.figures.reduce((a, b) => (b.value < a.value ? b : a));
        if (largest.value <= smallest.value) continue;
        const unit = unitOf(plan, first.series);
        findings.push({
          ...say.message("shorter-exceeds-longer", {
            series: quoted(seriesName(plan, first.series)),
            shorter: period(largest.period),
            shorterValue: valueIn(largest.value, unit),
            shorterOrigin: describeOrigin(plan, largest),
            longer: period(smallest.period),
            longerValue: valueIn(smallest.value, unit),
            longerOrigin: describeOrigin(plan, smallest),
          }),
          locations: [largest.ref, smallest.ref],
          ...say.suggestion("check-both"),
        });
      }
    }
    return findings;
  },
};
