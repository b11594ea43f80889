import {
  closestMatch,
  collectObservations,
  type Issue,
  type IssueCode,
  type Language,
  type Observation,
  type Plan,
  type PlanPath,
  seriesUnit,
  type Unit,
} from "@ivp/model";
import { decodeUtf8, type TextDecodingProblem } from "./decode-text.ts";
import { planFileSay } from "./messages/say.ts";
import { parseObservationsCsv } from "./parse-observations-csv.ts";

/**
 * A data file read by the path plan.yaml gives it: its bytes, where it is
 * (`path`) and how messages show it (`shown`), or why it could not be read.
 */
export type DataFileRead =
  | {
      readonly success: true;
      readonly bytes: Uint8Array;
      readonly path: string;
      readonly shown: string;
    }
  | {
      readonly success: false;
      readonly code: IssueCode;
      readonly message: string;
      readonly expected?: string;
      readonly hint?: string;
    };

/** Reads a data file by the path plan.yaml gives it (from disk, or from files in memory). */
export type DataFileReader = (
  relativePath: string,
  lang?: Language,
) => DataFileRead | Promise<DataFileRead>;

/** Options of {@link readDataFiles}. */
export interface ReadDataFilesOptions {
  /** The plan file as shown in messages. */
  readonly planFile: string;
  /** Reads one data file. */
  readonly read: DataFileReader;
  /** Where a field of the plan file was written; without it, issues about the plan file have no line. */
  readonly locate?: (path: PlanPath) => { readonly line: number; readonly column: number };
  /** The language of the issues' messages. Default English. */
  readonly lang?: Language;
}

/** What {@link readDataFiles} read. */
export interface DataFilesRead {
  /** The plan's own observations, then those of the data files. */
  readonly observations: Observation[];
  /** The data files read, as the reader gave their paths. */
  readonly dataFiles: string[];
  readonly issues: Issue[];
}

/**
 * Reads the CSV data files a plan lists and checks that every figure names a
 * series (or indicator) and an area of the plan. No I/O of its own: the
 * files come through `options.read`.
 */
export async function readDataFiles(
  plan: Plan,
  options: ReadDataFilesOptions,
): Promise<DataFilesRead> {
  const { planFile } = options;
  const lang = options.lang ?? "en";
  const say = planFileSay(lang);
  const observations: Observation[] = collectObservations(plan);
  const issues: Issue[] = [];
  const dataFiles: string[] = [];
  const known = new Set([...plan.series.map((s) => s.id), ...plan.indicators.map((i) => i.id)]);
  const areas = new Set([plan.municipality.code, ...plan.areas.map((a) => a.id)]);
  const units = new Map<string, Unit | undefined>();
  const unitOf = (series: string) => {
    if (!units.has(series)) units.set(series, seriesUnit(plan, series));
    return units.get(series);
  };
  for (const [i, relativePath] of plan.data.entries()) {
    const at = options.locate?.(["data", i]);
    const read = await options.read(relativePath, lang);
    if (!read.success) {
      // The keys in the order `ivp validate --format json` has always printed them.
      issues.push({
        code: read.code,
        severity: "error",
        location: {
          file: planFile,
          ...(at && { line: at.line, column: at.column }),
          field: `data[${i}]`,
        },
        message: read.message,
        ...(read.expected !== undefined && { expected: read.expected }),
        ...(read.hint !== undefined && { hint: read.hint }),
      });
      continue;
    }
    const { bytes, shown, path: dataPath } = read;
    const csv = decodeUtf8(bytes, lang);
    if (!csv.success) {
      issues.push(encodingIssue(shown, csv.problem));
      continue;
    }
    const result = parseObservationsCsv(csv.text, shown, {
      defaultArea: plan.municipality.code,
      unitOf,
      lang,
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
            message: say("csv", "unknown-series", { series: observation.series }),
            expected: say("csv", "series-expected"),
            ...(suggestion && { hint: say("schema", "did-you-mean", { suggestion }) }),
          }
        : !areas.has(observation.area)
          ? {
              field: "area",
              message: say("csv", "unknown-area", { area: observation.area }),
              expected: say("csv", "area-expected"),
            }
          : undefined;
      if (!problem) {
        observations.push(observation);
        continue;
      }
      const line = observation.ref.kind === "file" ? observation.ref.line : 1;
      const { field, ...said } = problem;
      issues.push({
        code: "unknown-reference",
        severity: "error",
        location: { file: shown, line, column: 1, field },
        ...said,
      });
    }
  }
  return { observations, dataFiles, issues };
}

/** A file that is not UTF-8, as an issue at the place of its first bad byte. */
export function encodingIssue(file: string, problem: TextDecodingProblem): Issue {
  const { line, column, message, hint } = problem;
  return {
    code: "invalid-encoding",
    severity: "error",
    location: { file, line, column },
    message,
    hint,
  };
}
