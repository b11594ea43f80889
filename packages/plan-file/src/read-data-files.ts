import { isAbsolute, relative, resolve } from "node:path";
import {
  closestMatch,
  collectObservations,
  type Observation,
  type Plan,
  type PlanPath,
  seriesUnit,
  type Unit,
} from "@ivp/model";
import { decodeUtf8, type TextDecodingProblem } from "./decode-text.ts";
import type { LocatedIssue } from "./located-issue.ts";
import { parseObservationsCsv } from "./parse-observations-csv.ts";
import { NotARegularFileError, readRegularFile } from "./regular-file.ts";

/** Options of {@link readDataFiles}. */
export interface ReadDataFilesOptions {
  /** The plan directory the data paths are relative to. */
  readonly dir: string;
  /** The plan file as shown in messages. */
  readonly planFile: string;
  /** A path as shown in messages. */
  readonly display: (path: string) => string;
  /** Where a field of the plan file was written; without it, issues about the plan file have no line. */
  readonly locate?: (path: PlanPath) => { readonly line: number; readonly column: number };
}

/** What {@link readDataFiles} read. */
export interface DataFilesRead {
  /** The plan's own observations, then those of the data files. */
  readonly observations: Observation[];
  /** Absolute paths of the data files read. */
  readonly dataFiles: string[];
  readonly issues: LocatedIssue[];
}

/**
 * Reads the CSV data files a plan lists and checks that every figure names a
 * series (or indicator) and an area of the plan.
 */
export async function readDataFiles(
  plan: Plan,
  options: ReadDataFilesOptions,
): Promise<DataFilesRead> {
  const { dir, planFile, display } = options;
  const observations: Observation[] = collectObservations(plan);
  const issues: LocatedIssue[] = [];
  const dataFiles: string[] = [];
  const known = new Set([...plan.series.map((s) => s.id), ...plan.indicators.map((i) => i.id)]);
  const areas = new Set([plan.municipality.code, ...plan.areas.map((a) => a.id)]);
  const units = new Map<string, Unit | undefined>();
  const unitOf = (series: string) => {
    if (!units.has(series)) units.set(series, seriesUnit(plan, series));
    return units.get(series);
  };
  for (const [i, relativePath] of plan.data.entries()) {
    const dataPath = resolve(dir, relativePath);
    const shown = display(dataPath);
    const at = options.locate?.(["data", i]);
    const inside = relative(dir, dataPath);
    if (inside.startsWith("..") || isAbsolute(inside)) {
      // The schema refuses `..` and absolute paths; this catches what slips
      // past a text check (a Windows drive path read on Linux, say).
      issues.push({
        code: "data-outside-plan",
        severity: "error",
        file: planFile,
        ...(at && { line: at.line, column: at.column }),
        field: `data[${i}]`,
        message: `the data file ${relativePath} lies outside the plan directory`,
        expected: "a .csv path inside the plan directory, such as data/politie.csv",
      });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readRegularFile(dataPath, shown);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      issues.push({
        code: error instanceof NotARegularFileError ? "not-a-regular-file" : "file-not-found",
        severity: "error",
        file: planFile,
        ...(at && { line: at.line, column: at.column }),
        field: `data[${i}]`,
        message:
          error instanceof NotARegularFileError
            ? `the data file ${shown} is a ${error.kind}, not a regular file`
            : code === "ENOENT"
              ? `the data file ${shown} does not exist`
              : `cannot read the data file ${shown}${code ? ` (${code})` : ""}`,
        ...(error instanceof NotARegularFileError && {
          hint: "a data file is a CSV file; replace what is at this path with one",
        }),
      });
      continue;
    }
    const csv = decodeUtf8(bytes);
    if (!csv.success) {
      issues.push(encodingIssue(shown, csv.problem));
      continue;
    }
    const result = parseObservationsCsv(csv.text, shown, {
      defaultArea: plan.municipality.code,
      unitOf,
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
  return { observations, dataFiles, issues };
}

/** A file that is not UTF-8, as an issue at the place of its first bad byte. */
export function encodingIssue(file: string, problem: TextDecodingProblem): LocatedIssue {
  return { code: "invalid-encoding", severity: "error", file, ...problem };
}
