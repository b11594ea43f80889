import { type Period, parsePeriod, seriesUnit } from "@ivp/model";
import {
  type LoadedPlan,
  PLAN_FILE_NAME,
  parseObservationsCsv,
  parsePlanYaml,
} from "@ivp/plan-file";
import type { ImportError } from "../import-error.ts";
import { buildImportTarget } from "../mapping/import-target.ts";
import { type ImportSkips, mapFigures, POPULATION_SERIES } from "../mapping/map-figures.ts";
import { importError } from "../messages/say.ts";
import type { DatasetInfo, SourceFigure } from "../source-figure.ts";
import { addDataFileToPlan } from "./add-data-file.ts";
import { addSourceToPlan, POPULATION_SOURCE } from "./add-source.ts";
import { type DataFileInput, type ImportChange, mergeObservations } from "./merge-observations.ts";

/** The data file an import writes to when the plan lists none. */
export const DEFAULT_DATA_FILE = "data/politie.csv";

/** The error when a file of the plan changed while ivp was importing into it. */
export function changedMeanwhile(file: string): ImportError {
  return importError(
    "plan-busy",
    "plan/changed-meanwhile",
    {},
    { location: { file }, hintId: "plan/changed-meanwhile-hint" },
  );
}

/** Options of {@link importFigures}. */
export interface ImportFiguresOptions {
  /** The plan, as `loadPlan` or `loadPlanFromFiles` read it (it must be valid). */
  readonly plan: Pick<LoadedPlan, "plan" | "file" | "locate">;
  /** The open-data file's figures (`readStatlineCsv`, `readODataPages`). */
  readonly figures: AsyncIterable<SourceFigure>;
  /** The open-data file as messages show it. */
  readonly sourceDisplay: string;
  /** Only periods from this one on (`2022`, `2022-01`, `2022MM01`). */
  readonly from?: string | undefined;
  /** Only periods up to this one. */
  readonly to?: string | undefined;
  /** The data file (relative to the plan) for new figures; default the plan's first, else `data/politie.csv`. */
  readonly dataFile?: string | undefined;
  /** The plan source id for the `source` column; default the plan's one `open-data` source, if any. */
  readonly sourceId?: string | undefined;
  /** A data file's text by its path in the plan, `null` when it does not exist (allowed only for the file new figures go to). */
  readonly readDataFile: (path: string) => Promise<string | null>;
  /** plan.yaml's text now (read only when the import adds a data file to it). */
  readonly readPlanText: () => Promise<string>;
  /** A path in the plan as messages show it. */
  readonly display: (path: string) => string;
}

/** A file an import would write, by its path in the plan. */
export interface ImportWrite {
  readonly path: string;
  readonly text: string;
  /** Whether it replaces an existing file (which then gets a backup). */
  readonly backup: boolean;
  /** The text it was computed from (`null`: the file did not exist). */
  readonly basis: string | null;
  readonly display: string;
}

/** What {@link importFigures} computed. */
export interface ImportPlan {
  readonly dataset?: DatasetInfo;
  /** The data file (as listed in the plan) new figures go to. */
  readonly dataFile: string;
  readonly changes: readonly ImportChange[];
  readonly unchanged: number;
  readonly skipped: ImportSkips;
  /** The files to write (the data files and, when it gains a data file, plan.yaml). */
  readonly writes: readonly ImportWrite[];
  /** Whether the data file is added to the plan's `data:` list. */
  readonly planUpdated: boolean;
  /** The source added to the plan's `sources:` for inhabitants figures (`cbs-bevolking`), if one is. */
  readonly sourceAdded: { readonly id: string; readonly name: string } | null;
}

function period(text: string | undefined, option: string): Period | undefined {
  if (text === undefined) return undefined;
  const result = parsePeriod(text);
  if (!result.success) {
    // The period's own problem stays data, so wordImportError words it in the reader's language.
    throw importError("invalid-period", "plan/option-period", {
      option,
      reason: result.error.message,
      ...result.error.data,
    });
  }
  return result.data;
}

/** The note of an imported row: which table it came from, and whether the figure is provisional. */
function noteFor(dataset: DatasetInfo | undefined): (o: { provisional: boolean }) => string {
  const name = dataset?.table ?? (dataset?.title ? `StatLine: ${dataset.title}` : "open data");
  return (o) => (o.provisional ? `${name} (voorlopig)` : name);
}

/**
 * What `ivp import` computes, without reading or writing a file: maps an
 * open-data file's figures onto the plan's municipality, areas and series (by
 * crime-type code), merges them into the plan's CSV data files (adding new
 * figures, updating changed ones, leaving the rest byte for byte), and adds a
 * new data file to the plan's `data:` list with a one-line edit that keeps the
 * plan's comments. `importIntoPlan` (in `@ivp/importers/node`) reads the files
 * for it and writes the result; the docs' playground does the same in memory.
 * Any problem is an {@link ImportError}.
 *
 * @param options - the plan, the figures, and how to read the plan's files
 * @example
 * const result = await importFigures({ plan, figures: readStatlineCsv(readLines([csv], { file }), { file }), sourceDisplay: file, readDataFile, readPlanText, display: (p) => p });
 * result.writes.map((w) => w.path) //=> ["data/politie.csv"]
 */
export async function importFigures(options: ImportFiguresOptions): Promise<ImportPlan> {
  const { plan, display } = options;
  const from = period(options.from, "--from");
  const to = period(options.to, "--to");
  const target = buildImportTarget(plan.plan, {
    locate: (path) => ({ file: plan.file, ...plan.locate(path) }),
  });
  let sourceId = options.sourceId;
  if (sourceId !== undefined && !plan.plan.sources.some((s) => s.id === sourceId)) {
    const sources = plan.plan.sources.map((s) => s.id).join(", ");
    throw importError(
      "unknown-reference",
      "plan/unknown-source",
      { source: sourceId, sources },
      {
        location: { file: plan.file },
        hintId: sources ? "plan/unknown-source-hint" : "plan/unknown-source-hint-none",
      },
    );
  }
  if (sourceId === undefined) {
    const openData = plan.plan.sources.filter(
      (s) => s.kind === "open-data" && s.id !== POPULATION_SOURCE.id,
    );
    if (openData.length === 1) sourceId = openData[0]?.id;
  }

  const mapped = await mapFigures(options.figures, target, {
    ...(from && { from }),
    ...(to && { to }),
  });
  if (mapped.observations.length === 0) {
    const types = [...mapped.skipped.unmappedCrimeTypes.values()]
      .slice(0, 5)
      .map((t) => (t.code ? `${t.classification ?? ""} ${t.code}`.trim() : `"${t.title}"`));
    throw importError(
      "unknown-reference",
      "plan/none-fits",
      { count: mapped.skipped.figures, types: types.join(", ") },
      {
        location: { file: options.sourceDisplay },
        hintId:
          types.length > 0
            ? "plan/none-fits-types-hint"
            : mapped.skipped.outsidePeriod > 0
              ? "plan/none-fits-period-hint"
              : "plan/none-fits-areas-hint",
      },
    );
  }

  // Inhabitants come from CBS, never from the police source of the crimes:
  // without --source they get the plan's CBS source, added when missing.
  const population = mapped.observations.some((o) => o.series === POPULATION_SERIES);
  const addSource =
    population &&
    options.sourceId === undefined &&
    !plan.plan.sources.some((s) => s.id === POPULATION_SOURCE.id);
  const sourceOf = (o: { readonly series: string }) =>
    options.sourceId === undefined && o.series === POPULATION_SERIES
      ? POPULATION_SOURCE.id
      : sourceId;

  const listed = plan.plan.data;
  const dataFile = (options.dataFile ?? listed[0] ?? DEFAULT_DATA_FILE).replaceAll("\\", "/");
  if (!/^[^/\\].*\.csv$/.test(dataFile) || dataFile.split("/").includes("..")) {
    throw importError(
      "malformed-file",
      "plan/data-file-path",
      { path: dataFile },
      { hintId: "plan/data-file-path-hint" },
    );
  }
  const paths = listed.includes(dataFile) ? listed : [...listed, dataFile];
  const files: DataFileInput[] = [];
  const read = new Map<string, string | null>();
  for (const path of paths) {
    const text = await options.readDataFile(path);
    // Only the file new figures go to may be new; a listed one must exist.
    if (text === null && path !== dataFile) {
      throw importError(
        "malformed-file",
        "plan/cannot-read-data-file",
        {},
        { location: { file: display(path) } },
      );
    }
    read.set(path, text);
    files.push({ path, text, display: display(path) });
  }
  const merged = mergeObservations({
    files,
    target: dataFile,
    observations: mapped.observations,
    defaultArea: plan.plan.municipality.code,
    source: sourceOf,
    note: noteFor(mapped.dataset),
    seriesOrder: target.series.order,
  });

  // Check what would be written with the parsers `ivp validate` uses.
  const writes: ImportWrite[] = [];
  for (const file of merged.files) {
    if (file.status === "unchanged") continue;
    const check = parseObservationsCsv(file.text, file.display, {
      defaultArea: plan.plan.municipality.code,
      unitOf: (series) => seriesUnit(plan.plan, series),
    });
    if (!check.success) {
      throw importError(
        "internal",
        "internal/invalid-data-file-made",
        { file: file.display, problem: String(check.issues[0]?.message) },
        { cause: check.issues[0] },
      );
    }
    writes.push({
      path: file.path,
      text: file.text,
      backup: file.status === "changed",
      basis: read.get(file.path) ?? null,
      display: file.display,
    });
  }
  const planUpdated = !listed.includes(dataFile);
  if (planUpdated || addSource) {
    const text = await options.readPlanText();
    const now = parsePlanYaml(text, plan.file);
    if (
      !now.success ||
      now.plan.data.join("\n") !== listed.join("\n") ||
      now.plan.sources.map((s) => s.id).join("\n") !== plan.plan.sources.map((s) => s.id).join("\n")
    ) {
      throw changedMeanwhile(plan.file);
    }
    let updated = planUpdated ? addDataFileToPlan(text, dataFile) : text;
    if (addSource) updated = addSourceToPlan(updated, POPULATION_SOURCE);
    const check = parsePlanYaml(updated, plan.file);
    if (!check.success)
      throw importError(
        "internal",
        "internal/invalid-plan-made",
        { problem: String(check.issues[0]?.message) },
        { cause: check.issues[0] },
      );
    writes.push({
      path: PLAN_FILE_NAME,
      text: updated,
      backup: true,
      basis: text,
      display: plan.file,
    });
  }
  return {
    ...(mapped.dataset && { dataset: mapped.dataset }),
    dataFile,
    changes: merged.changes,
    unchanged: merged.unchanged,
    skipped: mapped.skipped,
    writes,
    planUpdated,
    sourceAdded:
      addSource && merged.changes.length > 0
        ? { id: POPULATION_SOURCE.id, name: POPULATION_SOURCE.name }
        : null,
  };
}
