import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LoadedPlan } from "@ivp/plan-file";
import { loadPlan } from "@ivp/plan-file/node";
import { stringify } from "yaml";
import type { SourceFigure } from "../src/source-figure.ts";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** The real StatLine export (a copy of the shared data, byte for byte). */
export const STATLINE_FILE = join(
  ROOT,
  "fixtures/data/statline-geregistreerde-misdrijven-2022-2023.csv",
);
/** This package's fixtures. */
export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

/** Collects an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const result: T[] = [];
  for await (const item of items) result.push(item);
  return result;
}

/** A fresh temporary directory, removed by the returned function. */
export async function temporaryDirectory(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "ivp-importers-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
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
  if (!result.success)
    throw new Error(result.issues.map((i) => `${i.file}:${i.line} ${i.message}`).join("\n"));
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
