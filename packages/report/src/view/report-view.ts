import type { Language, Partner, Plan, Target, Theme, Unit } from "@ivp/model";
import { evaluateTarget } from "../evaluate/effective-targets.ts";
import type {
  DisplayStatus,
  EvaluatedIndicator,
  EvaluatedIndicatorTable,
  EvaluatedIndicatorTableRow,
  EvaluatedPlan,
} from "../evaluated-plan.ts";
import {
  formatFraction,
  formatIndicatorValue,
  formatPeriod,
  formatTarget,
} from "../format/format-value.ts";
import { type Messages, messagesFor } from "../i18n/messages.ts";

/**
 * What the HTML and Markdown renderers share: lookups and the texts of every
 * figure, so both formats print the same numbers.
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

/** The status the report shows for an indicator. */
export interface StatusView {
  readonly status: DisplayStatus;
  readonly text: string;
  /** True when the status is the plan's manual override. */
  readonly manual: boolean;
  /** The reason of a manual status. */
  readonly reason: string | null;
}

/**
 * The status shown for an indicator: the plan's manual override when it has
 * one, else the automatic status, else "not assessed". Never a guess.
 *
 * @example
 * statusView(view, indicatorWithoutProgress) //=> { status: "not-assessed", text: "Niet beoordeeld", manual: false, reason: null }
 */
export function statusView(view: ReportView, indicator: EvaluatedIndicator): StatusView {
  if (indicator.statusOverride) {
    const status = indicator.statusOverride.status;
    return {
      status,
      text: `${view.m.status[status]} (${view.m.manual})`,
      manual: true,
      reason: indicator.statusOverride.reason,
    };
  }
  const status: DisplayStatus = indicator.progress?.status ?? "not-assessed";
  return { status, text: view.m.status[status], manual: false, reason: null };
}

/** A value with its unit, e.g. "7,5" or "1,7%". */
export function valueText(view: ReportView, value: number, unit: Unit): string {
  return formatIndicatorValue(value, unit, view.lang);
}

/** "79 (2017)": a value and its period. */
export function valueWithPeriod(
  view: ReportView,
  value: number,
  period: string,
  unit: Unit,
): string {
  return `${valueText(view, value, unit)} (${formatPeriod(period, view.lang)})`;
}

/** The effective baseline of an indicator, e.g. "79 (2017)", or a dash. */
export function baselineText(view: ReportView, indicator: EvaluatedIndicator): string {
  const b = indicator.baseline;
  return b ? valueWithPeriod(view, b.value, b.period, indicator.unit) : view.m.notAvailable;
}

/** The first effective target of an indicator, e.g. "60 (-25%) (2021)", or a dash. */
export function targetText(view: ReportView, indicator: EvaluatedIndicator): string {
  const t = indicator.targets[0];
  return t
    ? `${formatTarget(t, indicator.unit, view.lang)} (${formatPeriod(t.period, view.lang)})`
    : view.m.notAvailable;
}

/**
 * The latest value: the one the assessment used when there is one (marked
 * when projected), else the latest observation comparable with the baseline.
 */
export function latestText(view: ReportView, indicator: EvaluatedIndicator): string {
  const assessed = indicator.progress?.latest;
  if (assessed) {
    const text = valueWithPeriod(view, assessed.value, assessed.period, indicator.unit);
    return assessed.projected ? `${text}*` : text;
  }
  const latest = indicator.latest;
  return latest
    ? valueWithPeriod(view, latest.value, latest.period, indicator.unit)
    : view.m.notAvailable;
}

/** The fraction of the way, e.g. "46%", or a dash when not assessed. */
export function fractionText(view: ReportView, indicator: EvaluatedIndicator): string {
  const fraction = indicator.progress?.fractionOfTheWay;
  return fraction === null || fraction === undefined
    ? view.m.notAvailable
    : formatFraction(fraction, view.lang);
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
  readonly fraction: string;
  readonly status: StatusView;
  /** Explanation when the row prints other values than the indicator is followed with. */
  readonly differs: string | null;
}

function printedTarget(
  view: ReportView,
  target: Target,
  unit: Unit,
  baseline: EvaluatedIndicatorTableRow["baseline"],
): string {
  const evaluated = evaluateTarget(target, baseline ? { ...baseline, from: "" } : null, "");
  return formatTarget(evaluated, unit, view.lang);
}

/**
 * The row of an indicator table as the report prints it: label, source,
 * baseline and target as the table printed them, then the latest value,
 * fraction of the way and status of the indicator.
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
  const notAvailable = view.m.notAvailable;
  const differs =
    indicator && row.differsFromEffective
      ? view.m.differsFromEffective(baselineText(view, indicator), targetText(view, indicator))
      : null;
  return {
    indicator,
    id: row.indicator,
    label: row.label,
    source: row.source ?? indicator?.source?.name ?? notAvailable,
    baseline: row.baseline ? valueText(view, row.baseline.value, unit) : notAvailable,
    target: row.target ? printedTarget(view, row.target, unit, row.baseline) : notAvailable,
    latest: indicator ? latestText(view, indicator) : notAvailable,
    fraction: indicator ? fractionText(view, indicator) : notAvailable,
    status: indicator
      ? statusView(view, indicator)
      : {
          status: "not-assessed",
          text: view.m.status["not-assessed"],
          manual: false,
          reason: null,
        },
    differs,
  };
}

/** Where a baseline or target came from: the indicator itself or an indicator table's title. */
export function fromText(view: ReportView, from: string): string {
  if (from === "indicator") return view.m.fromIndicator;
  const table = view.evaluated.indicatorTables.find((t) => t.id === from);
  return view.m.fromTable(table?.title ?? from);
}

/** Indicator tables of a theme (`null`: the plan's main goals). */
export function indicatorTablesOf(
  view: ReportView,
  theme: string | null,
): EvaluatedIndicatorTable[] {
  return view.evaluated.indicatorTables.filter((t) => t.theme === theme);
}

/** Whether any latest value shown for these indicators is a projection (marked with `*`). */
export function anyProjected(indicators: readonly (EvaluatedIndicator | undefined)[]): boolean {
  return indicators.some((i) => i?.progress?.latest?.projected === true);
}

/** How many indicators have each display status. */
export function statusCounts(view: ReportView): Map<DisplayStatus, number> {
  const counts = new Map<DisplayStatus, number>();
  for (const indicator of view.evaluated.indicators) {
    const { status } = statusView(view, indicator);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return counts;
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
    c.fraction,
    c.status,
  ];
}

/**
 * A calculation component as text: numbers with the language's decimal
 * separator and all their digits (a reader redoes the sum with them), yes/no
 * for booleans, a dash for a missing value.
 */
export function componentText(view: ReportView, value: number | string | boolean | null): string {
  if (value === null) return view.m.notAvailable;
  if (typeof value === "boolean")
    return value ? view.m.indicatorFacts.yes : view.m.indicatorFacts.no;
  if (typeof value === "number")
    return view.lang === "en" ? String(value) : String(value).replace(".", ",");
  return value;
}
