import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyLaren, hasStackTrace, LAREN, runIvp } from "./run-ivp.ts";

const printed = (id: string) => readFileSync(join(LAREN, "printed", `${id}.tsv`), "utf8");

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
