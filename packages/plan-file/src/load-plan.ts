import { readFile, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import {
  closestMatch,
  collectObservations,
  type Observation,
  type PlanPath,
  type SourceRef,
} from "@ivp/model";
import { decodeUtf8, type TextDecodingProblem } from "./decode-text.ts";
import type { LocatedIssue } from "./located-issue.ts";
import { parseObservationsCsv } from "./parse-observations-csv.ts";
import { type ParsedPlanYaml, parsePlanYaml, sortIssues } from "./parse-plan-yaml.ts";

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

/** The file name of a plan inside its directory. */
export const PLAN_FILE_NAME = "plan.yaml";

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
    bytes = await readFile(planPath);
  } catch {
    return fileIssue(
      display(planPath),
      `cannot read the plan file`,
      `a plan directory contains ${PLAN_FILE_NAME}`,
    );
  }
  const planFile = display(planPath);
  const decoded = decodeUtf8(bytes);
  if (!decoded.success)
    return { success: false, issues: [encodingIssue(planFile, decoded.problem)] };
  const text = decoded.text;
  const parsed = parsePlanYaml(text, planFile);
  if (!parsed.success) return parsed;

  const dir = dirname(planPath);
  const observations: Observation[] = collectObservations(parsed.plan);
  const issues: LocatedIssue[] = [];
  const dataFiles: string[] = [];
  const known = new Set([
    ...parsed.plan.series.map((s) => s.id),
    ...parsed.plan.indicators.map((i) => i.id),
  ]);
  const areas = new Set([parsed.plan.municipality.code, ...parsed.plan.areas.map((a) => a.id)]);
  for (const [i, relativePath] of parsed.plan.data.entries()) {
    const dataPath = resolve(dir, relativePath);
    const shown = display(dataPath);
    let csvBytes: Uint8Array;
    try {
      csvBytes = await readFile(dataPath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const at = parsed.locate(["data", i]);
      issues.push({
        code: "file-not-found",
        severity: "error",
        file: planFile,
        line: at.line,
        column: at.column,
        field: `data[${i}]`,
        message:
          code === "ENOENT"
            ? `the data file ${shown} does not exist`
            : `cannot read the data file ${shown}${code === "EISDIR" ? ": it is a directory" : code ? ` (${code})` : ""}`,
      });
      continue;
    }
    const csv = decodeUtf8(csvBytes);
    if (!csv.success) {
      issues.push(encodingIssue(shown, csv.problem));
      continue;
    }
    const result = parseObservationsCsv(csv.text, shown, {
      defaultArea: parsed.plan.municipality.code,
    });
    if (!result.success) {
      // A loop, not push(...): a large file can have more issues than a
      // function call takes arguments.
      for (const issue of result.issues) issues.push(issue);
      continue;
    }
    dataFiles.push(dataPath);
    for (const observation of result.observations) {
      const suggestion = known.has(observation.series)
        ? undefined
        : closestMatch(observation.series, [...known]);
      const problem = !known.has(observation.series)
        ? {
            field: "series",
            message: `unknown series "${observation.series}"`,
            expected: "an id from the plan's series or indicators",
            ...(suggestion && { hint: `did you mean "${suggestion}"?` }),
          }
        : !areas.has(observation.area)
          ? {
              field: "area",
              message: `unknown area "${observation.area}"`,
              expected: "the municipality code or an id from the plan's areas",
            }
          : undefined;
      if (!problem) {
        observations.push(observation);
        continue;
      }
      const line = observation.ref.kind === "file" ? observation.ref.line : 1;
      issues.push({
        code: "unknown-reference",
        severity: "error",
        file: shown,
        line,
        column: 1,
        ...problem,
      });
    }
  }
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

function encodingIssue(file: string, problem: TextDecodingProblem): LocatedIssue {
  return { code: "invalid-encoding", severity: "error", file, ...problem };
}

function fileIssue(file: string, message: string, hint: string): LoadPlanResult {
  return {
    success: false,
    issues: [{ code: "file-not-found", severity: "error", file, message, hint }],
  };
}
