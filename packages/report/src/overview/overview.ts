import {
  type Language,
  type Observation,
  type ProgressStatus,
  parsePeriod,
  periodKind,
  ratePer1000,
  roundPercentChange,
  type Unit,
} from "@ivp/model";
import type { EvaluatedPlan } from "../evaluated-plan.ts";
import { STATUS_ORDER } from "../view/report-view.ts";

/** One indicator of one municipality in an overview. */
export interface OverviewFigure {
  readonly indicator: string;
  readonly baseline: { readonly period: string; readonly value: number } | null;
  /** The latest figure comparable with the baseline (see `EvaluatedIndicator.latest`). */
  readonly latest: { readonly period: string; readonly value: number } | null;
  /**
   * The change from the baseline to the latest figure in percent, rounded half
   * away from zero to a whole percent (exactly); `null` without both figures,
   * when they are for the same period, or when the baseline is 0.
   */
  readonly change: number | null;
  /**
   * The latest figure per 1,000 inhabitants (exact, one decimal), for a count
   * of a whole year when the municipality's inhabitants of that year are
   * known (see {@link OverviewEntry.population}); else `null`.
   */
  readonly ratePer1000: number | null;
  readonly status: ProgressStatus;
}

/** One municipality in an overview. */
export interface OverviewEntry {
  readonly code: string;
  /** True for an invented municipality of the synthetic data set (GM9001-GM9999). */
  readonly codeIsSynthetic: boolean;
  readonly name: string;
  /** The path of its report, relative to the overview; `null` when there is none. */
  readonly report: string | null;
  readonly planPeriod: { readonly start: number; readonly end: number };
  /**
   * The inhabitants (series `inwoners`, CBS table 03759NED) of every year the
   * figures had them for; empty when the data had none.
   */
  readonly population: readonly { readonly period: string; readonly value: number }[];
  /** One per indicator, in the plan's order. */
  readonly figures: readonly OverviewFigure[];
  /** How many of its indicators have each status. */
  readonly statusCounts: Readonly<Record<ProgressStatus, number>>;
}

/**
 * The overview of a bulk run: every municipality with its key figures and
 * statuses. Plain data; `JSON.stringify` of it is the overview's JSON format.
 */
export interface Overview {
  /** Always `"ivp-bulk-overview"`. */
  readonly format: "ivp-bulk-overview";
  readonly formatVersion: 1;
  readonly lang: Language;
  readonly title: string;
  /** The data file the figures were read from, as given. */
  readonly source: string | null;
  /** The plan period of every entry, or `null` when they differ. */
  readonly planPeriod: { readonly start: number; readonly end: number } | null;
  /** The indicators, in the template's order. */
  readonly indicators: readonly {
    readonly id: string;
    readonly label: string;
    readonly unit: Unit;
  }[];
  /** Every municipality, by name (then code). */
  readonly entries: readonly OverviewEntry[];
  /** Per indicator: how many municipalities have each status. */
  readonly statusCounts: Readonly<Record<string, Readonly<Record<ProgressStatus, number>>>>;
  /**
   * The municipalities (codes, in the order of `entries`) whose first
   * indicator has a latest figure but no inhabitants of its year, so no
   * figure per 1,000 inhabitants.
   */
  readonly withoutInhabitants: readonly string[];
}

/** Options of {@link summariseForOverview}. */
export interface SummariseForOverviewOptions {
  /** The path of the municipality's report, relative to the overview. */
  readonly report?: string | null;
  readonly codeIsSynthetic?: boolean;
  /**
   * The observations the plan was evaluated with: those of the population
   * series give the rates per 1,000 inhabitants.
   */
  readonly observations?: readonly Observation[];
  /** The series of the inhabitants in those observations; default `inwoners`, as `ivp import` writes it. */
  readonly populationSeries?: string;
}

function emptyCounts(): Record<ProgressStatus, number> {
  return Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<ProgressStatus, number>;
}

/**
 * The line of an evaluated plan in an overview: per indicator its baseline,
 * its latest comparable figure, the change between them (exact, rounded to a
 * whole percent), the figure per 1,000 inhabitants where the observations
 * have the inhabitants of its year, and its status (`not-assessed` when the plan was evaluated
 * without progress assessment); and how many indicators have each status.
 *
 * @param evaluated - the result of `evaluatePlan`
 * @param options - the report's path and whether the code is synthetic
 * @returns the entry
 * @example
 * summariseForOverview(evaluatePlan(laren)).figures.find((f) => f.indicator === "woninginbraken")
 * //=> { indicator: "woninginbraken", baseline: { period: "2017", value: 79 }, latest: { period: "2017", value: 79 }, change: null, status: "not-assessed" }
 */
export function summariseForOverview(
  evaluated: EvaluatedPlan,
  options: SummariseForOverviewOptions = {},
): OverviewEntry {
  const statusCounts = emptyCounts();
  const code = evaluated.plan.municipality.code;
  const series = options.populationSeries ?? "inwoners";
  const population = (options.observations ?? [])
    .filter((o) => o.series === series && o.area === code && o.value !== null && o.value > 0)
    .map((o) => ({ period: o.period, value: o.value as number }))
    .filter((o) => {
      const parsed = parsePeriod(o.period);
      return parsed.success && periodKind(parsed.data) === "year";
    })
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
    .filter((o, i, all) => all[i - 1]?.period !== o.period);
  const figures = evaluated.indicators.map((indicator): OverviewFigure => {
    const { progress } = indicator;
    const baseline = progress.baseline
      ? { period: progress.baseline.period, value: progress.baseline.value }
      : null;
    const latest = progress.latest
      ? { period: progress.latest.period, value: progress.latest.value }
      : null;
    const change =
      baseline && latest && latest.period !== baseline.period
        ? roundPercentChange(baseline.value, latest.value)
        : null;
    const status: ProgressStatus = progress.status.effective;
    statusCounts[status]++;
    // A rate of a whole year's count, by the inhabitants of that year.
    const inhabitants =
      latest && indicator.unit === "count"
        ? (population.find((p) => p.period === latest.period)?.value ?? null)
        : null;
    const rate = latest ? ratePer1000(latest.value, inhabitants, { decimals: 1 }) : null;
    return { indicator: indicator.id, baseline, latest, change, ratePer1000: rate, status };
  });
  const { plan } = evaluated;
  return {
    code: plan.municipality.code,
    codeIsSynthetic: options.codeIsSynthetic ?? false,
    name: plan.municipality.name,
    report: options.report ?? null,
    planPeriod: { start: plan.period.start, end: plan.period.end },
    population,
    figures,
    statusCounts,
  };
}

/** Options of {@link createOverview}. */
export interface CreateOverviewOptions {
  readonly entries: readonly OverviewEntry[];
  /** The indicators of the template, in order. */
  readonly indicators: Overview["indicators"];
  readonly lang: Language;
  readonly title?: string;
  readonly source?: string | null;
}

/**
 * Puts the entries of a bulk run together: sorted by name (then code), with
 * the plan period they share and, per indicator, how many municipalities have
 * each status.
 *
 * @param options - the entries, the indicators and the language
 * @returns the overview every overview renderer takes
 * @example
 * createOverview({ entries: [eemnes, blaricum], indicators, lang: "nl" }).entries.map((e) => e.name)
 * //=> ["Blaricum", "Eemnes"]
 */
export function createOverview(options: CreateOverviewOptions): Overview {
  // One collator for the whole sort: `a.localeCompare(b, "nl")` is defined as
  // `new Intl.Collator("nl").compare(a, b)` (the same order, tested). V8
  // loads ICU's collation data at a process's first collator (tens of ms):
  // `ivp bulk` makes one early, while its workers render (run.ts).
  const byName = new Intl.Collator("nl").compare;
  const entries = [...options.entries].sort(
    (a, b) => byName(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  const statusCounts: Record<string, Record<ProgressStatus, number>> = {};
  for (const indicator of options.indicators) statusCounts[indicator.id] = emptyCounts();
  for (const entry of entries) {
    for (const figure of entry.figures) {
      const counts = statusCounts[figure.indicator];
      if (counts) counts[figure.status]++;
    }
  }
  const first = entries[0]?.planPeriod;
  const shared =
    first &&
    entries.every((e) => e.planPeriod.start === first.start && e.planPeriod.end === first.end)
      ? first
      : null;
  const title =
    options.title ??
    (options.lang === "nl" ? "Overzicht per gemeente" : "Overview by municipality");
  return {
    format: "ivp-bulk-overview",
    formatVersion: 1,
    lang: options.lang,
    title,
    source: options.source ?? null,
    planPeriod: shared,
    indicators: options.indicators,
    entries,
    statusCounts,
    withoutInhabitants: entries
      .filter((e) => {
        const first = e.figures[0];
        return first?.latest != null && first.ratePer1000 === null;
      })
      .map((e) => e.code),
  };
}

/**
 * The municipalities without inhabitants of their latest year, as a reader
 * finds them: "Eemnes (GM0317)".
 *
 * @example
 * namesWithoutInhabitants(overview) //=> ["Eemnes (GM0317)"]
 */
export function namesWithoutInhabitants(overview: Overview): string[] {
  const byCode = new Map(overview.entries.map((e) => [e.code, e.name]));
  return overview.withoutInhabitants.map((code) => `${byCode.get(code) ?? code} (${code})`);
}
