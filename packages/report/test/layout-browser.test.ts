import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadExample } from "@ivp/testkit/load-example";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, chromiumLaunchOptions } from "../../../tooling/test-browser.ts";
import { evaluatePlan, renderReportHtml } from "../src/index.ts";
import { axeViolations, controlsWithoutVisibleFocus } from "./axe.ts";

// The report as a council member reads it: on a phone (320 and 390 px), on a
// desktop and on A4 paper, in Debian's Chromium (tooling/test-browser.ts;
// skipped without it unless IVP_REQUIRE_BROWSER=1).

const available = browserAvailable("the report's layout tests");
const RESULTS = fileURLToPath(new URL("../test-results/", import.meta.url));

describe.runIf(available)("the report from 320 px to A4", { timeout: 120_000 }, () => {
  let browser: Browser;
  const urls = new Map<string, string>();

  async function open(name: string, width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(urls.get(name) ?? "", { waitUntil: "load" });
    return page;
  }

  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions());
    mkdirSync(RESULTS, { recursive: true });
    for (const name of ["laren-2019-2022", "blaricum"] as const) {
      const { plan, observations } = await loadExample(name);
      const file = `${RESULTS}layout-${name}.html`;
      writeFileSync(file, renderReportHtml(evaluatePlan(plan, { observations })));
      urls.set(name, pathToFileURL(file).href);
    }
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  for (const name of ["laren-2019-2022", "blaricum"]) {
    for (const width of [320, 390]) {
      it(`${name} at ${width} px: no wider than the screen, every status in view`, async () => {
        const page = await open(name, width);
        try {
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
          // Each summary row is a card with its status in view, without scrolling sideways.
          const statuses = await page.$$eval("table.summary td.status-cell", (cells) =>
            cells.map((c) => c.getBoundingClientRect().right),
          );
          expect(statuses.length).toBeGreaterThan(0);
          for (const right of statuses) expect(right).toBeLessThanOrEqual(width);
          // Chart text stays readable: an 11-unit label is drawn at 9 px or more.
          const scales = await page.$$eval("svg.chart", (svgs) =>
            svgs.map(
              (svg) =>
                svg.getBoundingClientRect().width /
                ((svg as SVGSVGElement).viewBox.baseVal.width || 1),
            ),
          );
          for (const scale of scales) expect(11 * scale).toBeGreaterThanOrEqual(9);
        } finally {
          await page.close();
        }
      });
    }
  }

  it("axe-core finds no violation in the Laren report, on a desktop and on a phone", async () => {
    for (const width of [1280, 390]) {
      const page = await open("laren-2019-2022", width);
      try {
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it("axe-core finds no violation in the Blaricum report", async () => {
    const page = await open("blaricum", 1280);
    try {
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("shows a visible focus outline on every link and scrollable region", async () => {
    const page = await open("laren-2019-2022", 1280);
    try {
      expect(await controlsWithoutVisibleFocus(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("prints Laren on at most 26 A4 pages, with a running header and page numbers", async () => {
    const page = await open("laren-2019-2022", 1280);
    try {
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      writeFileSync(`${RESULTS}layout-laren.pdf`, pdf);
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      // 52 pages before the print layout was reworked (issue 16); half of that at most.
      expect(pages).toBeGreaterThan(10);
      expect(pages).toBeLessThanOrEqual(26);
      const margins = await page.evaluate(() =>
        [...document.styleSheets]
          .flatMap((sheet) => [...sheet.cssRules])
          .filter((rule) => rule instanceof CSSPageRule)
          .map((rule) => rule.cssText)
          .join("\n"),
      );
      expect(margins).toContain("@top-left");
      expect(margins).toContain("Laren · Integraal Veiligheidsplan Gemeente Laren 2019-2022");
      expect(margins).toMatch(/counter\(page\).*counter\(pages\)/);
    } finally {
      await page.close();
    }
  });
});
