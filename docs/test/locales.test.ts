import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DOCS, readDocs } from "./helpers.ts";

/** The front matter of a Markdown page (the YAML between the first two `---` lines), or `{}`. */
function frontMatter(page: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(readDocs(page));
  return match ? ((parse(match[1] ?? "") as Record<string, unknown> | null) ?? {}) : {};
}

const english = readdirSync(join(DOCS, "concepts"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => `concepts/${name}`);
const council = english.filter((page) => frontMatter(page).audience === "council");
const dutch = readdirSync(join(DOCS, "nl"), { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".md"))
  .map((name) => `nl/${name}`);

describe("the Dutch pages for council members (VitePress locale nl)", () => {
  it("are found: the pages for council members say so in their front matter", () => {
    expect(council).toContain("concepts/reading-changes.md");
    expect(council).toContain("concepts/verdicts.md");
  });

  it.each(council)("%s, written for council members, has a Dutch counterpart under nl/", (page) => {
    expect(existsSync(join(DOCS, "nl", page)), `nl/${page}`).toBe(true);
    expect(frontMatter(`nl/${page}`).audience).toBe("council");
  });

  it.each(dutch)("%s translates an English page for council members", (page) => {
    expect(council).toContain(page.slice("nl/".length));
  });

  it.each(dutch)("%s is in the Dutch sidebar", (page) => {
    const link = `/${page.replace(/\.md$/, "")}`;
    expect(readDocs(".vitepress/config.ts")).toContain(`link: "${link}"`);
  });

  it.each(dutch)("%s has the same sections as its English original", (page) => {
    const sections = (path: string) => readDocs(path).match(/^#{1,3} /gm)?.length ?? 0;
    const tables = (path: string) => readDocs(path).match(/^\| ---/gm)?.length ?? 0;
    const original = page.slice("nl/".length);
    expect(sections(page)).toBe(sections(original));
    expect(tables(page)).toBe(tables(original));
  });
});
