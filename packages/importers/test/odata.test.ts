import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ImportError } from "../src/import-error.ts";
import { buildImportTarget } from "../src/mapping/import-target.ts";
import { mapFigures } from "../src/mapping/map-figures.ts";
import { readSourceFile } from "../src/node/read-source-file.ts";
import { type PageLoader, readODataPages } from "../src/odata/read-odata-pages.ts";
import { brief, collect, FIXTURES, planData, writePlan } from "./helpers.ts";

const PAGE_1 = join(FIXTURES, "odata/47013NED/page-1.json");
const NEXT = "https://dataderden.cbs.nl/ODataApi/OData/47013NED/TypedDataSet?$skip=4";

/** Serves fixture files, in chunks of `size` bytes; the next link of page 1 is page 2. */
function fixtureLoader(size = 64, requested: string[] = []): PageLoader {
  return async (url) => {
    requested.push(url);
    const path =
      url === NEXT ? join(FIXTURES, "odata/47013NED/page-2.json") : fileURLToPath(new URL(url));
    const bytes = await readFile(path);
    return (function* () {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    })();
  };
}

async function plan(extra: Record<string, unknown>) {
  const { dir, remove } = await temporaryDirectory();
  try {
    return await writePlan(dir, planData(extra));
  } finally {
    await remove();
  }
}

const POLICE_SERIES = [
  { id: "misdrijven-totaal", label: "Totaal misdrijven", codes: { police: "0.0.0" } },
  { id: "woninginbraken", label: "Woninginbraken", codes: { police: "1.1.1" } },
];

describe("OData TypedDataSet: 47013NED over two pages", () => {
  it("follows odata.nextLink through the page loader and trims padded keys", async () => {
    const requested: string[] = [];
    const figures = await collect(
      readSourceFile(PAGE_1, { loadPage: fixtureLoader(64, requested) }),
    );
    expect(requested).toEqual([pathToFileURL(PAGE_1).href, NEXT]);
    const registered = figures.filter((f) => f.registeredCrimes);
    expect(registered.map(brief)).toEqual([
      { region: "GM0376", crime: "0.0.0", period: "2023-01", value: 29 },
      { region: "GM0376", crime: "0.0.0", period: "2023-02", value: 31 },
      { region: "GM0376", crime: "1.1.1", period: "2023-01", value: 2 },
      { region: "GM0376", crime: "1.1.1", period: "2023-02", value: null },
      { region: "GM0417", crime: "0.0.0", period: "2023-01", value: 41 },
      { region: "GM0376", crime: "1.2.3", period: "2023-01", value: 4 },
      { region: "GM0376", crime: "0.0.0", period: "2023", value: 347 },
    ]);
    expect(figures[0]?.dataset).toEqual({
      format: "odata-json",
      table: "47013NED",
      title: "Politie: registered crimes per municipality, per month",
      classification: "police",
    });
    expect(figures[0]?.location).toEqual({
      file: "test/fixtures/odata/47013NED/page-1.json",
      line: 3,
      column: 5,
    });
    expect(figures.at(-1)?.location).toEqual({ file: NEXT, line: 7, column: 7 });
  });

  it("maps onto the plan: its municipality and series only, years kept apart from months", async () => {
    const blaricum = await plan({ series: POLICE_SERIES });
    const mapped = await mapFigures(
      readSourceFile(PAGE_1, { loadPage: fixtureLoader() }),
      buildImportTarget(blaricum.plan),
    );
    expect(mapped.observations.map((o) => [o.series, o.area, o.period, o.value])).toEqual([
      ["misdrijven-totaal", "GM0376", "2023-01", 29],
      ["misdrijven-totaal", "GM0376", "2023-02", 31],
      ["woninginbraken", "GM0376", "2023-01", 2],
      ["woninginbraken", "GM0376", "2023-02", null],
      ["misdrijven-totaal", "GM0376", "2023", 347],
    ]);
    expect(Object.fromEntries(mapped.skipped.otherTopics)).toEqual({
      Aangiften_2: 6,
      Internetaangiften_3: 6,
    });
    expect([...mapped.skipped.unmappedCrimeTypes.values()]).toEqual([
      { classification: "police", code: "1.2.3", figures: 1 },
    ]);
  });

  it("reads only the first page when asked", async () => {
    const requested: string[] = [];
    const figures = await collect(
      readSourceFile(PAGE_1, { loadPage: fixtureLoader(64, requested), firstPageOnly: true }),
    );
    expect(requested).toHaveLength(1);
    expect(new Set(figures.map((f) => f.location.file)).size).toBe(1);
  });

  it("gives the same figures whatever the size of the chunks the pages arrive in", async () => {
    const whole = await collect(readSourceFile(PAGE_1, { loadPage: fixtureLoader(1 << 20) }));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 300 }), async (size) => {
        const chunked = await collect(readSourceFile(PAGE_1, { loadPage: fixtureLoader(size) }));
        expect(chunked).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });
});

describe("OData TypedDataSet: 47022NED (municipality, district and neighbourhood rows)", () => {
  it("takes the municipality rows; districts only when the plan has them as areas", async () => {
    const source = join(FIXTURES, "odata/47022NED/page-1.json");
    const eemnes = await plan({
      municipality: { name: "Eemnes", code: "GM0317" },
      series: POLICE_SERIES,
      areas: [{ id: "wijk-00", name: "Wijk 00", kind: "district", code: "WK031700" }],
    });
    const mapped = await mapFigures(readSourceFile(source), buildImportTarget(eemnes.plan));
    expect(mapped.observations.map((o) => [o.area, o.period, o.value])).toEqual([
      ["GM0317", "2022-10", 3],
      ["wijk-00", "2022-10", 2],
      ["GM0317", "2022-11", 0],
      ["wijk-00", "2022-11", 0],
    ]);
    expect(mapped.skipped.otherAreas).toBe(1); // the neighbourhood BU03170000
    const kinds = (await collect(readSourceFile(source))).map((f) => f.region.kind);
    expect([...new Set(kinds)]).toEqual(["municipality", "district", "neighbourhood"]);
  });
});

describe("OData TypedDataSet: 83648NED (CBS classification, yearly)", () => {
  const source = join(FIXTURES, "odata/83648NED/page-1.json");

  it("maps CBS codes only onto series with a CBS code, never onto police series", async () => {
    const blaricum = await plan({
      series: [
        ...POLICE_SERIES,
        { id: "cbs-totaal", label: "Totaal misdrijven (CBS)", codes: { cbs: "T001161" } },
        { id: "cbs-vermogen", label: "Vermogensmisdrijven (CBS)", codes: { cbs: "CRI1000" } },
      ],
    });
    const mapped = await mapFigures(readSourceFile(source), buildImportTarget(blaricum.plan));
    expect(mapped.observations.map((o) => [o.series, o.area, o.period, o.value])).toEqual([
      ["cbs-totaal", "GM0376", "2022", 370],
      ["cbs-vermogen", "GM0376", "2022", 210],
    ]);
    expect(mapped.skipped.otherTopics.get("GeregistreerdeMisdrijvenPer1000Inw_3")).toBe(3);
    expect([...mapped.skipped.unmappedCrimeTypes.values()]).toEqual([
      { classification: "cbs", code: "CRI1100", figures: 1 },
    ]);
  });

  it("classifies the country and province rows as roll-ups", async () => {
    const regions = (await collect(readSourceFile(source))).map(
      (f) => `${f.region.code} ${f.region.kind}`,
    );
    expect([...new Set(regions)]).toEqual(["NL01 country", "GM0376 municipality", "PV27 province"]);
  });
});

describe("OData TypedDataSet: malformed pages", () => {
  async function failure(promise: Promise<unknown>): Promise<string> {
    try {
      await promise;
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      return `${error.location?.file}:${error.location?.line}:${error.location?.column} ${error.message}`;
    }
    throw new Error("expected an ImportError");
  }
  const page =
    (text: string): PageLoader =>
    async () => [text];
  const read = (text: string) =>
    collect(readODataPages({ first: "page.json", loadPage: page(text) }));
  const ROW =
    '{"SoortMisdrijf":"0.0.0 ","RegioS":"GM0376 ","Perioden":"2023MM01","GeregistreerdeMisdrijven_1":';

  it("names the line and column of a missing comma between rows", async () => {
    expect(await failure(collect(readSourceFile(join(FIXTURES, "odata/kapot.json"))))).toBe(
      'test/fixtures/odata/kapot.json:6:5 expected "," or "]" after a row, found "{"',
    );
  });

  it("hands out the figures of the rows before a syntax error in the same piece of a page, then the error", async () => {
    const seen: number[] = [];
    const error = await failure(
      (async () => {
        for await (const figure of readSourceFile(join(FIXTURES, "odata/kapot.json")))
          seen.push(figure.value as number);
      })(),
    );
    expect(seen).toEqual([29]);
    expect(error).toMatch(/kapot\.json:6:5 expected "," or "\]" after a row/);
  });

  it.each([
    [
      "a page cut off",
      `{"value":[${ROW}1}`,
      "page.json:1:109 the page ends before its JSON is complete; the file may be cut off",
    ],
    ["not JSON at all", "<html>", 'page.json:1:1 expected "{" at the start of the page, found "<"'],
    [
      "value not a list",
      '{"value":{}}',
      'page.json:1:10 expected the list of rows "[" after "value", found "{"',
    ],
    [
      "a figure that is not a number",
      `{"value":[${ROW}"veel"}]}`,
      'page.json:1:11 GeregistreerdeMisdrijven_1 is "veel", not a number',
    ],
    [
      "a bad period code",
      `{"value":[${ROW.replace("2023MM01", "2023MM13")}1}]}`,
      'page.json:1:11 "2023MM13" is not a period: unknown CBS period code MM13. Write a year (2017), a half year (2017-H1), a quarter (2017-Q3), a month (2017-10) or a range of months (2018-01..2018-10).',
    ],
    [
      "a row without a region",
      '{"value":[{"SoortMisdrijf":"0.0.0","Perioden":"2023MM01"}]}',
      "page.json:1:11 the row has no region column (RegioS, WijkenEnBuurten, Gemeenten, Gemeente, Regio)",
    ],
    [
      "text after the page",
      '{"value":[]} x',
      'page.json:1:14 unexpected "x" after the end of the page',
    ],
    [
      "an invalid number in a row",
      `{"value":[${ROW}12x}]}`,
      "page.json:1:109 invalid JSON: Expected ',' or '}' after property value",
    ],
  ])("%s", async (_, text, message) => {
    expect(await failure(read(text))).toBe(message);
  });

  it("refuses a next link that points back to a page already read", async () => {
    const loop: PageLoader = async () => ['{"value":[],"odata.nextLink":"page.json"}'];
    expect(
      await failure(collect(readODataPages({ first: "file:///data/page.json", loadPage: loop }))),
    ).toBe(
      "file:///data/page.json:1:30 the next link points back to a page already read: page.json",
    );
  });

  describe("edge cases", () => {
    it("reads numbers as strings and padded strings, and an empty or '.' string as missing", async () => {
      const text = `{"value":[${ROW}" 12 "},${ROW}"."},${ROW}""},${ROW}null}]}`;
      expect((await read(text)).map((f) => f.value)).toEqual([12, null, null, null]);
    });

    it("accepts properties in any order, and OData v4's @odata.nextLink", async () => {
      const pages: Record<string, string> = {
        "file:///p1.json": `{"value":[${ROW}1}],"@odata.nextLink":"p2.json","odata.metadata":"x/47013NED/$metadata#y"}`,
        "file:///p2.json": `{"value":[${ROW.replace("MM01", "MM02")}2}]}`,
      };
      const loader: PageLoader = async (url) => [pages[url] ?? ""];
      const figures = await collect(readODataPages({ first: "file:///p1.json", loadPage: loader }));
      expect(figures.map((f) => [f.period, f.value])).toEqual([
        ["2023-01", 1],
        ["2023-02", 2],
      ]);
    });
  });
});
