/**
 * The plans the playground opens by name (`/playground?example=blaricum`):
 * the repository's examples and the guide's plan, bundled at build time as
 * text (each loaded only when opened), so they work from the static site
 * with no request beyond the site's own files.
 */

/** An example's name, its title in the picker, and where its files are. */
export interface ExampleInfo {
  readonly name: string;
  readonly title: string;
}

export const EXAMPLES: readonly ExampleInfo[] = [
  { name: "laren-2019-2022", title: "Laren 2019-2022 (as printed, with its mistakes)" },
  { name: "blaricum", title: "Blaricum (imported police figures)" },
  { name: "eemnes", title: "Eemnes (imported police figures)" },
  { name: "voorbeeld-plan", title: "Voorbeeld-plan (the guide's example)" },
];

export const DEFAULT_EXAMPLE = "laren-2019-2022";

// Vite turns these into one small chunk per file, fetched when an example is opened.
const repoFiles = import.meta.glob(
  ["../../../../examples/*/plan.yaml", "../../../../examples/*/data/*.csv"],
  {
    query: "?raw",
    import: "default",
  },
);
const guideFiles = import.meta.glob(
  ["../../../examples/voorbeeld-plan/plan.yaml", "../../../examples/voorbeeld-plan/data/*.csv"],
  {
    query: "?raw",
    import: "default",
  },
);

/** The files of every example, by example name and path in the plan. */
function loaders(): Map<string, Map<string, () => Promise<unknown>>> {
  const byExample = new Map<string, Map<string, () => Promise<unknown>>>();
  for (const [key, load] of Object.entries({ ...repoFiles, ...guideFiles })) {
    const match = /examples\/([^/]+)\/(.+)$/.exec(key);
    if (!match) continue;
    const [, name, path] = match as unknown as [string, string, string];
    if (!byExample.has(name)) byExample.set(name, new Map());
    byExample.get(name)?.set(path, load);
  }
  return byExample;
}

/**
 * The files of a bundled example by path (`plan.yaml`, `data/politie.csv`),
 * or undefined for a name that is not one.
 */
export async function loadExample(name: string): Promise<Map<string, string> | undefined> {
  const files = loaders().get(name);
  if (!files || !EXAMPLES.some((e) => e.name === name)) return undefined;
  const entries = await Promise.all(
    [...files].map(async ([path, load]) => [path, String(await load())] as const),
  );
  return new Map(
    entries.sort(([a], [b]) =>
      a === "plan.yaml" ? -1 : b === "plan.yaml" ? 1 : a.localeCompare(b),
    ),
  );
}
