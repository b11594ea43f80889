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
