import {
  formatNumber,
  type IndicatorProgress,
  type Language,
  PROGRESS_THRESHOLDS,
  type ProgressWarning,
  parsePeriodOrThrow,
  type Unit,
} from "@ivp/model";
import {
  formatFraction,
  formatIndicatorValue,
  formatPeriod,
  formatSignedPercent,
  formatTarget,
} from "../format/format-value.ts";
import { messagesFor } from "../i18n/messages.ts";
import type { IndicatorStatusJson, SignificanceJson, StatusPartsJson } from "./status-json.ts";

// The texts of a progress assessment, shared by `ivp status` and the report
// so that both say exactly the same. Each returns `null` where there is
// nothing to say; the caller writes its own dash.

function separator(lang: Language): string {
  return lang === "en" ? "." : ",";
}

/** "79 (2017)": a value in the indicator's unit with its period. */
export function valueWithPeriod(value: number, period: string, unit: Unit, lang: Language): string {
  return `${formatIndicatorValue(value, unit, lang)} (${formatPeriod(period, lang)})`;
}

/**
 * The status legend with the thresholds of `@ivp/model` in the language's notation.
 *
 * @example
 * statusLegend("en").includes("R >= 0.95 substantial") //=> true
 */
export function statusLegend(lang: Language): string {
  const threshold = (value: number) => String(value).replace(".", separator(lang));
  return messagesFor(lang).progress.statusLegend(
    threshold(PROGRESS_THRESHOLDS.substantial),
    threshold(PROGRESS_THRESHOLDS.moderate),
  );
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
  const m = messagesFor(lang);
  const automatic =
    status.automatic === "not-assessable" && status.notAssessable
      ? `${m.status[status.automatic]}: ${m.notAssessable[status.notAssessable]}`
      : m.status[status.automatic];
  if (!status.override) return automatic;
  return `${m.status[status.override.status]} (${m.progress.manual}; ${m.progress.automatic}: ${automatic})`;
}

/** "60 (2021)", "max. 1,7% (2021)", "handhaven 7,9 (2021)"; `null` without a target value. */
export function targetText(indicator: IndicatorStatusJson, lang: Language): string | null {
  const { target } = indicator;
  if (!target || target.value === null) return null;
  return `${formatTarget(target, indicator.unit, lang, { change: false })} (${formatPeriod(target.period, lang)})`;
}

/** "-34% t.o.v. 70 (jan-okt 2017)", with the projection first when there is one. */
export function changeText(indicator: IndicatorStatusJson, lang: Language): string | null {
  const { comparison, change, unit } = indicator;
  if (!comparison || !change) return null;
  const m = messagesFor(lang).progress;
  const count = (n: number) => formatIndicatorValue(n, "count", lang, 0);
  const percent = change.percent === null ? "" : `${formatSignedPercent(change.percent, lang)} `;
  const against = `${percent}${m.vs} ${valueWithPeriod(comparison.from.value, comparison.from.period, unit, lang)}`;
  const projection = comparison.projection;
  if (!projection) return against;
  const year = String(parsePeriodOrThrow(comparison.to.period).year);
  const range = `${count(projection.lower)}-${projection.upper === null ? "" : count(projection.upper)}`;
  return `${m.projection} ${formatPeriod(year, lang)}: ${count(comparison.current)} (${range}), ${against}`;
}

/** "143%": the fraction of the way; `null` when not assessable or the target equals the baseline. */
export function fractionText(indicator: IndicatorStatusJson, lang: Language): string | null {
  const fraction = indicator.progress?.fractionOfWay;
  return fraction === null || fraction === undefined ? null : formatFraction(fraction, lang);
}

/** The two parts of a significance text: the p-value (when there is a test) and the verdict in words. */
export interface SignificanceParts {
  /** "p = 0,032"; `null` without a test. */
  readonly pValue: string | null;
  /** "significant", "niet te onderscheiden van toeval", or why there is no test. */
  readonly verdict: string;
}

/** The p-value and the verdict of a test of a change; `null` without a comparison. */
export function significanceParts(
  significance: SignificanceJson | null,
  lang: Language,
): SignificanceParts | null {
  if (!significance) return null;
  const m = messagesFor(lang);
  if (significance.reason !== null) return { pValue: null, verdict: m.noTest[significance.reason] };
  if (significance.pValue === null) return null;
  return {
    pValue: formatPValue(significance.pValue, lang),
    verdict: significance.distinguishableFromChance ? m.progress.significant : m.progress.chance,
  };
}

/** "p = 0,032: significant", or why there is no test; `null` without a comparison. */
export function significanceText(
  significance: SignificanceJson | null,
  lang: Language,
): string | null {
  const parts = significanceParts(significance, lang);
  if (!parts) return null;
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
  const m = messagesFor(lang).progress;
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
  const m = messagesFor(lang);
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
  }
}
