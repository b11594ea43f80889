import type { FigureTable, Plan } from "@ivp/model";
import { parsePlanYaml } from "@ivp/plan-file";
import { importError } from "../messages/say.ts";
import { createPlanTemplate, planTemplatePeriodTexts } from "../template/plan-template.ts";

/** The period of a plan: its first and last year. */
export interface PlanPeriod {
  readonly start: number;
  readonly end: number;
}

/** Options of {@link createBulkTemplate}. */
export interface CreateBulkTemplateOptions {
  readonly period: PlanPeriod;
  /** The default target of every indicator: this change in percent from the baseline. Default -10. */
  readonly targetChange?: number;
  /**
   * A template this function made before, for another period (and any
   * change): the new one is made from it rather than from the plan text,
   * which is written and parsed (YAML and the plan schema) only once a run.
   * The result is the same either way (a test holds the two to each other).
   */
  readonly from?: Plan;
}

/** The code the built-in template's placeholder municipality has (replaced per municipality). */
const PLACEHOLDER = { name: "Sjabloon", code: "GM9999" } as const;

/**
 * The figure table of a bulk report: every year from the baseline year to the
 * end of the plan, the change of the last year from the year before, and from
 * the baseline year.
 */
function developmentTable(plan: Plan, period: PlanPeriod): FigureTable {
  const baseline = period.start - 1;
  const years = Array.from({ length: period.end - baseline + 1 }, (_, i) => baseline + i);
  const changes =
    period.end - 1 > baseline
      ? [
          {
            id: "ontwikkeling-jaar",
            kind: "change" as const,
            from: String(period.end - 1),
            to: String(period.end),
            header: `${period.end} t.o.v. ${period.end - 1}`,
          },
        ]
      : [];
  return {
    id: "politiecijfers",
    title: `Geregistreerde misdrijven ${baseline}-${period.end}`,
    source: "politie",
    columns: [
      ...years.map((year) => ({
        id: `jaar-${year}`,
        kind: "value" as const,
        period: String(year),
      })),
      ...changes,
      {
        id: "ontwikkeling-nulmeting",
        kind: "change" as const,
        from: String(baseline),
        to: String(period.end),
        header: `${period.end} t.o.v. ${baseline}`,
      },
    ],
    rows: plan.series.filter((s) => s.codes?.police !== undefined).map((s) => ({ series: s.id })),
  };
}

/** The plan `ivp init` makes for the placeholder municipality, written and parsed. */
function parsedTemplate(period: PlanPeriod): Plan {
  const text = createPlanTemplate({ municipality: PLACEHOLDER, period, schemaPath: false });
  const parsed = parsePlanYaml(text, "ivp-bulk-template.yaml");
  if (!parsed.success) {
    throw importError(
      "internal",
      "internal/template-invalid",
      { problem: String(parsed.issues[0]?.message) },
      { cause: parsed.issues[0] },
    );
  }
  return parsed.plan;
}

/**
 * {@link parsedTemplate} of a period, from a built-in template of another
 * period: what the plan text takes from the period (`planTemplatePeriodTexts`;
 * its priorities' goals and its figure tables, which createBulkTemplate
 * replaces anyway, aside) set anew, every field in its place. The parse
 * of the text (its YAML and the plan schema, some 15-25 ms warm, twice
 * that the first time) was on the path to the first report: the run's
 * first template, for the series to read, is made before the figures give
 * the period.
 */
function withPeriod(template: Plan, period: PlanPeriod): Plan {
  const texts = planTemplatePeriodTexts(PLACEHOLDER.name, period);
  return {
    ...template,
    id: texts.id,
    title: texts.title,
    period: { start: period.start, end: period.end },
    indicatorTables: template.indicatorTables.map((table) =>
      table.headers
        ? {
            ...table,
            headers: {
              ...table.headers,
              baseline: texts.baselineHeader,
              target: texts.targetHeader,
            },
          }
        : table,
    ),
  };
}

/**
 * The built-in plan template of `ivp bulk`: the plan `ivp init` makes (the
 * usual police indicators with their crime-type codes, Kernbeleid Veiligheid,
 * see `createPlanTemplate`), with a default target for every indicator (a
 * change of `targetChange` percent, -10 by default, from the year before the
 * plan to its last year) and one figure table from the baseline year to the
 * last year with the changes from the year before and from the baseline. The
 * mission and the example priority say that the targets are defaults, not
 * adopted policy. Baselines are filled in per municipality (see
 * `instantiatePlan`).
 *
 * @param options - the plan period and the default change
 * @returns a validated plan for a placeholder municipality
 * @example
 * createBulkTemplate({ period: { start: 2020, end: 2023 } }).tables[0].columns.map((c) => c.id)
 * //=> ["jaar-2019", "jaar-2020", "jaar-2021", "jaar-2022", "jaar-2023", "ontwikkeling-jaar", "ontwikkeling-nulmeting"]
 */
export function createBulkTemplate(options: CreateBulkTemplateOptions): Plan {
  const { period } = options;
  const change = options.targetChange ?? -10;
  const plan = options.from ? withPeriod(options.from, period) : parsedTemplate(period);
  const baseline = period.start - 1;
  const goal = `Standaarddoel van ivp bulk: ${change > 0 ? "+" : ""}${change}% in ${period.end} ten opzichte van ${baseline}; geen vastgesteld beleid.`;
  return {
    ...plan,
    mission: `Automatisch gemaakt met ivp bulk uit open politiecijfers, met standaarddoelen (${change > 0 ? "+" : ""}${change}% in ${period.end} ten opzichte van ${baseline}) in plaats van vastgesteld beleid.`,
    priorities: plan.priorities.map((p) => ({ ...p, goals: goal })),
    indicators: plan.indicators.map((indicator) => ({
      ...indicator,
      targets: [{ kind: "relative", change, period: String(period.end) }],
    })),
    tables: [developmentTable(plan, period)],
  };
}
