import {
  type Baseline,
  findIndicatorGoal,
  type Indicator,
  IvpError,
  isAverageBaseline,
  type Language,
  type Plan,
  parsePeriod,
  type Target,
} from "@ivp/model";
import { checkPlanObject } from "@ivp/plan-file";
import { importText } from "../messages/say.ts";
import type { BulkMunicipality } from "./bulk-municipality.ts";

/** Options of {@link instantiatePlan}. */
export interface InstantiatePlanOptions {
  readonly municipality: BulkMunicipality;
  /** The municipality's figure of a series for a whole year (see `MunicipalityFigures.year`). */
  readonly yearFigure: (series: string, year: number) => number | null | undefined;
  /** The target of an indicator without one: this change in percent from the baseline, by the plan's last year. Default none. */
  readonly defaultChange?: number;
  /** Check the result against the plan schema and its references. Default true. */
  readonly validate?: boolean;
  /** The language of the problem an invalid result is refused with (`data.problem` of the error). Default English. */
  readonly lang?: Language;
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
 * A template plan filled in for one municipality, for a bulk run: the
 * municipality and its area replace the template's; the template's own
 * figures, data files and narrative claims (about another municipality) are
 * left out, and so are the figure tables' printed and supplied cells; every indicator gets the municipality's figure for its baseline
 * period (the template's baseline period, else the year before the plan;
 * whole years only) and the template's target, made general (a relative or
 * keep-level target loses the value printed for the template's municipality),
 * else the default change. Indicator-table rows show the same baseline and
 * target. An indicator whose baseline figure is missing gets no baseline (its
 * status is then "not assessable"). The template is not changed.
 *
 * @param template - a validated plan, such as `createBulkTemplate`'s
 * @param options - the municipality, its yearly figures, and the language of a problem
 * @returns the plan, validated (an `IvpError` if the template makes an invalid plan)
 * @example
 * instantiatePlan(createBulkTemplate({ period: { start: 2020, end: 2023 } }), {
 *   municipality: { code: "GM0417", name: "Laren", statlineName: "Laren (NH.)", codeIsSynthetic: false },
 *   yearFigure: (series, year) => (series === "woninginbraken" && year === 2019 ? 31 : undefined),
 * }).indicators.find((i) => i.id === "woninginbraken")?.baseline
 * //=> { value: 31, period: "2019" }
 */
export function instantiatePlan(template: Plan, options: InstantiatePlanOptions): Plan {
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
  if (options.validate === false) return plan;
  const checked = checkPlanObject(plan, options.lang);
  if (checked.success) return checked.plan;
  // An IvpError, not an ImportError: the CLI says it as it says a model's
  // refusal (no file, no "nothing written"), in the reader's language through
  // its id (wordImportError); the problem, with its field, is worded in
  // `options.lang` as a plan file's would be.
  const problem = checked.field === "" ? checked.message : `${checked.field}: ${checked.message}`;
  const data = { name: m.name, code: m.code, problem };
  throw new IvpError("invalid-plan", importText("en", "bulk/template-not-a-plan", data), {
    messageId: "bulk/template-not-a-plan",
    data,
  });
}
