import {
  formatIssue,
  type LoadedPlan,
  type LocatedIssue,
  loadPlan,
  type ReadPlan,
  readPlan,
} from "@ivp/plan-file";
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
  throw invalidPlan(target, result.issues);
}

/**
 * Reads a plan for a command that never points at a field of it (`status`,
 * `table`, `compare`, `bulk`): without the YAML Document API unless the plan
 * has a problem, which then fails as in {@link loadPlanOrFail}.
 */
export async function readPlanOrFail(target: string): Promise<ReadPlan> {
  const result = await readPlan(target);
  if (result.success) return result;
  throw invalidPlan(target, result.issues);
}

function invalidPlan(target: string, issues: readonly LocatedIssue[]): CliError {
  const count = issues.length;
  return new CliError(
    `${listLimited(issues, formatIssue, (more) => `... and ${more} more`).join("\n")}\n${count} problem${count === 1 ? "" : "s"} in the plan; run 'ivp validate ${target}' after fixing.`,
    EXIT.invalidInput,
  );
}

/** The plan file and data files of a loaded plan: outputs must never overwrite them. */
export function inputFiles(plan: Pick<ReadPlan, "dir" | "dataFiles">): string[] {
  return [`${plan.dir}/plan.yaml`, ...plan.dataFiles];
}
