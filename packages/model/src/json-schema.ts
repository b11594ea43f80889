/**
 * `@ivp/model/json-schema`: the JSON Schema of a plan file. An entry of its
 * own because it is tooling (for editors, documentation), not something a
 * page showing figures needs. The schema is generated from the zod schemas of
 * `@ivp/model` at build time (`pnpm --filter @ivp/model schema`, by
 * `generatePlanJsonSchema`) into `plan.schema.json`, and a test fails while
 * that file differs from what the zod schemas generate: so this entry ships
 * the generated schema and not zod's JSON Schema generator (a browser bundle
 * of the whole library 65.4 -> 61.6 kB, min + brotli; .size-limit.json). The
 * file is also published as `@ivp/model/plan.schema.json`.
 *
 * @packageDocumentation
 */
import planJsonSchema from "../plan.schema.json" with { type: "json" };

/** The path, relative to the repository root, where the plan's JSON Schema is published. */
export const PLAN_JSON_SCHEMA_PATH = "packages/model/plan.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a plan file, generated from
 * the zod schema of a plan (`planSchema`): what a plan author may write, so defaults are optional
 * and periods may be a YAML number (`2017`) or text (`2017-H1`). Editors use
 * it to autocomplete and check `plan.yaml`; rules that need the whole plan
 * (such as references between ids) are checked by `ivp validate`, not here.
 *
 * @returns a JSON-serialisable JSON Schema object, a new copy on each call
 * @example
 * const schema = createPlanJsonSchema();
 * schema.title //=> "ivp plan"
 * schema.required //=> ["schemaVersion", "id", "title", "municipality", "period", "mission"]
 */
export function createPlanJsonSchema(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(planJsonSchema)) as Record<string, unknown>;
}
