import { parsePeriodOrThrow } from "../../period/parse-period.ts";
import { isSamePeriod, type Period, periodContains, periodKind } from "../../period/period.ts";
import { figuresBySeriesAndArea, type KnownFigure } from "../_lib/figures.ts";
import { unitOf } from "../_lib/statements.ts";
import {
  describeOrigin,
  formatPeriod,
  formatValue,
  localize,
  pick,
  quoted,
  seriesName,
} from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

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

export const shorterPeriodExceedsLonger: LintRule = {
  id: "shorter-period-exceeds-longer",
  severity: "error",
  description: localize((lang) =>
    pick(
      lang,
      "Een aantal over een kortere periode kan niet groter zijn dan over een periode die haar omvat: januari-oktober niet boven het hele jaar, januari-juni niet boven januari-oktober. Alleen aantallen (eenheid count) van dezelfde reeks in hetzelfde gebied worden vergeleken; rapportcijfers en percentages niet, want die tellen niet op. Een halfjaar boven zijn jaar meldt negative-derived-value.",
      "A count over a shorter period cannot be larger than over a period that contains it: January-October not above the full year, January-June not above January-October. Only counts (unit count) of the same series in the same area are compared; grades and percentages are not, as they do not add up. A half year above its year is reported by negative-derived-value.",
    ),
  ),
  docs: {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: text
    quote: "Tot en met oktober 2017 waren er 82 woninginbraken; in heel 2017 waren het er 79."
    periods: [2017-01..2017-10, 2017]
    values: { woninginbraken: [82, 79] }
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: text
    quote: "Tot en met oktober 2017 waren er 70 woninginbraken; in heel 2017 waren het er 79."
    periods: [2017-01..2017-10, 2017]
    values: { woninginbraken: [70, 79] }
`,
  },
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
          message: localize((lang) => {
            const name = quoted(seriesName(plan, first.series));
            const shorter = formatPeriod(largest.period, lang);
            const longer = formatPeriod(smallest.period, lang);
            return pick(
              lang,
              `${name} ${shorter} (${formatValue(largest.value, unit, lang)}, in ${describeOrigin(plan, largest, lang)}) is meer dan ${longer} (${formatValue(smallest.value, unit, lang)}, in ${describeOrigin(plan, smallest, lang)}), een periode die ${shorter} omvat; een aantal kan niet kleiner worden als de periode langer wordt.`,
              `${name} ${shorter} (${formatValue(largest.value, unit, lang)}, in ${describeOrigin(plan, largest, lang)}) is more than ${longer} (${formatValue(smallest.value, unit, lang)}, in ${describeOrigin(plan, smallest, lang)}), a period that contains ${shorter}; a count cannot shrink when the period grows.`,
            );
          }),
          locations: [largest.ref, smallest.ref],
          suggestion: localize((lang) =>
            pick(
              lang,
              "Controleer beide cijfers en hun perioden bij de bron.",
              "Check both figures and their periods against the source.",
            ),
          ),
        });
      }
    }
    return findings;
  },
};
