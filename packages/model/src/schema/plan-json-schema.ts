import * as z from "zod/mini";
import { planSchema } from "./plan-schema.ts";

/** The path, relative to the repository root, where the plan's JSON Schema is published. */
export const PLAN_JSON_SCHEMA_PATH = "packages/model/plan.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a plan file, generated from
 * {@link planSchema}: what a plan author may write, so defaults are optional
 * and periods may be a YAML number (`2017`) or text (`2017-H1`). Editors use
 * it to autocomplete and check `plan.yaml`; rules that need the whole plan
 * (such as references between ids) are checked by `ivp validate`, not here.
 *
 * @returns a JSON-serialisable JSON Schema object
 * @example
 * const schema = createPlanJsonSchema();
 * schema.title //=> "ivp plan"
 * schema.required //=> ["schemaVersion", "id", "title", "municipality", "period", "mission"]
 */
export function createPlanJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(planSchema, { io: "input" }) as Record<string, unknown>;
}
