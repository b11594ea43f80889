import { stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import type { Observation, PlanPath, SourceRef } from "@ivp/model";
import { decodeUtf8 } from "./decode-text.ts";
import type { LocatedIssue } from "./located-issue.ts";
import { type ParsedPlanYaml, parsePlanYaml, sortIssues } from "./parse-plan-yaml.ts";
import { PLAN_FILE_NAME } from "./plan-file-name.ts";
import { encodingIssue, readDataFiles } from "./read-data-files.ts";
import { NotARegularFileError, readRegularFile } from "./regular-file.ts";

export { PLAN_FILE_NAME };

/** A plan read from disk with its data files. */
export interface LoadedPlan extends ParsedPlanYaml {
  /** The plan directory. */
  readonly dir: string;
  /** Absolute paths of the data files that were read. */
  readonly dataFiles: readonly string[];
  /** Every observation: those in plan.yaml, then those of the data files. */
  readonly observations: readonly Observation[];
  /** File, line and column of a figure or a field. */
  readonly locateRef: (ref: SourceRef | PlanPath) => { file: string; line: number; column: number };
}

/** The result of {@link loadPlan}. */
export type LoadPlanResult =
  | ({ readonly success: true } & LoadedPlan)
  | { readonly success: false; readonly issues: readonly LocatedIssue[] };

/**
 * Reads a plan: a directory with `plan.yaml` (or the path of a plan file
 * itself) and the CSV data files it lists. Problems come back as issues with
 * file, line and column; nothing is thrown for bad input.
 *
 * @param target - a plan directory or a plan.yaml file
 * @param options - `displayBase`: file names in messages are relative to it (default: the working directory)
 * @example
 * const result = await loadPlan("examples/laren-2019-2022");
 * if (result.success) result.plan.municipality.code //=> "GM0417"
 */
export async function loadPlan(
  target: string,
  options: { displayBase?: string } = {},
): Promise<LoadPlanResult> {
  const base = options.displayBase ?? process.cwd();
  const display = (path: string) => relative(base, path) || basename(path);
  const absolute = resolve(target);
  let planPath = absolute;
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) planPath = join(absolute, PLAN_FILE_NAME);
  } catch {
    return fileIssue(
      display(absolute),
      `no such file or directory`,
      "give a plan directory (with plan.yaml) or a plan.yaml file",
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(planPath, display(planPath));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fileIssue(
      display(planPath),
      error instanceof NotARegularFileError
        ? `the plan file is a ${error.kind}, not a regular file`
        : code === "ENOENT"
          ? "no such file"
          : `cannot read the plan file${code ? ` (${code})` : ""}`,
      `a plan directory contains ${PLAN_FILE_NAME}, a regular file`,
      error instanceof NotARegularFileError ? "not-a-regular-file" : "file-not-found",
    );
  }
  const planFile = display(planPath);
  const decoded = decodeUtf8(bytes);
  if (!decoded.success)
    return { success: false, issues: [encodingIssue(planFile, decoded.problem)] };
  const parsed = parsePlanYaml(decoded.text, planFile);
  if (!parsed.success) return parsed;

  const dir = dirname(planPath);
  const { observations, dataFiles, issues } = await readDataFiles(parsed.plan, {
    dir,
    planFile,
    display,
    locate: parsed.locate,
  });
  if (issues.length > 0) return { success: false, issues: sortIssues(issues) };

  const locateRef = (ref: SourceRef | PlanPath) => {
    if (!Array.isArray(ref) && (ref as SourceRef).kind === "file") {
      const r = ref as Extract<SourceRef, { kind: "file" }>;
      return { file: r.file, line: r.line, column: r.column };
    }
    const path = Array.isArray(ref)
      ? (ref as PlanPath)
      : (ref as Extract<SourceRef, { kind: "plan" }>).path;
    return { file: planFile, ...parsed.locate(path) };
  };
  return { ...parsed, dir, dataFiles, observations, locateRef };
}

function fileIssue(
  file: string,
  message: string,
  hint: string,
  code = "file-not-found",
): LoadPlanResult {
  return { success: false, issues: [{ code, severity: "error", file, message, hint }] };
}
