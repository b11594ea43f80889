import {
  decimalsOf,
  formatNumber,
  type IndicatorProgress,
  type Language,
  type ProgressWarning,
  parsePeriodOrThrow,
  periodKind,
  type Unit,
} from "@ivp/model";
import {
  formatFraction,
  formatIndicatorValue,
  formatPeriod,
  formatSignedPercent,
  formatTarget,
} from "../format/format-value.ts";
import { statusMessagesFor } from "../i18n/messages.ts";
import type {
  IndicatorStatusJson,
  SignificanceJson,
  StatusPartsJson,
} from "./status-json-types.ts";

// The texts of a progress assessment, shared by `ivp status` and the report
// so that both say exactly the same. Each returns `null` where there is
// nothing to say; the caller writes its own dash.

function separator(lang: Language): string {
  return lang === "en" ? "." : ",";
}

/** "79 (2017)": a value in the indicator's unit with its period. */
function valueWithPeriod(
  value: number,
  period: string,
  unit: Unit,
  lang: Language,
  decimals?: number,
): string {
  return `${formatIndicatorValue(value, unit, lang, decimals)} (${formatPeriod(period, lang)})`;
}

/** The decimals of a rate ivp computed (one, as CBS publishes rates); else the unit's own. */
export function figureDecimals(figure: { readonly derivation: string }): number | undefined {
  return figure.derivation === "rate" ? 1 : undefined;
}

/** "29,4 (2022)": a figure of the status with its period, a computed rate to one decimal. */
export function figureWithPeriod(
  figure: { readonly value: number; readonly period: string; readonly derivation: string },
  unit: Unit,
  lang: Language,
): string {
  return valueWithPeriod(figure.value, figure.period, unit, lang, figureDecimals(figure));
}

/**
 * How the figures of a rate indicator were computed from its count and
 * population (each figure the status shows, written out so it can be
 * recomputed by hand), and the periods without a rate because one of the
 * two is missing: "berekend als misdrijven-totaal x 1.000 / inwoners: 2022:
 * 363 x 1.000 / 12.358 = 29,4; geen cijfer voor 2023: wel misdrijven-totaal
 * (347), geen inwoners."; `null` for other indicators, or when nothing was
 * computed and nothing is missing.
 */
export function rateNote(indicator: IndicatorStatusJson, lang: Language): string | null {
  const rate = indicator.rate;
  if (!rate) return null;
  const m = statusMessagesFor(lang).progress;
  const whole = (n: number) => formatIndicatorValue(n, "count", lang, undefined, true);
  const shown = new Set(
    [indicator.latest, indicator.comparison?.from, indicator.previousChange?.from].map(
      (figure) => figure?.period,
    ),
  );
  const parts: string[] = [];
  for (const p of rate.periods) {
    const period = formatPeriod(p.period, lang);
    if (p.status === "computed" && p.count && p.population && p.value !== null) {
      if (!shown.has(p.period)) continue;
      const populationPeriod =
        p.population.period === p.period ? "" : ` (${formatPeriod(p.population.period, lang)})`;
      const value = formatIndicatorValue(p.value, indicator.unit, lang, 1);
      parts.push(
        `${period}: ${whole(p.count.value)} x ${whole(rate.per)} / ${whole(p.population.value)}${populationPeriod} = ${value}`,
      );
    } else if (p.status === "no-population" && p.count) {
      parts.push(
        m.rateNoFigure(period, `${rate.count} (${whole(p.count.value)})`, rate.population),
      );
    } else if (p.status === "no-count" && p.population) {
      parts.push(
        m.rateNoFigure(period, `${rate.population} (${whole(p.population.value)})`, rate.count),
      );
    }
  }
  if (parts.length === 0) return null;
  return `${m.rateComputedAs(rate.count, whole(rate.per), rate.population)}: ${parts.join("; ")}.`;
}

/** The components of an average baseline that its text needs. */
interface AverageParts {
  readonly from: string;
  readonly to: string;
  readonly periods: readonly { readonly value: number }[];
}

/**
 * The periods of an average baseline: "2015-2017" for whole years, else
 * both ends written out ("jan-jun 2015 t/m jan-jun 2017").
 *
 * @example
 * averageRangeText({ from: "2015", to: "2017", periods: [] }, "nl") //=> "2015-2017"
 */
export function averageRangeText(average: AverageParts, lang: Language): string {
  const from = parsePeriodOrThrow(average.from);
  if (periodKind(from) === "year") return `${from.year}-${parsePeriodOrThrow(average.to).year}`;
  return statusMessagesFor(lang).progress.averageRange(
    formatPeriod(average.from, lang),
    formatPeriod(average.to, lang),
  );
}

/**
 * The mean of an average baseline as printed: one decimal more than its
 * figures were written with (a mean of counts 45,3), fewer when the mean
 * needs fewer (45,5; 1,6%); rounded exactly, half away from zero.
 *
 * @example
 * averageValueText(136 / 3, { from: "2015", to: "2017", periods: [{ value: 40 }] }, "count", "nl") //=> "45,3"
 */
export function averageValueText(
  value: number,
  average: AverageParts,
  unit: Unit,
  lang: Language,
): string {
  const figures = Math.max(0, ...average.periods.map((p) => decimalsOf(p.value)));
  return formatIndicatorValue(value, unit, lang, Math.min(decimalsOf(value), figures + 1));
}

/**
 * A baseline as a reader sees it: "79 (2017)", or for an average of
 * several periods "gem. 2015-2017: 45,3" ("avg. 2015-2017: 45.3").
 *
 * @example
 * baselineWithPeriod({ value: 79, period: "2017", average: null }, "count", "nl") //=> "79 (2017)"
 */
export function baselineWithPeriod(
  baseline: {
    readonly value: number;
    readonly period: string;
    readonly average: AverageParts | null;
  },
  unit: Unit,
  lang: Language,
): string {
  const { average } = baseline;
  if (!average) return valueWithPeriod(baseline.value, baseline.period, unit, lang);
  return statusMessagesFor(lang).progress.averageBaseline(
    averageRangeText(average, lang),
    averageValueText(baseline.value, average, unit, lang),
  );
}

/**
 * How the verdicts are decided, in words.
 *
 * @example
 * statusLegend("en").startsWith("Verdict: the latest value with its 95% margin of chance") //=> true
 */
export function statusLegend(lang: Language): string {
  return statusMessagesFor(lang).progress.statusLegend;
}

/** What {@link correctionLegend} needs: the plan's correction of its verdicts. */
export interface CorrectionText {
  readonly method: "none" | "holm" | "benjamini-hochberg";
  readonly tests: number;
  readonly expectedByChance: number;
}

/**
 * How the verdicts were corrected for testing many indicators at once, and
 * how many differences chance alone would give without a correction; `null`
 * when there were no tests.
 *
 * @example
 * correctionLegend({ method: "benjamini-hochberg", tests: 8, expectedByChance: 0.4 }, "nl")
 * //=> "8 toetsen samen; zonder correctie zou toeval er gemiddeld 0,4 als verschil aanwijzen. Correctie: Benjamini-Hochberg (...)."
 */
export function correctionLegend(correction: CorrectionText, lang: Language): string | null {
  if (correction.tests === 0) return null;
  const m = statusMessagesFor(lang).progress;
  const expected = formatNumber(correction.expectedByChance, {
    decimals: correction.expectedByChance < 10 ? 1 : 0,
    decimalSeparator: separator(lang),
  });
  return m.correctionLegend(m.correctionMethod[correction.method], correction.tests, expected);
}

/**
 * A change in the unit a reader expects: percent of a count or rate (the
 * document's rule: empty for a zero base), procentpunten of a percentage,
 * points of a grade.
 *
 * @example
 * formatChange({ unit: "percentage-points", difference: -0.2, percent: null }, "nl") //=> "-0,2 procentpunt"
 * formatChange({ unit: "percent", difference: null, percent: -34 }, "nl") //=> "-34%"
 */
function formatChange(
  change: {
    readonly unit: "percent" | "percentage-points" | "points";
    readonly difference: number | null;
    readonly percent: number | null;
  },
  lang: Language,
): string | null {
  const m = statusMessagesFor(lang).progress;
  if (change.unit === "percent") {
    return change.percent === null ? null : formatSignedPercent(change.percent, lang);
  }
  if (change.difference === null) return null;
  const d = change.difference;
  const text = formatNumber(Math.abs(d), {
    decimals: Math.max(1, Math.min(2, decimalsOf(d))),
    decimalSeparator: separator(lang),
  });
  const signed = d > 0 ? `+${text}` : d < 0 ? `-${text}` : text;
  return change.unit === "percentage-points" ? m.percentagePoints(signed) : m.gradePoints(signed);
}

/**
 * A p-value with two significant digits (four decimals at most): 0.0023,
 * 0.032, 0.39; below 0.001 as "< 0.001".
 *
 * @param p - a p-value
 * @param lang - the language of the decimal separator
 * @returns the p-value as text
 * @example
 * formatPValue(0.0023245, "nl") //=> "p = 0,0023"
 * formatPValue(0.0004, "en") //=> "p < 0.001"
 */
function formatPValue(p: number, lang: Language): string {
  if (p < 0.001)
    return `p < ${formatNumber(0.001, { decimals: 3, decimalSeparator: separator(lang) })}`;
  if (p >= 0.995) return "p = 1";
  const decimals = p >= 0.1 ? 2 : p >= 0.01 ? 3 : 4;
  return `p = ${formatNumber(p, { decimals, decimalSeparator: separator(lang) })}`;
}

/**
 * The status in words, as `ivp status` prints it: the effective status, with
 * the reason when it is not assessable, and with the automatic status beside
 * a manual one.
 *
 * @param status - the automatic status, its reason and the plan's override
 * @param lang - the language
 * @returns the text
 * @example
 * describeStatus({ automatic: "not-assessable", notAssessable: "no-later-measurement", override: null }, "nl")
 * //=> "niet te beoordelen: geen latere meting"
 */
export function describeStatus(status: StatusPartsJson, lang: Language): string {
  const m = statusMessagesFor(lang);
  const automatic =
    status.automatic === "not-assessable" && status.notAssessable
      ? `${m.status[status.automatic]}: ${m.notAssessable[status.notAssessable]}`
      : m.status[status.automatic];
  if (!status.override) return automatic;
  return `${m.status[status.override.status]} (${m.progress.manual}; ${m.progress.automatic}: ${automatic})`;
}

/**
 * "60 (2021)", "max. 1,7% (2021)", "handhaven 7,9 (2021)", "314 (2027,
 * illustratief)" for a target the council did not adopt; `null` without a
 * target value.
 */
export function targetText(indicator: IndicatorStatusJson, lang: Language): string | null {
  const { target } = indicator;
  if (!target || target.value === null) return null;
  const illustrative = target.illustrative
    ? `, ${statusMessagesFor(lang).progress.illustrative}`
    : "";
  return `${formatTarget(target, indicator.unit, lang, { change: false })} (${formatPeriod(target.period, lang)}${illustrative})`;
}

/** "-34% t.o.v. 70 (jan-okt 2017)", with the projection first when there is one. */
export function changeText(indicator: IndicatorStatusJson, lang: Language): string | null {
  const { comparison, change, unit } = indicator;
  if (!comparison || !change) return null;
  const m = statusMessagesFor(lang).progress;
  const count = (n: number) => formatIndicatorValue(n, "count", lang, 0);
  const changed = formatChange(change, lang);
  const percent = changed === null ? "" : `${changed} `;
  // The three fields baselineWithPeriod reads, not a spread of `from` with
  // one more field: on Node 20 such a spread takes V8's runtime, some 3-8 us a
  // call, and a report writes this text for every indicator three times.
  const { from } = comparison;
  const base = { value: from.value, period: from.period, average: from.average ?? null };
  const against = `${percent}${m.vs} ${baselineWithPeriod(base, unit, lang)}`;
  const projection = comparison.projection;
  if (!projection) return against;
  const year = String(parsePeriodOrThrow(comparison.to.period).year);
  const range = `${count(projection.lower)}-${projection.upper === null ? "" : count(projection.upper)}`;
  return `${m.projection} ${formatPeriod(year, lang)}: ${count(comparison.current)} (${range}), ${against}`;
}

/**
 * The change since the previous comparable period with its test: "-4% t.o.v.
 * 363 (2022); p = 0,57: niet te onderscheiden van toeval"; `null` without an
 * earlier figure for the same months. The p-value is the test's own, not
 * corrected for the plan's many indicators (the verdicts are).
 */
export function previousChangeText(indicator: IndicatorStatusJson, lang: Language): string | null {
  const previous = indicator.previousChange;
  if (!previous) return null;
  const m = statusMessagesFor(lang).progress;
  const changed = formatChange(previous.change, lang);
  const against = `${changed === null ? "" : `${changed} `}${m.vs} ${figureWithPeriod(previous.from, indicator.unit, lang)}`;
  const significance = significanceText(previous.significance, lang);
  return significance === null ? against : `${against}; ${significance}`;
}

/**
 * The fraction of the way in words a council reads: "40%" between baseline
 * and target, "meer dan de hele weg" beyond it, "van het doel af" when the
 * figure moved the other way (the number stays in the JSON); `null` when not
 * assessable or the target equals the baseline. It describes the figures as
 * they are; whether the movement is beyond chance is the verdict's to say.
 */
export function fractionText(indicator: IndicatorStatusJson, lang: Language): string | null {
  const fraction = indicator.progress?.fractionOfWay;
  if (fraction === null || fraction === undefined) return null;
  return wordedFraction(fraction, lang);
}

/**
 * A fraction of the way in words, bounded: never a bare 494% or -329%.
 *
 * @example
 * wordedFraction(0.4, "nl") //=> "40%"
 * wordedFraction(1.43, "nl") //=> "meer dan de hele weg"
 * wordedFraction(-3.29, "nl") //=> "van het doel af"
 */
function wordedFraction(fraction: number, lang: Language): string {
  const m = statusMessagesFor(lang).progress;
  if (fraction < 0) return m.fractionAway;
  if (fraction > 1) return m.fractionBeyond;
  return formatFraction(fraction, lang);
}

/** The two parts of a significance text: the p-value (when there is a test) and the verdict in words. */
export interface SignificanceParts {
  /** "p = 0,032"; `null` without a test. */
  readonly pValue: string | null;
  /** "significant", "niet te onderscheiden van toeval", or why there is no test. */
  readonly verdict: string;
}

/**
 * The p-value and the verdict of a test of a change; `null` without a
 * comparison. With `adjusted` (the p-value after the plan's correction for
 * multiple tests) the verdict follows the adjusted p-value, and both are shown.
 */
export function significanceParts(
  significance: SignificanceJson | null,
  lang: Language,
  adjusted?: number | null,
): SignificanceParts | null {
  if (!significance) return null;
  const m = statusMessagesFor(lang);
  if (significance.reason !== null) return { pValue: null, verdict: m.noTest[significance.reason] };
  if (significance.pValue === null) return null;
  const corrected =
    adjusted !== undefined &&
    adjusted !== null &&
    formatPValue(adjusted, lang) !== formatPValue(significance.pValue, lang)
      ? adjusted
      : null;
  const distinguishable =
    corrected === null
      ? significance.distinguishableFromChance
      : corrected < (significance.alpha ?? 0.05);
  return {
    pValue:
      corrected === null
        ? formatPValue(significance.pValue, lang)
        : `${formatPValue(significance.pValue, lang)} (${m.progress.corrected} ${formatPValue(corrected, lang)})`,
    verdict: distinguishable ? m.progress.significant : m.progress.chance,
  };
}

/** "p = 0,032: significant", or why there is no test; `null` without a comparison. */
export function significanceText(
  significance: SignificanceJson | null,
  lang: Language,
  adjusted?: number | null,
): string | null {
  const parts = significanceParts(significance, lang, adjusted);
  return parts ? significanceWords(parts) : null;
}

/**
 * The text of {@link significanceText} from its parts: "p = 0,032: significant",
 * or the verdict alone without a test.
 */
export function significanceWords(parts: SignificanceParts): string {
  return parts.pValue === null ? parts.verdict : `${parts.pValue}: ${parts.verdict}`;
}

/**
 * How a part of a year was compared with the baseline: with the same months
 * of the baseline year (and the target scaled to them), or projected to a
 * full year. `null` for a comparison of the same periods, or none.
 */
export function comparisonNote(indicator: IndicatorStatusJson, lang: Language): string | null {
  const { comparison, target, unit } = indicator;
  if (!comparison || comparison.method === "same-period") return null;
  const m = statusMessagesFor(lang).progress;
  const v = (n: number, decimals?: number) => formatIndicatorValue(n, unit, lang, decimals);
  const from = formatPeriod(comparison.from.period, lang);
  const to = formatPeriod(comparison.to.period, lang);
  if (comparison.method === "same-months") {
    const baseline = indicator.baseline?.value ?? 0;
    const scaled =
      target?.value != null && comparison.target !== null
        ? `; ${m.scaledTarget(v(target.value), v(comparison.from.value), v(baseline), v(comparison.target, 1))}`
        : "";
    return `${m.sameMonths(to, from, v(comparison.from.value))}${scaled}.`;
  }
  const p = comparison.projection;
  if (!p) return null;
  const shares = p.shares.map((s) => `${s.year}: ${v(s.partial)}/${v(s.full)}`).join(", ");
  const share = formatNumber(p.share, { decimals: 3, decimalSeparator: separator(lang) });
  const range = `${v(p.lower, 1)}-${p.upper === null ? "" : v(p.upper, 1)}`;
  return m.projected(to, v(comparison.to.value), shares, share, v(comparison.current, 1), range);
}

/**
 * A warning of the assessment in words.
 *
 * @param warning - one of the assessment's warnings
 * @param progress - the assessment it belongs to
 * @param lang - the language
 * @returns the sentence
 * @example
 * describeWarning({ code: "projection-single-year", year: 2016 }, progress, "en")
 * //=> "the projection rests on one earlier year (2016); ..."
 */
export function describeWarning(
  warning: ProgressWarning,
  progress: IndicatorProgress,
  lang: Language,
): string {
  const m = statusMessagesFor(lang);
  const v = (n: number) => formatIndicatorValue(n, progress.unit, lang);
  switch (warning.code) {
    case "target-disagrees-with-change": {
      const target = progress.target;
      return m.progress.warning.targetDisagrees(
        v(warning.stated),
        target?.asPrinted ? ` ("${target.asPrinted}")` : "",
        formatSignedPercent(target?.change ?? 0, lang),
        v(warning.resolved),
        v(warning.used),
        target?.preference ?? "stated-value",
      );
    }
    case "target-against-direction":
      return m.progress.warning.targetAgainstDirection(
        v(warning.target),
        v(warning.baseline),
        progress.direction ? m.direction[progress.direction.value] : "",
      );
    case "baseline-differs-from-observation":
      return m.progress.warning.baselineDiffers(
        v(warning.baseline),
        v(warning.observed),
        formatPeriod(warning.period, lang),
      );
    case "projection-single-year":
      return m.progress.warning.projectionSingleYear(String(warning.year));
    case "baseline-extreme":
      return m.progress.warning.baselineExtreme(
        v(warning.value),
        formatPeriod(warning.period, lang),
        warning.position,
        warning.history.map((h) => `${formatPeriod(h.period, lang)}: ${v(h.value)}`).join(", "),
        formatIndicatorValue(warning.otherMean, progress.unit, lang, 1),
        // The remedy as the plan writes it: the average of the baseline and
        // the two comparable periods before it.
        `baseline: { average: { from: ${warning.history.at(-2)?.period ?? warning.period}, to: ${warning.period} } }`,
      );
  }
}

/**
 * How the verdict was reached, as a note: the figure with its 95% margin
 * against the line to the target or the target, and the side that counts;
 * `null` without a verdict.
 *
 * @example
 * verdictNote(woninginbraken, "nl")
 * //=> "oordeel: 46 (95%-marge 33,7 tot 61,4) tegen de lijn naar het doel 65,8: beter."
 */
export function verdictNote(indicator: IndicatorStatusJson, lang: Language): string | null {
  const verdict = indicator.verdict;
  if (!verdict) return null;
  const b = verdict.versusBenchmark;
  const unit = indicator.unit;
  // Rounded to 6 decimals first: 7.6 + 0.2 is 7.800000000000001 in binary.
  const v = (n: number) =>
    formatIndicatorValue(Number(n.toFixed(6)), unit, lang, unit === "count" ? 1 : undefined);
  const phi = verdict.dispersion && verdict.dispersion.used > 1 ? verdict.dispersion.used : null;
  return statusMessagesFor(lang).progress.verdictNote({
    value: formatIndicatorValue(b.value, unit, lang),
    lower: b.interval ? v(b.interval.lower) : null,
    upper: b.interval ? v(b.interval.upper) : null,
    benchmark: v(b.benchmark),
    against: verdict.benchmarkKind,
    side: b.side,
    widened:
      phi === null
        ? null
        : `phi = ${formatNumber(phi, { decimals: 1, decimalSeparator: separator(lang) })}`,
  });
}

/**
 * The trend over the comparable periods up to the latest figure, as a note;
 * `null` without one (fewer than 5 periods, or not a count).
 *
 * @example
 * trendNote(geweld, "nl") //=> "trend 2013-2017: -11% per jaar (95%-interval -24% tot +4%): geen duidelijke trend."
 */
export function trendNote(indicator: IndicatorStatusJson, lang: Language): string | null {
  const trend = indicator.trend;
  if (!trend) return null;
  const codes = trend.periodCodes;
  const percent = (ratio: number) =>
    formatSignedPercent(Number(((ratio - 1) * 100).toFixed(0)) + 0, lang);
  const phi = trend.dispersion.used > 1 ? trend.dispersion.used : null;
  const ci = trend.quasiPoisson.confidenceInterval;
  return statusMessagesFor(lang).progress.trendNote({
    from: formatPeriod(codes[0] as string, lang),
    to: formatPeriod(codes[codes.length - 1] as string, lang),
    perYear: percent(trend.rateRatio),
    lower: percent(ci.lower),
    upper: ci.upper === null ? "" : percent(ci.upper),
    verdict: trend.verdict,
    widened:
      phi === null
        ? null
        : `phi = ${formatNumber(phi, { decimals: 1, decimalSeparator: separator(lang) })}`,
  });
}
