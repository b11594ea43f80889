// The playground (docs/playground.md) in Chromium, on the built site: the
// examples show the CLI's findings and tables, edits are checked as typed,
// the user's own files open through the file input, nothing is requested from
// another host, nothing fails, the keyboard alone reaches everything, and
// axe-core finds no serious or critical violation. Also: the playground's own
// JavaScript stays within its budget and no other page loads it.
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { LAREN_DIR, REPO_ROOT, STATLINE_FILE } from "@ivp/testkit/paths";
import axeCore from "axe-core";
import { chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, chromiumLaunchOptions } from "../../tooling/test-browser.ts";
import { type StaticServer, serveStatic } from "../scripts/lib/static-server.ts";
import { DIST } from "./helpers.ts";

/** The playground's own JavaScript, gzipped: what a reader downloads on /playground beyond any other page. */
const BUDGET_GZIP_BYTES = 330_000;

const available = browserAvailable("the playground's browser test");
const IVP = join(REPO_ROOT, "apps/cli/dist/ivp.js");

/** `ivp validate --format json` of a plan directory: its findings' rule, line and column. */
function cliFindings(dir: string): { rule: string; line: number; column: number }[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [IVP, "validate", ".", "--format", "json", "--no-cache"], {
      cwd: dir,
      encoding: "utf8",
    });
  } catch (error) {
    out = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as {
    findings: { rule: string; line: number; column: number }[];
    issues: { code: string; line?: number; column?: number }[];
  };
  return [
    ...report.issues.map((i) => ({ rule: i.code, line: i.line ?? 1, column: i.column ?? 1 })),
    ...report.findings.map((f) => ({ rule: f.rule, line: f.line, column: f.column })),
  ];
}

const sorted = (list: { rule: string; line: number; column: number }[]) =>
  list.map((f) => `${f.rule}@${f.line}:${f.column}`).sort();

describe.runIf(available)("the playground in Chromium", () => {
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

  /** Opens a page and records what went wrong and every request that left the site. */
  async function open(
    path: string,
    {
      width = 1400,
      colorScheme = "light",
    }: { width?: number; colorScheme?: "light" | "dark" } = {},
  ) {
    // VitePress follows the reader's colour scheme (appearance "auto"): emulating
    // prefers-color-scheme: dark gives its dark theme.
    const page = await browser.newPage({ viewport: { width, height: 1000 }, colorScheme });
    const problems: string[] = [];
    const scripts: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("request", (r) => {
      const url = r.url();
      const own = url.startsWith(`${server.url}/`) || /^(blob|data|about):/.test(url);
      if (!own) problems.push(`request to another host: ${url}`);
      if (r.resourceType() === "script") scripts.push(new URL(url).pathname);
    });
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
    return { page, problems, scripts };
  }

  /** The findings the page lists, as rule@line:column. */
  async function pageFindings(page: Page): Promise<string[]> {
    const buttons = page.locator("[data-test=finding]");
    const all = await buttons.evaluateAll((els) =>
      els.map(
        (e) =>
          `${e.getAttribute("data-rule")}@${e.getAttribute("data-line")}:${e.getAttribute("data-column")}`,
      ),
    );
    return all.sort();
  }

  async function settled(page: Page, summary: RegExp) {
    await page.locator("[data-test=summary]", { hasText: summary }).waitFor({ timeout: 30_000 });
  }

  it("Laren: the findings of ivp validate (every rule, the same count), Tabel 2's changes, the status and the report", async () => {
    const { page, problems } = await open("/playground?example=laren-2019-2022");
    await settled(page, /11 errors \(11 acknowledged\), 11 warnings, 1 info/);
    expect(await pageFindings(page)).toEqual(sorted(cliFindings(LAREN_DIR)));
    expect(await page.locator("[data-test=finding]").count()).toBe(23);

    // Tabel 2, row by row, as `ivp table` prints it (printed/tabel-2.tsv is the document's table).
    const printed = readFileSync(join(LAREN_DIR, "printed/tabel-2.tsv"), "utf8")
      .trimEnd()
      .split("\n");
    const rows = await page.locator("table[data-table='tabel-2'] tbody tr").evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll("th, td"))
          .map((c) => c.textContent?.trim() ?? "")
          .join("\t"),
      ),
    );
    expect(rows).toEqual(printed);

    await expect(page.locator("[data-test=status]").textContent()).resolves.toMatch(
      /woninginbraken/,
    );
    const report = page.locator("iframe[data-test=report]");
    expect(await report.getAttribute("sandbox")).toBe("");
    await expect(
      page.frameLocator("iframe[data-test=report]").locator("h1").first().textContent(),
    ).resolves.toContain("Laren");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("editing a number removes the finding it fixes and brings it back, as ivp validate does", async () => {
    const { page, problems } = await open("/playground?example=laren-2019-2022");
    await settled(page, /11 errors/);
    const before = await pageFindings(page);
    expect(before).toContain("relative-target-mismatch@221:42");
    // Jump to the finding (the target 60 of 20 pogingen at -25%) and write the 15 it asks for.
    await page.locator("[data-test=finding][data-line='221'][data-column='42']").click();
    await page.keyboard.press("Delete");
    await page.keyboard.press("Delete");
    await page.keyboard.type("15");
    await settled(page, /10 errors/);
    const after = await pageFindings(page);

    const dir = mkdtempSync(join(tmpdir(), "ivp-playground-"));
    try {
      cpSync(LAREN_DIR, dir, { recursive: true });
      const lines = readFileSync(join(dir, "plan.yaml"), "utf8").split("\n");
      lines[220] = (lines[220] ?? "").replace("value: 60,", "value: 15,");
      writeFileSync(join(dir, "plan.yaml"), lines.join("\n"));
      expect(after).toEqual(sorted(cliFindings(dir)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(after).not.toContain("relative-target-mismatch@221:42");

    // Undo: the finding is back, and the list is what it was.
    await page.keyboard.press("Control+z");
    await settled(page, /11 errors/);
    expect(await pageFindings(page)).toEqual(before);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("Blaricum's plan.yaml and data/politie.csv through the file input: 347 for 2023", async () => {
    const { page, problems } = await open("/playground?example=laren-2019-2022");
    await settled(page, /11 errors/);
    await page
      .locator("[data-test=files]")
      .setInputFiles([
        join(REPO_ROOT, "examples/blaricum/plan.yaml"),
        join(REPO_ROOT, "examples/blaricum/data/politie.csv"),
      ]);
    await settled(page, /^valid/);
    const table = page.locator("table[data-table='politiecijfers']");
    const headers = await table.locator("thead th").allTextContents();
    const column = headers.findIndex((h) => h.trim() === "2023");
    expect(column).toBeGreaterThan(0);
    const first = await table.locator("tbody tr").first().locator("th, td").allTextContents();
    expect(first[column]?.trim()).toBe("347");
    expect(page.url()).not.toContain("example=");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a plan folder through the folder picker, and a StatLine CSV dropped on the page", async () => {
    const { page, problems } = await open("/playground?example=laren-2019-2022");
    await settled(page, /11 errors/);
    await page.locator("[data-test=folder]").setInputFiles(join(REPO_ROOT, "examples/eemnes"));
    await settled(page, /^valid/);
    await expect(page.locator("[data-test=file] option").allTextContents()).resolves.toEqual([
      "plan.yaml",
      "data/politie.csv",
    ]);

    // Drop the StatLine export Eemnes's figures came from: nothing new to import.
    const text = readFileSync(STATLINE_FILE, "utf8");
    await page.evaluate((csv) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([csv], "statline-export.csv", { type: "text/csv" }));
      const target = document.querySelector(".ivp-playground");
      target?.dispatchEvent(
        new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, text);
    await page
      .locator("[data-test=notice]", { hasText: /statline-export\.csv: nothing new/ })
      .waitFor({ timeout: 30_000 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("works with the keyboard alone: Tab reaches a finding, Enter puts the cursor at its line", async () => {
    const { page, problems } = await open("/playground?example=laren-2019-2022");
    await settled(page, /11 errors/);
    const first = page.locator("[data-test=finding]").first();
    const line = Number(await first.getAttribute("data-line"));
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(
        () => document.activeElement?.getAttribute("data-test") === "finding",
      );
    }
    expect(reached).toBe(true);
    const focusedLine = Number(
      await page.evaluate(() => document.activeElement?.getAttribute("data-line")),
    );
    await page.keyboard.press("Enter");
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains("cm-content")),
    ).resolves.toBe(true);
    await expect(page.locator(".cm-lineNumbers .cm-activeLineGutter").textContent()).resolves.toBe(
      String(focusedLine),
    );
    // Tab leaves the editor again (no keyboard trap).
    await page.keyboard.press("Tab");
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains("cm-content")),
    ).resolves.toBe(false);
    expect(line).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ["light", 1400],
    ["dark", 1400],
    ["dark", 390],
  ] as const)(
    "axe-core finds no serious or critical violation (%s theme, %i px)",
    async (colorScheme, width) => {
      const { page, problems } = await open("/playground?example=laren-2019-2022", {
        width,
        colorScheme,
      });
      await settled(page, /11 errors/);
      await expect(
        page.evaluate(() => document.documentElement.classList.contains("dark")),
      ).resolves.toBe(colorScheme === "dark");
      await page.addScriptTag({ content: axeCore.source });
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: {
              run: (
                context: unknown,
                options: unknown,
              ) => Promise<{
                violations: { id: string; impact: string; nodes: { target: unknown }[] }[];
              }>;
            };
          }
        ).axe.run({ include: [".ivp-playground"] }, { resultTypes: ["violations"] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.map((n) => n.target).slice(0, 3),
        }));
      });
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual(
        [],
      );
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it("its own JavaScript stays within the budget, and other pages never load it", async () => {
    const playground = await open("/playground?example=blaricum");
    await settled(playground.page, /^valid/);
    const others = await Promise.all(
      ["/", "/concepts/percentage-change", "/guides/encode-a-plan"].map((p) => open(p)),
    );
    const elsewhere = new Set(others.flatMap((o) => o.scripts));
    const own = [...new Set(playground.scripts)].filter((s) => !elsewhere.has(s));
    expect(own.some((s) => /Playground\.[\w-]+\.js$/.test(s))).toBe(true);
    const gzip = own.reduce((sum, s) => sum + gzipSync(readFileSync(join(DIST, s))).length, 0);
    console.log(
      `the playground's own JavaScript: ${own.length} files, ${gzip} bytes gzipped (budget ${BUDGET_GZIP_BYTES})`,
    );
    expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);

    // No other built page even names the playground's chunk (no preload, no script tag).
    const chunk =
      own
        .find((s) => /Playground\./.test(s))
        ?.split("/")
        .pop() ?? "Playground.";
    const pages = readdirSync(DIST, { recursive: true, encoding: "utf8" }).filter(
      (f) => f.endsWith(".html") && f !== "playground.html",
    );
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter((f) => readFileSync(join(DIST, f), "utf8").includes(chunk))).toEqual([]);
    for (const o of [playground, ...others]) {
      expect(o.problems).toEqual([]);
      await o.page.close();
    }
  });
});
