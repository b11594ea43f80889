import { planSchema } from "../src/schema/plan-schema.ts";
import type { Plan, PlanInput } from "../src/schema/types.ts";

/** A small valid plan (municipality GM0417, 2019-2022) with the given parts. */
export function makePlan(parts: Partial<PlanInput>): Plan {
  return planSchema.parse({
    schemaVersion: 1,
    id: "test",
    title: "Testplan",
    municipality: { name: "Laren", code: "GM0417" },
    period: { start: 2019, end: 2022 },
    mission: "Een veilige gemeente.",
    ...parts,
  });
}
