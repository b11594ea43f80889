import {
  type Baseline,
  type Language,
  type Partner,
  type Plan,
  PROGRESS_STATUSES,
  type ProgressStatus,
  type Theme,
  type Unit,
} from "@ivp/model";
import type {
  EvaluatedIndicator,
  EvaluatedIndicatorTable,
  EvaluatedIndicatorTableRow,
  EvaluatedPlan,
} from "../evaluated-plan.ts";
import { formatIndicatorValue, formatTarget } from "../format/format-value.ts";
import { type Messages, messagesFor } from "../i18n/messages.ts";
import {
  averageRangeText,
  baselineWithPeriod,
  changeText,
  figureWithPeriod,
  fractionText,
  type SignificanceParts,
  significanceParts,
  significanceWords,
  targetText,
  verdictNote,
} from "../status/progress-text.ts";
import type { GoalSourceJson } from "../status/status-json-types.ts";

/**
 * What the HTML and Markdown renderers share: lookups and the texts of every
 * figure, so both formats print the same numbers (and the same as `ivp
 * status`, whose texts come from the same functions).
 */
export interface ReportView {
  readonly evaluated: EvaluatedPlan;
  readonly plan: Plan;
  readonly lang: Language;
  readonly m: Messages;
  readonly indicator: (id: string) => EvaluatedIndicator | undefined;
  readonly theme: (id: string) => Theme | undefined;
  readonly partner: (id: string) => Partner | undefined;
}

/**
 * Builds the shared view of an evaluated plan.
 *
 * @example
 * createReportView(evaluated).m.sections.summary //=> "Samenvatting"
 */
export function createReportView(evaluated: EvaluatedPlan): ReportView {
  const indicators = new Map(evaluated.indicators.map((i) => [i.id, i]));
  const themes = new Map(
    [...evaluated.plan.priorities, ...evaluated.plan.themes].map((t) => [t.id, t]),
  );
  const partners = new Map(evaluated.plan.partners.map((p) => [p.id, p]));
  return {
    evaluated,
    plan: evaluated.plan,
    lang: evaluated.lang,
    m: messagesFor(evaluated.lang),
    indicator: (id) => indicators.get(id),
    theme: (id) => themes.get(id),
    partner: (id) => partners.get(id),
  };
}

/** Every status, in the order the summary counts them: the model's, best first. */
export const STATUS_ORDER: readonly ProgressStatus[] = PROGRESS_STATUSES;

/** The symbol shown with each status, so a status never depends on colour alone. */
export const STATUS_ICON: Readonly<Record<ProgressStatus, string>> = {
  achieved: "✓",
  ahead: "▲",
  indistinguishable: "≈",
  behind: "▽",
  worse: "▼",
  "not-achieved": "✗",
  "not-assessable": "?",
};

/** The status the report shows for an indicator. */
export interface StatusView {
  /** The effective status: the plan's manual one, else the automatic one. */
  readonly status: ProgressStatus;
  /** The status in words, exactly as `ivp status` prints it. */
  readonly text: string;
  /** The reason of a manual status. */
  readonly reason: string | null;
}

/**
 * The status shown for an indicator, as `ivp status` shows it: with the
 * reason when it is not assessable, and a manual status with the automatic
 * one beside it.
 *
 * @example
 * statusView(woninginbraken) //=> { status: "ahead", text: "voor op schema", reason: null }
 */
export function statusView(indicator: EvaluatedIndicator): StatusView {
  const { status } = indicator.progress;
  return { status: status.effective, text: status.text, reason: status.override?.reason ?? null };
}

/** A status label without reason, e.g. for the counts of the summary. */
export function statusLabelView(view: ReportView, status: ProgressStatus): StatusView {
  return { status, text: view.m.status[status], reason: null };
}

/** A value with its unit, e.g. "7,5" or "1,7%". */
function valueText(view: ReportView, value: number, unit: Unit): string {
  return formatIndicatorValue(value, unit, view.lang);
}

/**
 * The texts of an indicator that several parts of a report print (its facts,
 * the main goals, a theme's table, the summary): each worked out when first
 * asked for and kept for the view. `undefined`: not yet asked for.
 */
interface IndicatorTexts {
  baseline: string | undefined;
  latest: string | undefined;
  change: string | undefined;
  fraction: string | undefined;
  significanceParts: SignificanceParts | null | undefined;
  verdict: string | null | undefined;
}

const textsByView = new WeakMap<ReportView, WeakMap<EvaluatedIndicator, IndicatorTexts>>();

/**
 * The kept texts of an indicator in a view. Why: an HTML report printed the
 * change of each indicator three times, its baseline, latest figure and
 * significance four times and its verdict note twice, each time formatted
 * anew (numbers, periods, messages): some 170 texts for a report of nine
 * indicators in `ivp bulk`, whose code V8 mostly leaves unoptimised there
 * (apps/cli/src/bulk/v8-tuning.ts).
 */
function textsOf(view: ReportView, indicator: EvaluatedIndicator): IndicatorTexts {
  let byIndicator = textsByView.get(view);
  if (byIndicator === undefined) {
    byIndicator = new WeakMap();
    textsByView.set(view, byIndicator);
  }
  let texts = byIndicator.get(indicator);
  if (texts === undefined) {
    texts = {
      baseline: undefined,
      latest: undefined,
      change: undefined,
      fraction: undefined,
      significanceParts: undefined,
      verdict: undefined,
    };
    byIndicator.set(indicator, texts);
  }
  return texts;
}

/** The effective baseline of an indicator, e.g. "79 (2017)", or a dash. */
export function baselineText(view: ReportView, indicator: EvaluatedIndicator): string {
  const texts = textsOf(view, indicator);
  if (texts.baseline === undefined) {
    const b = indicator.progress.baseline;
    texts.baseline = b ? baselineWithPeriod(b, indicator.unit, view.lang) : view.m.notAvailable;
  }
  return texts.baseline;
}

/** The value of a row's baseline: as printed, or an average's mean (the indicator's, when it is the same average). */
function rowBaselineValue(
  baseline: Baseline | null,
  indicator: EvaluatedIndicator | undefined,
): number | null {
  if (!baseline) return null;
  if (!("average" in baseline)) return baseline.value;
  const effective = indicator?.progress.baseline;
  return effective?.average?.from === baseline.average.from &&
    effective.average.to === baseline.average.to
    ? effective.value
    : null;
}

/**
 * A table row's baseline as printed: its value, or for an average "gem.
 * 2015-2017: 45,3" (the mean when it is the indicator's own baseline, else
 * only the range: the row does not say which figures it averages).
 */
function rowBaselineText(
  view: ReportView,
  baseline: Baseline,
  indicator: EvaluatedIndicator | undefined,
  unit: Unit,
): string {
  if (!("average" in baseline)) return valueText(view, baseline.value, unit);
  const effective = indicator?.progress.baseline;
  if (
    effective?.average &&
    effective.average.from === baseline.average.from &&
    effective.average.to === baseline.average.to
  ) {
    return baselineWithPeriod(effective, unit, view.lang);
  }
  const range = averageRangeText({ ...baseline.average, periods: [] }, view.lang);
  return view.m.progress.averageBaseline(range, view.m.notAvailable);
}

/** The target progress is measured against, e.g. "60 (2021)", or a dash. */
export function assessedTargetText(view: ReportView, indicator: EvaluatedIndicator): string {
  return targetText(indicator.progress, view.lang) ?? view.m.notAvailable;
}

/** The latest figure up to the as-of moment with its period, e.g. "46 (jan-okt 2018)", or a dash. */
export function latestText(view: ReportView, indicator: EvaluatedIndicator): string {
  const texts = textsOf(view, indicator);
  if (texts.latest === undefined) {
    const latest = indicator.progress.latest;
    texts.latest = latest
      ? figureWithPeriod(latest, indicator.unit, view.lang)
      : view.m.notAvailable;
  }
  return texts.latest;
}

/** The change against what the latest figure is compared with, or a dash. */
export function indicatorChangeText(view: ReportView, indicator: EvaluatedIndicator): string {
  const texts = textsOf(view, indicator);
  if (texts.change === undefined)
    texts.change = changeText(indicator.progress, view.lang) ?? view.m.notAvailable;
  return texts.change;
}

/** The fraction of the way, e.g. "143%", or a dash. */
export function indicatorFractionText(view: ReportView, indicator: EvaluatedIndicator): string {
  const texts = textsOf(view, indicator);
  if (texts.fraction === undefined)
    texts.fraction = fractionText(indicator.progress, view.lang) ?? view.m.notAvailable;
  return texts.fraction;
}

/** Whether the change is distinguishable from chance, e.g. "p = 0,032: significant", or a dash. */
export function indicatorSignificanceText(view: ReportView, indicator: EvaluatedIndicator): string {
  // significanceText, from the parts kept for the view.
  const parts = indicatorSignificanceParts(view, indicator);
  return parts === null ? view.m.notAvailable : significanceWords(parts);
}

/** The p-value and verdict of the change since the baseline, corrected as the verdicts are; `null` without a comparison. */
function indicatorSignificanceParts(
  view: ReportView,
  indicator: EvaluatedIndicator,
): SignificanceParts | null {
  const texts = textsOf(view, indicator);
  if (texts.significanceParts === undefined)
    texts.significanceParts = significanceParts(
      indicator.progress.significance,
      view.lang,
      indicator.progress.verdict?.versusBaseline?.adjustedPValue,
    );
  return texts.significanceParts;
}

/** How the verdict was reached, in words (verdictNote); `null` without a verdict. */
export function indicatorVerdictNote(
  view: ReportView,
  indicator: EvaluatedIndicator,
): string | null {
  const texts = textsOf(view, indicator);
  if (texts.verdict === undefined) texts.verdict = verdictNote(indicator.progress, view.lang);
  return texts.verdict;
}

/**
 * Where an indicator belongs: "Hoofddoelstellingen" when the plan's main
 * goals list it, then the titles of its priorities and themes, e.g.
 * "4.1 Woninginbraken".
 */
export function themeTitles(view: ReportView, indicator: EvaluatedIndicator): string[] {
  const main = view.evaluated.indicatorTables.some(
    (t) => t.theme === null && t.rows.some((r) => r.indicator === indicator.id),
  );
  return [
    ...(main ? [view.m.sections.mainGoals] : []),
    ...indicator.themes.map((id) => {
      const theme = view.theme(id);
      return theme ? themeTitle(theme) : id;
    }),
  ];
}

/** A theme's heading: its number and title. */
export function themeTitle(theme: Theme): string {
  return theme.number ? `${theme.number} ${theme.title}` : theme.title;
}

/** The texts of one row of an indicator table, as printed plus the report's columns. */
export interface IndicatorRowView {
  readonly indicator: EvaluatedIndicator | undefined;
  readonly id: string;
  readonly label: string;
  readonly source: string;
  readonly baseline: string;
  readonly target: string;
  readonly latest: string;
  readonly change: string;
  readonly fraction: string;
  readonly status: StatusView | null;
  readonly significance: string;
  /** The same in two parts, for a cell that stacks them. */
  readonly significanceParts: SignificanceParts | null;
  /** Explanation when the row prints other values than the indicator is followed with. */
  readonly differs: string | null;
}

/**
 * The row of an indicator table as the report prints it: label, source,
 * baseline and target as the table printed them, then the indicator's
 * latest figure, change, fraction of the way, status and significance, as
 * `ivp status` has them.
 *
 * @example
 * indicatorRowView(view, table.rows[0]).target //=> "60 (-25%)"
 */
export function indicatorRowView(
  view: ReportView,
  row: EvaluatedIndicatorTableRow,
): IndicatorRowView {
  const indicator = view.indicator(row.indicator);
  const unit: Unit = indicator?.unit ?? "count";
  const dash = view.m.notAvailable;
  const differs =
    indicator && row.differsFromEffective
      ? view.m.differsFromEffective(
          baselineText(view, indicator),
          assessedTargetText(view, indicator),
        )
      : null;
  return {
    indicator,
    id: row.indicator,
    label: row.label,
    source: row.source ?? indicator?.source?.name ?? dash,
    baseline: row.baseline ? rowBaselineText(view, row.baseline, indicator, unit) : dash,
    target: row.target
      ? formatTarget(
          {
            kind: row.target.kind,
            // A keep-level target without a value keeps the baseline printed next to it.
            value:
              row.target.value ??
              (row.target.kind === "keep-level" ? rowBaselineValue(row.baseline, indicator) : null),
            change: row.target.change ?? null,
          },
          unit,
          view.lang,
        )
      : dash,
    latest: indicator ? latestText(view, indicator) : dash,
    change: indicator ? indicatorChangeText(view, indicator) : dash,
    fraction: indicator ? indicatorFractionText(view, indicator) : dash,
    status: indicator ? statusView(indicator) : null,
    significance: indicator ? indicatorSignificanceText(view, indicator) : dash,
    significanceParts: indicator ? indicatorSignificanceParts(view, indicator) : null,
    differs,
  };
}

/** Where a baseline or target came from: the indicator itself or an indicator table's title. */
export function fromText(view: ReportView, source: GoalSourceJson): string {
  if (source.table === null) return view.m.fromIndicator;
  const table = view.evaluated.indicatorTables.find((t) => t.id === source.table);
  return view.m.fromTable(table?.title ?? source.table);
}

/** Indicator tables of a theme (`null`: the plan's main goals). */
export function indicatorTablesOf(
  view: ReportView,
  theme: string | null,
): EvaluatedIndicatorTable[] {
  return view.evaluated.indicatorTables.filter((t) => t.theme === theme);
}

/** How many indicators have each effective status, and how many of those were set by hand. */
export function statusCounts(view: ReportView): {
  readonly counts: ReadonlyMap<ProgressStatus, number>;
  readonly manual: number;
} {
  const counts = new Map<ProgressStatus, number>();
  let manual = 0;
  for (const { progress } of view.evaluated.indicators) {
    counts.set(progress.status.effective, (counts.get(progress.status.effective) ?? 0) + 1);
    if (progress.status.override) manual++;
  }
  return { counts, manual };
}

/** How many indicators have an automatic status other than "not assessable". */
export function assessableCount(view: ReportView): number {
  return view.evaluated.indicators.filter((i) => i.progress.status.automatic !== "not-assessable")
    .length;
}

/** The name of who does an action: a partner's name when `who` is a partner id. */
export function whoText(view: ReportView, who: string): string {
  return view.partner(who)?.name ?? who;
}

/** The partner ids a theme involves: its own and those of its actions, in first-seen order. */
export function themePartners(theme: Theme): string[] {
  const ids: string[] = [];
  for (const id of [...theme.partners, ...theme.actions.flatMap((a) => a.partners)]) {
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The header row texts of an indicator table: as printed, else the report's own. */
export function indicatorTableHeaders(view: ReportView, table: EvaluatedIndicatorTable): string[] {
  const c = view.m.columns;
  return [
    table.headers?.indicator ?? c.indicator,
    table.headers?.source ?? c.source,
    table.headers?.baseline ?? c.baseline,
    table.headers?.target ?? c.target,
    c.latest,
    c.change,
    c.fraction,
    c.status,
    c.significance,
  ];
}

/** The columns of {@link indicatorTableHeaders} that hold numbers (right-aligned). */
export const INDICATOR_TABLE_NUMERIC: ReadonlySet<number> = new Set([2, 3, 4, 6]);

/** One indicator's warning as the summary lists it ("Let op"). */
export interface SummaryWarning {
  readonly id: string;
  readonly label: string;
  readonly message: string;
}

/**
 * Every warning of every indicator, in the plan's order: the reasons a
 * status is inconsistent or needs care, which the summary shows next to the
 * verdicts (the indicator's detail repeats them).
 */
export function summaryWarnings(view: ReportView): SummaryWarning[] {
  return view.evaluated.indicators.flatMap((indicator) =>
    indicator.progress.warnings.map((w) => ({
      id: indicator.id,
      label: indicator.label,
      message: w.message,
    })),
  );
}
