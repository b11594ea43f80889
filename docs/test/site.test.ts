import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "@ivp/testkit/paths";
import { describe, expect, it } from "vitest";
import { checkLinks } from "../scripts/lib/check-links.ts";
import { SCREENSHOTS } from "../scripts/lib/screenshots.ts";
import { fileForPath } from "../scripts/lib/site-files.ts";
import { DIST, readDocs } from "./helpers.ts";

// Turbo runs the docs' build before their tests; run `pnpm docs:build` when testing by hand.
const built = existsSync(join(DIST, "index.html"));

describe("the built site", () => {
  it("exists (run `pnpm docs:build` first)", () => {
    expect(built).toBe(true);
  });

  it.runIf(built)("has no broken internal links or anchors", async () => {
    expect(await checkLinks(DIST)).toEqual([]);
  });

  it.runIf(built)("names the licence of LICENSE and every package.json (MIT) in its footer", () => {
    expect(readFileSync(join(REPO_ROOT, "LICENSE"), "utf8").split("\n")[0]).toBe("MIT License");
    const home = readFileSync(join(DIST, "index.html"), "utf8");
    expect(home).toContain("ivp is open source under the MIT licence.");
    expect(home).not.toMatch(/EUPL/);
  });

  it.runIf(built)("has the screenshots the pages show, taken while the site was built", () => {
    for (const shot of Object.values(SCREENSHOTS).flat()) {
      const file = join(DIST, "screenshots", shot.file);
      expect(existsSync(file), file).toBe(true);
      // A PNG of the width it was taken at (the report's summary: its section's width).
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBeGreaterThan(300);
      expect(png.readUInt32BE(16)).toBeLessThanOrEqual(shot.width);
    }
    expect(readFileSync(join(DIST, "guides/bulk.html"), "utf8")).toContain(
      'src="/screenshots/bulk-overview.png"',
    );
  });

  it.runIf(built)("has a page for every concept, guide and reference page in the sidebar", () => {
    const config = readDocs(".vitepress/config.ts");
    const links = [...config.matchAll(/link: "(\/[^"]*)"/g)].map((m) => m[1] ?? "");
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(fileForPath(DIST, link), link).toBeDefined();
  });
});

describe("checkLinks", () => {
  async function site(pages: Record<string, string>): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), "ivp-site-"));
    for (const [path, html] of Object.entries(pages)) {
      await mkdir(join(root, path, ".."), { recursive: true });
      await writeFile(join(root, path), html);
    }
    return root;
  }

  it("accepts clean URLs, index pages, assets and anchors that exist", async () => {
    const root = await site({
      "index.html":
        '<a href="/guide/intro#start">x</a><a href="./guide/">y</a><img src="/logo.svg">',
      "guide/index.html": '<a href="intro">z</a><a href="https://example.org/nope">external</a>',
      "guide/intro.html": '<h2 id="start">Start</h2><a href="#start">self</a>',
      "logo.svg": "<svg/>",
    });
    expect(await checkLinks(root)).toEqual([]);
  });

  describe("edge cases", () => {
    it("reports a missing page and a missing anchor, naming the page", async () => {
      const root = await site({
        "index.html": '<a href="/guide/gone">x</a><a href="/guide/intro#nowhere">y</a>',
        "guide/intro.html": '<h2 id="start">Start</h2>',
      });
      expect(await checkLinks(root)).toEqual([
        { page: "index.html", href: "/guide/gone", reason: "missing-page" },
        { page: "index.html", href: "/guide/intro#nowhere", reason: "missing-anchor" },
      ]);
    });

    it("does not follow a link out of the site root", async () => {
      const root = await site({ "index.html": '<a href="/../../etc/passwd">x</a>' });
      expect(await checkLinks(root)).toHaveLength(1);
    });

    it("respects a base path", async () => {
      const root = await site({
        "index.html": '<a href="/ivp/a">x</a><a href="/a">y</a>',
        "a.html": "",
      });
      expect(await checkLinks(root, { base: "/ivp/" })).toEqual([
        { page: "index.html", href: "/a", reason: "missing-page" },
      ]);
    });
  });
});
