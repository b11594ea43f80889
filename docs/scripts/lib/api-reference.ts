import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  Application,
  type DeclarationReflection,
  type ProjectReflection,
  ReflectionKind,
} from "typedoc";
import type { SidebarGroup } from "./pages.ts";
import { linkNamedTypes } from "./typedoc-named-types.ts";

/** The libraries whose API the site documents, by package directory. */
const API_PACKAGES = ["packages/model", "packages/plan-file", "packages/report"] as const;

/**
 * Their public entry files (each package's `src/index.ts`, plus plan-file's
 * `src/node.ts` and model's `src/json-schema.ts` and `src/lint-docs.ts`, as in their typedoc.json): a type exported from one of them is
 * shown as a link where a signature names it.
 */
const PUBLIC_ENTRIES = [
  "packages/model/src/index.ts",
  "packages/model/src/json-schema.ts",
  "packages/model/src/lint-docs.ts",
  "packages/plan-file/src/index.ts",
  "packages/plan-file/src/node.ts",
  "packages/report/src/index.ts",
] as const;

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const DOCS = fileURLToPath(new URL("../../", import.meta.url));

/** A public function, method or class whose TSDoc has no `@example`. */
export interface MissingExample {
  readonly name: string;
  readonly kind: string;
  readonly file: string;
}

/**
 * The public functions, methods and classes of a converted project that have no
 * `@example` in their TSDoc. Inherited members (from `Error`) are not the
 * libraries' own and are skipped.
 */
function findMissingExamples(project: ProjectReflection): MissingExample[] {
  const kinds = ReflectionKind.Function | ReflectionKind.Method | ReflectionKind.Class;
  const missing: MissingExample[] = [];
  for (const reflection of project.getReflectionsByKind(kinds) as DeclarationReflection[]) {
    if (reflection.inheritedFrom || reflection.flags.isExternal) continue;
    const comments = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)];
    if (comments.some((c) => c?.getTag("@example"))) continue;
    missing.push({
      name: reflection.getFullName(),
      kind: ReflectionKind.singularString(reflection.kind),
      file: reflection.sources?.[0]?.fileName ?? "?",
    });
  }
  return missing;
}

/** Options of {@link generateApiReference}. */
export interface GenerateApiReferenceOptions {
  /** Output directory, relative to docs/. Default `reference/api`. */
  readonly out?: string;
}

/**
 * Generates the API reference of the libraries with typedoc and
 * typedoc-plugin-markdown into the site. Fails (throws) when typedoc warns,
 * for example about an undocumented export or a broken `{@link}`, and when a
 * public function, method or class has no `@example`.
 *
 * @returns the sidebar groups of the generated pages, one per package
 */
export async function generateApiReference(
  options: GenerateApiReferenceOptions = {},
): Promise<SidebarGroup[]> {
  const out = options.out ?? "reference/api";
  const app = await Application.bootstrapWithPlugins({
    name: "ivp API",
    entryPoints: API_PACKAGES.map((p) => `${ROOT}${p}`),
    entryPointStrategy: "packages",
    packageOptions: {
      entryPoints: ["src/index.ts"],
      tsconfig: `${DOCS}tsconfig.api.json`,
      excludeExternals: true,
      // The packages' READMEs are for npm; the site has its own pages.
      readme: "none",
      disableSources: true,
      disableGit: true,
    },
    plugin: ["typedoc-plugin-markdown"],
    readme: "none",
    out: `${DOCS}${out}`,
    cleanOutputDir: true,
    excludeExternals: true,
    excludePrivate: true,
    excludeInternal: true,
    disableSources: true,
    treatWarningsAsErrors: true,
    validation: { notExported: true, invalidLink: true, notDocumented: true },
    // Every function, class, method, interface, constant and enum of the public
    // API must say what it is; the zod-inferred type aliases in schema/types.ts
    // and interface fields are not (yet) required.
    requiredToBeDocumented: ["Function", "Class", "Method", "Interface", "Variable", "Enum"],
    packagesRequiringDocumentation: ["@ivp/model", "@ivp/plan-file", "@ivp/report"],
    // typedoc-plugin-markdown
    entryFileName: "index",
    hidePageHeader: true,
    hideBreadcrumbs: true,
    useCodeBlocks: true,
    parametersFormat: "table",
    interfacePropertiesFormat: "table",
    // A zod-inferred type's page (Plan, Indicator, ...) lists its fields as an
    // interface's page does: a table whose types link to their own pages.
    typeAliasPropertiesFormat: "table",
    sanitizeComments: true,
  } as Parameters<typeof Application.bootstrapWithPlugins>[0]);
  linkNamedTypes(
    app,
    PUBLIC_ENTRIES.map((file) => `${ROOT}${file}`),
  );
  const project = await app.convert();
  if (!project) throw new Error("typedoc could not convert the libraries (see the messages above)");
  app.validate(project);
  const missing = findMissingExamples(project);
  if (missing.length > 0) {
    throw new Error(
      `public API without an @example in its TSDoc:\n${missing
        .map((m) => `  ${m.file}: ${m.kind} ${m.name}`)
        .join("\n")}`,
    );
  }
  if (app.logger.hasWarnings() || app.logger.hasErrors()) {
    throw new Error(
      "typedoc reported warnings or errors (see above); the docs build fails on them",
    );
  }
  await app.generateOutputs(project);
  if (app.logger.hasWarnings() || app.logger.hasErrors()) {
    throw new Error("typedoc reported warnings while writing the API reference (see above)");
  }
  markApiPages(join(DOCS, out));
  return sidebarOf(project, out);
}

/** The class of every API page's layout (VitePress `pageClass`), for the theme's CSS. */
const API_PAGE_CLASS = "ivp-api-page";

/**
 * Gives every generated API page the front matter `pageClass: ivp-api-page`:
 * on these pages code in a table may break anywhere (identifiers such as
 * `conventions.multipleComparisons` would otherwise widen a table beyond the
 * text column), which on the concept pages would split figures like `-52%`.
 */
function markApiPages(dir: string): void {
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".md")) continue;
    const path = join(dir, file);
    writeFileSync(path, `---\npageClass: ${API_PAGE_CLASS}\n---\n\n${readFileSync(path, "utf8")}`);
  }
}

/**
 * typedoc-plugin-markdown's output folders, their sidebar headings and the
 * anchor of their section on the module's index page.
 */
const KIND_FOLDERS: readonly (readonly [folder: string, text: string, anchor: string])[] = [
  ["functions", "Functions", "functions"],
  ["classes", "Classes", "classes"],
  ["variables", "Constants", "variables"],
  ["interfaces", "Interfaces", "interfaces"],
  ["type-aliases", "Types", "type-aliases"],
];

/**
 * The sidebar of one module's pages (a folder with an index.md): a group per
 * kind. Every group, collapsible or not, is a link (to its section of the
 * module's index page): VitePress draws a collapsible group *without* a link
 * as a role="button" around its toggle button, which axe-core reports as
 * nested interactive elements.
 */
function moduleSidebar(dir: string, link: string): SidebarGroup["items"] {
  return KIND_FOLDERS.flatMap(([folder, text, anchor]) => {
    const pages = existsSync(join(dir, folder))
      ? readdirSync(join(dir, folder))
          .filter((f) => f.endsWith(".md"))
          .map((f) => f.slice(0, -3))
          .sort((a, b) => a.localeCompare(b))
      : [];
    if (pages.length === 0) return [];
    return [
      {
        text,
        link: `${link}#${anchor}`,
        collapsed: true,
        items: pages.map((name) => ({ text: name, link: `${link}${folder}/${name}` })),
      },
    ];
  });
}

/**
 * One sidebar group per package. A package with several entry points
 * (`@ivp/plan-file` and `@ivp/plan-file/node`) has a module folder for each,
 * named after the entry file; the group shows them by their import path.
 */
function sidebarOf(project: ProjectReflection, out: string): SidebarGroup[] {
  return (project.children ?? []).map((pkg) => {
    const dir = join(DOCS, out, pkg.name);
    const link = `/${out}/${pkg.name}/`;
    const modules = (pkg.children ?? []).filter((c) => c.kindOf(ReflectionKind.Module));
    const items =
      modules.length === 0
        ? moduleSidebar(dir, link)
        : modules.map((m) => ({
            text: m.name === "index" ? pkg.name : `${pkg.name}/${m.name}`,
            link: `${link}${m.name}/`,
            collapsed: true,
            items: moduleSidebar(join(dir, m.name), `${link}${m.name}/`),
          }));
    return { text: pkg.name, link, collapsed: true, items };
  });
}
