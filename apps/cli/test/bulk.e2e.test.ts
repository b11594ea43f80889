import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { writeSyntheticDataset } from "@ivp/importers/node";
import type { StatusJson } from "@ivp/report";
import { REPO_ROOT } from "@ivp/testkit/paths";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasStackTrace, IVP, ivp } from "./run-ivp.ts";
import { checkVerdictsByHand } from "./verdict-by-hand.ts";

/**
 * `ivp bulk` on a small generated set: four invented municipalities
 * (Synthetisch 001-004, GM9001-GM9004), 2022-2023, in both layouts.
 * The figures of Synthetisch 003 ("Laren" below) are recomputed here by hand from the raw rows of the
 * generated pages, with JSON.parse and integer arithmetic: no ivp code.
 */
const NAMES = ["Synthetisch 001", "Synthetisch 002", "Synthetisch 003", "Synthetisch 004"];
const SET = {
  seed: 2024,
  startYear: 2022,
  years: 2,
  municipalities: NAMES,
  pageSize: 150,
} as const;
const REPORTS = [
  "GM9001-synthetisch-001",
  "GM9002-synthetisch-002",
  "GM9003-synthetisch-003",
  "GM9004-synthetisch-004",
];
const SERIES: Record<string, string> = {
  "0.0.0": "misdrijven-totaal",
  "1.1.1": "woninginbraken",
  "1.2.1": "autokraak",
  "1.2.3": "diefstal-brom-snor-fiets",
  "1.4.5": "geweld-mishandeling",
  "1.4.6": "geweld-straatroof",
  "1.4.7": "geweld-overval",
  "2.2.1": "vernielingen",
  "2.5.2": "winkeldiefstal",
};

let dir = "";
let remove = async () => {};
let odata = "";
let statline = "";

beforeAll(async () => {
  expect(existsSync(IVP), `build the CLI first (pnpm turbo run build): ${IVP}`).toBe(true);
  ({ dir, remove } = await temporaryDirectory());
  odata = (await writeSyntheticDataset({ ...SET, dir: join(dir, "odata"), format: "odata" }))
    .files[0] as string;
  statline = (
    await writeSyntheticDataset({ ...SET, dir: join(dir, "statline"), format: "statline" })
  ).files[0] as string;
});
afterAll(() => remove());

/** Laren's yearly figure per police key, summed by hand from the raw OData rows. */
async function larenByHand(): Promise<Map<string, Map<number, number | null>>> {
  const years = new Map<string, Map<number, number | null>>();
  let page: string | undefined = odata;
  while (page) {
    const json = JSON.parse(await readFile(page, "utf8")) as {
      value: Record<string, unknown>[];
      "odata.nextLink"?: string;
    };
    for (const row of json.value) {
      if ((row.RegioS as string).trim() !== "GM9003") continue;
      const key = (row.SoortMisdrijf as string).trim();
      const year = Number((row.Perioden as string).slice(0, 4));
      const value = row.GeregistreerdeMisdrijven_1 as number | null;
      const perYear = years.get(key) ?? new Map<number, number | null>();
      const sum = perYear.has(year) ? perYear.get(year) : 0;
      perYear.set(year, sum === null || sum === undefined || value === null ? null : sum + value);
      years.set(key, perYear);
    }
    page = json["odata.nextLink"] && join(dir, "odata", json["odata.nextLink"]);
  }
  return years;
}

/** (to - from) / from x 100 rounded half away from zero, in integers; null for a zero base. */
function percentByHand(from: number, to: number): number | null {
  if (from === 0) return null;
  const num = BigInt(to - from) * 100n;
  const den = BigInt(Math.abs(from));
  const magnitude = (2n * (num < 0n ? -num : num) + den) / (2n * den);
  return Number(num < 0n ? -magnitude : magnitude);
}

/** The default target (-10%) of a baseline count, by hand: 90% rounded half away from zero. */
function targetByHand(baseline: number): number {
  return Number((BigInt(baseline) * 9n * 2n + 10n) / 20n);
}

describe("ivp bulk (built CLI)", () => {
  it("writes a report for every municipality and the overview in three formats; no progress bar off a terminal", async () => {
    const out = join(dir, "html");
    const run = ivp(["bulk", odata, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Wrote 4 reports \(html\) and an overview \(index\.html, index\.md, index\.json\) to .*html, plan period 2023-2023\.\nRead 3,240 figures from .*; used 864; left aside 216 of other regions \(the country, police regions\), 2,160 of other topics, 0 of crime types without a series\. \d+\.\d s in all\.\n$/,
    );
    expect((await readdir(out)).sort()).toEqual([
      "gemeenten",
      "index.html",
      "index.json",
      "index.md",
    ]);
    expect((await readdir(join(out, "gemeenten"))).sort()).toEqual(REPORTS.map((r) => `${r}.html`));
    const overview = JSON.parse(await readFile(join(out, "index.json"), "utf8"));
    expect(overview.entries.map((e: { name: string }) => e.name)).toEqual([
      "Synthetisch 001",
      "Synthetisch 002",
      "Synthetisch 003",
      "Synthetisch 004",
    ]);
    expect(overview.entries[0]).toMatchObject({ code: "GM9001", codeIsSynthetic: true });
    const html = await readFile(join(out, "index.html"), "utf8");
    for (const report of REPORTS) expect(html).toContain(`href="gemeenten/${report}.html"`);
    expect(await readFile(join(out, "gemeenten/GM9003-synthetisch-003.html"), "utf8")).toContain(
      "Synthetisch 003",
    );
  });

  it("Laren's table and statuses match a computation by hand from the raw rows", async () => {
    const out = join(dir, "json");
    expect(ivp(["bulk", odata, "--out", out, "--format", "json", "--quiet"]).code).toBe(0);
    const report = JSON.parse(
      await readFile(join(out, "gemeenten/GM9003-synthetisch-003.json"), "utf8"),
    );
    const overview = JSON.parse(await readFile(join(out, "index.json"), "utf8"));
    const laren = overview.entries.find((e: { code: string }) => e.code === "GM9003");
    const byHand = await larenByHand();
    const [table] = report.tables;
    expect(table.columns.map((c: { id: string }) => c.id)).toEqual([
      "jaar-2022",
      "jaar-2023",
      "ontwikkeling-nulmeting",
    ]);
    let checked = 0;
    for (const [key, series] of Object.entries(SERIES)) {
      const row = table.rows.find((r: { series: string }) => r.series === series);
      const y2022 = byHand.get(key)?.get(2022) ?? null;
      const y2023 = byHand.get(key)?.get(2023) ?? null;
      expect(row.cells["jaar-2022"].value).toBe(y2022);
      expect(row.cells["jaar-2023"].value).toBe(y2023);
      const change = y2022 === null || y2023 === null ? null : percentByHand(y2022, y2023);
      expect(row.cells["ontwikkeling-nulmeting"].change).toBe(change);
      expect(row.cells["ontwikkeling-nulmeting"].text).toBe(
        change === null ? "" : `${change > 0 ? "+" : ""}${change}%`,
      );
      const indicator = report.indicators.find((i: { id: string }) => i.id === series);
      const figure = laren.figures.find((f: { indicator: string }) => f.indicator === series);
      if (y2022 !== null && y2023 !== null) {
        expect(indicator.progress.baseline).toMatchObject({ value: y2022, period: "2022" });
        expect(indicator.progress.target.value).toBe(targetByHand(y2022));
        expect(figure).toMatchObject({ status: indicator.progress.status.effective, change });
        checked++;
      }
    }
    // The set has a small share of missing months; most series are complete.
    expect(checked).toBeGreaterThanOrEqual(7);
    // Every verdict, recomputed from its components (benchmark, Poisson tails, the correction).
    checkVerdictsByHand({
      indicators: report.indicators.map((i: { progress: unknown }) => i.progress),
      correction: report.correction,
    } as StatusJson);
  });

  it("gives the same reports from the StatLine layout (grouped) as from the OData pages (not grouped)", async () => {
    const fromOData = join(dir, "same-odata");
    const fromStatline = join(dir, "same-statline");
    expect(ivp(["bulk", odata, "--out", fromOData, "--format", "md", "-q"]).code).toBe(0);
    expect(ivp(["bulk", statline, "--out", fromStatline, "--format", "md", "-q"]).code).toBe(0);
    for (const report of REPORTS) {
      expect(await readFile(join(fromStatline, "gemeenten", `${report}.md`), "utf8")).toBe(
        await readFile(join(fromOData, "gemeenten", `${report}.md`), "utf8"),
      );
    }
  });

  it("--quiet prints nothing; --municipalities limits the run", async () => {
    const out = join(dir, "two");
    const run = ivp([
      "bulk",
      statline,
      "--out",
      out,
      "--municipalities",
      "Synthetisch 003,GM9001",
      "--quiet",
    ]);
    expect(run).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect((await readdir(join(out, "gemeenten"))).sort()).toEqual([
      "GM9001-synthetisch-001.html",
      "GM9003-synthetisch-003.html",
    ]);
  });

  it("takes a plan directory as the template", async () => {
    const out = join(dir, "template");
    const run = ivp([
      "bulk",
      odata,
      "--out",
      out,
      "--template",
      join(REPO_ROOT, "examples/blaricum"),
      "--period",
      "2023-2023",
      "-q",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect((await readdir(join(out, "gemeenten"))).length).toBe(4);
  });

  describe("refusals: a message, an exit code, and no output", () => {
    it("refuses a directory with files in it unless --force", async () => {
      const out = join(dir, "full");
      await mkdir(out);
      await writeFile(join(out, "notes.txt"), "mine");
      const run = ivp(["bulk", odata, "--out", out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("refusing to write into");
      expect(await readdir(out)).toEqual(["notes.txt"]);
      expect(ivp(["bulk", odata, "--out", out, "--force", "-q"]).code).toBe(0);
      expect((await readdir(out)).sort()).toEqual([
        "gemeenten",
        "index.html",
        "index.json",
        "index.md",
        "notes.txt",
      ]);
    });

    it("a malformed page is an error with its file, line and column; nothing is written", async () => {
      const broken = join(dir, "broken");
      await mkdir(broken);
      const text = await readFile(odata, "utf8");
      await writeFile(
        join(broken, "page.json"),
        text.replace('"Perioden":"2022MM03"', '"Perioden":2022MM03'),
      );
      const run = ivp(["bulk", join(broken, "page.json"), "--out", join(dir, "never")]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^ivp: .*page\.json:\d+:\d+ {2}invalid JSON/);
      expect(run.stderr).toContain("Nothing was written.");
      expect(hasStackTrace(run.stderr)).toBe(false);
      expect((await readdir(dir)).filter((n) => n === "never" || n.startsWith(".never"))).toEqual(
        [],
      );
    });

    it("an interrupted run (Ctrl-C) leaves neither the output nor the staging directory", async () => {
      const big = await writeSyntheticDataset({
        seed: 1,
        startYear: 2021,
        years: 3,
        dir: join(dir, "big"),
        format: "odata",
      });
      const parent = join(dir, "interrupted");
      await mkdir(parent);
      const child = spawn(
        process.execPath,
        [IVP, "bulk", big.files[0] as string, "--out", join(parent, "out")],
        {
          stdio: "ignore",
        },
      );
      const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
      // Interrupt once the staging directory exists: the run is under way.
      for (let i = 0; i < 400 && (await readdir(parent)).length === 0; i++) {
        await new Promise((wait) => setTimeout(wait, 25));
      }
      child.kill("SIGINT");
      expect(await exited).toBe(130);
      expect(await readdir(parent)).toEqual([]);
    });

    it.each([
      [
        ["--municipalities", "Lasren"],
        2,
        'ivp does not know a municipality named "Lasren"; did you mean "Laren (NH.)"?',
      ],
      [["--municipalities", "GM0402"], 1, "no figures for GM0402"],
      [["--period", "2023-2020"], 2, "--period must be two years"],
      [["--target-change=-100"], 2, "--target-change must be a percentage above -100"],
      [["--target-change", "-5"], 2, "a value that starts with - is written --target-change=-5"],
      [["--format", "pdf"], 2, "--format must be one of html, md, json"],
    ])("%j exits %i", (extra, code, message) => {
      const run = ivp(["bulk", odata, "--out", join(dir, "refused"), ...extra]);
      expect(run.code).toBe(code);
      expect(run.stderr).toContain(message);
      expect(existsSync(join(dir, "refused"))).toBe(false);
    });

    it("--out is required", () => {
      const run = ivp(["bulk", odata]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("--out DIR is required");
    });
  });
});
