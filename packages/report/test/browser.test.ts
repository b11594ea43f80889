import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { evaluateTable, ObservationIndex } from "@ivp/model";
import { loadExample } from "@ivp/testkit/load-example";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, chromiumLaunchOptions } from "../../../tooling/test-browser.ts";
import { evaluatePlan, renderReportHtml, renderTable } from "../src/index.ts";
import { injectScripts, SCRIPT } from "./hostile-text.ts";

// Opens the report in a real browser: Debian's Chromium driven by
// playwright-core (tooling/test-browser.ts). Without Chromium the tests skip
// with a message, unless IVP_REQUIRE_BROWSER=1 (as in CI).

const available = browserAvailable("the report's browser tests");
/** Screenshots and PDFs land here (ignored by git). */
const RESULTS = fileURLToPath(new URL("../test-results/", import.meta.url));

interface Opened {
  readonly page: Page;
  /** Every request other than the page itself. */
  readonly requests: string[];
  /** Console errors and uncaught page errors. */
  readonly errors: string[];
}

// A real browser is slower than a unit test, more so on a busy two-core machine.
describe.runIf(available)("the Laren report in Chromium", { timeout: 60_000 }, () => {
  let browser: Browser;
  let html: string;
  let expectedTables: Map<string, string[][]>;
  let opened: Opened;

  /** Writes the HTML to a file and opens it the way a reader does, with every request recorded and refused. */
  async function open(name: string, text: string): Promise<Opened> {
    mkdirSync(RESULTS, { recursive: true });
    const file = `${RESULTS}${name}.html`;
    writeFileSync(file, text);
    const url = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.route("**/*", (route) => {
      if (route.request().url() === url) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    await page.goto(url, { waitUntil: "load" });
    return { page, requests, errors };
  }

  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions());
    const { plan, observations } = await loadExample("laren-2019-2022");
    html = renderReportHtml(evaluatePlan(plan, { observations }));
    const index = new ObservationIndex(observations);
    expectedTables = new Map(
      plan.tables.map((t) => [
        t.id,
        renderTable(evaluateTable(plan, t.id, { index, significance: true }), "tsv", {
          markChance: true,
        })
          .split("\n")
          .filter((line) => line !== "")
          .slice(1)
          // An empty cell shows "–" in the report (its reason is for screen readers).
          .map((line) =>
            line.split("\t").map((cell) => (cell === "" || cell === "°" ? `–${cell}` : cell)),
          ),
      ]),
    );
    opened = await open("laren-report", html);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("loads without console errors and without a single network request", () => {
    expect(opened.errors).toEqual([]);
    expect(opened.requests).toEqual([]);
  });

  it("shows every figure table with the cells of ivp table --mark-chance", async () => {
    for (const [id, rows] of expectedTables) {
      // What a sighted reader sees: the text for screen readers only left out.
      const cells = await opened.page.$$eval(`table[data-table="${id}"] tbody tr`, (trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll("th, td")].map((c) => {
            const copy = c.cloneNode(true) as Element;
            for (const hidden of copy.querySelectorAll(".sr-only")) hidden.remove();
            return copy.textContent ?? "";
          }),
        ),
      );
      expect(cells).toEqual(rows);
      expect(cells.flat().some((c) => c.endsWith("°"))).toBe(true);
      expect(await opened.page.locator(`table[data-table="${id}"]`).isVisible()).toBe(true);
    }
  });

  it("fits every table on the screen and on an A4 page, without scrolling or cutting", async () => {
    const overflowing = () =>
      opened.page.$$eval(".table-wrap", (wraps) =>
        wraps
          .filter((w) => (w.firstElementChild?.scrollWidth ?? 0) > w.clientWidth)
          .map((w) => w.getAttribute("aria-label")),
      );
    expect(await overflowing()).toEqual([]);
    // A4 is 210 mm wide, less 2 x 16 mm of margin: 178 mm, 673 CSS pixels.
    await opened.page.emulateMedia({ media: "print" });
    await opened.page.setViewportSize({ width: 673, height: 900 });
    try {
      expect(await overflowing()).toEqual([]);
    } finally {
      await opened.page.emulateMedia({ media: "screen" });
      await opened.page.setViewportSize({ width: 1200, height: 900 });
    }
  });

  it("draws a chart with a text alternative per indicator with figures, and the table bars", async () => {
    const charts = await opened.page.$$eval("svg[role=img]", (svgs) =>
      svgs.map((svg) => {
        const labelled = (svg.getAttribute("aria-labelledby") ?? "").split(" ");
        return {
          id: svg.id,
          width: svg.getBoundingClientRect().width,
          label: labelled.map((id) => document.getElementById(id)?.textContent ?? "").join(" | "),
        };
      }),
    );
    expect(charts.map((c) => c.id)).toContain("chart-woninginbraken");
    expect(charts.map((c) => c.id)).toContain("bars-tabel-1");
    expect(charts.length).toBeGreaterThanOrEqual(14);
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThan(300);
      expect(chart.label).toMatch(/\S+ \| \S+/);
    }
    const burglaries = charts.find((c) => c.id === "chart-woninginbraken");
    expect(burglaries?.label).toContain("2017: 79");
    expect(burglaries?.label).toContain("60 (-25%)");
  });

  it("gives every table a caption and every header cell a scope", async () => {
    const tables = await opened.page.$$eval("table", (list) =>
      list.map((t) => ({
        caption: t.querySelector("caption")?.textContent ?? "",
        unscoped: [...t.querySelectorAll("th")].filter((th) => !th.getAttribute("scope")).length,
      })),
    );
    expect(tables.length).toBeGreaterThan(20);
    for (const table of tables) {
      expect(table.caption).not.toBe("");
      expect(table.unscoped).toBe(0);
    }
  });

  it("runs no script from the plan and shows it as text", async () => {
    const { plan, observations } = await loadExample("laren-2019-2022");
    const hostile = await open(
      "laren-report-injected",
      renderReportHtml(evaluatePlan(injectScripts(plan), { observations })),
    );
    try {
      expect(await hostile.page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBe(
        undefined,
      );
      expect(await hostile.page.locator("script").count()).toBe(0);
      const shown = hostile.page.getByText(SCRIPT, { exact: true });
      expect(await shown.count()).toBeGreaterThan(0);
      expect(await shown.first().isVisible()).toBe(true);
      expect(hostile.errors).toEqual([]);
      expect(hostile.requests).toEqual([]);
    } finally {
      await hostile.page.close();
    }
  });

  it("saves a screenshot and an A4 PDF of the report", async () => {
    const screenshot = `${RESULTS}laren-report.png`;
    await opened.page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(50_000);
    await opened.page.emulateMedia({ media: "print" });
    const pdf = await opened.page.pdf({ format: "A4", printBackground: true });
    writeFileSync(`${RESULTS}laren-report.pdf`, pdf);
    // One page per major section at least; a page count far above that would mean a broken layout.
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThan(80);
  });
});
