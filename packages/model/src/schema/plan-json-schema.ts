import * as z from "zod/mini";
import { planSchema } from "./plan-schema.ts";

/**
 * Generates the JSON Schema (draft 2020-12) of a plan file from
 * {@link planSchema} with zod's `toJSONSchema`. Build-time tooling: it writes
 * `plan.schema.json` (`pnpm --filter @ivp/model schema`), and a test checks the
 * published file equals what it generates now. `@ivp/model/json-schema` ships
 * that file, not zod's generator (some 20 kB minified in a browser bundle).
 *
 * @returns a JSON-serialisable JSON Schema object
 */
export function generatePlanJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(planSchema, { io: "input" }) as Record<string, unknown>;
}
