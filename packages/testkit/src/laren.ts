/**
 * Laren's plan as printed (`examples/laren-2019-2022`): its `plan.yaml` as
 * text and as a validated plan, and the tables as the document printed them.
 * Only `plan.yaml`; for the plan with its data files, as `ivp` reads it, see
 * `load-example.ts`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Plan, planSchema } from "@ivp/model";
import { parse } from "yaml";
import { LAREN_DIR } from "./paths.ts";

/** The text of Laren's `plan.yaml`. */
export function larenPlanYaml(): string {
  return readFileSync(join(LAREN_DIR, "plan.yaml"), "utf8");
}

/** Laren's `plan.yaml`, parsed and validated (its data files not read). */
export function loadLarenPlan(): Plan {
  return planSchema.parse(parse(larenPlanYaml()));
}

/** The rows of one of Laren's tables as the document printed them (`printed/<id>.tsv`, verbatim). */
export function printedRows(tableId: string): string[][] {
  return readFileSync(join(LAREN_DIR, "printed", `${tableId}.tsv`), "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.split("\t"));
}
