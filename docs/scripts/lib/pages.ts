/** A page written by a generator: its path under docs/ and its Markdown. */
export interface GeneratedPage {
  /** Path relative to the docs directory, e.g. `reference/cli/table.md`. */
  readonly path: string;
  readonly content: string;
}

/** A link in the sidebar. */
export interface SidebarLink {
  readonly text: string;
  readonly link: string;
}

/** A group of the sidebar, possibly nested. */
export interface SidebarGroup {
  readonly text: string;
  readonly link?: string;
  readonly collapsed?: boolean;
  readonly items: readonly (SidebarLink | SidebarGroup)[];
}

/** The sidebar entries that generated pages contribute, read by `.vitepress/config.ts`. */
export interface GeneratedSidebar {
  /** Lint rule pages; empty while the linter has no rule definitions. */
  readonly lintRules: readonly SidebarLink[];
  readonly cli: readonly SidebarLink[];
  readonly api: readonly SidebarGroup[];
}

/**
 * The site link of a page path: `reference/cli/table.md` becomes `/reference/cli/table`,
 * `reference/cli/index.md` becomes `/reference/cli/`.
 *
 * @example
 * linkOf("reference/cli/index.md") //=> "/reference/cli/"
 */
export function linkOf(path: string): string {
  return `/${path.replace(/(^|\/)index\.md$/, "$1").replace(/\.md$/, "")}`;
}
