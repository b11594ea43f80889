import { join } from "node:path";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { describe, expect, it } from "vitest";
import { ImportError } from "../src/import-error.ts";
import { buildImportTarget } from "../src/mapping/import-target.ts";
import { mapFigures } from "../src/mapping/map-figures.ts";
import { readSourceFile } from "../src/node/read-source-file.ts";
import { readStatlineCsv } from "../src/statline/read-statline-csv.ts";
import { readLines } from "../src/text/read-lines.ts";
import { brief, collect, FIXTURES, planData, writePlan } from "./helpers.ts";

const MONTHS = join(FIXTURES, "statline/maandcijfers.csv");
const KINDS = join(FIXTURES, "statline/soorten-laren.csv");

async function larenPlan(series: unknown[]) {
  const { dir, remove } = await temporaryDirectory();
  try {
    return await writePlan(
      dir,
      planData({
        municipality: { name: "Laren", code: "GM0417", statlineName: "Laren (NH.)" },
        series,
      }),
    );
  } finally {
    await remove();
  }
}

const LAREN_SERIES = [
  { id: "misdrijven-totaal", label: "Totaal misdrijven", codes: { police: "0.0.0" } },
  { id: "woninginbraken", label: "Woninginbraken", codes: { police: "1.1.1" } },
];

/** Reads StatLine text given as lines. */
function read(lines: string[]) {
  return collect(
    readStatlineCsv(readLines([lines.join("\n")], { file: "x.csv" }), { file: "x.csv" }),
  );
}

/** The message of the ImportError a promise rejects with, as one line. */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const at = error.location;
    return `${at?.file}:${at?.line}:${at?.column} ${error.message}`;
  }
  throw new Error("expected an ImportError");
}

describe("StatLine CSV: crime types and months in the columns", () => {
  it("reads every cell with its region, crime type, topic, period and provisional mark", async () => {
    const figures = await collect(readSourceFile(MONTHS));
    expect(figures).toHaveLength(5 * 6);
    const laren = figures.filter((f) => f.region.name === "Laren (NH.)");
    expect(laren.map((f) => [f.crime.code, f.topic, f.period, f.provisional, f.value])).toEqual([
      ["0.0.0", "Geregistreerde misdrijven", "2023-01", false, 41],
      ["0.0.0", "Geregistreerde misdrijven", "2023-02", true, 38],
      ["1.1.1", "Geregistreerde misdrijven", "2023-01", false, 3],
      ["1.1.1", "Geregistreerde misdrijven", "2023-02", true, null],
      ["0.0.0", "Aangiften", "2023-01", false, 30],
      ["0.0.0", "Aangiften", "2023-02", true, 28],
    ]);
    expect(laren[0]?.region).toEqual({ name: "Laren (NH.)", code: "GM0417", kind: "municipality" });
    expect(figures.find((f) => f.region.name === "Midden-Nederland (RE)")?.region.kind).toBe(
      "police-region",
    );
  });

  it("gives the columns of one crime type one crime-type object (a bulk run looks its series up once per object)", async () => {
    const figures = await collect(readSourceFile(MONTHS));
    const laren = figures.filter((f) => f.region.name === "Laren (NH.)");
    const [january, february, burglaryJanuary] = laren;
    expect(january?.crime).toBe(february?.crime);
    expect(january?.crime).toEqual({
      title: "Totaal misdrijven",
      classification: "police",
      code: "0.0.0",
    });
    expect(burglaryJanuary?.crime).not.toBe(january?.crime);
    expect(laren[4]?.crime).toBe(january?.crime);
  });

  it("maps the registered crimes of the plan's municipality and series, missing kept missing", async () => {
    const plan = await larenPlan(LAREN_SERIES);
    const mapped = await mapFigures(readSourceFile(MONTHS), buildImportTarget(plan.plan));
    expect(
      mapped.observations.map((o) => [o.series, o.area, o.period, o.value, o.provisional]),
    ).toEqual([
      ["misdrijven-totaal", "GM0417", "2023-01", 41, false],
      ["misdrijven-totaal", "GM0417", "2023-02", 38, true],
      ["woninginbraken", "GM0417", "2023-01", 3, false],
      ["woninginbraken", "GM0417", "2023-02", null, true],
    ]);
    expect(Object.fromEntries(mapped.skipped.otherTopics)).toEqual({ Aangiften: 2 });
    expect(mapped.skipped.otherAreas).toBe(4 * 6);
  });

  it("keeps only the periods within --from and --to", async () => {
    const plan = await larenPlan(LAREN_SERIES);
    const [from, to] = ["2023-02", "2023-12"].map((p) => ({
      year: 2023,
      startMonth: Number(p.slice(5)),
      endMonth: Number(p.slice(5)),
    }));
    const mapped = await mapFigures(readSourceFile(MONTHS), buildImportTarget(plan.plan), {
      ...(from && { from }),
      ...(to && { to }),
    });
    expect(mapped.observations.map((o) => o.period)).toEqual(["2023-02", "2023-02"]);
    expect(mapped.skipped.outsidePeriod).toBe(2);
  });

  it("lists crime types the plan has no series for", async () => {
    const plan = await larenPlan(LAREN_SERIES.slice(0, 1));
    const mapped = await mapFigures(readSourceFile(MONTHS), buildImportTarget(plan.plan));
    expect([...mapped.skipped.unmappedCrimeTypes.values()]).toEqual([
      {
        classification: "police",
        code: "1.1.1",
        title: "1.1.1 Diefstal/inbraak woning",
        figures: 2,
      },
    ]);
  });
});

describe("StatLine CSV: the region fixed, crime types in the rows", () => {
  it("takes the region from the dimension line and the crime type from the row", async () => {
    const figures = await collect(readSourceFile(KINDS));
    expect(figures.map(brief)).toEqual([
      { region: "GM0417", crime: "0.0.0", period: "2022", value: 482 },
      { region: "GM0417", crime: "0.0.0", period: "2023", value: 480 },
      { region: "GM0417", crime: "1.1.1", period: "2022", value: 31 },
      { region: "GM0417", crime: "1.1.1", period: "2023", value: 28 },
      { region: "GM0417", crime: "1.2.1", period: "2022", value: 40 },
      { region: "GM0417", crime: "1.2.1", period: "2023", value: 36 },
      { region: "GM0417", crime: "1.2.3", period: "2022", value: 55 },
      { region: "GM0417", crime: "1.2.3", period: "2023", value: null },
    ]);
    expect(figures.every((f) => f.provisional === (f.period === "2023"))).toBe(true);
  });
});

describe("StatLine CSV: malformed files", () => {
  const HEAD = [
    '"Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente 2026"',
    '"Soort misdrijf: Totaal misdrijven"',
    '""',
    '"Onderwerp";"Geregistreerde misdrijven";"Geregistreerde misdrijven"',
    '"Perioden";"2022";"2023"',
    '"Regio\'s";"aantal";"aantal"',
  ];

  it("names the line where a download was cut off", async () => {
    expect(
      await failure(collect(readSourceFile(join(FIXTURES, "statline/afgebroken.csv")))),
    ).toMatch(/afgebroken\.csv:9:16 a quoted field is not closed on this line$/);
  });

  it.each([
    [
      "a value that is not a number",
      [...HEAD, '"Blaricum";"363";"34x"', '"Bron: Politie"'],
      'x.csv:7:18 "34x" is not a number',
    ],
    [
      "a row with too few fields",
      [...HEAD, '"Blaricum";"363"', '"Bron: Politie"'],
      "x.csv:7:17 expected 3 fields (a name and 2 values), found 2",
    ],
    [
      "text after a closing quote",
      [...HEAD, '"Blaricum"x;"363";"347"', '"Bron: Politie"'],
      'x.csv:7:11 unexpected "x" after a closing quote; fields are separated by ";" and a quote inside a field is written twice ("")',
    ],
    [
      "no closing Bron line",
      [...HEAD, '"Blaricum";"363";"347"'],
      'x.csv:8:1 the file ends without the closing "Bron: ..." line',
    ],
    [
      "no Onderwerp header",
      [...HEAD.slice(0, 3), ...HEAD.slice(4), '"Blaricum";"363";"347"', '"Bron: Politie"'],
      'x.csv:4:1 expected the header row "Onderwerp"; found "Perioden"',
    ],
    [
      "no period anywhere",
      [
        HEAD[0],
        HEAD[1],
        HEAD[2],
        HEAD[3],
        HEAD[5],
        '"Blaricum";"363";"347"',
        '"Bron: Politie"',
      ] as string[],
      "x.csv:5:1 the file does not say which period (Perioden) its figures are for",
    ],
    [
      "a period StatLine does not write",
      [...HEAD.slice(0, 4), '"Perioden";"2022";"vorig jaar"', ...HEAD.slice(5), '"Bron: Politie"'],
      'x.csv:5:19 "vorig jaar" is not a period',
    ],
    [
      "a header row of another width",
      [...HEAD.slice(0, 4), '"Perioden";"2022"', ...HEAD.slice(5), '"Bron: Politie"'],
      'x.csv:5:18 the header row "Perioden" has 2 fields; "Onderwerp" has 3',
    ],
    ["an empty file", [""], "x.csv:1:1 the file ends before the title line"],
  ])("%s", async (_, lines, message) => {
    expect(await failure(read(lines))).toBe(message);
  });

  describe("edge cases", () => {
    it("reads CBS's signs: . and x are missing, - is nil (0)", async () => {
      const figures = await read([
        ...HEAD.slice(0, 4),
        '"Perioden";"2022";"2023"',
        '"Regio\'s";"aantal";"aantal"',
        '"A";".";"x"',
        '"B";"-";""',
        '"Bron: Politie"',
      ]);
      expect(figures.map((f) => f.value)).toEqual([null, null, 0, null]);
    });

    it("accepts CRLF line endings and a byte-order mark", async () => {
      const text = `\uFEFF${[...HEAD, '"Blaricum";"363";"347"', '"Bron: Politie"'].join("\r\n")}\r\n`;
      const figures = await collect(
        readStatlineCsv(readLines([new TextEncoder().encode(text)], { file: "x.csv" }), {
          file: "x.csv",
        }),
      );
      expect(figures.map(brief)).toEqual([
        { region: "GM0376", crime: "0.0.0", period: "2022", value: 363 },
        { region: "GM0376", crime: "0.0.0", period: "2023", value: 347 },
      ]);
    });

    it("stops at the Bron line and ignores what follows it", async () => {
      const figures = await read([
        ...HEAD,
        '"Blaricum";"363";"347"',
        '"Bron: Politie"',
        "footnote",
      ]);
      expect(figures).toHaveLength(2);
    });

    it('does not mistake "Bronckhorst" for the closing line', async () => {
      const figures = await read([...HEAD, '"Bronckhorst";"735";"612"', '"Bron: Politie"']);
      expect(figures.map((f) => f.region.name)).toEqual(["Bronckhorst", "Bronckhorst"]);
    });

    it("reads a title without a crime-type code when the plan's series has that label", async () => {
      const figures = await read([
        '"Een tabel"',
        '"Soort misdrijf: Fietsendiefstal in het centrum"',
        '""',
        ...HEAD.slice(3),
        '"Blaricum";"12";"9"',
        '"Bron: eigen"',
      ]);
      expect(figures[0]?.crime).toEqual({ title: "Fietsendiefstal in het centrum" });
      const { dir, remove } = await temporaryDirectory();
      try {
        const plan = await writePlan(
          dir,
          planData({ series: [{ id: "fietsen", label: "Fietsendiefstal in het centrum" }] }),
        );
        const mapped = await mapFigures(
          (async function* () {
            yield* figures;
          })(),
          buildImportTarget(plan.plan),
        );
        expect(mapped.observations.map((o) => [o.series, o.period, o.value])).toEqual([
          ["fietsen", "2022", 12],
          ["fietsen", "2023", 9],
        ]);
      } finally {
        await remove();
      }
    });
  });
});
