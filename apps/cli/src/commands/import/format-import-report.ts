import { relative } from "node:path";
import type { ImportChange } from "@ivp/importers";
import type { ImportResult } from "@ivp/importers/node";
import { say } from "../../messages/say.ts";

/** How many added figures are listed without --verbose. */
const LISTED = 20;

function value(v: number | null): string {
  return v === null ? say("import", "missing") : String(v);
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
    if (change.kind === "added")
      return say("import", "added", { what, value: value(change.value) });
    const previous = change.previous;
    const detail =
      previous && previous.value !== change.value
        ? say("import", "value-changed", { from: value(previous.value), to: value(change.value) })
        : say("import", "source-changed", { value: value(change.value) });
    return say("import", "updated", { what, detail });
  });
}

const shown = (path: string) => relative(process.cwd(), path) || path;

const figures = (count: number) => say("import", "figures", { count });

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
  lines.push(
    say("import", "read", {
      figures: figures(result.skipped.figures),
      source: options.source,
      kind,
    }),
  );
  const dataFile = shown(`${options.planDir}/${result.dataFile}`);
  const added = result.changes.filter((c) => c.kind === "added");
  const updated = result.changes.filter((c) => c.kind === "updated");
  if (result.changes.length > 0) {
    lines.push(say("import", options.dryRun ? "would-change" : "changed", { file: dataFile }));
    const listed = options.verbose ? added : added.slice(0, LISTED);
    for (const line of changeLines([...updated, ...listed])) lines.push(line);
    if (listed.length < added.length) {
      lines.push(say("import", "more-added", { count: added.length - listed.length }));
    }
  }
  lines.push(
    say("import", "summary", {
      added: added.length,
      updated: updated.length,
      unchanged: result.unchanged,
    }),
  );
  const skipped = result.skipped;
  if (skipped.otherAreas > 0)
    lines.push(say("import", "skipped-areas", { figures: figures(skipped.otherAreas) }));
  for (const [topic, count] of skipped.otherTopics) {
    lines.push(say("import", "skipped-topic", { figures: figures(count), topic }));
  }
  if (skipped.outsidePeriod > 0)
    lines.push(say("import", "skipped-period", { figures: figures(skipped.outsidePeriod) }));
  for (const type of skipped.unmappedCrimeTypes.values()) {
    const name = [type.classification, type.code, type.code ? undefined : `"${type.title}"`]
      .filter(Boolean)
      .join(" ");
    const title = type.code && type.title && type.title !== type.code ? ` ${type.title}` : "";
    const hint = type.code
      ? say("import", "crime-type-hint", {
          classification: type.classification ?? "police",
          code: type.code,
        })
      : "";
    lines.push(
      say("import", "skipped-crime-type", { figures: figures(type.figures), name, title, hint }),
    );
  }
  if (options.dryRun) {
    lines.push(say("import", "dry-run"));
  } else if (result.written.length === 0) {
    lines.push(say("import", "nothing-to-write"));
  } else {
    if (result.planUpdated) lines.push(say("import", "data-file-added", { file: result.dataFile }));
    if (result.sourceAdded) {
      const { id, name } = result.sourceAdded;
      lines.push(say("import", "source-added", { id, name }));
    }
    for (const backup of result.backups)
      lines.push(say("import", "backup", { file: shown(backup) }));
  }
  return `${lines.join("\n")}\n`;
}
