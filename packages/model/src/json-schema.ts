/**
 * `@ivp/model/json-schema`: the JSON Schema of a plan file, generated from the
 * zod schemas of `@ivp/model`. An entry of its own because it is tooling (for
 * `plan.schema.json`, editors, documentation), not something a page showing
 * figures needs: zod's JSON Schema generator is some 6 kB of a browser bundle
 * (min + brotli) that the main entry no longer carries. The generated schema
 * is also published as a file, `@ivp/model/plan.schema.json`.
 *
 * @packageDocumentation
 */
export { createPlanJsonSchema, PLAN_JSON_SCHEMA_PATH } from "./schema/plan-json-schema.ts";
