/** A page written by a generator: its path under docs/ and its Markdown. */
export interface GeneratedPage {
  /** Path relative to the docs directory, e.g. `reference/cli/table.md`. */
  readonly path: string;
  readonly content: string;
}

// Sidebar types are mutable because VitePress's own `SidebarItem` is.

/** A link in the sidebar. */
export interface SidebarLink {
  text: string;
  link: string;
}

/** A group of the sidebar, possibly nested. */
export interface SidebarGroup {
  text: string;
  link?: string;
  collapsed?: boolean;
  items: (SidebarLink | SidebarGroup)[];
}

/** The sidebar entries that generated pages contribute, read by `.vitepress/config.ts`. */
export interface GeneratedSidebar {
  /** Lint rule pages; empty while the linter has no rule definitions. */
  lintRules: SidebarLink[];
  cli: SidebarLink[];
  api: SidebarGroup[];
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
