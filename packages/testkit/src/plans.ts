/**
 * Plans built for a test: a minimal valid plan (Laren, GM0417, 2019-2022)
 * extended with only what the test is about.
 */
import { type Plan, type PlanInput, planSchema, type Series } from "@ivp/model";

/** An indicator as a plan writes it. */
export type IndicatorInput = NonNullable<PlanInput["indicators"]>[number];

/** The fields every plan needs; the examples in the lint rules' docs leave them out. */
export const MINIMAL_PLAN: PlanInput = {
  schemaVersion: 1,
  id: "test",
  title: "Integraal Veiligheidsplan Test 2019-2022",
  municipality: { name: "Laren", code: "GM0417" },
  period: { start: 2019, end: 2022 },
  mission: "Een veilige gemeente.",
};

/** A validated plan: the minimal plan with the given top-level fields added or replaced. */
export function makePlan(fields: Partial<PlanInput> = {}): Plan {
  return planSchema.parse({ ...MINIMAL_PLAN, ...fields });
}

/**
 * A plan with one indicator "x" (a count unless `indicator` says otherwise)
 * and its figures, `{ x: [40, 30] }` for the given `periods`, from another
 * source (`origin: "other"`); `fields` add or replace top-level fields.
 *
 * @example
 * indicatorPlan({ direction: "lower-is-better" }, [2017, 2019], { x: [40, 30] })
 */
export function indicatorPlan(
  indicator: Partial<IndicatorInput>,
  periods: readonly (string | number)[],
  values: Readonly<Record<string, readonly (number | null)[]>>,
  fields: Partial<PlanInput> = {},
): Plan {
  return makePlan({
    indicators: [{ id: "x", label: "X", unit: "count", ...indicator } as IndicatorInput],
    observations: [
      {
        origin: "other",
        periods: [...periods],
        values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, [...v]])),
      },
    ],
    ...fields,
  });
}

/**
 * The series of a plan by id, as the model's computations take them
 * (`resolveValue`'s `series`): each as the plan's schema completes it (a
 * series without a unit is a count).
 *
 * @example
 * seriesById([{ id: "x", label: "X" }]).get("x")?.unit //=> "count"
 */
export function seriesById(series: NonNullable<PlanInput["series"]>): Map<string, Series> {
  return new Map(makePlan({ series }).series.map((s) => [s.id, s]));
}

/**
 * A count (`misdrijven`), a population (`inwoners`) and the rate per 1,000
 * inhabitants computed from them (`misdrijven-per-1000`): the series of a
 * plan whose rate has no figures of its own.
 */
export const COMPUTED_RATE_SERIES: NonNullable<PlanInput["series"]> = [
  { id: "misdrijven", label: "Misdrijven" },
  { id: "inwoners", label: "Inwoners" },
  {
    id: "misdrijven-per-1000",
    label: "Misdrijven per 1.000 inwoners",
    unit: "rate-per-1000",
    rate: { count: "misdrijven", population: "inwoners" },
  },
];

/**
 * The indicator of the rate of {@link COMPUTED_RATE_SERIES}: lower is better,
 * a baseline of 30.3 in 2017 and a target of 27 in 2021.
 */
export const COMPUTED_RATE_INDICATOR: IndicatorInput = {
  id: "misdrijven-per-1000",
  label: "Misdrijven per 1.000 inwoners",
  unit: "rate-per-1000",
  direction: "lower-is-better",
  baseline: { value: 30.3, period: 2017 },
  targets: [{ kind: "absolute", value: 27, period: 2021 }],
};

/**
 * Geweld, a count (lower is better) whose baseline is the average of
 * 2015-2017 and whose target is -20% in 2021; `fields` replace any of it.
 */
export function averageBaselineIndicator(fields: Partial<IndicatorInput> = {}): IndicatorInput {
  return {
    id: "geweld",
    label: "Geweld",
    unit: "count",
    direction: "lower-is-better",
    baseline: { average: { from: 2015, to: 2017 } },
    targets: [{ kind: "relative", change: -20, period: 2021 }],
    ...fields,
  };
}

/**
 * A plan with {@link averageBaselineIndicator} and its imported figures: 40,
 * 52 and 44 in 2015-2017 (sum 136, mean 45 1/3; the components in
 * {@link AVERAGE_2015_2017}), then those of `later` (`{ "2018": 30 }`).
 * `fields` add or replace top-level fields.
 */
export function averageBaselinePlan(
  later: Readonly<Record<string, number>> = {},
  fields: Partial<PlanInput> = {},
): Plan {
  return makePlan({
    indicators: [averageBaselineIndicator()],
    observations: [
      {
        origin: "import",
        periods: ["2015", "2016", "2017", ...Object.keys(later)],
        values: { geweld: [40, 52, 44, ...Object.values(later)] },
      },
    ],
    ...fields,
  });
}

/** The average baseline of {@link averageBaselinePlan} as ivp resolves it: every component, to redo by hand. */
export const AVERAGE_2015_2017 = {
  from: "2015",
  to: "2017",
  periods: [
    { period: "2015", value: 40 },
    { period: "2016", value: 52 },
    { period: "2017", value: 44 },
  ],
  sum: 136,
  count: 3,
} as const;
