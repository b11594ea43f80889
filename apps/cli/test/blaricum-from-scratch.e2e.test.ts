import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { STATLINE_FILE } from "@ivp/testkit/paths";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IVP, ivp, statlineRow } from "./run-ivp.ts";

/**
 * A municipality starts from nothing: `ivp init`, `ivp import` of the real
 * StatLine export, then the commands that read the plan. Each step is one
 * entry, so a later command (such as `ivp report`) is one more `it` below.
 */
describe("a working plan for Blaricum from an empty directory (built CLI)", () => {
  let dir = "";
  let remove = async () => {};
  let plan = "";

  beforeAll(async () => {
    expect(existsSync(IVP), `build the CLI first (pnpm turbo run build): ${IVP}`).toBe(true);
    ({ dir, remove } = await temporaryDirectory());
    plan = join(dir, "blaricum");
  });
  afterAll(() => remove());

  it("ivp init scaffolds the plan", () => {
    const run = ivp(["init", plan, "--municipality", "Blaricum", "--period", "2024-2027"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("for Blaricum (GM0376), 2024-2027.");
  });

  it("ivp validate accepts the scaffold as it is", () => {
    const run = ivp(["validate", plan]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "valid (1 priority, 0 themes, 9 indicators, 1 table, 0 observations)",
    );
  });

  it("ivp import takes Blaricum's totals from the StatLine export", async () => {
    const [y2022, y2023] = await statlineRow("Blaricum");
    const run = ivp(["import", STATLINE_FILE, "--plan", plan]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`  added    misdrijven-totaal  GM0376  2022  ${y2022}\n`);
    expect(run.stdout).toContain(`  added    misdrijven-totaal  GM0376  2023  ${y2023}\n`);
    expect(run.stdout).toContain("2 added, 0 updated, 0 unchanged.\n");
  });

  it("ivp import a second time changes nothing", async () => {
    const before = await readFile(join(plan, "data/politie.csv"), "utf8");
    const run = ivp(["import", STATLINE_FILE, "--plan", plan]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("0 added, 0 updated, 2 unchanged.\n");
    expect(run.stdout).toContain("Nothing to write");
    expect(await readFile(join(plan, "data/politie.csv"), "utf8")).toBe(before);
  });

  it("ivp import updates a figure that changed, in place, with a backup", async () => {
    const [y2022] = await statlineRow("Blaricum");
    const file = join(plan, "data/politie.csv");
    const stale = (await readFile(file, "utf8")).replace(`,2022,${y2022},`, ",2022,360,");
    await writeFile(file, stale);
    const run = ivp(["import", STATLINE_FILE, "--plan", plan]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`  updated  misdrijven-totaal  GM0376  2022  360 -> ${y2022}\n`);
    expect(run.stdout).toContain("0 added, 1 updated, 1 unchanged.\n");
    expect(run.stdout).toMatch(/Backup: .*data\/politie\.csv\.bak\n/);
    expect(await readFile(`${file}.bak`, "utf8")).toBe(stale);
  });

  it("ivp validate accepts the plan with its figures", () => {
    const run = ivp(["validate", plan]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 observations)");
  });

  it("ivp table computes the change from the imported counts", async () => {
    const [y2022 = 0, y2023 = 0] = await statlineRow("Blaricum");
    const change = Math.round(((y2023 - y2022) / y2022) * 100); // not at .5 here: 363 -> 347 is -4.4%
    const run = ivp(["table", plan, "politiecijfers"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("Categorie\t2022\t2023\t2023 t.o.v. 2022");
    expect(lines[1]).toBe(
      `Totaal misdrijven\t${y2022}\t${y2023}\t${change > 0 ? "+" : ""}${change}%`,
    );
    expect(lines[2]).toBe("Woninginbraken\t\t\t");
  });

  it("ivp report writes a working report with the imported figures, in HTML and Markdown", async () => {
    const [y2022 = 0, y2023 = 0] = await statlineRow("Blaricum");
    const change = Math.round(((y2023 - y2022) / y2022) * 100); // 363 -> 347 is -4.4%: no .5 here
    const html = join(dir, "blaricum.html");
    const run = ivp(["report", plan, "--out", html]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const page = await readFile(html, "utf8");
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain("Blaricum");
    expect(page).toContain("GM0376");
    // The figure table of the plan, with the imported counts and the computed change.
    // 363 against 347 is well within chance (p about 0.57), so the change carries the marker.
    expect(page).toContain(
      `Totaal misdrijven</th><td class="num">${y2022}</td><td class="num">${y2023}</td><td class="num">${change}%<span class="marker"`,
    );
    const md = ivp(["report", plan, "--format", "md"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(`| Totaal misdrijven | ${y2022} | ${y2023} | ${change}%° |`);
  });

  it("ivp compare puts Blaricum next to Eemnes, with rates once populations are known", async () => {
    const eemnes = join(dir, "eemnes");
    expect(ivp(["init", eemnes, "--municipality", "GM0317", "--period", "2024-2027"]).code).toBe(0);
    expect(ivp(["import", STATLINE_FILE, "--plan", eemnes]).code).toBe(0);
    // Test populations (not real figures), added the way a municipality would: a data file.
    for (const [target, code, population] of [
      [plan, "GM0376", 12000],
      [eemnes, "GM0317", 9000],
    ] as const) {
      await mkdir(join(target, "data"), { recursive: true });
      await writeFile(
        join(target, "data/inwoners.csv"),
        `series,area,period,value,origin\ninwoners,${code},2022,${population},other\n`,
      );
      const yaml = await readFile(join(target, "plan.yaml"), "utf8");
      await writeFile(
        join(target, "plan.yaml"),
        yaml.replace("  - data/politie.csv\n", "  - data/politie.csv\n  - data/inwoners.csv\n"),
      );
    }
    const [b2022 = 0] = await statlineRow("Blaricum");
    const [e2022 = 0] = await statlineRow("Eemnes");
    const run = ivp([
      "compare",
      plan,
      eemnes,
      "--indicator",
      "misdrijven-totaal",
      "--format",
      "csv",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const rows = run.stdout.split("\r\n");
    // Rates by hand: count x 1000 / population, to one decimal, half away from zero.
    // Written as Dutch spreadsheets expect: ; between fields, a decimal comma.
    const rate = (count: number, population: number) =>
      (Math.round((count * 10_000) / population) / 10).toFixed(1).replace(".", ",");
    expect(rows[1]).toBe(
      `misdrijven-totaal;Totaal misdrijven;2022;GM0376;Blaricum;${b2022};observed;12000;2022;${rate(b2022, 12000)};;;${rate(b2022, 12000)};1000;`,
    );
    expect(rows[2]).toBe(
      `misdrijven-totaal;Totaal misdrijven;2022;GM0317;Eemnes;${e2022};observed;9000;2022;${rate(e2022, 9000)};;;${rate(e2022, 9000)};1000;`,
    );
    const text = ivp(["compare", plan, eemnes, "--indicator", "misdrijven-totaal"]);
    expect(text.stdout.split("\n").slice(0, 2)).toEqual([
      "Totaal misdrijven (misdrijven-totaal)",
      "periode  Blaricum  t.o.v. jaar ervoor  per 1.000 inw.  Eemnes  t.o.v. jaar ervoor  per 1.000 inw.",
    ]);
  });
});
