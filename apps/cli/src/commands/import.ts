import { stat } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import type { ImportChange } from "@ivp/importers";
import { type ImportResult, importIntoPlan, withPlanLock } from "@ivp/importers/node";
import { parsePeriod } from "@ivp/model";
import type { ParsedCommandArgs } from "../args.ts";
import { usageError } from "../cli-error.ts";
import { EXIT } from "../exit-codes.ts";
import { failOnImportError } from "../import-error-to-cli.ts";
import { loadPlanOrFail } from "../load-plan-or-fail.ts";
import { writeOutput } from "../output.ts";

/** How many added figures are listed without --verbose. */
const LISTED = 20;

function value(v: number | null): string {
  return v === null ? "missing" : String(v);
}

/** The lines listing changes, with series, area and period in aligned columns. */
function changeLines(changes: readonly ImportChange[]): string[] {
  // A reduce, not Math.max(...): an import can change more figures than a
  // function call takes arguments.
  const width = (pick: (c: ImportChange) => string) =>
    changes.reduce((widest, c) => Math.max(widest, pick(c).length), 0);
  const series = width((c) => c.series);
  const area = width((c) => c.area);
  const period = width((c) => c.period);
  return changes.map((change) => {
    const what = `${change.series.padEnd(series)}  ${change.area.padEnd(area)}  ${change.period.padEnd(period)}`;
    if (change.kind === "added") return `  added    ${what}  ${value(change.value)}`;
    const previous = change.previous;
    const detail =
      previous && previous.value !== change.value
        ? `${value(previous.value)} -> ${value(change.value)}`
        : `${value(change.value)} (source or note changed)`;
    return `  updated  ${what}  ${detail}`;
  });
}

const shown = (path: string) => relative(process.cwd(), path) || path;

const figures = (n: number) => `${n} figure${n === 1 ? "" : "s"}`;

/** The report of an import, as the lines `ivp import` prints. */
export function formatImportReport(
  result: ImportResult,
  options: { source: string; planDir: string; verbose: boolean; dryRun: boolean },
): string {
  const lines: string[] = [];
  const dataset = result.dataset;
  const kind =
    dataset?.format === "statline-csv"
      ? `StatLine CSV${dataset.title ? `: ${dataset.title}` : ""}`
      : `OData${dataset?.table ? ` ${dataset.table}` : ""}`;
  lines.push(`Read ${figures(result.skipped.figures)} from ${options.source} (${kind}).`);
  const dataFile = shown(`${options.planDir}/${result.dataFile}`);
  const added = result.changes.filter((c) => c.kind === "added");
  const updated = result.changes.filter((c) => c.kind === "updated");
  if (result.changes.length > 0) {
    lines.push(`${options.dryRun ? "Would change" : "Changed"} in ${dataFile}:`);
    const listed = options.verbose ? added : added.slice(0, LISTED);
    for (const line of changeLines([...updated, ...listed])) lines.push(line);
    if (listed.length < added.length) {
      lines.push(`  ... and ${added.length - listed.length} more added (--verbose lists them all)`);
    }
  }
  lines.push(`${added.length} added, ${updated.length} updated, ${result.unchanged} unchanged.`);
  const skipped = result.skipped;
  if (skipped.otherAreas > 0)
    lines.push(`Skipped ${figures(skipped.otherAreas)} of areas that are not in the plan.`);
  for (const [topic, count] of skipped.otherTopics) {
    lines.push(`Skipped ${figures(count)} of "${topic}" (ivp imports registered crimes).`);
  }
  if (skipped.outsidePeriod > 0)
    lines.push(`Skipped ${figures(skipped.outsidePeriod)} outside --from/--to.`);
  for (const type of skipped.unmappedCrimeTypes.values()) {
    const name = [type.classification, type.code, type.code ? undefined : `"${type.title}"`]
      .filter(Boolean)
      .join(" ");
    const title = type.code && type.title && type.title !== type.code ? ` ${type.title}` : "";
    const hint = type.code
      ? `; to import them, give a series codes: { ${type.classification ?? "police"}: "${type.code}" }`
      : "";
    lines.push(
      `Skipped ${figures(type.figures)} of ${name}${title}: no series of the plan has this crime type${hint}.`,
    );
  }
  if (options.dryRun) {
    lines.push("Dry run: nothing was written.");
  } else if (result.written.length === 0) {
    lines.push("Nothing to write: the plan has these figures already.");
  } else {
    if (result.planUpdated) lines.push(`Added ${result.dataFile} to data: in the plan.`);
    if (result.sourceAdded) {
      lines.push(
        `Added the source ${result.sourceAdded.id} (${result.sourceAdded.name}, CBS table 03759ned) to sources: in the plan: inhabitants come from CBS, not from the police source.`,
      );
    }
    for (const backup of result.backups) lines.push(`Backup: ${shown(backup)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The directory of a plan given as a directory or as its plan file. */
async function planDirectory(target: string): Promise<string> {
  const path = resolve(target);
  const info = await stat(path).catch(() => undefined);
  return info?.isDirectory() ? path : dirname(path);
}

/** `ivp import <source-file> --plan <plan>`: returns the exit code. */
export async function runImport(args: ParsedCommandArgs): Promise<number> {
  const source = args.positionals[0] as string;
  const target = args.options.plan;
  if (typeof target !== "string") {
    throw usageError("the option --plan is required: the plan to import into", "import");
  }
  for (const option of ["from", "to"] as const) {
    const value = args.options[option];
    if (typeof value === "string" && !parsePeriod(value).success) {
      throw usageError(
        `--${option}: "${value}" is not a period (2022, 2022-H1, 2022-Q3, 2022-10 or 2022MM10)`,
        "import",
      );
    }
  }
  const dryRun = args.options["dry-run"] === true;
  const run = async () => {
    const plan = await loadPlanOrFail(target);
    const result = await importIntoPlan({
      plan,
      source,
      ...(typeof args.options.from === "string" && { from: args.options.from }),
      ...(typeof args.options.to === "string" && { to: args.options.to }),
      ...(typeof args.options.data === "string" && { dataFile: args.options.data }),
      ...(typeof args.options.source === "string" && { sourceId: args.options.source }),
      ...(dryRun && { dryRun: true }),
      ...(args.options["first-page-only"] === true && { firstPageOnly: true }),
    });
    return { plan, result };
  };
  // The plan is read, merged and rewritten under the plan directory's import
  // lock: a second import at the same time fails with a message instead of
  // overwriting the first one's figures. A dry run writes nothing and takes none.
  const { plan, result } = await failOnImportError(async () =>
    dryRun ? run() : withPlanLock(await planDirectory(target), run),
  );
  await writeOutput(
    formatImportReport(result, {
      source,
      planDir: plan.dir,
      verbose: args.options.verbose === true,
      dryRun,
    }),
  );
  return EXIT.ok;
}
