/**
 * `@ivp/model/json-schema`: the JSON Schema of a plan file. An entry of its
 * own because it is tooling (for editors, documentation), not something a
 * page showing figures needs. The schema is built from the zod schemas of
 * `@ivp/model` when asked for, by `jsonSchemaOf` (schema/json-schema-of.ts),
 * which writes what zod's `toJSONSchema` writes for the features the plan
 * format uses without shipping zod's generator; the same schema is published
 * as `@ivp/model/plan.schema.json` (`pnpm --filter @ivp/model schema`, by
 * zod's `toJSONSchema`), and a test fails while the two differ by a key.
 * Building it instead of shipping the generated file saves the file's copy
 * of what the zod schemas already hold (a browser bundle of the whole library
 * 61.7 -> 60.6 kB, min + brotli; .size-limit.json); this entry alone now
 * loads zod and the schemas.
 *
 * @packageDocumentation
 */
import { jsonSchemaOf } from "./schema/json-schema-of.ts";
import { planSchema } from "./schema/plan-schema.ts";

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
  // Through JSON: a new copy that shares nothing (such as examples) with the schemas' metadata.
  return JSON.parse(
    JSON.stringify({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      ...jsonSchemaOf(planSchema),
    }),
  ) as Record<string, unknown>;
}
