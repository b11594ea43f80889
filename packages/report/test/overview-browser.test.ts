import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ProgressStatus } from "@ivp/model";
import { loadExample } from "@ivp/testkit/load-example";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, chromiumLaunchOptions } from "../../../tooling/test-browser.ts";
import {
  createOverview,
  evaluatePlan,
  type OverviewEntry,
  renderOverview,
  summariseForOverview,
} from "../src/index.ts";
import { axeViolations, controlsWithoutVisibleFocus } from "./axe.ts";

// The overview's table sorts by a click on a column header: checked in a real
// browser (Debian's Chromium, tooling/test-browser.ts; skipped without it
// unless IVP_REQUIRE_BROWSER=1).

const available = browserAvailable("the overview's browser test");
const RESULTS = fileURLToPath(new URL("../test-results/", import.meta.url));

describe.runIf(available)("the overview in Chromium", { timeout: 60_000 }, () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const { plan, observations } = await loadExample("laren-2019-2022");
    const base = summariseForOverview(evaluatePlan(plan, { observations }));
    const entry = (
      name: string,
      code: string,
      latest: number | null,
      status: ProgressStatus,
      rate: number | null,
    ): OverviewEntry => ({
      ...base,
      name,
      code,
      report: `gemeenten/${code}.html`,
      figures: base.figures.map((f, i) =>
        i === 0
          ? {
              ...f,
              latest: latest === null ? null : { period: "2023", value: latest },
              status,
              ratePer1000: rate,
            }
          : f,
      ),
    });
    const html = renderOverview(
      createOverview({
        entries: [
          entry("Eemnes", "GM0317", 300, "worse", 32.3),
          entry("Aa en Hunze", "GM9000", 1200, "achieved", 47.4),
          entry("Laren", "GM0417", 40, "indistinguishable", 3.6),
          entry("Blaricum", "GM0376", null, "not-assessable", null),
        ],
        indicators: plan.indicators.map((i) => ({ id: i.id, label: i.label, unit: i.unit })),
        lang: "nl",
      }),
      "html",
    );
    mkdirSync(RESULTS, { recursive: true });
    const file = `${RESULTS}overview.html`;
    writeFileSync(file, html);
    browser = await chromium.launch(chromiumLaunchOptions());
    page = await browser.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    const url = pathToFileURL(file).href;
    await page.route("**/*", (route) => {
      if (route.request().url() === url) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    await page.goto(url, { waitUntil: "load" });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const names = () =>
    page.$$eval("table.overview tbody tr", (rows) =>
      rows.map((r) => r.querySelector("th")?.textContent ?? ""),
    );
  const sortBy = (header: string) =>
    page.locator("table.overview thead th button", { hasText: header }).first().click();
  const sortState = (header: string) =>
    page.locator("table.overview thead th", { hasText: header }).first().getAttribute("aria-sort");

  it("loads without errors or requests, sorted by name", async () => {
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await names()).toEqual(["Aa en Hunze", "Blaricum", "Eemnes", "Laren"]);
  });

  it("sorts by a number column, up then down, a missing figure last", async () => {
    await sortBy("laatste jaar");
    expect(await names()).toEqual(["Laren", "Eemnes", "Aa en Hunze", "Blaricum"]);
    expect(await sortState("laatste jaar")).toBe("ascending");
    await sortBy("laatste jaar");
    expect(await names()).toEqual(["Aa en Hunze", "Eemnes", "Laren", "Blaricum"]);
    expect(await sortState("laatste jaar")).toBe("descending");
    expect(await sortState("Gemeente")).toBeNull();
  });

  it("sorts by code as text and by status from best to worst", async () => {
    await sortBy("Code");
    expect(await names()).toEqual(["Eemnes", "Blaricum", "Laren", "Aa en Hunze"]);
    // The sixth column is the first indicator's status: achieved, not distinguishable, worse, not assessable.
    await page.locator("table.overview thead th button").nth(5).click();
    expect(await names()).toEqual(["Aa en Hunze", "Laren", "Eemnes", "Blaricum"]);
    expect(errors).toEqual([]);
  });

  it("sorts by the figure per 1,000 inhabitants, and explains every verdict word", async () => {
    await sortBy("per 1.000 inwoners");
    expect(await names()).toEqual(["Laren", "Eemnes", "Aa en Hunze", "Blaricum"]);
    const legend = await page.$$eval("table.status-legend tbody tr", (rows) =>
      rows.map((r) => r.textContent ?? ""),
    );
    expect(legend).toHaveLength(7);
    expect(legend[1]).toContain("voor op schema");
    expect(legend[1]).toContain("het gaat sneller dan nodig");
    await page.screenshot({ path: `${RESULTS}overview.png`, fullPage: true });
  });

  it("writes thousands with a separator (1.200) and sorts them as numbers", async () => {
    const cells = await page.$$eval("table.overview tbody td.num", (tds) =>
      tds.map((td) => td.textContent ?? ""),
    );
    expect(cells).toContain("1.200");
    expect(cells).not.toContain("1200");
  });

  it("shows a visible focus outline on every sort button and link, and axe-core finds no violation", async () => {
    expect(await controlsWithoutVisibleFocus(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
