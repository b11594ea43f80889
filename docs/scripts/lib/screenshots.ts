/**
 * Screenshots of a report and of a bulk overview for the docs, taken in
 * Debian's Chromium while the site is built, from the reports ivp renders at
 * that moment: a picture in the docs can never show an older report than the
 * code makes. Without Chromium (and without IVP_REQUIRE_BROWSER=1) the pages
 * say that the pictures were left out instead.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createOverview,
  evaluatePlan,
  renderOverview,
  renderReportHtml,
  summariseForOverview,
} from "@ivp/report";
import { chromium } from "playwright-core";
import { CHROMIUM, chromiumLaunchOptions } from "../../../tooling/test-browser.ts";
import { loadExamplePlan } from "./laren.ts";
import { generatedNotice } from "./markdown.ts";

const GENERATOR = "scripts/lib/screenshots.ts";
const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));

/** One screenshot: its file under public/screenshots/, what it shows, and how it is taken. */
interface Shot {
  readonly file: string;
  readonly alt: string;
  /** The same in Dutch, for the Dutch pages (fragment name + "-nl"). */
  readonly altNl: string;
  readonly page: "report" | "overview";
  readonly width: number;
  /** The element to photograph; the top of the page when absent. */
  readonly selector?: string;
}

/** The screenshots the docs show, by the fragment that shows them. */
export const SCREENSHOTS: Readonly<Record<string, readonly Shot[]>> = {
  "screenshot-report": [
    {
      file: "laren-report-summary.png",
      alt: "The summary of Laren's report: the verdict words with their meaning and count, then per indicator the latest figure with its change, the target and the verdict",
      altNl:
        "De samenvatting van het rapport van Laren: de oordelen met hun betekenis en aantal, daarna per indicator het laatste cijfer met de verandering, het doel en het oordeel",
      page: "report",
      width: 1100,
      selector: "#sectie-samenvatting",
    },
    {
      file: "laren-report-phone.png",
      alt: "The top of Laren's report on a phone, 390 pixels wide: every indicator a card with its verdict first",
      altNl:
        "Het begin van het rapport van Laren op een telefoon, 390 pixels breed: elke indicator een kaart met het oordeel bovenaan",
      page: "report",
      width: 390,
    },
  ],
  "screenshot-overview": [
    {
      file: "bulk-overview.png",
      alt: "The overview of ivp bulk for Blaricum, Eemnes and Laren: verdicts per indicator, a legend of the verdict words, and a sortable table of the municipalities",
      altNl:
        "Het overzicht van ivp bulk voor Blaricum, Eemnes en Laren: oordelen per indicator, een legenda van de oordelen en een sorteerbare tabel van de gemeenten",
      page: "overview",
      width: 1100,
    },
  ],
};

/** The Laren report and an overview of the three example municipalities, as HTML. */
async function pages(): Promise<Record<Shot["page"], string>> {
  const plans = await Promise.all(
    ["laren-2019-2022", "blaricum", "eemnes"].map((name) => loadExamplePlan(join(EXAMPLES, name))),
  );
  const evaluated = plans.map(({ plan, observations }) => evaluatePlan(plan, { observations }));
  const [laren] = evaluated;
  if (!laren) throw new Error("the Laren example did not load");
  const overview = createOverview({
    entries: evaluated.map((e) =>
      summariseForOverview(e, { report: `gemeenten/${e.plan.municipality.code}.html` }),
    ),
    indicators: laren.plan.indicators.map((i) => ({ id: i.id, label: i.label, unit: i.unit })),
    lang: "nl",
  });
  return { report: renderReportHtml(laren), overview: renderOverview(overview, "html") };
}

/**
 * Takes the screenshots into `public/screenshots/` and returns, per
 * fragment, the Markdown that shows them (or says why it cannot), in English
 * and, under the fragment's name with "-nl", in Dutch.
 *
 * @param docs - the docs directory
 * @returns fragment name to Markdown
 */
export async function renderScreenshots(docs: string): Promise<Record<string, string>> {
  const notice = generatedNotice(GENERATOR);
  if (!existsSync(CHROMIUM)) {
    if (process.env.IVP_REQUIRE_BROWSER === "1")
      throw new Error(`no Chromium at ${CHROMIUM} for the docs' screenshots`);
    return Object.fromEntries(
      Object.keys(SCREENSHOTS).flatMap((name) => [
        [
          name,
          `${notice}\n\n_The screenshots are taken when the site is built on a machine with Chromium (${CHROMIUM}); this build had none._\n`,
        ],
        [
          `${name}-nl`,
          `${notice}\n\n_De schermafbeeldingen worden gemaakt als de site wordt gebouwd op een machine met Chromium (${CHROMIUM}); deze bouw had dat niet._\n`,
        ],
      ]),
    );
  }
  const html = await pages();
  const out = join(docs, "public/screenshots");
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const fragments: Record<string, string> = {};
    for (const [name, shots] of Object.entries(SCREENSHOTS)) {
      const lines = [notice, ""];
      const dutch = [notice, ""];
      for (const shot of shots) {
        const page = await browser.newPage({ viewport: { width: shot.width, height: 900 } });
        try {
          await page.setContent(html[shot.page], { waitUntil: "load" });
          const path = join(out, shot.file);
          if (shot.selector) await page.locator(shot.selector).screenshot({ path });
          else await page.screenshot({ path });
        } finally {
          await page.close();
        }
        lines.push(`![${shot.alt}](/screenshots/${shot.file})`, "");
        dutch.push(`![${shot.altNl}](/screenshots/${shot.file})`, "");
      }
      fragments[name] = lines.join("\n");
      fragments[`${name}-nl`] = dutch.join("\n");
    }
    return fragments;
  } finally {
    await browser.close();
  }
}
