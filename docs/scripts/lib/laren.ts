import { fileURLToPath } from "node:url";
import type { Observation, Plan } from "@ivp/model";
import { formatIssue } from "@ivp/plan-file";
import { loadPlan } from "@ivp/plan-file/node";

/** The Laren example plan directory in this repository. */
export const LAREN_PLAN_DIR = fileURLToPath(
  new URL("../../../examples/laren-2019-2022", import.meta.url),
);

/**
 * Loads an example plan the docs take their worked examples from; throws
 * with every located issue when it does not load, so the docs build fails
 * instead of publishing examples from a broken plan.
 *
 * @example
 * (await loadExamplePlan(LAREN_PLAN_DIR)).plan.municipality.name //=> "Laren"
 */
export async function loadExamplePlan(
  dir: string,
): Promise<{ plan: Plan; observations: readonly Observation[] }> {
  const result = await loadPlan(dir);
  if (!result.success) {
    throw new Error(
      `${dir} does not load:\n${result.issues.map((issue) => formatIssue(issue)).join("\n")}`,
    );
  }
  return { plan: result.plan, observations: result.observations };
}
