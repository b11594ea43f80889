import { join, relative, resolve } from "node:path";
import { type Period, parsePeriod, seriesUnit } from "@ivp/model";
import {
  type LoadedPlan,
  NotARegularFileError,
  PLAN_FILE_NAME,
  parseObservationsCsv,
  parsePlanYaml,
  readRegularFile,
} from "@ivp/plan-file";
import { addDataFileToPlan } from "../data-file/add-data-file.ts";
import { addSourceToPlan, POPULATION_SOURCE } from "../data-file/add-source.ts";
import {
  type DataFileInput,
  type ImportChange,
  mergeObservations,
} from "../data-file/merge-observations.ts";
import { ImportError } from "../import-error.ts";
import { buildImportTarget } from "../mapping/import-target.ts";
import { type ImportSkips, mapFigures, POPULATION_SERIES } from "../mapping/map-figures.ts";
import type { PageLoader } from "../odata/read-odata-pages.ts";
import type { DatasetInfo } from "../source-figure.ts";
import { readSourceFile } from "./read-source-file.ts";
import { changedMeanwhile, type FileWrite, writeFilesAtomically } from "./write-files.ts";

/** The data file an import writes to when the plan lists none. */
export const DEFAULT_DATA_FILE = "data/politie.csv";

/** Options of {@link importIntoPlan}. */
export interface ImportIntoPlanOptions {
  /** The plan, as `loadPlan` read it (it must be valid). */
  readonly plan: LoadedPlan;
  /** The open-data file (StatLine CSV or OData JSON page), or an OData URL. */
  readonly source: string;
  /** Only periods from this one on (`2022`, `2022-01`, `2022MM01`). */
  readonly from?: string;
  /** Only periods up to this one. */
  readonly to?: string;
  /** The data file (relative to the plan) for new figures; default the plan's first, else `data/politie.csv`. */
  readonly dataFile?: string;
  /**
   * The plan source id for the `source` column. Default: for inhabitants
   * (`inwoners`) the CBS source `cbs-bevolking` (added to the plan's
   * `sources:` when missing), for crimes the plan's one other `open-data`
   * source, if any.
   */
  readonly sourceId?: string;
  /** Compute and report, but write nothing. */
  readonly dryRun?: boolean;
  /** How OData pages are loaded (tests load fixture files). */
  readonly loadPage?: PageLoader;
  /** Read only the first OData page. */
  readonly firstPageOnly?: boolean;
}

/** What {@link importIntoPlan} did. */
export interface ImportResult {
  readonly dataset?: DatasetInfo;
  /** The data file (as listed in the plan) new figures went to. */
  readonly dataFile: string;
  readonly changes: readonly ImportChange[];
  readonly unchanged: number;
  readonly skipped: ImportSkips;
  /** Absolute paths of the files written (none for a dry run or when nothing changed). */
  readonly written: readonly string[];
  /** Absolute paths of the backups made. */
  readonly backups: readonly string[];
  /** Whether the data file was added to the plan's `data:` list. */
  readonly planUpdated: boolean;
  /** The source added to the plan's `sources:` for inhabitants figures (`cbs-bevolking`), if one was. */
  readonly sourceAdded: { readonly id: string; readonly name: string } | null;
}

function period(text: string | undefined, option: string): Period | undefined {
  if (text === undefined) return undefined;
  const result = parsePeriod(text);
  if (!result.success) {
    throw new ImportError("invalid-period", `${option}: ${result.error.message}`);
  }
  return result.data;
}

/** The note of an imported row: which table it came from, and whether the figure is provisional. */
function noteFor(dataset: DatasetInfo | undefined): (o: { provisional: boolean }) => string {
  const name = dataset?.table ?? (dataset?.title ? `StatLine: ${dataset.title}` : "open data");
  return (o) => (o.provisional ? `${name} (voorlopig)` : name);
}

/**
 * Imports an open-data file into a plan: maps its figures onto the plan's
 * municipality, areas and series (by crime-type code), merges them into the
 * plan's CSV data files (adding new figures, updating changed ones, leaving
 * the rest byte for byte), and writes atomically with a backup of every file it
 * rewrites. A new data file is added to the plan's `data:` list with a
 * one-line edit that keeps the plan's comments. Importing the same file twice
 * changes nothing. Any problem (a malformed file, an ambiguous mapping) is an
 * {@link ImportError} thrown before anything is written.
 *
 * @param options - the plan, the source file and what to import
 * @returns what changed, what was skipped and which files were written
 * @example
 * const result = await importIntoPlan({ plan, source: "statline.csv" });
 * result.changes //=> [{ kind: "added", series: "misdrijven-totaal", area: "GM0376", period: "2022", value: 363, ... }, ...]
 */
export async function importIntoPlan(options: ImportIntoPlanOptions): Promise<ImportResult> {
  const { plan } = options;
  const from = period(options.from, "--from");
  const to = period(options.to, "--to");
  const target = buildImportTarget(plan.plan, {
    locate: (path) => ({ file: plan.file, ...plan.locate(path) }),
  });
  let sourceId = options.sourceId;
  if (sourceId !== undefined && !plan.plan.sources.some((s) => s.id === sourceId)) {
    throw new ImportError("unknown-reference", `the plan has no source "${sourceId}"`, {
      location: { file: plan.file },
      hint: `use one of: ${plan.plan.sources.map((s) => s.id).join(", ") || "(none; add one under sources:)"}`,
    });
  }
  if (sourceId === undefined) {
    const openData = plan.plan.sources.filter(
      (s) => s.kind === "open-data" && s.id !== POPULATION_SOURCE.id,
    );
    if (openData.length === 1) sourceId = openData[0]?.id;
  }

  const mapped = await mapFigures(
    readSourceFile(options.source, {
      ...(options.loadPage && { loadPage: options.loadPage }),
      ...(options.firstPageOnly && { firstPageOnly: true }),
    }),
    target,
    { ...(from && { from }), ...(to && { to }) },
  );
  if (mapped.observations.length === 0) {
    const types = [...mapped.skipped.unmappedCrimeTypes.values()]
      .slice(0, 5)
      .map((t) => (t.code ? `${t.classification ?? ""} ${t.code}`.trim() : `"${t.title}"`));
    throw new ImportError(
      "unknown-reference",
      `none of the ${mapped.skipped.figures} figures in the file fits the plan`,
      {
        location: { file: relative(process.cwd(), resolve(options.source)) || options.source },
        hint:
          types.length > 0
            ? `the file's crime types for this municipality are ${types.join(", ")}; give a series their code, e.g. codes: { police: "1.1.1" }`
            : mapped.skipped.outsidePeriod > 0
              ? "every figure lies outside --from/--to"
              : "the file has no registered-crime figures for the plan's areas",
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
    throw new ImportError("malformed-file", `"${dataFile}" cannot be a data file of the plan`, {
      hint: "give a .csv path inside the plan directory, such as data/politie.csv",
    });
  }
  const display = (path: string) => relative(process.cwd(), join(plan.dir, path)) || path;
  const paths = listed.includes(dataFile) ? listed : [...listed, dataFile];
  const files: DataFileInput[] = [];
  const read = new Map<string, string | null>();
  for (const path of paths) {
    let text: string | null = null;
    try {
      text = (await readRegularFile(join(plan.dir, path), display(path))).toString("utf8");
    } catch (error) {
      if (error instanceof NotARegularFileError) {
        throw new ImportError(
          "not-a-regular-file",
          `the data file is a ${error.kind}, not a regular file`,
          { location: { file: display(path) }, hint: "a data file is a CSV file" },
        );
      }
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || path !== dataFile) {
        throw new ImportError("malformed-file", "cannot read the data file", {
          location: { file: display(path) },
        });
      }
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
  const writes: FileWrite[] = [];
  for (const file of merged.files) {
    if (file.status === "unchanged") continue;
    const check = parseObservationsCsv(file.text, file.display, {
      defaultArea: plan.plan.municipality.code,
      unitOf: (series) => seriesUnit(plan.plan, series),
    });
    if (!check.success) {
      throw new Error(
        `ivp produced an invalid data file ${file.display}: ${check.issues[0]?.message}`,
      );
    }
    writes.push({
      path: join(plan.dir, file.path),
      text: file.text,
      backup: file.status === "changed",
      basis: read.get(file.path) ?? null,
      display: file.display,
    });
  }
  const dataListed = !listed.includes(dataFile);
  if (dataListed || addSource) {
    const planPath = join(plan.dir, PLAN_FILE_NAME);
    const text = (await readRegularFile(planPath, plan.file)).toString("utf8");
    const now = parsePlanYaml(text, plan.file);
    if (
      !now.success ||
      now.plan.data.join("\n") !== listed.join("\n") ||
      now.plan.sources.map((s) => s.id).join("\n") !== plan.plan.sources.map((s) => s.id).join("\n")
    ) {
      throw changedMeanwhile(plan.file);
    }
    let updated = dataListed ? addDataFileToPlan(text, dataFile) : text;
    if (addSource) updated = addSourceToPlan(updated, POPULATION_SOURCE);
    const check = parsePlanYaml(updated, plan.file);
    if (!check.success)
      throw new Error(`ivp made the plan file invalid: ${check.issues[0]?.message}`);
    writes.push({
      path: planPath,
      text: updated,
      backup: true,
      basis: text,
      display: plan.file,
    });
  }
  const backups =
    options.dryRun || merged.changes.length === 0 ? [] : await writeFilesAtomically(writes);
  return {
    ...(mapped.dataset && { dataset: mapped.dataset }),
    dataFile,
    changes: merged.changes,
    unchanged: merged.unchanged,
    skipped: mapped.skipped,
    written: options.dryRun || merged.changes.length === 0 ? [] : writes.map((w) => w.path),
    backups,
    planUpdated: dataListed && !options.dryRun && merged.changes.length > 0,
    sourceAdded:
      addSource && !options.dryRun && merged.changes.length > 0
        ? { id: POPULATION_SOURCE.id, name: POPULATION_SOURCE.name }
        : null,
  };
}
