import { formatIssue, type LoadedPlan, loadPlan } from "@ivp/plan-file";
import { CliError } from "./cli-error.ts";
import { EXIT } from "./commands/definitions.ts";
import { listLimited } from "./list-limit.ts";

/**
 * Loads a plan for a command that needs a valid one; an invalid plan becomes
 * a {@link CliError} listing every problem with file, line and column.
 */
export async function loadPlanOrFail(target: string): Promise<LoadedPlan> {
  const result = await loadPlan(target);
  if (result.success) return result;
  const count = result.issues.length;
  const listed = listLimited(result.issues, formatIssue, (more) => `... and ${more} more`);
  throw new CliError(
    `${listed.join("\n")}\n${count} problem${count === 1 ? "" : "s"} in the plan; run 'ivp validate ${target}' after fixing.`,
    EXIT.invalidInput,
  );
}

/** The plan file and data files of a loaded plan: outputs must never overwrite them. */
export function inputFiles(plan: LoadedPlan): string[] {
  return [`${plan.dir}/plan.yaml`, ...plan.dataFiles];
}
