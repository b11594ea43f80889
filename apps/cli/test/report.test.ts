import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyLaren, hasStackTrace, runIvp } from "./run-ivp.ts";

const PLAN = "examples/laren-2019-2022";

/** The body rows of the report's HTML table of a figure table, as the cell texts a reader sees. */
function htmlTableRows(html: string, tableId: string): string[][] {
  const start = html.indexOf(`data-table="${tableId}"`);
  const table = html.slice(start, html.indexOf("</table>", start));
  const body = table.slice(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
  const decode = (text: string) =>
    text
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((row) =>
    [...(row[1] ?? "").matchAll(/<(th|td)[^>]*>(.*?)<\/\1>/gs)].map((cell) =>
      decode((cell[2] ?? "").replace(/<span class="sr-only">[^<]*<\/span>/g, "")),
    ),
  );
}

describe("ivp report", () => {
  it("writes the HTML report to standard output", () => {
    const run = runIvp(["report", PLAN]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(run.stdout).toContain("<h1>Integraal Veiligheidsplan Gemeente Laren 2019-2022</h1>");
  });

  it.each(["tabel-1", "tabel-2"])(
    "prints every cell of %s as ivp table --mark-chance does, in HTML and Markdown",
    (id) => {
      const tsv = runIvp(["table", PLAN, id, "--mark-chance"])
        .stdout.trimEnd()
        .split("\n")
        .slice(1);
      const html = runIvp(["report", PLAN]).stdout;
      // The report shows an empty cell as "–", its reason for screen readers only.
      expect(htmlTableRows(html, id)).toEqual(
        tsv.map((line) =>
          line.split("\t").map((cell) => (cell === "" || cell === "°" ? `–${cell}` : cell)),
        ),
      );
      const md = runIvp(["report", PLAN, "--format", "md"]).stdout;
      const table = runIvp(["table", PLAN, id, "--format", "md", "--mark-chance"]).stdout;
      const [title, rows, legend, tests] = table.trimEnd().split("\n\n");
      expect(md).toContain(`${title}\n\n${rows}`);
      // The council reads the legend and the correction in plain words; the appendix names the test.
      expect(md).toContain("*° niet te onderscheiden van toeval: zo'n verandering komt ook");
      expect(md.split("## Verantwoording")[1]).toContain(legend);
      expect(tests).toMatch(/^\d+ veranderingen getoetst; .*\(Benjamini-Hochberg\)/);
      expect(md).toContain(
        `*${tests?.replace("(Benjamini-Hochberg)", "(zie de verantwoording)")}*`,
      );
    },
  );

  it("writes the evaluated plan as JSON whose tables are those of ivp table --format json --mark-chance", () => {
    const report = JSON.parse(runIvp(["report", PLAN, "--format", "json"]).stdout);
    expect(report).toMatchObject({
      format: "ivp-evaluated-plan",
      formatVersion: 2,
      lang: "nl",
      asOf: null,
    });
    const table = JSON.parse(
      runIvp(["table", PLAN, "tabel-2", "--format", "json", "--mark-chance"]).stdout,
    );
    const { source, note, ...inReport } = report.tables.find(
      (t: { id: string }) => t.id === "tabel-2",
    );
    expect(inReport).toEqual(table);
    expect(source).toEqual({ id: "bvh", name: expect.any(String) });
    expect(inReport.rows[1].cells.gemeente).toMatchObject({
      significance: { test: "poisson-exact", distinguishableFromChance: false },
    });
  });

  it("writes English with --lang en", () => {
    const md = runIvp(["report", PLAN, "--format", "md", "--lang", "en"]).stdout;
    expect(md).toContain("## Summary");
    expect(md).toMatch(/\| not assessable \| [^|]+ \| 13 \|/);
    expect(md).toContain(
      "| ahead of schedule | going faster than needed to meet the target in time | 2 |",
    );
    expect(md).toContain("**Table 1: Politiecijfers Laren januari - juni 2015-2018**");
  });

  it("gives the same bytes every time", () => {
    const a = runIvp(["report", PLAN]).stdout;
    const b = runIvp(["report", PLAN]).stdout;
    expect(a.length).toBeGreaterThan(100_000);
    expect(a).toBe(b);
  });

  describe("--as-of", () => {
    it("uses only the figures whose period ends by then", () => {
      const report = JSON.parse(
        runIvp(["report", PLAN, "--format", "json", "--as-of", "2017"]).stdout,
      );
      expect(report.asOf).toBe("2017");
      const row = report.tables[0].rows.find(
        (r: { series: string }) => r.series === "woninginbraken",
      );
      expect(row.cells["h1-2018"]).toMatchObject({ text: "", value: null });
      expect(row.cells["h1-2017"]).toMatchObject({ text: "54", value: 54 });
    });

    it("reads CBS period codes too", () => {
      const report = JSON.parse(
        runIvp(["report", PLAN, "--format", "json", "--as-of", "2018MM10"]).stdout,
      );
      expect(report.asOf).toBe("2018-10");
    });

    it("rejects a text that is not a period, with a usage error and no output", () => {
      const run = runIvp(["report", PLAN, "--as-of", "2018-H3"]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatchInlineSnapshot(`
        "ivp: --as-of: "2018-H3" is not a period: unknown notation; write one of: 2017 (year); 2017-H1 or 2017-H2 (half year); 2017-Q3 (quarter); 2017-10 (month); 2018-01..2018-10 (months within one year, e.g. year to date); 2017JJ00, 2017KW01, 2017MM10 (CBS period codes)
        Run 'ivp report --help' for usage.
        "
      `);
    });
  });

  describe("--out", () => {
    it("writes the file atomically, prints nothing, and writes what standard output gets", () => {
      const dir = copyLaren();
      const run = runIvp(["report", ".", "--out", "rapport.html"], { cwd: dir });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe("");
      expect(readFileSync(join(dir, "rapport.html"), "utf8")).toBe(
        runIvp(["report", "."], { cwd: dir }).stdout,
      );
      expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    });

    it("refuses to overwrite the plan file", () => {
      const dir = copyLaren();
      const before = statSync(join(dir, "plan.yaml")).mtimeMs;
      const run = runIvp(["report", ".", "--out", "plan.yaml", "--format", "md"], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("refusing to overwrite the input file plan.yaml");
      expect(statSync(join(dir, "plan.yaml")).mtimeMs).toBe(before);
    });

    it("leaves no file behind when the plan is invalid", () => {
      const dir = copyLaren();
      const file = join(dir, "plan.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace("code: GM0417\n", "code: G0417\n"));
      const run = runIvp(["report", ".", "--out", "rapport.html"], { cwd: dir });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("municipality.code");
      expect(hasStackTrace(run.stderr)).toBe(false);
      expect(existsSync(join(dir, "rapport.html"))).toBe(false);
      expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    });

    it("a plan the computations refuse: one line by the one formatter, exit 1, no file", () => {
      // A change column from a year to a half year: the plan loads, its table cannot be computed.
      const dir = copyLaren();
      const file = join(dir, "plan.yaml");
      const text = readFileSync(file, "utf8");
      writeFileSync(file, text.replace("from: 2017-H1,", "from: 2017,"));
      const run = runIvp(["report", ".", "--out", "rapport.html"], { cwd: dir });
      expect(run.status).toBe(1);
      // As every error that concerns a whole file (ivp import's too): the file, two spaces, the message.
      expect(run.stderr).toBe(
        "ivp: plan.yaml  table tabel-1, column gemeente: 2017 and 2018-H1 do not cover the same months\n",
      );
      expect(existsSync(join(dir, "rapport.html"))).toBe(false);
      // In Dutch with IVP_LANG=nl (and with --lang nl): the model's error by its messageId.
      const dutch =
        "ivp: plan.yaml  tabel tabel-1, kolom gemeente: 2017 en 2018-H1 gaan niet over dezelfde maanden van het jaar\n";
      expect(
        runIvp(["report", ".", "--out", "rapport.html"], { cwd: dir, env: { IVP_LANG: "nl" } })
          .stderr,
      ).toBe(dutch);
      expect(runIvp(["report", ".", "--lang", "nl", "--out", "r.html"], { cwd: dir }).stderr).toBe(
        dutch,
      );
    });

    it("leaves no file behind for a bad --as-of", () => {
      const dir = copyLaren();
      const run = runIvp(["report", ".", "--as-of", "morgen", "--out", "rapport.html"], {
        cwd: dir,
      });
      expect(run.status).toBe(2);
      expect(existsSync(join(dir, "rapport.html"))).toBe(false);
    });
  });
});
