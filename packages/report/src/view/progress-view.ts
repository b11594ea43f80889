import { formatNumber, IvpError, type Language, parsePeriodOrThrow } from "@ivp/model";
import type { EvaluatedIndicator, EvaluatedPlan } from "../evaluated-plan.ts";
import {
  formatFraction,
  formatIndicatorValue,
  formatPeriod,
  formatTarget,
} from "../format/format-value.ts";
import { comparisonNote, previousChangeText, rateNote } from "../status/progress-text.ts";
import type { IndicatorStatusJson } from "../status/status-json-types.ts";
import {
  baselineText,
  createReportView,
  indicatorChangeText,
  indicatorFractionText,
  indicatorSignificanceText,
  indicatorVerdictNote,
  latestText,
  type ReportView,
  themeTitles,
} from "./report-view.ts";

/**
 * A calculation component as the report writes it: at most four decimals,
 * trailing zeros dropped, in the language's notation. The JSON keeps every
 * digit; four decimals are enough to redo the sum by hand.
 *
 * @example
 * componentNumber(53.164556962, "nl") //=> "53,1646"
 * componentNumber(70, "nl") //=> "70"
 */
export function componentNumber(value: number, lang: Language): string {
  // A whole number (most components: counts, years' figures) has no decimals
  // to drop: the digits formatNumber writes without any, exactly (tested),
  // which below 1e21 (no exponent) are String()'s.
  if (Number.isInteger(value))
    return value < 1e21 && value > -1e21 ? String(value) : formatNumber(value);
  const separator = lang === "en" ? "." : ",";
  const text = formatNumber(value, { decimals: 4, decimalSeparator: separator });
  return text.includes(separator) ? text.replace(/0+$/, "").replace(/[.,]$/, "") : text;
}

/** One fact about an indicator; `key` lets a renderer show some facts richer (links, a badge). */
export interface IndicatorFact {
  readonly key:
    | "unit"
    | "direction"
    | "source"
    | "themes"
    | "baseline"
    | "target"
    | "latest"
    | "comparison"
    | "change"
    | "previousChange"
    | "rate"
    | "significance"
    | "fraction"
    | "expected"
    | "verdict"
    | "status";
  readonly label: string;
  readonly text: string;
}

/**
 * How an indicator's change was tested, with the counts, the rate ratio or
 * difference and its 95% interval ("exacte Poisson-toets van 46 tegen 70;
 * verhouding 0,66 (95%-interval 0,44 tot 0,97)"); `null` without a test. The
 * report prints it in the appendix "Verantwoording", not in the council text.
 */
export function testDetail(view: ReportView, indicator: EvaluatedIndicator): string | null {
  return significanceDetail(view, indicator.progress);
}

function significanceDetail(view: ReportView, progress: IndicatorStatusJson): string | null {
  const s = progress.significance;
  if (!s?.confidenceInterval) return null;
  const f = view.m.indicatorFacts;
  // Two decimals, as ratios and intervals are usually reported (2,08; 1,28 tot 3,46).
  const n = (v: number) =>
    formatNumber(v, { decimals: 2, decimalSeparator: view.lang === "en" ? "." : "," });
  const lower = n(s.confidenceInterval.lower);
  const upper = s.confidenceInterval.upper === null ? "∞" : n(s.confidenceInterval.upper);
  if (s.counts) {
    return f.poissonDetail(
      String(s.counts.later),
      String(s.counts.earlier),
      s.rateRatio === null ? view.m.notAvailable : n(s.rateRatio),
      lower,
      upper,
    );
  }
  return s.difference === null ? null : f.surveyDetail(n(s.difference), lower, upper);
}

/**
 * The facts of an indicator, in the order the report lists them: what it
 * measures, its baseline and targets, the latest figure and how it is
 * compared, the change and its significance (how it was tested is in the
 * appendix: {@link testDetail}), and, when assessable, the
 * fraction of the way, the value expected on the straight line, how the
 * verdict is reached, and the status.
 *
 * @example
 * indicatorFacts(view, woninginbraken).find((f) => f.key === "expected")?.text //=> "65,8 (na 1 van 4 jaar)"
 */
export function indicatorFacts(view: ReportView, indicator: EvaluatedIndicator): IndicatorFact[] {
  const { m, lang } = view;
  const f = m.indicatorFacts;
  const { progress } = indicator;
  const direction = progress.direction
    ? `${m.direction[progress.direction]}${progress.directionSource === "target" ? ` (${f.directionInferred})` : ""}`
    : m.notAvailable;
  const assessed = progress.target;
  const targets = indicator.targets.map((t) => {
    const adopted = f.targetIn(formatTarget(t, indicator.unit, lang), formatPeriod(t.period, lang));
    const text = t.illustrative ? `${adopted} (${m.progress.illustrativeTarget})` : adopted;
    const isAssessed =
      indicator.targets.length > 1 &&
      assessed !== null &&
      t.period === assessed.period &&
      t.source.path === assessed.source.path;
    return isAssessed ? `${text}: ${f.assessed}` : text;
  });
  const comparison =
    progress.comparison === null
      ? m.notAvailable
      : progress.comparison.method === "same-period"
        ? m.progress.samePeriod(
            formatPeriod(progress.comparison.to.period, lang),
            formatPeriod(progress.comparison.from.period, lang),
          )
        : (comparisonNote(progress, lang) ?? m.notAvailable);
  const significance = indicatorSignificanceText(view, indicator);
  const facts: IndicatorFact[] = [
    { key: "unit", label: f.unit, text: m.unit[indicator.unit] },
    { key: "direction", label: f.direction, text: direction },
    { key: "source", label: f.source, text: indicator.source?.name ?? m.notAvailable },
    {
      key: "themes",
      label: f.themes,
      text: themeTitles(view, indicator).join("; ") || m.notAvailable,
    },
    { key: "baseline", label: f.baseline, text: baselineText(view, indicator) },
    { key: "target", label: f.target, text: targets.join("; ") || m.notAvailable },
    { key: "latest", label: f.latest, text: latestText(view, indicator) },
    { key: "comparison", label: f.comparison, text: comparison },
    { key: "change", label: f.change, text: indicatorChangeText(view, indicator) },
    {
      key: "significance",
      label: f.significance,
      text: significance,
    },
  ];
  // The change since the previous period, unless that period is the one the
  // change above is measured from (then both say the same).
  const previous = previousChangeText(progress, lang);
  if (
    previous !== null &&
    (progress.previousChange?.from.period !== progress.comparison?.from.period ||
      progress.comparison?.from.average !== undefined)
  ) {
    facts.push({ key: "previousChange", label: f.previousChange, text: previous });
  }
  const rate = rateNote(progress, lang);
  if (rate !== null) facts.push({ key: "rate", label: f.rate, text: rate });
  const measures = progress.progress;
  if (measures) {
    facts.push(
      { key: "fraction", label: f.fraction, text: indicatorFractionText(view, indicator) },
      {
        key: "expected",
        label: f.expected,
        text: f.expectedAfter(
          formatIndicatorValue(measures.expected, indicator.unit, lang, 1),
          measures.elapsedYears,
          measures.totalYears,
        ),
      },
    );
  }
  const verdict = indicatorVerdictNote(view, indicator);
  if (verdict) facts.push({ key: "verdict", label: f.verdict, text: verdict });
  const override = progress.status.override;
  facts.push({
    key: "status",
    label: f.status,
    text: override
      ? `${progress.status.text}. ${m.progress.manualStatus}: ${override.reason}`
      : progress.status.text,
  });
  return facts;
}

/** One row of an indicator's calculation: what, how, and the outcome. */
export interface CalculationRow {
  readonly component: string;
  /** The formula with the numbers filled in, or the period a number is read from. */
  readonly formula: string;
  readonly outcome: string;
}

/**
 * Every step from the plan's figures to the automatic status, with the
 * numbers filled in, so a reader can redo the assessment by hand: the
 * resolved relative target, the three values on the comparison's scale, the
 * years, the straight line, the fraction of the way, the Open SDG growth
 * rates and ratio, and the status. Empty when the indicator is not
 * assessable.
 *
 * @example
 * calculationRows(view, woninginbraken).find((r) => r.component.startsWith("doel (y_T)"))
 * //=> { component: "doel (y_T)", formula: "60 × 70 / 79", outcome: "53,1646" }
 */
export function calculationRows(view: ReportView, indicator: EvaluatedIndicator): CalculationRow[] {
  const { progress } = indicator;
  const { comparison, target, baseline, latest } = progress;
  const measures = progress.progress;
  if (!measures || !comparison || !target || !baseline || !latest) return [];
  const { lang, m } = view;
  const c = m.calculation;
  const n = (v: number) => componentNumber(v, lang);
  const year = (period: string) => parsePeriodOrThrow(period).year;
  const yes = (b: boolean) => (b ? m.indicatorFacts.yes : m.indicatorFacts.no);
  const y0 = n(comparison.baseline);
  const yT = n(comparison.target ?? 0);
  const yt = n(comparison.current);
  const atLeastAsGood =
    target.bound === "at-most" ||
    (target.bound === "direction" && progress.direction === "lower-is-better")
      ? "≤"
      : "≥";
  const rows: CalculationRow[] = [];
  if (target.kind === "relative" && target.resolved !== null && target.resolvedExact !== null) {
    const change = target.change ?? 0;
    rows.push({
      component: c.resolvedTarget,
      formula: `${baseline.average ? `${n(baseline.average.sum)} / ${baseline.average.count}` : n(baseline.value)} × (100 ${change < 0 ? "−" : "+"} ${n(Math.abs(change))}) / 100 = ${n(target.resolvedExact)}${target.rounding ? `, ${c.rounded(target.rounding.decimals)}` : ""}`,
      outcome: n(target.resolved),
    });
  }
  rows.push(
    {
      component: c.baseline,
      // An average is written out: (40 + 52 + 44) / 3, the periods named in the baseline's text.
      formula: comparison.from.average
        ? `(${comparison.from.average.periods.map((p) => n(p.value)).join(" + ")}) / ${comparison.from.average.count}`
        : formatPeriod(comparison.from.period, lang),
      outcome: y0,
    },
    {
      component: c.target,
      formula:
        comparison.method === "same-months" && target.value !== null
          ? `${n(target.value)} × ${n(comparison.from.value)} / ${n(baseline.value)}`
          : formatPeriod(target.period, lang),
      outcome: yT,
    },
    {
      component: c.current,
      formula:
        comparison.method === "projection" && comparison.projection
          ? `${n(comparison.to.value)} / ${n(comparison.projection.share)}`
          : formatPeriod(comparison.to.period, lang),
      outcome: yt,
    },
    {
      component: c.elapsed,
      formula: `${year(latest.period)} − ${year(baseline.period)}`,
      outcome: String(measures.elapsedYears),
    },
    {
      component: c.total,
      formula: `${year(target.period)} − ${year(baseline.period)}`,
      outcome: String(measures.totalYears),
    },
    {
      component: c.timeFraction,
      formula: `min(1, ${measures.elapsedYears} / ${measures.totalYears})`,
      outcome: n(measures.timeFraction),
    },
    {
      component: c.expected,
      formula: `${y0} + (${yT} − ${y0}) × ${n(measures.timeFraction)}`,
      outcome: n(measures.expected),
    },
    {
      component: c.fraction,
      formula:
        measures.fractionOfWay === null ? c.noChangeRequired : `(${yt} − ${y0}) / (${yT} − ${y0})`,
      outcome:
        measures.fractionOfWay === null
          ? m.notAvailable
          : `${n(measures.fractionOfWay)} (${formatFraction(measures.fractionOfWay, lang)})`,
    },
  );
  const { ratio } = measures;
  if (ratio.method === "no-change-required" || ratio.observed === null || ratio.required === null) {
    rows.push({ component: c.ratio, formula: c.noChangeRequired, outcome: m.notAvailable });
  } else {
    const cagr = ratio.method === "cagr";
    const note = cagr ? "" : ` (${c.absolute})`;
    rows.push(
      {
        component: c.observed,
        formula: cagr
          ? `(${yt} / ${y0})^(1/${measures.elapsedYears}) − 1`
          : `(${yt} − ${y0}) / ${measures.elapsedYears}${note}`,
        outcome: n(ratio.observed),
      },
      {
        component: c.required,
        formula: cagr
          ? `(${yT} / ${y0})^(1/${measures.totalYears}) − 1`
          : `(${yT} − ${y0}) / ${measures.totalYears}${note}`,
        outcome: n(ratio.required),
      },
      {
        component: c.ratio,
        formula: `${ratio.directionSign} × ${n(ratio.observed)} / |${n(ratio.required)}|`,
        outcome: ratio.value === null ? m.notAvailable : n(ratio.value),
      },
    );
  }
  rows.push(
    {
      component: c.targetAchieved,
      formula: `${yt} ${atLeastAsGood} ${yT}`,
      outcome: yes(measures.targetAchieved),
    },
    {
      component: c.status,
      formula: indicatorVerdictNote(view, indicator) ?? m.notAvailable,
      outcome: m.status[progress.status.automatic],
    },
  );
  return rows;
}

/**
 * Every step from an indicator's figures to its automatic status, with the
 * numbers filled in, as the report prints it in its calculation table (in the
 * evaluated plan's language). Empty when the indicator is not assessable.
 *
 * @param evaluated - the result of `evaluatePlan`
 * @param indicatorId - the id of one of its indicators
 * @returns the rows: component, formula with the numbers, outcome; throws an `IvpError` (`unknown-reference`, worded in the plan's language) for an unknown id
 * @example
 * calculationSteps(evaluatePlan(plan, { lang: "en" }), "woninginbraken")[2]
 * //=> { component: "target (y_T)", formula: "60 × 70 / 79", outcome: "53.1646" }
 */
export function calculationSteps(evaluated: EvaluatedPlan, indicatorId: string): CalculationRow[] {
  const indicator = evaluated.indicators.find((i) => i.id === indicatorId);
  const view = createReportView(evaluated);
  if (!indicator) {
    throw new IvpError("unknown-reference", view.m.noIndicator(indicatorId), {
      data: { indicator: indicatorId },
    });
  }
  return calculationRows(view, indicator);
}
