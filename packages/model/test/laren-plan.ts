import { parse } from "yaml";
import larenYaml from "../../../examples/laren-2019-2022/plan.yaml?raw";
import { planSchema } from "../src/schema/plan-schema.ts";
import type { Plan } from "../src/schema/types.ts";

/**
 * Laren's plan as printed (examples/laren-2019-2022/plan.yaml), validated.
 * Read through Vite's `?raw` import, so the tests need no Node APIs and the
 * package keeps `types: []`.
 */
export function loadLarenPlan(): Plan {
  return planSchema.parse(parse(larenYaml));
}
