import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { exampleDir, STATLINE_FILE } from "@ivp/testkit/paths";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasStackTrace, ivp } from "./run-ivp.ts";

/**
 * `ivp bulk --population`: the inhabitants from a file of their own (issue
 * 13). The crime figures are the real StatLine export cut to 2022 (so 2022
 * is each municipality's latest year); the inhabitants are
 * examples/blaricum/bronnen/bevolking-03759ned.csv: Blaricum 12 358 on
 * 1 January 2022, Eemnes none for 2022, Laren not in the file.
 */
const BEVOLKING = join(exampleDir("blaricum"), "bronnen/bevolking-03759ned.csv");

let dir = "";
let remove = async () => {};
let crimes2022 = "";
beforeAll(async () => {
  ({ dir, remove } = await temporaryDirectory());
  // The export without its 2023 column: every row's last field dropped
  // (a name may hold a ';' inside its quotes: "Gemeenten; niet in te delen").
  const lines = (await readFile(STATLINE_FILE, "utf8")).split("\n");
  crimes2022 = join(dir, "misdrijven-2022.csv");
  await writeFile(
    crimes2022,
    lines
      .map((line, i) =>
        i >= 3 && line.split('";"').length >= 3 ? line.replace(/;"[^";]*"$/, "") : line,
      )
      .join("\n"),
  );
});
afterAll(() => remove());

const ASKED = "Blaricum,Eemnes,GM0417";

describe("ivp bulk --population (built CLI)", () => {
  it("gives the overview its rate per 1,000 inhabitants and names the municipalities without", async () => {
    const out = join(dir, "rapporten");
    const run = ivp([
      "bulk",
      crimes2022,
      "--municipalities",
      ASKED,
      "--population",
      BEVOLKING,
      "--out",
      out,
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "for 2 of 3 municipalities; 2 without inhabitants of their latest year (named in the overview).",
    );
    const overview = JSON.parse(await readFile(join(out, "index.json"), "utf8"));
    expect(overview.withoutInhabitants).toEqual(["GM0317", "GM0417"]);
    const blaricum = overview.entries.find((e: { code: string }) => e.code === "GM0376");
    // 363 registered crimes in 2022, 12 358 inhabitants on 1 January 2022: 29.37... = 29.4.
    expect(blaricum.figures[0]).toMatchObject({
      latest: { period: "2022", value: 363 },
      ratePer1000: 29.4,
    });
    expect(blaricum.population).toEqual([
      { period: "2021", value: 11954 },
      { period: "2022", value: 12358 },
      { period: "2024", value: 12725 },
    ]);
    const md = await readFile(join(out, "index.md"), "utf8");
    expect(md).toContain("| 363 |  | 29,4 |");
    expect(md).toContain(
      "Geen inwoners van het laatste jaar voor: Eemnes (GM0317), Laren (GM0417).",
    );
    const html = await readFile(join(out, "index.html"), "utf8");
    expect(html).toContain(
      "Geen inwoners van het laatste jaar voor: Eemnes (GM0317), Laren (GM0417).",
    );
    // The inhabitants are CBS's in the report, not the police's.
    const report = await readFile(join(out, "gemeenten/GM0376-blaricum.html"), "utf8");
    expect(report).toContain("Bevolking op 1 januari per gemeente (CBS, tabel 03759ned)");
  });

  it("leaves the inhabitants of municipalities not asked for aside, and says so", () => {
    const run = ivp([
      "bulk",
      crimes2022,
      "--municipalities",
      "Blaricum",
      "--population",
      BEVOLKING,
      "--out",
      join(dir, "alleen-blaricum"),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Inhabitants from");
    expect(run.stdout).toContain(
      "for 1 of 1 municipality; left aside the inhabitants of 1 municipality without figures in the data file.",
    );
  });

  it("refuses a file of registered crimes as the inhabitants, at its line, and writes nothing", () => {
    const out = join(dir, "verwisseld");
    const run = ivp(["bulk", crimes2022, "--population", STATLINE_FILE, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /statline-geregistreerde-misdrijven-2022-2023\.csv:7:\d+ {2}this is a file of registered crimes \("Geregistreerde misdrijven"\); --population expects the inhabitants on 1 January per municipality \(CBS table 03759ned/,
    );
    expect(run.stderr).toContain("Nothing was written.");
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a municipality it cannot match, at its line, with a suggestion", async () => {
    const typo = join(dir, "bevolking-typo.csv");
    await writeFile(
      typo,
      (await readFile(BEVOLKING, "utf8")).replace('"Blaricum";', '"Blaricun";'),
    );
    const out = join(dir, "typo");
    const run = ivp(["bulk", crimes2022, "--population", typo, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /bevolking-typo\.csv:9:\d+ {2}inhabitants of "Blaricun": not a municipality ivp knows .* \(did you mean "Blaricum"\?\)/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a file of another topic, saying what it should have been", async () => {
    const other = join(dir, "gemiddeld.csv");
    await writeFile(
      other,
      (await readFile(BEVOLKING, "utf8")).replaceAll(
        'Bevolking op 1 januari"',
        'Gemiddelde bevolking"',
      ),
    );
    const run = ivp(["bulk", crimes2022, "--population", other, "--out", join(dir, "ander")]);
    expect(run.code).toBe(1);
    // The reader stops at the first row of figures; the message says what --population reads.
    expect(run.stderr).toMatch(
      /gemiddeld\.csv:8:1 {2}.*; --population expects the inhabitants on 1 January per municipality \(CBS table 03759ned, topic "Bevolking op 1 januari"\)/,
    );
  });

  it("says in --help what the option reads", () => {
    const run = ivp(["bulk", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--population FILE");
    expect(run.stdout).toContain(
      "ivp bulk statline.csv --population bevolking-03759ned.csv --out rapporten",
    );
  });
});
