// A small dashboard back end on @ivp/model and @ivp/plan-file: load a plan,
// compute a figure table, and summarise each indicator for a web page.
// The docs' tests run `summarisePlan` on the Laren plan, and the docs build
// type-checks this file, so the example cannot go stale.
import {
  type EvaluatedTable,
  evaluateTable,
  formatPeriodLabel,
  type Indicator,
  ObservationIndex,
  type Plan,
  parsePeriodOrThrow,
} from "@ivp/model";
import { formatIssue } from "@ivp/plan-file";
import { loadPlan } from "@ivp/plan-file/node";
import { renderTable } from "@ivp/report";

/** What the dashboard shows of one indicator. */
export interface IndicatorCard {
  readonly id: string;
  readonly label: string;
  readonly direction: Indicator["direction"];
  /** "79 (2017)": the baseline as the plan states it. */
  readonly baseline: string | null;
  /** "60 (-25%) in 2021": the target as printed. */
  readonly target: string | null;
}

/** An indicator's baseline and target: its own, else the first indicator table row listing it. */
function cardOf(plan: Plan, indicator: Indicator): IndicatorCard {
  const row = plan.indicatorTables
    .flatMap((table) => table.rows)
    .find((r) => r.indicator === indicator.id);
  const baseline = indicator.baseline ?? row?.baseline;
  const target = indicator.targets?.[0] ?? row?.target;
  return {
    id: indicator.id,
    label: indicator.label,
    direction: indicator.direction,
    baseline: baseline
      ? "average" in baseline
        ? `average ${baseline.average.from}-${baseline.average.to}`
        : `${baseline.value} (${baseline.period})`
      : null,
    target: target
      ? `${target.asPrinted ?? target.value ?? `${target.change}%`} in ${target.period}`
      : null,
  };
}

/** The dashboard's data: the indicator cards and one figure table. */
export interface PlanSummary {
  readonly title: string;
  readonly cards: readonly IndicatorCard[];
  readonly table: EvaluatedTable;
  /** The table as Markdown, e.g. for a report page. */
  readonly tableMarkdown: string;
  /** The header of each column, in English. */
  readonly columnHeaders: readonly string[];
}

/**
 * Loads a plan directory and summarises it for a dashboard. Throws with
 * every problem (file:line:col) when the plan does not load.
 */
export async function summarisePlan(dir: string, tableId: string): Promise<PlanSummary> {
  const loaded = await loadPlan(dir);
  if (!loaded.success) throw new Error(loaded.issues.map((issue) => formatIssue(issue)).join("\n"));
  const { plan, observations } = loaded;
  // One index for all lookups: the plan's own figures and those of its data files.
  const index = new ObservationIndex(observations);
  const table = evaluateTable(plan, tableId, { index, lang: "en" });
  return {
    title: plan.title,
    cards: plan.indicators.map((indicator) => cardOf(plan, indicator)),
    table,
    tableMarkdown: renderTable(table, "md", { lang: "en" }),
    columnHeaders: table.columns.map((c) =>
      c.kind === "value"
        ? formatPeriodLabel(parsePeriodOrThrow(c.period), { lang: "en" })
        : c.headerText,
    ),
  };
}
