import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, chromiumLaunchOptions } from "../../tooling/test-browser.ts";
import { type StaticServer, serveStatic } from "../scripts/lib/static-server.ts";
import { DIST, DOCS } from "./helpers.ts";

/** axe-core's browser bundle, injected into each page under test. */
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** One rule axe-core found broken, with the first elements that break it. */
interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly targets: readonly string[];
}

/** The serious and critical violations axe-core (WCAG 2.2 A and AA) finds on a page. */
async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResult> } })
      .axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
  });
  return found.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** The site path of every hand-written concept page, in English and in Dutch, and the home page. */
function conceptPaths(): string[] {
  const pages = (dir: string) =>
    readdirSync(join(DOCS, dir))
      .filter((name) => name.endsWith(".md"))
      .map((name) => `/${dir}/${name === "index.md" ? "" : name.replace(/\.md$/, "")}`);
  return ["/", ...pages("concepts"), ...pages("nl/concepts")];
}

/**
 * API reference pages to check: the index, a function taking a plan, the
 * plan's type, a module of a package with two entry points, and the three
 * pages whose tables have the longest rows (found in the generated Markdown,
 * so that a new wide table is checked without naming it here).
 */
function apiPaths(): string[] {
  const api = join(DOCS, "reference/api");
  const widest = readdirSync(api, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .map((f) => {
      const rows = readFileSync(join(api, f), "utf8")
        .split("\n")
        .filter((line) => line.startsWith("|"));
      return { f, width: Math.max(0, ...rows.map((r) => r.length)) };
    })
    .sort((a, b) => b.width - a.width)
    .slice(0, 3)
    .map(({ f }) => `/reference/api/${f.replace(/(^|\/)index\.md$/, "$1").replace(/\.md$/, "")}`);
  const named = [
    "/reference/api/",
    "/reference/api/@ivp/report/functions/evaluatePlan",
    "/reference/api/@ivp/model/index/type-aliases/Plan",
    "/reference/api/@ivp/plan-file/node/",
  ];
  return [...new Set([...named, ...widest])];
}

const available = browserAvailable("the docs site's browser test");

describe.runIf(available)("the built site in Chromium", () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof chromium.launch>>;

  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error("no built site: run `pnpm docs:build` first");
    server = await serveStatic(DIST);
    browser = await chromium.launch(chromiumLaunchOptions());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Opens a page (1280 px wide unless said) and collects everything that went
   * wrong while it loaded. VitePress follows the reader's colour scheme
   * (appearance "auto"): emulating prefers-color-scheme: dark gives its dark theme.
   */
  async function open(
    path: string,
    {
      width = 1280,
      colorScheme = "light",
    }: { width?: number; colorScheme?: "light" | "dark" } = {},
  ) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
    return { page, problems };
  }

  it("opens the home page without console errors", async () => {
    const { page, problems } = await open("/");
    await expect(page.locator(".VPHero .name").textContent()).resolves.toContain("ivp");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("opens a concept page with its generated worked examples, without console errors", async () => {
    const { page, problems } = await open("/concepts/percentage-change");
    await expect(page.locator("h1").textContent()).resolves.toContain("The percentage change");
    // The generated example table is on the page, and the client-side router works.
    await expect(page.locator("table").first().textContent()).resolves.toContain("Tabel 1");
    await page.locator(".VPSidebar a[href='/concepts/periods']").click();
    await page.waitForURL(/\/concepts\/periods$/);
    // Client-side navigation: the URL changes before the new page is rendered.
    await page.locator("h1", { hasText: "Periods" }).waitFor({ timeout: 10_000 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(
    conceptPaths().flatMap((path) => [
      [path, "light", 1280],
      [path, "dark", 1280],
      [path, "dark", 390],
    ]) as [string, "light" | "dark", number][],
  )(
    "axe-core finds no serious or critical violation on %s (%s theme, %i px), and nothing wider than the text",
    { timeout: 60_000 },
    async (path, colorScheme, width) => {
      const { page, problems } = await open(path, { colorScheme, width });
      try {
        await expect(
          page.evaluate(() => document.documentElement.classList.contains("dark")),
        ).resolves.toBe(colorScheme === "dark");
        expect(await seriousViolations(page)).toEqual([]);
        const sizes = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          window: window.innerWidth,
          // Tables wider than the text column (they scroll sideways in their box).
          wide: Array.from(document.querySelectorAll<HTMLElement>(".vp-doc table"))
            .filter((t) => t.scrollWidth > t.clientWidth + 1)
            .map((t) => ({
              header: t.querySelector("th")?.textContent ?? "",
              tabIndex: t.tabIndex,
            })),
        }));
        expect(sizes.page).toBeLessThanOrEqual(sizes.window);
        // At 1280 px every table fits; on a phone one may scroll, if the keyboard can scroll it.
        if (width === 1280) expect(sizes.wide).toEqual([]);
        else for (const table of sizes.wide) expect(table.tabIndex, table.header).toBe(0);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it("makes a table focusable while it scrolls sideways, and not once it fits", async () => {
    const { page, problems } = await open("/concepts/verdicts", { width: 390 });
    const state = () =>
      page.$$eval(".vp-doc table", (tables) =>
        tables.map((t) => ({
          scrolls: t.scrollWidth > t.clientWidth + 1,
          focusable: t.getAttribute("tabindex") === "0",
        })),
      );
    const narrow = await state();
    expect(narrow.some((t) => t.scrolls)).toBe(true);
    for (const t of narrow) expect(t.focusable).toBe(t.scrolls);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect
      .poll(async () => (await state()).every((t) => !t.scrolls && !t.focusable))
      .toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows a plan's type on a function's page as a link to the type, not written out", async () => {
    const { page, problems } = await open("/reference/api/@ivp/report/functions/evaluatePlan");
    const parameters = page.locator(".vp-doc table").first();
    const rows = await parameters
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from(tr.querySelectorAll("td")).map((td) => td.textContent?.trim() ?? ""),
        ),
      );
    // Two parameters, no row per field of the plan (there were 58).
    expect(rows.map((r) => r[0])).toEqual(["plan", "options?"]);
    expect(rows[0]?.[1]).toBe("Plan");
    const link = parameters.locator("tbody tr").first().locator("a");
    await link.click();
    await page.waitForURL(/\/reference\/api\/@ivp\/model\/index\/type-aliases\/Plan$/);
    // The type's own page lists its fields, linking to the types of its lists.
    await page.locator("h1", { hasText: "Plan" }).waitFor();
    const indicators = page.locator(".vp-doc table tr", {
      has: page.locator("#property-indicators"),
    });
    await expect(indicators.locator("td").nth(1).textContent()).resolves.toBe("Indicator[]");
    await expect(
      indicators
        .locator("a[href]")
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    ).resolves.toEqual(["/reference/api/@ivp/model/index/type-aliases/Indicator"]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(
    apiPaths().flatMap((path) => [
      [path, "light"],
      [path, "dark"],
    ]) as [string, "light" | "dark"][],
  )(
    "API page %s (%s theme): no serious or critical axe violation, no table wider than the text at 1280 px, nothing wider than a 390 px phone",
    { timeout: 60_000 },
    async (path, colorScheme) => {
      for (const width of [1280, 390]) {
        const { page, problems } = await open(path, { colorScheme, width });
        try {
          expect(await seriousViolations(page), `${width} px`).toEqual([]);
          const sizes = await page.evaluate(() => ({
            page: document.documentElement.scrollWidth,
            window: window.innerWidth,
            wideTables: Array.from(document.querySelectorAll(".vp-doc table"))
              .filter((t) => t.scrollWidth > t.clientWidth + 1)
              .map((t) => t.querySelector("th")?.textContent ?? ""),
          }));
          expect(sizes.page, `${width} px`).toBeLessThanOrEqual(sizes.window);
          if (width === 1280) expect(sizes.wideTables).toEqual([]);
          expect(problems).toEqual([]);
        } finally {
          await page.close();
        }
      }
    },
  );
});
