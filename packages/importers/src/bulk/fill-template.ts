import {
  type Baseline,
  findIndicatorGoal,
  type Indicator,
  isAverageBaseline,
  type Plan,
  parsePeriod,
  type Target,
} from "@ivp/model";
import type { BulkMunicipality } from "./bulk-municipality.ts";

// instantiatePlan without the check against the plan schema, in a module of
// its own: ivp bulk's worker threads make most plans with it (the main thread
// checks the first), and a bundle that imports it gets none of the schema
// (zod, some 230 kB of the workers' bundle, compiled by every worker).

/** Options of {@link fillTemplate}. */
export interface FillTemplateOptions {
  readonly municipality: BulkMunicipality;
  /** The municipality's figure of a series for a whole year (see `MunicipalityFigures.year`). */
  readonly yearFigure: (series: string, year: number) => number | null | undefined;
  /** The target of an indicator without one: this change in percent from the baseline, by the plan's last year. Default none. */
  readonly defaultChange?: number;
}

/**
 * The own fields of `source` in their order, but for those named in
 * `except`: what `const { a: _a, b: _b, ...rest } = source` gives as `rest`,
 * and `{ ...source }` without `except` (every plan object is made of fields
 * named by strings: YAML, JSON and the plan schema make no others).
 *
 * Why not the rest and spread syntax: on Node 20 (V8 11.3) a rest pattern
 * and every field an object literal writes after a spread go through V8's
 * runtime, some microseconds each, and `ivp bulk` fills the template in
 * for every municipality in its worker threads (some 40 of those a plan).
 * The copy is written field by field; a field named `__proto__` is defined
 * as the spread defines it, never set as the prototype.
 */
function fieldsOf(source: object, except?: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  const keys = Object.keys(source);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (except?.includes(key)) continue;
    const value = (source as Record<string, unknown>)[key];
    if (key === "__proto__")
      Object.defineProperty(copy, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else copy[key] = value;
  }
  return copy;
}

const PRINTED = ["asPrinted"];
const PRINTED_AND_VALUE = ["asPrinted", "value"];

/** The target of a template, made independent of the municipality it was written for. */
function generalTarget(target: Target): Target {
  return fieldsOf(
    target,
    target.kind === "relative" || target.kind === "keep-level" ? PRINTED_AND_VALUE : PRINTED,
  ) as unknown as Target;
}

/** The fields of an indicator the template gives its own: its goal's (made anew) and its status. */
const INDICATOR_GOAL = ["baseline", "targets", "statusOverride"];
/** The fields of an indicator-table row made anew. */
const ROW_GOAL = ["baseline", "target"];
/** The cells of a figure table's row that were the template municipality's. */
const ROW_CELLS = ["printed", "supplied"];

/**
 * `instantiatePlan` without the check: a template plan filled in for one
 * municipality (see there), not checked against the plan schema. The
 * template is not changed.
 *
 * @param template - a validated plan, such as `createBulkTemplate`'s
 * @param options - the municipality and its yearly figures
 * @returns the plan, unchecked
 */
export function fillTemplate(template: Plan, options: FillTemplateOptions): Plan {
  const { municipality: m } = options;
  const templateName = template.municipality.name;
  const goals = new Map<string, { baseline: Baseline | undefined; targets: Target[] }>();
  const indicators = template.indicators.map((indicator): Indicator => {
    const goal = findIndicatorGoal(template, indicator);
    const own = goal.baseline?.value;
    // An average baseline is general already: it averages each municipality's own figures.
    const average = own && isAverageBaseline(own) ? own : undefined;
    const period =
      (own && !isAverageBaseline(own) ? own.period : undefined) ??
      String(template.period.start - 1);
    const parsed = parsePeriod(period);
    const series = indicator.series ?? indicator.id;
    const value =
      parsed.success && parsed.data.startMonth === 1 && parsed.data.endMonth === 12
        ? options.yearFigure(series, parsed.data.year)
        : undefined;
    const baseline: Baseline | undefined =
      average ?? (value === null || value === undefined ? undefined : { value, period });
    const targets =
      goal.targets.length > 0
        ? goal.targets.map((t) => generalTarget(t.value))
        : options.defaultChange !== undefined
          ? [
              {
                kind: "relative" as const,
                change: options.defaultChange,
                period: String(template.period.end),
              },
            ]
          : [];
    goals.set(indicator.id, { baseline, targets });
    // { ...rest, baseline, targets } of the rest without the goal (see fieldsOf).
    const filled = fieldsOf(indicator, INDICATOR_GOAL);
    if (baseline) filled.baseline = baseline;
    if (targets.length > 0) filled.targets = targets;
    return filled as unknown as Indicator;
  });
  // { ...template, id, title, ... }: a field the template has keeps its
  // place, one it lacks comes after the others (see fieldsOf).
  const plan = fieldsOf(template);
  plan.id = `${m.code.toLowerCase()}-${template.period.start}-${template.period.end}`;
  plan.title = template.title.split(templateName).join(m.name);
  const municipality: Record<string, unknown> = { name: m.name, code: m.code };
  if (m.statlineName !== undefined) municipality.statlineName = m.statlineName;
  plan.municipality = municipality;
  plan.areas = [{ id: m.code, name: m.name, kind: "municipality", code: m.code }];
  plan.mission = template.mission.split(templateName).join(m.name);
  plan.indicators = indicators;
  plan.indicatorTables = template.indicatorTables.map((table) => {
    const filled = fieldsOf(table);
    filled.rows = table.rows.map((row) => {
      const goal = goals.get(row.indicator);
      const filledRow = fieldsOf(row, ROW_GOAL);
      if (goal?.baseline) filledRow.baseline = goal.baseline;
      const target = goal?.targets[0];
      if (target) filledRow.target = target;
      return filledRow;
    });
    return filled;
  });
  // Printed and supplied cells were the template municipality's: left out.
  plan.tables = template.tables.map((table) => {
    const filled = fieldsOf(table);
    if (table.area === template.municipality.code) filled.area = m.code;
    filled.rows = table.rows.map((row) => fieldsOf(row, ROW_CELLS));
    return filled;
  });
  plan.observations = [];
  plan.claims = [];
  plan.data = [];
  return plan as unknown as Plan;
}
