/**
 * A StatLine CSV export dropped on the playground, imported into the plan's
 * data as `ivp import` does: the same reader (`readStatlineCsv`), mapping and
 * merge (`importFigures`, which `importIntoPlan` runs between reading and
 * writing files), here on the files held in the page.
 */
import { ImportError, importFigures, readLines, readStatlineCsv } from "@ivp/importers";
import { formatIssue, issueOf, loadPlanFromFiles } from "@ivp/plan-file";

/** What an import did, in words, and the files it changed. */
export type StatlineImport =
  | {
      readonly success: true;
      readonly message: string;
      readonly files: ReadonlyMap<string, string>;
      /** The data file the figures went to. */
      readonly dataFile: string;
    }
  | { readonly success: false; readonly message: string };

/**
 * Imports a StatLine CSV export into the plan in `files`.
 *
 * @param files - the plan's files now (not changed)
 * @param source - the export (an `InputFile` of open-files.ts, which imports this module)
 */
export async function importStatline(
  files: ReadonlyMap<string, string>,
  source: { readonly path: string; readonly text: string },
): Promise<StatlineImport> {
  const loaded = await loadPlanFromFiles(files);
  if (!loaded.success) {
    return {
      success: false,
      message: `${source.path} was not imported: the plan must load first (see its findings).`,
    };
  }
  const file = source.path.split("/").pop() ?? source.path;
  try {
    const result = await importFigures({
      plan: loaded,
      figures: readStatlineCsv(readLines([source.text], { file }), { file }),
      sourceDisplay: file,
      display: (path) => path,
      readDataFile: async (path) => files.get(path) ?? null,
      readPlanText: async () => files.get("plan.yaml") ?? "",
    });
    const changed = new Map(result.writes.map((w) => [w.path, w.text]));
    const added = result.changes.filter((c) => c.kind === "added").length;
    const updated = result.changes.length - added;
    return {
      success: true,
      files: changed,
      dataFile: result.dataFile,
      message:
        result.changes.length === 0
          ? `${file}: nothing new (${result.unchanged} figures already in ${result.dataFile}).`
          : `${file} imported into ${result.dataFile}: ${added} figures added, ${updated} updated, ${result.unchanged} unchanged${result.planUpdated ? "; plan.yaml now lists it under data:" : ""}.`,
    };
  } catch (error) {
    if (error instanceof ImportError) {
      // The importer's message names the file, line and column itself.
      return {
        success: false,
        message: `Not imported: ${formatIssue(issueOf(error), { layout: "error" })}`,
      };
    }
    throw error;
  }
}
