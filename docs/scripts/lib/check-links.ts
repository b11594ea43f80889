import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileForPath } from "./site-files.ts";

/** A link in the built site that leads nowhere. */
export interface BrokenLink {
  /** The page, relative to the site root, e.g. `concepts/periods.html`. */
  readonly page: string;
  /** The link as written in the page. */
  readonly href: string;
  readonly reason: "missing-page" | "missing-anchor";
}

/** Options of {@link checkLinks}. */
export interface CheckLinksOptions {
  /** The site's base path (VitePress `base`). Default `/`. */
  readonly base?: string;
}

const LINK = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** The ids of a page's elements, the targets of `#anchor` links. */
function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1] ?? "")));
}

/**
 * Checks every internal link (`href` and `src`) of every HTML page of a built
 * site, without network: the target page or file must exist, and an `#anchor`
 * must be the id of an element of the target page. External links (`http:`,
 * `mailto:`) are not checked.
 *
 * @param root - the built site, e.g. `docs/.vitepress/dist`
 * @returns the broken links, in page order; empty when every link works
 */
export async function checkLinks(
  root: string,
  options: CheckLinksOptions = {},
): Promise<BrokenLink[]> {
  const base = options.base ?? "/";
  const pages = (await htmlFiles(root)).sort();
  const html = new Map<string, string>();
  const read = async (file: string) => {
    let text = html.get(file);
    if (text === undefined) {
      text = await readFile(file, "utf8");
      html.set(file, text);
    }
    return text;
  };
  const broken: BrokenLink[] = [];
  for (const file of pages) {
    const page = relative(root, file).split("\\").join("/");
    const pageUrl = new URL(`http://site${base}${page}`);
    for (const match of (await read(file)).matchAll(LINK)) {
      const href = decodeEntities(match[1] ?? "");
      if (href === "" || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue;
      const url = new URL(href, pageUrl);
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, href, reason: "missing-page" });
        continue;
      }
      const target = fileForPath(root, `/${url.pathname.slice(base.length)}`);
      if (!target) {
        broken.push({ page, href, reason: "missing-page" });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor !== "" && target.endsWith(".html") && !idsOf(await read(target)).has(anchor)) {
        broken.push({ page, href, reason: "missing-anchor" });
      }
    }
  }
  return broken;
}
