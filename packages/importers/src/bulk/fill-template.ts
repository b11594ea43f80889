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

/** The target of a template, made independent of the municipality it was written for. */
function generalTarget(target: Target): Target {
  const { asPrinted: _printed, ...rest } = target;
  if (target.kind === "relative" || target.kind === "keep-level") {
    const { value: _value, ...general } = rest;
    return general;
  }
  return rest;
}

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
    const { baseline: _b, targets: _t, statusOverride: _s, ...rest } = indicator;
    return {
      ...rest,
      ...(baseline && { baseline }),
      ...(targets.length > 0 && { targets }),
    };
  });
  const plan: Plan = {
    ...template,
    id: `${m.code.toLowerCase()}-${template.period.start}-${template.period.end}`,
    title: template.title.split(templateName).join(m.name),
    municipality: {
      name: m.name,
      code: m.code,
      ...(m.statlineName !== undefined && { statlineName: m.statlineName }),
    },
    areas: [{ id: m.code, name: m.name, kind: "municipality", code: m.code }],
    mission: template.mission.split(templateName).join(m.name),
    indicators,
    indicatorTables: template.indicatorTables.map((table) => ({
      ...table,
      rows: table.rows.map((row) => {
        const goal = goals.get(row.indicator);
        const { baseline: _b, target: _t, ...rest } = row;
        const target = goal?.targets[0];
        return {
          ...rest,
          ...(goal?.baseline && { baseline: goal.baseline }),
          ...(target && { target }),
        };
      }),
    })),
    // Printed and supplied cells were the template municipality's: left out.
    tables: template.tables.map((table) => ({
      ...table,
      ...(table.area === template.municipality.code && { area: m.code }),
      rows: table.rows.map(({ printed: _p, supplied: _s, ...row }) => row),
    })),
    observations: [],
    claims: [],
    data: [],
  };
  return plan;
}
