import { existsSync, statSync } from "node:fs";
import { join, normalize, sep } from "node:path";

/**
 * The file of the built site that serves a URL path, as VitePress's
 * `cleanUrls` output is laid out: `/concepts/periods` is
 * `concepts/periods.html`, `/concepts/` is `concepts/index.html`, and assets
 * are served as they are. `undefined` when no file serves it.
 *
 * @example
 * fileForPath("docs/.vitepress/dist", "/concepts/periods") //=> "docs/.vitepress/dist/concepts/periods.html" (when it exists)
 */
export function fileForPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, "");
  if (relative.split(sep).includes("..")) return undefined;
  const base = join(root, relative);
  const candidates = decoded.endsWith("/")
    ? [join(base, "index.html")]
    : [base, `${base}.html`, join(base, "index.html")];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}
