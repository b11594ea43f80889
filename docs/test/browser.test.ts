import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, chromiumLaunchOptions } from "../../tooling/test-browser.ts";
import { type StaticServer, serveStatic } from "../scripts/lib/static-server.ts";
import { DIST } from "./helpers.ts";

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

  /** Opens a page and collects everything that went wrong while it loaded. */
  async function open(path: string) {
    const page = await browser.newPage();
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
});
