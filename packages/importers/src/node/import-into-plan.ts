import { join, relative, resolve } from "node:path";
import { type LoadedPlan, PLAN_FILE_NAME } from "@ivp/plan-file";
import { NotARegularFileError, readRegularFile } from "@ivp/plan-file/node";
import { importFigures } from "../data-file/import-figures.ts";
import type { ImportChange } from "../data-file/merge-observations.ts";
import type { ImportSkips } from "../mapping/map-figures.ts";
import { importError } from "../messages/say.ts";
import type { PageLoader } from "../odata/read-odata-pages.ts";
import type { DatasetInfo } from "../source-figure.ts";
import { readSourceFile } from "./read-source-file.ts";
import { type FileWrite, writeFilesAtomically } from "./write-files.ts";

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
  const display = (path: string) => relative(process.cwd(), join(plan.dir, path)) || path;
  const computed = await importFigures({
    plan,
    figures: readSourceFile(options.source, {
      ...(options.loadPage && { loadPage: options.loadPage }),
      ...(options.firstPageOnly && { firstPageOnly: true }),
    }),
    sourceDisplay: relative(process.cwd(), resolve(options.source)) || options.source,
    from: options.from,
    to: options.to,
    dataFile: options.dataFile,
    sourceId: options.sourceId,
    display,
    readDataFile: async (path) => {
      try {
        return (await readRegularFile(join(plan.dir, path), display(path))).toString("utf8");
      } catch (error) {
        if (error instanceof NotARegularFileError) {
          throw importError(
            "not-a-regular-file",
            "plan/data-file-not-regular",
            { kind: error.kind },
            {
              location: { file: display(path) },
              hintId: "plan/data-file-not-regular-hint",
              cause: error,
            },
          );
        }
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
          throw importError(
            "malformed-file",
            "plan/cannot-read-data-file",
            {},
            { location: { file: display(path) }, cause: error },
          );
        }
        return null;
      }
    },
    readPlanText: async () =>
      (await readRegularFile(join(plan.dir, PLAN_FILE_NAME), plan.file)).toString("utf8"),
  });
  const writes: FileWrite[] = computed.writes.map((w) => ({ ...w, path: join(plan.dir, w.path) }));
  const nothing = options.dryRun || computed.changes.length === 0;
  const backups = nothing ? [] : await writeFilesAtomically(writes);
  return {
    ...(computed.dataset && { dataset: computed.dataset }),
    dataFile: computed.dataFile,
    changes: computed.changes,
    unchanged: computed.unchanged,
    skipped: computed.skipped,
    written: nothing ? [] : writes.map((w) => w.path),
    backups,
    planUpdated: computed.planUpdated && !nothing,
    sourceAdded: nothing ? null : computed.sourceAdded,
  };
}
