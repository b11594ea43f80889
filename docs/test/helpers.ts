import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { REPO_ROOT } from "@ivp/testkit/paths";

/** The docs directory. */
export const DOCS = fileURLToPath(new URL("../", import.meta.url));
/** The built site. */
export const DIST = join(DOCS, ".vitepress/dist");

/** Every plan directory the docs and the repository ship: `examples/*` and `docs/examples/*` with a plan.yaml. */
export function examplePlanDirs(): string[] {
  return [join(REPO_ROOT, "examples"), join(DOCS, "examples")].flatMap((dir) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => join(dir, e.name))
      .filter((d) => readdirSync(d).includes("plan.yaml")),
  );
}

/** The hand-written Markdown pages of the site (generated pages excluded). */
export function handWrittenPages(): string[] {
  const ignored =
    /^(node_modules|\.vitepress|\.generated|examples|reference\/api|reference\/cli|concepts\/lint-rules)(\/|$)/;
  const entries = readdirSync(DOCS, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => join(e.parentPath, e.name).slice(DOCS.length))
    .filter((path) => !ignored.test(path) && path !== "reference/plan-format.md")
    .sort();
}

/** The text of a file under docs/. */
export function readDocs(path: string): string {
  return readFileSync(join(DOCS, path), "utf8");
}
