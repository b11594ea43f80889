import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Language } from "@ivp/model";
import { loadExample } from "@ivp/testkit/load-example";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, chromiumLaunchOptions } from "../../../tooling/test-browser.ts";
import { evaluatePlan, renderReportHtml } from "../src/index.ts";
import { codeNamesIn } from "./code-names.ts";

// What a council member reads, in Debian's Chromium (tooling/test-browser.ts;
// skipped without it unless IVP_REQUIRE_BROWSER=1): the text a sighted reader
// sees, plus titles and labels, of every part before the appendix
// "Verantwoording" names no configuration key of plan.yaml and no statistical
// method or symbol (code-names.ts derives the list from the plan's schema).

const available = browserAvailable("the report's council-text test");
const RESULTS = fileURLToPath(new URL("../test-results/", import.meta.url));
const EXAMPLES = ["laren-2019-2022", "blaricum", "eemnes"] as const;
const LANGUAGES: readonly Language[] = ["nl", "en"];

describe.runIf(available)("the council text of the reports", { timeout: 120_000 }, () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions());
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** The report's text outside and inside the appendix, as Chromium renders it. */
  async function texts(name: (typeof EXAMPLES)[number], lang: Language) {
    const { plan, observations } = await loadExample(name);
    mkdirSync(RESULTS, { recursive: true });
    const file = `${RESULTS}council-${name}-${lang}.html`;
    writeFileSync(file, renderReportHtml(evaluatePlan(plan, { observations, lang })));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      return await page.evaluate(() => {
        const appendix = document.getElementById("sectie-verantwoording");
        const attributes = (root: Element, skip: Element | null) =>
          [...root.querySelectorAll("[title], [aria-label]")]
            .filter((e) => !skip?.contains(e))
            .map((e) => `${e.getAttribute("title") ?? ""} ${e.getAttribute("aria-label") ?? ""}`);
        // innerText, not textContent: the text a reader sees, without hidden text or CSS.
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
        const appendixText = appendix?.innerText ?? "";
        appendix?.remove();
        return {
          // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
          council: [document.body.innerText, ...attributes(document.body, null)].join("\n"),
          appendix: appendixText,
        };
      });
    } finally {
      await page.close();
    }
  }

  for (const name of EXAMPLES) {
    for (const lang of LANGUAGES) {
      it(`${name} (${lang}): no configuration key or method name before the appendix`, async () => {
        const { council, appendix } = await texts(name, lang);
        expect(council.length).toBeGreaterThan(2_000);
        expect(codeNamesIn(council)).toEqual([]);
        // The appendix stays complete: the tests and settings the council text leaves out are there.
        expect(appendix).toContain("conventions.targetPreference");
        expect(appendix).toContain("conventions.multipleComparisons");
        expect(codeNamesIn(appendix)).toEqual(expect.arrayContaining(["poisson.test", "Poisson"]));
      });
    }
  }
});
