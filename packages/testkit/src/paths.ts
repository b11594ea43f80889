/**
 * Where the repository's shared test material is: the example plans under
 * `examples/` and the real open-data files under `fixtures/`. Absolute paths,
 * so a test works from any working directory.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (ends in a path separator). */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The example plans the repository ships (`examples/`). */
export type ExampleName = "laren-2019-2022" | "blaricum" | "eemnes";

/** The directory of an example plan (`examples/<name>`). */
export function exampleDir(name: ExampleName): string {
  return join(REPO_ROOT, "examples", name);
}

/** Laren's plan as printed: the directory `examples/laren-2019-2022`. */
export const LAREN_DIR = exampleDir("laren-2019-2022");

/** The real StatLine export of registered crimes 2022-2023 (a copy of the shared open data, byte for byte). */
export const STATLINE_FILE = join(
  REPO_ROOT,
  "fixtures/data/statline-geregistreerde-misdrijven-2022-2023.csv",
);
