import { stat } from "node:fs/promises";
import { join } from "node:path";
import { PLAN_FILE_NAME } from "@ivp/plan-file";
import { importError } from "../messages/say.ts";
import { type ResolvedMunicipality, resolveMunicipality } from "../regions/municipalities.ts";
import { createPlanTemplate, DATA_FILE_HEADER } from "../template/plan-template.ts";
import { writeFilesAtomically } from "./write-files.ts";

/** Options of {@link initPlan}. */
export interface InitPlanOptions {
  /** The directory of the new plan (created when missing). */
  readonly dir: string;
  /** A municipality name or CBS code. */
  readonly municipality: string;
  /** The CBS code; it must agree with the municipality (see `resolveMunicipality`). */
  readonly code?: string;
  readonly period: { readonly start: number; readonly end: number };
  /** Path or URL of the plan JSON Schema, for the editor comment. Default: `planSchemaUrl()`. */
  readonly schemaPath?: string;
  /** Where the displayed paths are relative to. */
  readonly display?: (path: string) => string;
}

/** What {@link initPlan} made. */
export interface InitPlanResult {
  readonly municipality: ResolvedMunicipality;
  /** Absolute paths of the files written: the plan and its empty data file. */
  readonly files: readonly string[];
}

/** The data file a new plan lists. */
export const INIT_DATA_FILE = "data/politie.csv";

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Scaffolds a new plan in a directory: `plan.yaml` from
 * {@link createPlanTemplate} and an empty data file for `ivp import`.
 * Refuses to overwrite an existing plan or data file, and refuses a
 * municipality it cannot identify for certain (see {@link resolveMunicipality}).
 *
 * @param options - the directory, the municipality and the plan period
 * @example
 * await initPlan({ dir: "plans/blaricum", municipality: "Blaricum", period: { start: 2024, end: 2027 } })
 * //=> { municipality: { name: "Blaricum", code: "GM0376" }, files: [".../plan.yaml", ".../data/politie.csv"] }
 */
export async function initPlan(options: InitPlanOptions): Promise<InitPlanResult> {
  const municipality = resolveMunicipality(options.municipality, {
    ...(options.code !== undefined && { code: options.code }),
  });
  const display = options.display ?? ((path: string) => path);
  const planPath = join(options.dir, PLAN_FILE_NAME);
  const dataPath = join(options.dir, INIT_DATA_FILE);
  for (const path of [planPath, dataPath]) {
    if (await exists(path)) {
      throw importError(
        "invalid-plan",
        "mapping/plan-exists",
        { path: display(path) },
        { location: { file: display(path) }, hintId: "mapping/plan-exists-hint" },
      );
    }
  }
  const text = createPlanTemplate({
    municipality,
    period: options.period,
    dataFile: INIT_DATA_FILE,
    ...(options.schemaPath !== undefined && { schemaPath: options.schemaPath }),
  });
  await writeFilesAtomically([
    { path: planPath, text, backup: false },
    { path: dataPath, text: DATA_FILE_HEADER, backup: false },
  ]);
  return { municipality, files: [planPath, dataPath] };
}
