import { readFileSync } from "node:fs";
import {
  type Baseline,
  findIndicatorGoal,
  type Indicator,
  isAverageBaseline,
  type Plan,
  parsePeriod,
  type Target,
} from "@ivp/model";
import { parsePlanYaml } from "@ivp/plan-file";
import { describe, expect, it } from "vitest";
import type { BulkMunicipality } from "./bulk-municipality.ts";
import { createBulkTemplate } from "./bulk-template.ts";
import { type FillTemplateOptions, fillTemplate } from "./fill-template.ts";

// The reference: fillTemplate as it was written with the rest and spread
// syntax (before it copied fields one by one, fieldsOf in fill-template.ts).
function generalTargetBySpread(target: Target): Target {
  const { asPrinted: _printed, ...rest } = target;
  if (target.kind === "relative" || target.kind === "keep-level") {
    const { value: _value, ...general } = rest;
    return general;
  }
  return rest;
}

function fillTemplateBySpread(template: Plan, options: FillTemplateOptions): Plan {
  const { municipality: m } = options;
  const templateName = template.municipality.name;
  const goals = new Map<string, { baseline: Baseline | undefined; targets: Target[] }>();
  const indicators = template.indicators.map((indicator): Indicator => {
    const goal = findIndicatorGoal(template, indicator);
    const own = goal.baseline?.value;
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
        ? goal.targets.map((t) => generalTargetBySpread(t.value))
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
  return {
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
    tables: template.tables.map((table) => ({
      ...table,
      ...(table.area === template.municipality.code && { area: m.code }),
      rows: table.rows.map(({ printed: _p, supplied: _s, ...row }) => row),
    })),
    observations: [],
    claims: [],
    data: [],
  };
}

/** Every object's own keys in order, all the way down: what JSON and the renderers see. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value === null || typeof value !== "object") return value;
  return Object.keys(value).map((key) => [key, shape((value as Record<string, unknown>)[key])]);
}

function expectSame(template: Plan, options: FillTemplateOptions): void {
  const filled = fillTemplate(template, options);
  const reference = fillTemplateBySpread(template, options);
  expect(filled).toStrictEqual(reference);
  expect(shape(filled)).toEqual(shape(reference));
  expect(JSON.stringify(filled)).toBe(JSON.stringify(reference));
}

function examplePlan(name: string): Plan {
  const file = new URL(`../../../../examples/${name}/plan.yaml`, import.meta.url);
  const parsed = parsePlanYaml(readFileSync(file, "utf8"), "plan.yaml");
  if (!parsed.success) throw new Error(`examples/${name} does not parse`);
  return parsed.plan;
}

const MUNICIPALITIES: readonly BulkMunicipality[] = [
  { code: "GM0417", codeIsSynthetic: false, name: "Laren", statlineName: "Laren (NH.)" },
  { code: "GM9001", codeIsSynthetic: true, name: "Synthetisch 001" },
];

/** Figures for some series and years, none (or null) for others. */
function figures(seed: number): FillTemplateOptions["yearFigure"] {
  return (series, year) => {
    const n = (series.length * 31 + year * 7 + seed) % 11;
    return n === 0 ? undefined : n === 1 ? null : n * 17;
  };
}

describe("fillTemplate", () => {
  it("makes the plan the rest and spread syntax made: the same fields in the same order", () => {
    const templates = [
      createBulkTemplate({ period: { start: 2020, end: 2023 } }),
      createBulkTemplate({ period: { start: 2023, end: 2023 }, targetChange: 5 }),
      // Written plans: baselines (an average too), targets with printed
      // values, indicator tables with their own baseline and target, printed
      // and supplied cells, a status override.
      examplePlan("laren-2019-2022"),
      examplePlan("blaricum"),
      examplePlan("eemnes"),
    ];
    for (const template of templates)
      for (const municipality of MUNICIPALITIES)
        for (const seed of [0, 3, 8])
          for (const defaultChange of [undefined, -10, 0])
            expectSame(template, {
              municipality,
              yearFigure: figures(seed),
              ...(defaultChange !== undefined && { defaultChange }),
            });
  });

  it("keeps a field's place, adds one the template lacks at the end, and defines a field named __proto__", () => {
    const template = createBulkTemplate({ period: { start: 2020, end: 2023 } });
    const [indicator, ...others] = template.indicators as [Indicator, ...Indicator[]];
    // A plan object with fields in another order, without some, with a field named __proto__.
    const odd = JSON.parse('{"__proto__": {"polluted": true}, "extra": 1}') as Record<
      string,
      unknown
    >;
    // data and indicators first, then the template's other fields.
    const reordered: Record<string, unknown> = { data: [], indicators: [] };
    Object.assign(reordered, template);
    reordered.indicators = [
      { ...odd, ...indicator, statusOverride: { status: "achieved" } },
      ...others,
    ];
    // A figure table of the template's municipality (its area becomes the new one's, in its place).
    reordered.tables = template.tables.flatMap((table) => [
      { area: template.municipality.code, ...table },
      { ...table, area: "elders" },
    ]);
    const { observations: _o, claims: _c, ...without } = reordered;
    expect(Object.keys(reordered).slice(0, 2)).toEqual(["data", "indicators"]);
    for (const plan of [reordered as unknown as Plan, without as unknown as Plan])
      expectSame(plan, {
        municipality: MUNICIPALITIES[0] as BulkMunicipality,
        yearFigure: figures(1),
      });
    const filled = fillTemplate(reordered as unknown as Plan, {
      municipality: MUNICIPALITIES[0] as BulkMunicipality,
      yearFigure: figures(1),
    });
    const first = filled.indicators[0] as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    expect(Object.hasOwn(first, "__proto__")).toBe(true);
    expect(Object.keys(first).slice(0, 2)).toEqual(["__proto__", "extra"]);
    expect(first.statusOverride).toBeUndefined();
    expect(filled.tables.map((t) => [Object.keys(t)[0], t.area])).toEqual([
      ["area", "GM0417"],
      ["id", "elders"],
    ]);
  });

  it("does not change the template", () => {
    const template = examplePlan("laren-2019-2022");
    const before = JSON.stringify(template);
    fillTemplate(template, {
      municipality: MUNICIPALITIES[1] as BulkMunicipality,
      yearFigure: figures(2),
    });
    expect(JSON.stringify(template)).toBe(before);
  });
});
