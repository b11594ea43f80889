import { relative } from "node:path";
import type { ImportChange } from "@ivp/importers";
import type { ImportResult } from "@ivp/importers/node";

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
