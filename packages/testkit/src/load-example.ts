/**
 * The repository's example plans with their data files, read by
 * `@ivp/plan-file` as `ivp report` and `ivp status` read them.
 */
import { IvpError, type Observation, type Plan } from "@ivp/model";
import { loadPlan } from "@ivp/plan-file/node";
import { type ExampleName, exampleDir } from "./paths.ts";

/** An example plan (`examples/<name>`) and every observation of its plan file and data files. */
export async function loadExample(
  name: ExampleName,
): Promise<{ plan: Plan; observations: readonly Observation[] }> {
  const result = await loadPlan(exampleDir(name));
  if (!result.success)
    throw new IvpError(
      "invalid-plan",
      `the ${name} example does not load: ${result.issues[0]?.message}`,
      {
        cause: result.issues,
      },
    );
  return { plan: result.plan, observations: result.observations };
}
