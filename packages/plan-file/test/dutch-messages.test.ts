import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadPlanFromFiles } from "../src/index.ts";
import { loadPlan } from "../src/load-plan.ts";

// The plan reader's problems in Dutch (`lang: "nl"`), one family at a time;
// English, the default, is what the other tests pin.

const PLAN = `schemaVersion: 1
id: test
title: Integraal Veiligheidsplan Test 2019-2022
municipality: { name: Laren, code: GM0417 }
period: { start: 2019, end: 2022 }
mission: Een veilige gemeente.
series:
  - { id: geweld, label: Geweldsmisdrijven }
indicators:
  - id: geweld
    label: Geweldsmisdrijven
    unit: count
    direction: lower-is-better
    baseline: { average: { from: 2015, to: 2017 } }
    targets: [{ kind: relative, change: -20, period: 2021 }]
data:
  - data/politie.csv
`;
const FIGURES =
  "series,area,period,value\ngeweld,GM0417,2015,40\ngeweld,GM0417,2016,52\ngeweld,GM0417,2017,44\n";

/** The messages (and what was expected, and the hints) of a plan's problems in Dutch. */
async function dutch(plan: string, figures = FIGURES) {
  const result = await loadPlanFromFiles(
    { "plan.yaml": plan, "data/politie.csv": figures },
    { lang: "nl" },
  );
  if (result.success) throw new Error("the plan is valid");
  return result.issues.map(({ code, message, expected, hint }) => ({
    code,
    message,
    ...(expected !== undefined && { expected }),
    ...(hint !== undefined && { hint }),
  }));
}

describe("the plan format's problems in Dutch", () => {
  it("an unknown field, with the fields there are and the one meant", async () => {
    const [issue] = await dutch(PLAN.replace("title:", "titel:"));
    expect(issue?.code).toBe("unknown-field");
    expect(issue?.message).toBe('onbekend veld "titel"');
    expect(issue?.expected).toMatch(/^een van de velden \$schema, schemaVersion, id, title, /);
    expect(issue?.hint).toBe('bedoelt u "title"?');
  });

  it("a missing field, a wrong type with the fix, a value not allowed", async () => {
    expect(await dutch(PLAN.replace("id: test\n", ""))).toEqual([
      expect.objectContaining({
        code: "missing-field",
        message: 'het verplichte veld "id" ontbreekt',
      }),
    ]);
    expect(await dutch(PLAN.replace("change: -20", 'change: "-7,5%"'))).toEqual([
      expect.objectContaining({
        code: "invalid-type",
        message: 'een getal verwacht, maar hier staat de tekst "-7,5%"',
        hint: "schrijf decimalen met een punt: -7.5",
      }),
    ]);
    expect(
      await dutch(
        PLAN.replace("period: { start: 2019, end: 2022 }", "period: { start: 2019.5, end: 2022 }"),
      ),
    ).toEqual([
      expect.objectContaining({
        code: "invalid-type",
        message: "een geheel getal verwacht, maar hier staat 2019.5",
      }),
    ]);
    expect(await dutch(PLAN.replace("unit: count", "unit: aantal"))).toEqual([
      expect.objectContaining({
        code: "invalid-value",
        message: 'de tekst "aantal" is hier niet toegestaan',
        expected: expect.stringMatching(/^een van "count", "grade", /),
      }),
    ]);
  });

  it("a list with too few entries, and a period that is no period", async () => {
    expect(
      await dutch(`${PLAN}indicatorTables:\n  - { id: doelen, title: Doelen, rows: [] }\n`),
    ).toEqual([
      expect.objectContaining({
        code: "invalid-value",
        message: "ten minste 1 item verwacht, maar hier staat een lijst",
      }),
    ]);
    const [period] = await dutch(PLAN.replace("period: 2021 }", "period: 2021-H3 }"));
    expect(period).toMatchObject({
      code: "invalid-value",
      message:
        '"2021-H3" is geen periode: onbekende schrijfwijze. Schrijf een jaar (2017), een halfjaar (2017-H1), een kwartaal (2017-Q3), een maand (2017-10) of een reeks maanden (2018-01..2018-10). (hier staat de tekst "2021-H3")',
    });
  });
});

describe("references between ids in Dutch", () => {
  it("an unknown id with the one meant, and an id written twice", async () => {
    expect(
      await dutch(
        PLAN.replace(
          "direction: lower-is-better",
          "direction: lower-is-better\n    source: politei",
        ),
      ),
    ).toEqual([
      {
        code: "unknown-reference",
        message: 'onbekende bron "politei"',
        expected: "een van de ids onder sources",
      },
    ]);
    expect(
      await dutch(
        PLAN.replace(
          "  - { id: geweld, label: Geweldsmisdrijven }",
          "  - { id: geweld, label: Geweldsmisdrijven }\n  - { id: geweld, label: Geweld }",
        ),
      ),
    ).toEqual([
      {
        code: "duplicate-id",
        message: 'het id "geweld" staat twee keer in series',
        hint: "geef elk item een eigen id",
      },
    ]);
  });
});

describe("YAML problems in Dutch", () => {
  it("a syntax error says what the parser's code means, with the fix", async () => {
    const [issue] = await dutch(PLAN.replace("title: Integraal", "title: [Integraal"));
    expect(issue?.code).toBe("yaml-syntax");
    expect(issue?.message).not.toMatch(/[Ff]low|must/);
    expect(issue?.hint).toBe("controleer het inspringen en de aanhalingstekens");
  });

  it("a key written twice, a tag, and a decimal comma in brackets", async () => {
    expect(await dutch(`${PLAN}title: Nog een titel\n`)).toEqual([
      {
        code: "yaml-syntax",
        message: "deze sleutel staat twee keer in dezelfde verzameling",
        hint: "verwijder een van de twee sleutels of geef er een een andere naam",
      },
    ]);
    expect(await dutch(PLAN.replace("mission: Een", "mission: !!str Een"))).toEqual([
      {
        code: "yaml-tag",
        message: "de YAML-tag !!str hoort niet bij het planformaat",
        hint: "verwijder de tag; een plan gebruikt geen tags (zet een waarde tussen aanhalingstekens om er tekst van te maken)",
      },
    ]);
    const decimal = await dutch(PLAN.replace("change: -20", "change: -20,5"));
    expect(decimal).toContainEqual({
      code: "decimal-comma",
      message:
        "-20,5 wordt gelezen als twee waarden, -20 en 5: tussen [ ] en { } scheidt YAML waarden met een komma",
      hint: 'schrijf het getal met een decimale punt, -20.5, of zet het tussen aanhalingstekens, "-20,5"',
    });
  });
});

describe("files and data files in Dutch", () => {
  it("a missing data file, a data file outside the plan, a missing plan file", async () => {
    expect(await dutch(PLAN.replace("data/politie.csv", "data/elders.csv"))).toEqual([
      { code: "file-not-found", message: "het databestand data/elders.csv bestaat niet" },
    ]);
    const outside = await loadPlanFromFiles(
      { "plan.yaml": PLAN.replace("data/politie.csv", "data/../../x.csv") },
      { lang: "nl" },
    );
    expect(outside.success ? [] : outside.issues.map((i) => i.message)).not.toContain("");
    const none = await loadPlanFromFiles({}, { lang: "nl" });
    expect(none.success ? undefined : none.issues[0]).toMatchObject({
      message: "dit bestand bestaat niet",
      hint: "een planmap bevat plan.yaml, een gewoon bestand",
    });
  });

  it("a row with the wrong number of fields, an unknown series, a period that is no period, bad bounds", async () => {
    const figures = `${FIGURES}geweld,GM0417\ngewelt,GM0417,2018,30\ngeweld,GM0417,2018-13,30\n`;
    expect(await dutch(PLAN, figures)).toEqual([
      { code: "invalid-data", message: "deze regel heeft 2 velden, de kopregel 4" },
      {
        code: "invalid-data",
        message:
          '"2018-13" is geen periode: de maand moet 01 tot en met 12 zijn. Schrijf een jaar (2017), een halfjaar (2017-H1), een kwartaal (2017-Q3), een maand (2017-10) of een reeks maanden (2018-01..2018-10).',
      },
    ]);
    expect(await dutch(PLAN, `${FIGURES}gewelt,GM0417,2018,30\n`)).toEqual([
      {
        code: "unknown-reference",
        message: 'onbekende reeks "gewelt"',
        expected: "een id uit de reeksen (series) of indicatoren (indicators) van het plan",
        hint: 'bedoelt u "geweld"?',
      },
    ]);
    expect(await dutch(PLAN, "series,area,period,value,lower\ngeweld,GM0417,2015,40,3\n")).toEqual([
      {
        code: "invalid-data",
        message: "het interval heeft geen bovengrens (upper)",
        expected: "zowel lower als upper, of geen van beide",
      },
    ]);
    expect(await dutch(PLAN, 'series,area,period,value\ngeweld,"GM0417,2015,40\n')).toEqual([
      {
        code: "csv-syntax",
        message:
          'het aanhalingsteken waarmee dit veld begint, wordt nergens gesloten; een aanhalingsteken binnen een veld tussen aanhalingstekens schrijft u dubbel ("")',
      },
    ]);
    expect(await dutch(PLAN, new Uint8Array([0x73, 0x65, 0xe9]) as unknown as string)).toEqual([
      {
        code: "invalid-encoding",
        message: "byte 0xE9 is geen UTF-8: het bestand is waarschijnlijk Latin-1 of Windows-1252",
        hint: "sla het bestand op als UTF-8 (in Excel: 'CSV UTF-8'; in een editor: codering UTF-8); een byte-order mark en Windows-regeleinden zijn geen probleem",
      },
    ]);
  });

  it("a figure that is no figure of its unit", async () => {
    expect(await dutch(PLAN, `${FIGURES}geweld,GM0417,2018,-3\n`)).toEqual([
      {
        code: "invalid-data",
        message: '"-3" is niet mogelijk: een aantal is nooit negatief',
        expected: "een geheel getal, 0 of meer",
      },
    ]);
  });

  it("an average baseline without a figure: what is missing and how to fix it", async () => {
    expect(await dutch(PLAN, FIGURES.replace("geweld,GM0417,2016,52\n", ""))).toEqual([
      {
        code: "average-missing-figure",
        message:
          "het gemiddelde van 2015 tot en met 2017 heeft een cijfer nodig voor elke periode, maar voor 2016 is er geen",
        expected: 'een cijfer van de reeks "geweld" voor GM0417 in elke periode van het gemiddelde',
        hint: "voeg het cijfer voor 2016 toe aan een databestand of aan de observations van het plan, of laat het gemiddelde beginnen of eindigen waar er cijfers zijn",
      },
    ]);
  });
});

describe("loadPlan from disk in Dutch", () => {
  const made: string[] = [];
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true });
  });

  it("a plan directory that does not exist, and a data file that is a directory", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ivp-nl-"));
    made.push(dir);
    const missing = await loadPlan(join(dir, "nergens"), { displayBase: dir, lang: "nl" });
    expect(missing.success ? undefined : missing.issues[0]).toMatchObject({
      code: "file-not-found",
      message: "dit bestand of deze map bestaat niet",
      hint: "geef een planmap (met plan.yaml) of een plan.yaml-bestand",
    });
    await writeFile(join(dir, "plan.yaml"), PLAN);
    await mkdir(join(dir, "data", "politie.csv"), { recursive: true });
    const directory = await loadPlan(dir, { displayBase: dir, lang: "nl" });
    expect(directory.success ? undefined : directory.issues[0]).toMatchObject({
      code: "not-a-regular-file",
      message: "het databestand data/politie.csv is een map, geen gewoon bestand",
      hint: "een databestand is een CSV-bestand; zet op deze plek een CSV-bestand",
    });
  });
});
