import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { planSchema } from "../src/schema/plan-schema.ts";
import type { Plan } from "../src/schema/types.ts";

/** Laren's plan as printed (examples/laren-2019-2022/plan.yaml), validated. */
export function loadLarenPlan(): Plan {
  const path = fileURLToPath(new URL("../../../examples/laren-2019-2022/plan.yaml", import.meta.url));
  return planSchema.parse(parse(readFileSync(path, "utf8")));
}
