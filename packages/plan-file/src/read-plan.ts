import { stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import type { Issue, Language } from "@ivp/model";
import {
  checkAverageBaselines,
  checkReferences,
  type Observation,
  type Plan,
  planSchema,
} from "@ivp/model";
import type { LoadPlanResult } from "./load-plan-files.ts";
import { PLAN_FILE_NAME } from "./plan-file-name.ts";
import { dataFileReader } from "./read-data-file-node.ts";
import { readDataFiles } from "./read-data-files.ts";
import { FAST_PATH_FAILED, readYamlFast } from "./read-yaml-fast.ts";
import { readRegularFile } from "./regular-file.ts";

/** A plan read from disk with its data files, without the positions of its fields. */
export interface ReadPlan {
  readonly plan: Plan;
  /** The plan file, as shown in messages. */
  readonly file: string;
  /** The plan directory. */
  readonly dir: string;
  /** Absolute paths of the data files that were read. */
  readonly dataFiles: readonly string[];
  /** Every observation: those in plan.yaml, then those of the data files. */
  readonly observations: readonly Observation[];
}

/** The result of {@link readPlan}. */
export type ReadPlanResult =
  | ({ readonly success: true } & ReadPlan)
  | { readonly success: false; readonly issues: readonly Issue[] };

/**
 * Reads a plan and its data files like `loadPlan`, for a command that
 * needs the plan but not where each field was written (`ivp status`, `ivp
 * report`). A valid plan is read with js-yaml and zod only; the yaml
 * package's Document API, which knows the position of every node, is loaded
 * only when there is a problem to point at: then this is `loadPlan`, with
 * every issue at its file, line and column.
 *
 * @param target - a plan directory or a plan.yaml file
 * @param options - `displayBase`: file names in messages are relative to it (default: the working directory); `lang`: the language of the issues' messages (default English)
 * @example
 * const result = await readPlan("examples/laren-2019-2022");
 * if (result.success) result.observations.length //=> 213
 */
export async function readPlan(
  target: string,
  options: { displayBase?: string; lang?: Language } = {},
): Promise<ReadPlanResult> {
  const precise = async (): Promise<LoadPlanResult> =>
    (await import("./load-plan.ts")).loadPlan(target, options);
  const base = options.displayBase ?? process.cwd();
  const display = (path: string) => relative(base, path) || basename(path);
  let planPath = resolve(target);
  let text: string;
  try {
    if ((await stat(planPath)).isDirectory()) planPath = join(planPath, PLAN_FILE_NAME);
    text = (await readRegularFile(planPath)).toString("utf8");
  } catch {
    return precise();
  }
  if (text.includes("\uFFFD")) return precise();
  const data = readYamlFast(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (data === FAST_PATH_FAILED || data === null || typeof data !== "object") return precise();
  // Without zod's compilation of the schema to JavaScript, which pays off only
  // after many parses: one plan is checked some 8 ms faster.
  const parsed = planSchema.safeParse(data, { jitless: true });
  if (!parsed.success || checkReferences(parsed.data).length > 0) return precise();
  const plan = parsed.data;
  const file = display(planPath);
  const dir = dirname(planPath);
  const { observations, dataFiles, issues } = await readDataFiles(plan, {
    planFile: file,
    read: dataFileReader(dir, display),
  });
  if (issues.length > 0 || checkAverageBaselines(plan, observations).length > 0) return precise();
  return { success: true, plan, file, dir, dataFiles, observations };
}
