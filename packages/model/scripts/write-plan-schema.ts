/**
 * Writes the plan's JSON Schema to packages/model/plan.schema.json, the stable
 * path editors and the docs site use. Run after changing a schema:
 * `pnpm --filter @ivp/model schema`. A test fails while the file is stale.
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { createPlanJsonSchema } from "../src/schema/plan-json-schema.ts";

const target = fileURLToPath(new URL("../plan.schema.json", import.meta.url));
await writeFile(target, `${JSON.stringify(createPlanJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
