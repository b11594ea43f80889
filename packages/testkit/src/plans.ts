/**
 * Plans built for a test: a minimal valid plan (Laren, GM0417, 2019-2022)
 * extended with only what the test is about.
 */
import { type Plan, type PlanInput, planSchema } from "@ivp/model";

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
