import {
  checkAverageBaselines,
  type Issue,
  type Observation,
  type PlanPath,
  type SourceRef,
} from "@ivp/model";
import { decodeUtf8 } from "./decode-text.ts";
import { locatePlanIssues } from "./locate-findings.ts";
import { type ParsedPlanYaml, parsePlanYaml, sortIssues } from "./parse-plan-yaml.ts";
import { PLAN_FILE_NAME } from "./plan-file-name.ts";
import { type DataFileReader, encodingIssue, readDataFiles } from "./read-data-files.ts";

/** A plan read with its data files. */
export interface LoadedPlan extends ParsedPlanYaml {
  /** The plan directory (`.` for a plan read from files in memory). */
  readonly dir: string;
  /** The data files that were read: absolute paths from `loadPlan`, the given names from {@link loadPlanFromFiles}. */
  readonly dataFiles: readonly string[];
  /** Every observation: those in plan.yaml, then those of the data files. */
  readonly observations: readonly Observation[];
  /** File, line and column of a figure or a field. */
  readonly locateRef: (ref: SourceRef | PlanPath) => { file: string; line: number; column: number };
}

/** The result of `loadPlan` and {@link loadPlanFromFiles}. */
export type LoadPlanResult =
  | ({ readonly success: true } & LoadedPlan)
  | { readonly success: false; readonly issues: readonly Issue[] };

/** Where the plan file's bytes came from and how its data files are read. */
export interface PlanBytesSource {
  /** The plan file as shown in messages. */
  readonly planFile: string;
  /** The plan directory. */
  readonly dir: string;
  /** Reads a data file by the path plan.yaml gives it. */
  readonly readDataFile: DataFileReader;
}

/**
 * The plan reader's core, without a file system: decodes and parses plan.yaml,
 * reads the data files it lists through `source.readDataFile`, and checks
 * every figure. `loadPlan` (from `@ivp/plan-file/node`) and
 * {@link loadPlanFromFiles} are this with a different way to read a file, so
 * a plan gives the same issues, at the same places, in either.
 *
 * @param bytes - the bytes of plan.yaml
 * @param source - how the plan file is shown and how data files are read
 * @example
 * const result = await loadPlanFromBytes(new TextEncoder().encode(yamlText), {
 *   planFile: "plan.yaml",
 *   dir: ".",
 *   readDataFile: (path) => ({ success: false, code: "file-not-found", message: `no ${path}` }),
 * });
 */
export async function loadPlanFromBytes(
  bytes: Uint8Array,
  source: PlanBytesSource,
): Promise<LoadPlanResult> {
  const { planFile, dir } = source;
  const decoded = decodeUtf8(bytes);
  if (!decoded.success)
    return { success: false, issues: [encodingIssue(planFile, decoded.problem)] };
  const parsed = parsePlanYaml(decoded.text, planFile);
  if (!parsed.success) return parsed;

  const { observations, dataFiles, issues } = await readDataFiles(parsed.plan, {
    planFile,
    locate: parsed.locate,
    read: source.readDataFile,
  });
  if (issues.length > 0) return { success: false, issues: sortIssues(issues) };
  // An average baseline needs a figure in each of its periods: known only now.
  const averages = checkAverageBaselines(parsed.plan, observations);
  if (averages.length > 0) {
    return {
      success: false,
      issues: sortIssues(locatePlanIssues(averages, planFile, parsed.locate)),
    };
  }

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

/** A file's content: bytes as read, or text (stored as UTF-8). */
export type FileContent = Uint8Array | string;

/**
 * Normalises a path inside a plan: `/` between segments, no `.` segments, no
 * leading `./`. Returns undefined for a path that leaves the plan (`..`) or is
 * absolute.
 */
function normalisePlanPath(path: string): string | undefined {
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return undefined;
  const segments = path.split(/[/\\]/).filter((s) => s !== "" && s !== ".");
  if (segments.includes("..")) return undefined;
  return segments.join("/");
}

/**
 * Reads a plan from files held in memory (a browser's `File`s, a test's
 * strings): `plan.yaml` and the data files it lists, by their paths relative
 * to the plan directory (`data/politie.csv`). No file system is touched, so
 * this runs in a browser. The issues and findings are those `loadPlan` gives
 * for the same files in a plan directory that is the working directory.
 *
 * @param files - the plan's files by path; `plan.yaml` must be among them
 * @example
 * const result = await loadPlanFromFiles({ "plan.yaml": yamlText, "data/politie.csv": csvText });
 * if (result.success) result.observations.length
 */
export async function loadPlanFromFiles(
  files: Readonly<Record<string, FileContent>> | ReadonlyMap<string, FileContent>,
): Promise<LoadPlanResult> {
  const byPath = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  const entries = files instanceof Map ? [...files] : Object.entries(files);
  for (const [path, content] of entries) {
    const normal = normalisePlanPath(path);
    if (normal !== undefined)
      byPath.set(normal, typeof content === "string" ? encoder.encode(content) : content);
  }
  const plan = byPath.get(PLAN_FILE_NAME);
  if (!plan) {
    return {
      success: false,
      issues: [
        {
          code: "file-not-found",
          severity: "error",
          location: { file: PLAN_FILE_NAME },
          message: "no such file",
          hint: `a plan directory contains ${PLAN_FILE_NAME}, a regular file`,
        },
      ],
    };
  }
  return loadPlanFromBytes(plan, {
    planFile: PLAN_FILE_NAME,
    dir: ".",
    readDataFile: (relativePath) => {
      const normal = normalisePlanPath(relativePath);
      if (normal === undefined) {
        return {
          success: false,
          code: "data-outside-plan",
          message: `the data file ${relativePath} lies outside the plan directory`,
          expected: "a .csv path inside the plan directory, such as data/politie.csv",
        };
      }
      const bytes = byPath.get(normal);
      return bytes
        ? { success: true, bytes, path: normal, shown: normal }
        : {
            success: false,
            code: "file-not-found",
            message: `the data file ${normal} does not exist`,
          };
    },
  });
}
