/**
 * The importers' own test helpers: their fixtures, plans written to disk and
 * loaded, StatLine rows read by hand. Shared helpers (the repository's paths,
 * temporary directories) are in `@ivp/testkit`.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatIssue, type LoadedPlan } from "@ivp/plan-file";
import { loadPlan } from "@ivp/plan-file/node";
import { stringify } from "yaml";
import type { SourceFigure } from "../src/source-figure.ts";

/** This package's fixtures. */
export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

/** Collects an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const result: T[] = [];
  for await (const item of items) result.push(item);
  return result;
}

/** A minimal valid plan as data; `extra` fields are merged in. */
export function planData(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: "test-plan",
    title: "Testplan",
    municipality: { name: "Blaricum", code: "GM0376" },
    period: { start: 2024, end: 2027 },
    mission: "Veilig wonen.",
    series: [{ id: "misdrijven-totaal", label: "Totaal misdrijven", codes: { police: "0.0.0" } }],
    ...extra,
  };
}

/** Writes `plan.yaml` (and files) into `dir` and loads it. */
export async function writePlan(
  dir: string,
  data: Record<string, unknown>,
  files: Record<string, string> = {},
): Promise<LoadedPlan> {
  await writeFile(join(dir, "plan.yaml"), `# Testplan\n${stringify(data)}`);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return loadOrFail(dir);
}

/** Loads a plan that must be valid. */
export async function loadOrFail(dir: string): Promise<LoadedPlan> {
  const result = await loadPlan(dir);
  if (!result.success) throw new Error(result.issues.map((i) => formatIssue(i)).join("\n"));
  return result;
}

/** Reads a text file. */
function read(path: string): Promise<string> {
  return readFile(path, "utf8");
}

/**
 * The region rows of a StatLine CSV, read the simplest possible way (not with
 * the importer): every line `"name";"v1";"v2"` after the header, as name to values.
 */
export async function statlineRowsByHand(path: string): Promise<Map<string, string[]>> {
  const lines = (await read(path)).split("\n");
  const rows = new Map<string, string[]>();
  const start = lines.findIndex((l) => l.startsWith('"Regio\'s"')) + 1;
  for (const line of lines.slice(start)) {
    if (line.startsWith('"Bron:')) break; // not "Bronckhorst"
    const cells = line.replace(/\r$/, "").slice(1, -1).split('";"');
    rows.set(cells[0] as string, cells.slice(1));
  }
  return rows;
}

/** A short form of a figure for assertions. */
export function brief(figure: SourceFigure) {
  return {
    region: figure.region.code ?? figure.region.name,
    crime: figure.crime.code ?? figure.crime.title,
    period: figure.period,
    value: figure.value,
  };
}
