import { comparePeriods, type Issue, LANGUAGES, parsePeriodOrThrow } from "@ivp/model";
import { parseCsv, parseObservationsCsv } from "@ivp/plan-file";

/**
 * The columns a new data file gets: an import writes no interval bounds
 * (`lower`, `upper`), which survey data files may add.
 */
const NEW_FILE_COLUMNS = ["series", "area", "period", "value", "origin", "source", "note"] as const;

import type { ImportError } from "../import-error.ts";
import type { ImportedObservation } from "../mapping/map-figures.ts";
import { importError } from "../messages/say.ts";

/** A data file of the plan, as it is on disk. */
export interface DataFileInput {
  /** The path as the plan lists it (relative to the plan directory). */
  readonly path: string;
  /** Its content, or `null` when it does not exist yet. */
  readonly text: string | null;
  /** How to name it in messages. */
  readonly display: string;
}

/** One figure an import adds or changes. */
export interface ImportChange {
  readonly kind: "added" | "updated";
  readonly series: string;
  readonly area: string;
  readonly period: string;
  readonly value: number | null;
  /** For an update: what the data file had. */
  readonly previous?: {
    readonly value: number | null;
    readonly source?: string;
    readonly note?: string;
  };
  /** The data file (as listed in the plan). */
  readonly file: string;
}

/** A data file after the merge. */
export interface DataFileOutput {
  readonly path: string;
  readonly display: string;
  readonly text: string;
  /** `unchanged` files need not be written; `created` files are new. */
  readonly status: "unchanged" | "changed" | "created";
}

/** Options of {@link mergeObservations}. */
export interface MergeObservationsOptions {
  /** Every data file of the plan, and the target file if it is new. */
  readonly files: readonly DataFileInput[];
  /** The file (as listed in the plan) that receives observations that are new. */
  readonly target: string;
  readonly observations: readonly ImportedObservation[];
  /** The plan's municipality code: the area of rows without one. */
  readonly defaultArea: string;
  /**
   * The `source` column of imported rows (a source id of the plan), the same
   * for every row or per row (inhabitants have another source than crimes);
   * empty when absent.
   */
  readonly source?: string | ((observation: ImportedObservation) => string | undefined);
  /** The `note` column of an imported row. */
  readonly note: (observation: ImportedObservation) => string;
  /** Plan order of series ids, so new rows come in a readable order. */
  readonly seriesOrder?: ReadonlyMap<string, number>;
}

/** The result of {@link mergeObservations}. */
export interface MergeResult {
  readonly files: readonly DataFileOutput[];
  readonly changes: readonly ImportChange[];
  /** Figures that were already there with the same value, source and note. */
  readonly unchanged: number;
}

interface Existing {
  readonly file: number;
  /** 0-based index of the record's first line. */
  readonly firstLine: number;
  readonly lineCount: number;
  readonly value: number | null;
  readonly source?: string;
  readonly note?: string;
}

interface FileState {
  readonly input: DataFileInput;
  readonly delimiter: string;
  readonly newline: string;
  readonly columns: readonly string[];
  /** The file's lines; `null` for lines of a record that was rewritten onto its first line. */
  readonly lines: (string | null)[];
  readonly appended: ImportedObservation[];
  changed: boolean;
}

function key(series: string, area: string, period: string): string {
  return `${series}\u0000${area}\u0000${period}`;
}

/**
 * A data file the plan reader refuses: its first problem, at its place. The
 * message is the plan reader's, in English and, as `problem-<lang>` in the
 * data, in every other language (the file is read again in each, which only
 * a refused file costs), so that wordImportError gives it in the reader's.
 */
function invalidDataFile(
  input: DataFileInput,
  defaultArea: string,
  issues: readonly Issue[],
): ImportError {
  const [issue] = issues;
  const location = {
    file: input.display,
    line: issue?.location?.line ?? 1,
    column: issue?.location?.column ?? 1,
  };
  const texts = { location, hintId: "plan/data-file-fix-hint" } as const;
  if (!issue) return importError("malformed-file", "plan/data-file-invalid", {}, texts);
  const data: Record<string, string> = { problem: issue.message };
  for (const lang of LANGUAGES) {
    if (lang === "en") continue;
    const again = parseObservationsCsv(input.text ?? "", input.display, { defaultArea, lang });
    data[`problem-${lang}`] = (!again.success && again.issues[0]?.message) || issue.message;
  }
  return importError("malformed-file", "plan/data-file-problem", data, texts);
}

function quote(field: string, delimiter: string): string {
  return field.includes(delimiter) || /["\r\n]/.test(field)
    ? `"${field.replaceAll('"', '""')}"`
    : field;
}

/**
 * Merges imported observations into a plan's CSV data files
 * (`series,area,period,value,origin,source,note`) without touching anything
 * else: a figure an earlier import wrote (origin `import`) is updated in place
 * when its value, source or note changed and left alone when not; a figure that
 * is new is added to the target file. Rows of other origins (figures typed from
 * a document) are never changed: an imported figure is added next to them, so
 * a difference stays visible. Unchanged lines keep their exact text, so
 * importing the same file twice changes nothing. Pure: takes and returns text.
 *
 * @param options - the data files, the target file and the observations
 * @returns the new texts, with what changed
 * @example
 * mergeObservations({ files: [{ path: "data/politie.csv", text: null, display: "data/politie.csv" }], target: "data/politie.csv", observations, defaultArea: "GM0376", note: () => "StatLine" }).changes
 * //=> [{ kind: "added", series: "misdrijven-totaal", area: "GM0376", period: "2022", value: 363, file: "data/politie.csv" }, ...]
 */
export function mergeObservations(options: MergeObservationsOptions): MergeResult {
  const states: FileState[] = [];
  const existing = new Map<string, Existing>();
  for (const input of options.files) {
    if (input.text === null) {
      states.push({
        input,
        delimiter: ",",
        newline: "\n",
        columns: [...NEW_FILE_COLUMNS],
        lines: [NEW_FILE_COLUMNS.join(",")],
        appended: [],
        changed: true,
      });
      continue;
    }
    const text = input.text;
    const firstLine = text.slice(0, text.indexOf("\n") >>> 0);
    const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
    const parsed = parseObservationsCsv(text, input.display, { defaultArea: options.defaultArea });
    if (!parsed.success) throw invalidDataFile(input, options.defaultArea, parsed.issues);
    const { records } = parseCsv(text, delimiter);
    const header = records[0];
    const columns = header ? header.fields.map((f) => f.trim().toLowerCase()) : [];
    const recordByLine = new Map(records.map((r) => [r.line, r]));
    const lines = text.split(/\r?\n/);
    if (lines.at(-1) === "") lines.pop();
    const fileIndex = states.length;
    for (const observation of parsed.observations) {
      if (observation.origin !== "import" || observation.ref.kind !== "file") continue;
      const line = observation.ref.line;
      const record = recordByLine.get(line);
      const lineCount =
        1 + (record?.fields.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0) ?? 0);
      const k = key(observation.series, observation.area, observation.period);
      const other = existing.get(k);
      if (other) {
        const otherFile = states[other.file]?.input.display ?? input.display;
        throw importError(
          "ambiguous-mapping",
          "mapping/two-imported",
          {
            series: observation.series,
            area: observation.area,
            period: observation.period,
            otherFile,
            otherLine: other.firstLine + 1,
          },
          {
            location: { file: input.display, line, column: 1 },
            hintId: "mapping/two-imported-hint",
          },
        );
      }
      existing.set(k, {
        file: fileIndex,
        firstLine: line - 1,
        lineCount,
        value: observation.value,
        ...(observation.source !== undefined && { source: observation.source }),
        ...(observation.quote !== undefined && { note: observation.quote }),
      });
    }
    states.push({
      input,
      delimiter,
      newline: text.includes("\r\n") ? "\r\n" : "\n",
      columns,
      lines,
      appended: [],
      changed: false,
    });
  }
  const targetIndex = states.findIndex((s) => s.input.path === options.target);
  if (targetIndex === -1)
    throw importError("internal", "internal/target-not-listed", { target: options.target });
  const target = states[targetIndex] as FileState;

  const sourceOf = (observation: ImportedObservation): string =>
    (typeof options.source === "function" ? options.source(observation) : options.source) ?? "";
  const row = (state: FileState, observation: ImportedObservation): string => {
    const values: Record<string, string> = {
      series: observation.series,
      area: observation.area,
      period: observation.period,
      value: observation.value === null ? "" : String(observation.value),
      origin: "import",
      source: sourceOf(observation),
      note: options.note(observation),
    };
    return state.columns.map((c) => quote(values[c] ?? "", state.delimiter)).join(state.delimiter);
  };

  const changes: ImportChange[] = [];
  let unchanged = 0;
  for (const observation of options.observations) {
    const found = existing.get(key(observation.series, observation.area, observation.period));
    if (!found) {
      if (!target.columns.includes("area") && observation.area !== options.defaultArea) {
        throw importError(
          "malformed-file",
          "mapping/no-area-column",
          { area: observation.area },
          {
            location: { file: target.input.display, line: 1, column: 1 },
            hintId: "mapping/no-area-column-hint",
          },
        );
      }
      target.appended.push(observation);
      changes.push({
        kind: "added",
        series: observation.series,
        area: observation.area,
        period: observation.period,
        value: observation.value,
        file: target.input.path,
      });
      continue;
    }
    const state = states[found.file] as FileState;
    const note = options.note(observation);
    const same =
      found.value === observation.value &&
      (!state.columns.includes("source") || (found.source ?? "") === sourceOf(observation)) &&
      (!state.columns.includes("note") || (found.note ?? "") === note);
    if (same) {
      unchanged++;
      continue;
    }
    state.lines[found.firstLine] = row(state, observation);
    for (let i = 1; i < found.lineCount; i++) state.lines[found.firstLine + i] = null;
    state.changed = true;
    changes.push({
      kind: "updated",
      series: observation.series,
      area: observation.area,
      period: observation.period,
      value: observation.value,
      previous: {
        value: found.value,
        ...(found.source !== undefined && { source: found.source }),
        ...(found.note !== undefined && { note: found.note }),
      },
      file: state.input.path,
    });
  }

  const order = options.seriesOrder ?? new Map<string, number>();
  const sortKey = (o: ImportedObservation) => order.get(o.series) ?? Number.MAX_SAFE_INTEGER;
  target.appended.sort(
    (a, b) =>
      sortKey(a) - sortKey(b) ||
      (a.series < b.series ? -1 : a.series > b.series ? 1 : 0) ||
      (a.area === options.defaultArea ? 0 : 1) - (b.area === options.defaultArea ? 0 : 1) ||
      (a.area < b.area ? -1 : a.area > b.area ? 1 : 0) ||
      comparePeriods(parsePeriodOrThrow(a.period), parsePeriodOrThrow(b.period)),
  );
  if (target.appended.length > 0) target.changed = true;

  const files = states.map((state): DataFileOutput => {
    const lines = [
      ...state.lines.filter((l): l is string => l !== null),
      ...state.appended.map((o) => row(state, o)),
    ];
    return {
      path: state.input.path,
      display: state.input.display,
      text: `${lines.join(state.newline)}${state.newline}`,
      status: state.input.text === null ? "created" : state.changed ? "changed" : "unchanged",
    };
  });
  return { files, changes, unchanged };
}
