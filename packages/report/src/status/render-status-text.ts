import type { Language } from "@ivp/model";
import { formatPeriod } from "../format/format-value.ts";
import { statusMessagesFor } from "../i18n/messages.ts";
import {
  baselineWithPeriod,
  changeText,
  comparisonNote,
  correctionLegend,
  figureWithPeriod,
  fractionText,
  previousChangeText,
  rateNote,
  significanceText,
  statusLegend,
  targetText,
  trendNote,
  verdictNote,
} from "./progress-text.ts";
import type { IndicatorStatusJson, StatusJson } from "./status-json-types.ts";

/**
 * The change since the previous period, or "= verandering" when it compares
 * with the same period as the change column (jan-okt 2018 against jan-okt
 * 2017 in both): the same figures twice would read as two findings.
 */
function previousColumn(indicator: IndicatorStatusJson, lang: Language): string {
  const previous = indicator.previousChange;
  // An average baseline's period is its last year, but its figure is the mean: not the same.
  const from = indicator.comparison?.from;
  if (previous && !from?.average && previous.from.period === from?.period) {
    return statusMessagesFor(lang).statusText.sameAsChange;
  }
  return previousChangeText(indicator, lang) ?? "-";
}

function row(indicator: IndicatorStatusJson, lang: Language): string[] {
  const { baseline, latest, unit } = indicator;
  return [
    indicator.id,
    baseline ? baselineWithPeriod(baseline, unit, lang) : "-",
    targetText(indicator, lang) ?? "-",
    latest ? figureWithPeriod(latest, unit, lang) : "-",
    changeText(indicator, lang) ?? "-",
    previousColumn(indicator, lang),
    fractionText(indicator, lang) ?? "-",
    indicator.status.text,
    significanceText(
      indicator.significance,
      lang,
      indicator.verdict?.versusBaseline?.adjustedPValue,
    ) ?? "-",
  ];
}

/**
 * The text output of `ivp status`: a title, one aligned line per indicator,
 * then numbered notes (how parts of years were compared, what the document
 * contradicts, manual statuses) and a legend. Written from the same
 * {@link StatusJson} as `ivp status --format json`, in its language.
 *
 * @param status - the result of `evaluateStatus`
 * @returns the text, ending in a newline
 * @example
 * renderStatusText(evaluateStatus(plan)).split("\n")[0]
 * //=> "Voortgang: Integraal Veiligheidsplan Gemeente Laren 2019-2022"
 */
export function renderStatusText(status: StatusJson): string {
  const { lang } = status;
  const m = statusMessagesFor(lang);
  const table = [m.statusText.headers, ...status.indicators.map((i) => row(i, lang))];
  const widths = m.statusText.headers.map((_, c) =>
    Math.max(...table.map((r) => (r[c] ?? "").length)),
  );
  const lines = table.map((r) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
  const notes: string[] = [];
  for (const indicator of status.indicators) {
    if (indicator.target?.illustrative)
      notes.push(`${indicator.id}: ${m.progress.illustrativeTarget}.`);
    const note = comparisonNote(indicator, lang);
    if (note) notes.push(`${indicator.id}: ${note}`);
    const verdict = verdictNote(indicator, lang);
    if (verdict) notes.push(`${indicator.id}: ${verdict}`);
    const trend = trendNote(indicator, lang);
    if (trend) notes.push(`${indicator.id}: ${trend}`);
    const rate = rateNote(indicator, lang);
    if (rate) notes.push(`${indicator.id}: ${rate}`);
    for (const warning of indicator.warnings) notes.push(`${indicator.id}: ${warning.message}`);
    const override = indicator.status.override;
    if (override) {
      notes.push(
        `${indicator.id}: ${m.progress.manualStatus} (${m.status[override.status]}): ${override.reason}`,
      );
    }
  }
  const asOf = status.asOf ? m.asOf(formatPeriod(status.asOf, lang)) : m.asOfLatest;
  return [
    `${m.statusText.title}: ${status.plan.title}`,
    asOf,
    "",
    ...lines,
    "",
    ...(notes.length > 0
      ? [`${m.statusText.notes}:`, ...notes.map((n, i) => `${i + 1}. ${n}`), ""]
      : []),
    statusLegend(lang),
    ...[correctionLegend(status.correction, lang)].filter((l): l is string => l !== null),
    m.progress.significanceLegend,
    m.progress.everyComponent,
    "",
  ].join("\n");
}
