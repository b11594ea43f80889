import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { type Plan, planSchema } from "../src/index.ts";

/** The repository's examples directory. */
const EXAMPLES = new URL("../../../examples/", import.meta.url);

/** Reads and validates the Laren example plan (plan.yaml only). */
export function loadLaren(): Plan {
  const text = readFileSync(new URL("laren-2019-2022/plan.yaml", EXAMPLES), "utf8");
  return planSchema.parse(parse(text));
}

/** The rows of a table as the document printed them (tab-separated, verbatim). */
export function printedRows(tableId: string): string[][] {
  return readFileSync(new URL(`laren-2019-2022/printed/${tableId}.tsv`, EXAMPLES), "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.split("\t"));
}
