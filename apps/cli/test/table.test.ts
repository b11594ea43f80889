import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { LAREN_DIR } from "@ivp/testkit/paths";
import { describe, expect, it } from "vitest";
import { copyLaren, hasStackTrace, runIvp } from "./run-ivp.ts";

const printed = (id: string) => readFileSync(join(LAREN_DIR, "printed", `${id}.tsv`), "utf8");

describe("ivp table", () => {
  it.each(["tabel-1", "tabel-2"])("prints %s with every cell as the document printed it", (id) => {
    const run = runIvp(["table", "examples/laren-2019-2022", id]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const [header, ...rows] = run.stdout.split("\n");
    expect(header?.startsWith("Categorie\t")).toBe(true);
    expect(rows.join("\n")).toBe(printed(id));
  });

  it("writes the header of Tabel 1 from the plan's column headers", () => {
    const header = runIvp(["table", "examples/laren-2019-2022", "tabel-1"]).stdout.split("\n")[0];
    expect(header).toBe(
      "Categorie\tjan-jun 2015\tjan-jun 2016\tjan-jun 2017\tjan-jun 2018\tgemeente\tMidden Nederland",
    );
  });

  it("writes CSV, Markdown and JSON", () => {
    const csv = runIvp(["table", "examples/laren-2019-2022", "tabel-2", "--format", "csv"]).stdout;
    expect(csv.split("\r\n")[2]).toBe("woninginbraken;90;79;77;79;+3%;-8%;+59%;-42%");
    const md = runIvp(["table", "examples/laren-2019-2022", "tabel-1", "-f", "md"]).stdout;
    expect(md).toContain("| woninginbraken | 42 | 34 | 54 | 26 | -52% | -15% |");
    expect(md).toContain("| ...waaraan openlijk tegen persoon | 1 | 0 | 0 | 0 |   | -9% |");
    const json = JSON.parse(
      runIvp(["table", "examples/laren-2019-2022", "tabel-2", "--format", "json"]).stdout,
    );
    expect(json.rows[1].cells["jul-dec"]).toEqual({
      kind: "change",
      text: "-42%",
      change: -42,
      from: 43,
      to: 25,
      empty: null,
      printed: "-42%",
      matchesPrinted: true,
    });
    expect(json.rows[6].cells.gemeente).toMatchObject({
      text: "",
      empty: "zero-base",
      from: 0,
      to: 0,
    });
  });

  describe("--mark-chance and --correction", () => {
    it("corrects across the table (Benjamini-Hochberg by default) and says so on stderr for TSV", () => {
      const run = runIvp(["table", "examples/laren-2019-2022", "tabel-2", "--mark-chance"]);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe(
        "50 veranderingen getoetst; door toeval alleen zouden er ongeveer 2,5 significant lijken. Gecorrigeerd voor het aantal toetsen (Benjamini-Hochberg): 1 te onderscheiden van toeval (10 zonder correctie).\n",
      );
      const rows = run.stdout.split("\n");
      // jongerenoverlast 36 -> 72 (p = 0.00068) is the only change left after the correction.
      expect(rows.find((r) => r.startsWith("meldingen jongerenoverlast\t"))).toBe(
        "meldingen jongerenoverlast\t48\t19\t36\t72\t+100%\t+0%\t+121%°\t+86%°",
      );
      // geweld overig, January-June 0 -> 1: the percentage stays empty, the marker shows the test.
      expect(rows.find((r) => r.startsWith("geweld: overig\t"))).toBe(
        "geweld: overig\t3\t3\t1\t1\t0%°\t-23%\t°\t-100%°",
      );
    });

    it("--correction none marks each change on its own", () => {
      const run = runIvp([
        "table",
        "examples/laren-2019-2022",
        "tabel-1",
        "--mark-chance",
        "--correction",
        "none",
        "--lang",
        "en",
      ]);
      expect(run.stderr).toBe(
        "17 changes tested; chance alone would make about 0.9 of them look significant. Not corrected for the number of tests: 4 distinguishable from chance.\n",
      );
      expect(run.stdout.split("\n").find((r) => r.startsWith("vermielingen\t"))).toBe(
        "vermielingen\t31\t26\t17\t32\t+88%\t-12%",
      );
    });

    it("keeps raw and adjusted p-values in the JSON, with the table's count of tests", () => {
      const json = JSON.parse(
        runIvp([
          "table",
          "examples/laren-2019-2022",
          "tabel-2",
          "-f",
          "json",
          "--mark-chance",
          "--correction",
          "holm",
        ]).stdout,
      );
      expect(json.significance).toEqual({
        alpha: 0.05,
        correction: "holm",
        tests: 50,
        expectedByChance: 2.5,
        nominallySignificant: 10,
        significant: 1,
      });
      const jongeren = json.rows.find((r: { series: string }) => r.series === "jongerenoverlast");
      // poisson.test(c(72, 36))$p.value = 0.0006842302219; p.adjust(p, "holm") x 50
      expect(jongeren.cells.gemeente.significance).toEqual({
        test: "poisson-exact",
        pValue: expect.closeTo(0.0006842302219, 12),
        distinguishableFromChance: true,
        adjustedPValue: expect.closeTo(0.0342115111, 9),
        correction: "holm",
        distinguishableAfterCorrection: true,
      });
    });

    it("writes the count of tests under a Markdown table", () => {
      const md = runIvp([
        "table",
        "examples/laren-2019-2022",
        "tabel-1",
        "-f",
        "md",
        "--mark-chance",
      ]);
      expect(md.stderr).toBe("");
      expect(md.stdout.trimEnd().split("\n").at(-1)).toBe(
        "17 veranderingen getoetst; door toeval alleen zouden er ongeveer 0,9 significant lijken. Gecorrigeerd voor het aantal toetsen (Benjamini-Hochberg): 3 te onderscheiden van toeval (4 zonder correctie).",
      );
    });

    it("refuses --correction without --mark-chance, and an unknown method", () => {
      const without = runIvp([
        "table",
        "examples/laren-2019-2022",
        "tabel-1",
        "--correction",
        "holm",
      ]);
      expect(without.status).toBe(2);
      expect(without.stdout).toBe("");
      expect(without.stderr).toContain("--correction needs --mark-chance");
      const unknown = runIvp([
        "table",
        "examples/laren-2019-2022",
        "tabel-1",
        "--mark-chance",
        "--correction",
        "bonferroni",
      ]);
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain("benjamini-hochberg");
    });
  });

  it("writes English notation with --lang en", () => {
    const run = runIvp(["table", "examples/laren-2019-2022", "tabel-2", "--lang", "en"]);
    expect(run.stdout.split("\n")[0]?.startsWith("Category\t")).toBe(true);
  });

  describe("--out", () => {
    it("writes the file atomically and prints nothing", () => {
      const dir = copyLaren();
      const run = runIvp(["table", ".", "tabel-2", "--out", "tabel-2.tsv"], { cwd: dir });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe("");
      expect(readFileSync(join(dir, "tabel-2.tsv"), "utf8").split("\n").slice(1).join("\n")).toBe(
        printed("tabel-2"),
      );
      expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    });

    it("refuses to overwrite the plan file", () => {
      const dir = copyLaren();
      const before = statSync(join(dir, "plan.yaml")).mtimeMs;
      const run = runIvp(["table", ".", "tabel-2", "--out", "plan.yaml"], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("refusing to overwrite the input file plan.yaml");
      expect(statSync(join(dir, "plan.yaml")).mtimeMs).toBe(before);
    });

    it("leaves no file behind when the table does not exist", () => {
      const dir = copyLaren();
      const run = runIvp(["table", ".", "tabel-9", "--out", "out.tsv"], { cwd: dir });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        'ivp: plan.yaml:1019:3  the plan has no table "tabel-9" (tables: tabel-1, tabel-2)\n',
      );
      expect(existsSync(join(dir, "out.tsv"))).toBe(false);
    });

    it("reports a directory that does not exist without a stack trace", () => {
      const run = runIvp([
        "table",
        "examples/laren-2019-2022",
        "tabel-1",
        "--out",
        "/no/such/dir/t.tsv",
      ]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^ivp: cannot write \/no\/such\/dir\/t\.tsv \(ENOENT\)\n$/);
      expect(hasStackTrace(run.stderr)).toBe(false);
    });
  });

  it("refuses to print a table of an invalid plan, listing the problems", () => {
    const run = runIvp(["table", "examples/no-such-plan", "tabel-1"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("file-not-found");
  });
});
