/**
 * Writes the plan's JSON Schema to packages/model/plan.schema.json, the stable
 * path editors and the docs site use and the file `@ivp/model/json-schema`
 * ships. Run after changing a schema: `pnpm --filter @ivp/model schema`. A test
 * fails while the file is stale.
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { generatePlanJsonSchema } from "../src/schema/plan-json-schema.ts";

const target = fileURLToPath(new URL("../plan.schema.json", import.meta.url));
await writeFile(target, `${JSON.stringify(generatePlanJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
