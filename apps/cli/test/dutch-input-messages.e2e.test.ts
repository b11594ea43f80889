import { cpSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { exampleDir, REPO_ROOT } from "@ivp/testkit/paths";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIvp } from "./run-ivp.ts";

// What the packages say about bad input, in Dutch with IVP_LANG=nl (the CLI's
// language) and with --lang nl (the language of what a command writes), one
// family at a time; English, the default, is what the other tests pin.

const NL = { env: { IVP_LANG: "nl" } };
let dir: string;
let remove: () => Promise<void>;

/** A copy of the Blaricum example with `change` applied to its plan.yaml, or its data file. */
async function broken(
  name: string,
  change: (plan: string) => string,
  csv?: (csv: string) => string,
) {
  const plan = join(dir, name);
  cpSync(exampleDir("blaricum"), plan, { recursive: true });
  const yaml = join(plan, "plan.yaml");
  writeFileSync(yaml, change(await readFile(yaml, "utf8")));
  if (csv) {
    const data = join(plan, "data", "politie.csv");
    writeFileSync(data, csv(await readFile(data, "utf8")));
  }
  return plan;
}

beforeAll(async () => {
  ({ dir, remove } = await temporaryDirectory("ivp-nl-"));
});
afterAll(() => remove());

describe("a plan's problems in Dutch", () => {
  it("the plan format (unknown-field, invalid-type, invalid-value) with IVP_LANG=nl and with --lang nl", async () => {
    const plan = await broken("schema", (yaml) =>
      yaml.replace(/^title:/m, "titel:").replace("language: nl", "language: dutch"),
    );
    for (const run of [
      runIvp(["validate", plan], NL),
      runIvp(["validate", plan, "--lang", "nl"]),
    ]) {
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('titel: onbekend veld "titel"');
      expect(run.stderr).toContain('bedoelt u "title"?');
      expect(run.stderr).toContain('language: de tekst "dutch" is hier niet toegestaan');
      expect(run.stderr).not.toMatch(/unknown field|is not allowed|did you mean/);
    }
    // The CLI's summary line follows IVP_LANG, and --lang where the command has it.
    expect(runIvp(["validate", plan], NL).stderr).toMatch(/\n2 fouten\n$/);
    expect(runIvp(["validate", plan, "--lang", "nl"]).stderr).toMatch(/\n2 fouten\n$/);
    expect(runIvp(["validate", plan, "--lang", "en"], NL).stderr).toMatch(/\n2 errors\n$/);
    // English by default, and with --lang en whatever IVP_LANG says.
    expect(runIvp(["validate", plan]).stderr).toContain('titel: unknown field "titel"');
    expect(runIvp(["validate", plan, "--lang", "en"], NL).stderr).toContain(
      'unknown field "titel"',
    );
  });

  it("is Dutch in every part with --lang nl alone: place, severity, field, message, expected, hint, summary", async () => {
    const plan = await broken("whole", (yaml) =>
      yaml.replace(/^title:/m, "titel:").replace("language: nl", "language: dutch"),
    );
    const run = runIvp(["validate", plan, "--lang", "nl"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    // The plan's path as the CLI shows it (relative to where it runs) is not the point here.
    const lines = run.stderr.replace(/^.*whole\/plan\.yaml:/gm, "plan.yaml:").split("\n");
    expect(lines).toEqual([
      'plan.yaml:11:1  fout  unknown-field  titel: onbekend veld "titel" (verwacht: een van de velden $schema, schemaVersion, id, title, subtitle, municipality, period, language, adoption, colophon, vision, mission, sections, priorities, themes, communication, partners, sources, references, governance, monitoring, conventions, areas, series, indicators, indicatorTables, tables, observations, claims, data, lint; bedoelt u "title"?)',
      'plan.yaml:16:11  fout  invalid-value  language: de tekst "dutch" is hier niet toegestaan (verwacht: een van "nl", "en")',
      "2 fouten",
      "",
    ]);
  });

  it("the plan format's own rules and what a field is, with IVP_LANG=nl", async () => {
    const plan = await broken("rules", (yaml) =>
      yaml.replace(/^id: .*$/m, "id: Blaricum_2024").replace(/code: GM\d{4}/, "code: GX0376"),
    );
    const run = runIvp(["validate", plan], NL);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'fout  invalid-value  id: een id bestaat uit kleine letters, cijfers en streepjes, zoals woninginbraken of tabel-1 (hier staat de tekst "Blaricum_2024") (verwacht: Id: kleine letters, cijfers en streepjes.)',
    );
    expect(run.stderr).toContain(
      'een CBS-gemeentecode: GM en vier cijfers, zoals GM0417 (hier staat de tekst "GX0376")',
    );
    expect(runIvp(["validate", plan]).stderr).toContain(
      'error  invalid-value  id: an id uses lower-case letters, digits and hyphens, e.g. woninginbraken or tabel-1 (got the text "Blaricum_2024") (expected Identifier: lower-case letters, digits and hyphens.)',
    );
  });

  it("YAML syntax, a missing plan and a missing data file", async () => {
    const yaml = await broken("yaml", (text) => text.replace(/^title: (.*)$/m, "title: [$1"));
    expect(runIvp(["validate", yaml], NL).stderr).toContain(
      "yaml-syntax  het inspringen klopt hier niet (controleer het inspringen en de aanhalingstekens)",
    );
    const nowhere = join(dir, "nergens");
    expect(runIvp(["validate", nowhere, "--lang", "nl"]).stderr).toContain(
      "file-not-found  dit bestand of deze map bestaat niet (geef een planmap (met plan.yaml) of een plan.yaml-bestand)",
    );
    const data = await broken("data", (text) =>
      text.replace("  - data/politie.csv", "  - data/elders.csv"),
    );
    expect(runIvp(["status", data], NL).stderr).toMatch(
      /file-not-found {2}data\[0\]: het databestand .*data\/elders\.csv bestaat niet\n1 probleem in het plan;/,
    );
  });

  it("a data file's rows: the number of fields, a period that is no period", async () => {
    const plan = await broken(
      "csv",
      (text) => text,
      (csv) => `${csv}misdrijven-totaal,GM0376\nmisdrijven-totaal,GM0376,2023-H3,5,import,,\n`,
    );
    const run = runIvp(["validate", plan, "--lang", "nl"]);
    expect(run.stderr).toMatch(/invalid-data {2}deze regel heeft 2 velden, de kopregel \d\n/);
    expect(run.stderr).toContain(
      'period: "2023-H3" is geen periode: onbekende schrijfwijze. Schrijf een jaar (2017)',
    );
  });
});

describe("the model's errors in Dutch", () => {
  it("--as-of that is no period is a usage error in the CLI's language", () => {
    const run = runIvp(["status", "examples/blaricum", "--as-of", "2017-13"], NL);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "ivp: --as-of: \"2017-13\" is geen periode: de maand moet 01 tot en met 12 zijn; schrijf een van: 2017 (jaar); 2017-H1 of 2017-H2 (halfjaar); 2017-Q3 (kwartaal); 2017-10 (maand); 2018-01..2018-10 (maanden binnen één jaar, bijvoorbeeld van januari tot nu); 2017JJ00, 2017KW01, 2017MM10 (periodecodes van het CBS)\nZie 'ivp status --help' voor het gebruik.\n",
    );
    expect(runIvp(["report", "examples/blaricum", "--as-of", "2017-H3"]).stderr).toBe(
      "ivp: --as-of: \"2017-H3\" is not a period: unknown notation; write one of: 2017 (year); 2017-H1 or 2017-H2 (half year); 2017-Q3 (quarter); 2017-10 (month); 2018-01..2018-10 (months within one year, e.g. year to date); 2017JJ00, 2017KW01, 2017MM10 (CBS period codes)\nRun 'ivp report --help' for usage.\n",
    );
  });

  it("a table the plan does not have, with IVP_LANG=nl and with --lang nl", () => {
    for (const run of [
      runIvp(["table", "examples/blaricum", "tabel-9"], NL),
      runIvp(["table", "examples/blaricum", "tabel-9", "--lang", "nl"]),
    ]) {
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /^ivp: examples\/blaricum\/plan\.yaml:\d+:\d+ {2}het plan heeft geen tabel "tabel-9" \(tabellen: politiecijfers\)\n$/,
      );
    }
  });

  it("an average baseline without its figures", async () => {
    const plan = await broken("average", (text) =>
      text.replace(
        "{ id: woninginbraken, label: Woninginbraken, unit: count, direction: lower-is-better, source: politie }",
        "{ id: woninginbraken, label: Woninginbraken, unit: count, direction: lower-is-better, source: politie, baseline: { average: { from: 2010, to: 2011 } } }",
      ),
    );
    const run = runIvp(["validate", plan], NL);
    expect(run.stderr).toContain(
      "het gemiddelde van 2010 tot en met 2011 heeft een cijfer nodig voor elke periode, maar voor 2010, 2011 is er geen",
    );
    expect(run.stderr).toContain(
      "voeg de cijfers voor 2010, 2011 toe aan een databestand of aan de observations van het plan",
    );
  });
});

describe("the importers' refusals in Dutch", () => {
  it("a municipality ivp does not know, or one that no longer exists (ivp init)", () => {
    const unknown = runIvp(["init", join(dir, "init-1"), "--municipality", "Blaricm"], NL);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe(
      'ivp: ivp kent geen gemeente met de naam "Blaricm" (bedoelt u "Blaricum"?)\nEr is niets geschreven.\n',
    );
    expect(runIvp(["init", join(dir, "init-2"), "--municipality", "GM0393"], NL).stderr).toBe(
      "ivp: Haarlemmerliede en Spaarnwoude (GM0393) hoort sinds 1 januari 2019 bij Haarlemmermeer (GM0394) (maak het plan voor Haarlemmermeer: --municipality GM0394; de cijfers die StatLine nu publiceert, zijn van Haarlemmermeer)\nEr is niets geschreven.\n",
    );
    expect(runIvp(["init", join(dir, "init-3"), "--municipality", "Blaricm"]).stderr).toBe(
      'ivp: ivp does not know a municipality named "Blaricm" (did you mean "Blaricum"?)\nNothing was written.\n',
    );
  });

  it("a source file that is neither a StatLine download nor an OData page (ivp import)", async () => {
    const plan = await broken("import", (yaml) => yaml);
    const source = join(dir, "bron.txt");
    writeFileSync(source, "Dit is geen download.\n");
    const run = runIvp(["import", source, "--plan", plan], NL);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^ivp: .*bron\.txt:1:1 {2}het bestand is geen StatLine-download \(CSV\) en geen OData-pagina \(JSON\) \(een StatLine-download begint met de titel tussen aanhalingstekens \("\.\.\."\), een OData-pagina met "\{"\)\nEr is niets geschreven\.\n$/,
    );
  });

  it("a StatLine download ivp cannot read, with IVP_LANG=nl (ivp import) and with --lang nl (ivp bulk)", async () => {
    const plan = await broken("statline", (yaml) => yaml);
    const source = join(dir, "dubbel.csv");
    writeFileSync(
      source,
      '"Geregistreerde misdrijven; soort misdrijf, wijk en buurt"\n"Soort misdrijf: Totaal misdrijven"\n"Soort misdrijf: Diefstal"\n',
    );
    const dutch =
      /dubbel\.csv:3:1 {2}de soort misdrijf \(Soort misdrijf\) ligt twee keer vast\nEr is niets geschreven\.\n$/;
    const imported = runIvp(["import", source, "--plan", plan, "--dry-run"], NL);
    expect(imported.status).toBe(1);
    expect(imported.stderr).toMatch(dutch);
    const bulk = runIvp(["bulk", source, "--out", join(dir, "bulk-nl"), "--lang", "nl"]);
    expect(bulk.status).toBe(1);
    expect(bulk.stderr).toMatch(dutch);
    expect(runIvp(["import", source, "--plan", plan, "--dry-run"]).stderr).toMatch(
      /dubbel\.csv:3:1 {2}the crime type \(Soort misdrijf\) is fixed twice\nNothing was written\.\n$/,
    );
  });

  it("a data file given with --data that the plan reader refuses (ivp import)", async () => {
    const plan = await broken("data-option", (yaml) => yaml);
    writeFileSync(join(plan, "data", "extra.csv"), 'series,area,period,value\nx,GM0376,"2020\n');
    const laren = join(REPO_ROOT, "packages/importers/test/fixtures/statline/maandcijfers.csv");
    const args = ["import", laren, "--plan", plan, "--data", "data/extra.csv", "--dry-run"];
    const run = runIvp(args, NL);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /extra\.csv:2:10 {2}het aanhalingsteken waarmee dit veld begint, wordt nergens gesloten; een aanhalingsteken binnen een veld tussen aanhalingstekens schrijft u dubbel \(""\) \(herstel eerst het databestand \(ivp validate toont elk probleem\)\)\nEr is niets geschreven\.\n$/,
    );
    expect(runIvp(args).stderr).toMatch(
      /extra\.csv:2:10 {2}the quote that opens this field is never closed; a quote inside a quoted field is written twice \(""\) \(fix the data file first \(ivp validate shows every problem\)\)\nNothing was written\.\n$/,
    );
  });

  it("a file without figures for the plan's municipality (ivp import)", () => {
    const laren = join(REPO_ROOT, "packages/importers/test/fixtures/statline/soorten-laren.csv");
    const args = ["import", laren, "--plan", exampleDir("blaricum"), "--dry-run"];
    const run = runIvp(args, NL);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /soorten-laren\.csv {2}het bestand heeft geen cijfers voor Blaricum \(GM0376\) \(gezocht naar "Blaricum"\) \(controleer of het bestand over deze gemeente gaat \(bij OData: haar RegioS-code\)\)\nEr is niets geschreven\.\n$/,
    );
    expect(runIvp(args).stderr).toMatch(
      /soorten-laren\.csv {2}the file has no figures for Blaricum \(GM0376\), looked for "Blaricum" \(check that the file covers this municipality \(for OData, its RegioS code\)\)\nNothing was written\.\n$/,
    );
  });
});
