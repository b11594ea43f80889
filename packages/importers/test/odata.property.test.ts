/**
 * Property tests of the OData reader: any TypedDataSet written as pages
 * (JSON in any layout, cut into chunks of any size, linked by next links)
 * yields the figures of its rows, in order; a mutated page yields figures or
 * an ImportError with a place, never another exception.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ImportError } from "../src/import-error.ts";
import { type PageLoader, readODataPages } from "../src/odata/read-odata-pages.ts";
import { brief, collect } from "./helpers.ts";

const PERIODS: readonly (readonly [string, string])[] = [
  ["2023MM01", "2023-01"],
  ["2023MM12", "2023-12"],
  ["2022KW03", "2022-Q3"],
  ["2021JJ00", "2021"],
];

/** A cell of GeregistreerdeMisdrijven_1 and the value it stands for. */
const count: fc.Arbitrary<readonly [unknown, number | null]> = fc.oneof(
  fc.nat({ max: 99_999 }).map((n) => [n, n] as const),
  fc.nat({ max: 99_999 }).map((n) => [` ${n} `, n] as const),
  fc.constant([null, null] as const),
  fc.constant([".", null] as const),
  fc.constant(["", null] as const),
);

const row = fc.record({
  crime: fc.constantFrom("0.0.0", "1.1.1", "1.2.3", "2.5.2"),
  region: fc.constantFrom("GM0376", "GM0417", "GM0317", "NL01"),
  period: fc.constantFrom(...PERIODS),
  count,
  reports: fc.option(fc.nat({ max: 9999 }), { nil: null }),
});

const dataset = fc.record({
  pages: fc.array(fc.array(row, { maxLength: 5 }), { minLength: 1, maxLength: 3 }),
  indent: fc.constantFrom(0, 1, 2, "\t"),
  chunk: fc.integer({ min: 1, max: 200 }),
});

type Dataset = typeof dataset extends fc.Arbitrary<infer T> ? T : never;

const url = (page: number) =>
  `https://opendata.cbs.nl/ODataApi/OData/47013NED/TypedDataSet?$skip=${page * 5}`;

/** The pages as the API serves them: padded keys, a next link on every page but the last. */
function pagesOf(d: Dataset): Map<string, string> {
  let id = 0;
  return new Map(
    d.pages.map((rows, p) => [
      url(p),
      JSON.stringify(
        {
          "odata.metadata":
            "https://opendata.cbs.nl/ODataApi/OData/47013NED/$metadata#Cbs.OData.WebAPI.TypedDataSet",
          value: rows.map((r) => ({
            ID: id++,
            SoortMisdrijf: r.crime.padEnd(8),
            RegioS: r.region.padEnd(10),
            Perioden: r.period[0],
            GeregistreerdeMisdrijven_1: r.count[0],
            Aangiften_2: r.reports,
          })),
          ...(p < d.pages.length - 1 && { "odata.nextLink": url(p + 1) }),
        },
        null,
        d.indent,
      ),
    ]),
  );
}

/** Serves pages from memory in chunks of a given size. */
function loader(pages: Map<string, string>, size: number): PageLoader {
  return async (address) => {
    const text = pages.get(address);
    if (text === undefined) throw new Error(`no page ${address}`);
    const bytes = new TextEncoder().encode(text);
    return (function* () {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    })();
  };
}

function read(pages: Map<string, string>, size: number) {
  return collect(
    readODataPages({
      first: url(0),
      loadPage: loader(pages, size),
      displayName: () => "page.json",
    }),
  );
}

describe("readODataPages, property", () => {
  it("yields the registered crimes of every row of every page, in order, however the JSON is laid out and cut", async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (d) => {
        const figures = await read(pagesOf(d), d.chunk);
        expect(figures.filter((f) => f.registeredCrimes).map(brief)).toEqual(
          d.pages.flat().map((r) => ({
            region: r.region,
            crime: r.crime,
            period: r.period[1],
            value: r.count[1],
          })),
        );
        expect(new Set(figures.map((f) => f.dataset.table))).toEqual(
          new Set(figures.length > 0 ? ["47013NED"] : []),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("yields figures or an ImportError with a place for a mutated page, nothing else", async () => {
    const mutation = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 6 }),
      insert: fc.constantFrom(
        "",
        '"',
        ",",
        "{",
        "}",
        "[",
        "]",
        ":",
        "\n",
        "null",
        "1e999",
        "é",
        "\\",
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        dataset,
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (d, mutations) => {
          const pages = pagesOf(d);
          const first = pages.get(url(0)) as string;
          let text = first;
          for (const m of mutations) {
            const at = m.at % (text.length + 1);
            text = text.slice(0, at) + m.insert + text.slice(at + m.remove);
          }
          pages.set(url(0), text);
          try {
            await read(pages, d.chunk);
          } catch (error) {
            // A next link mangled into another address is not served here.
            if (error instanceof Error && error.message.startsWith("no page ")) return;
            expect(error).toBeInstanceOf(ImportError);
            const location = (error as ImportError).location;
            expect(location?.file).toBe("page.json");
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  describe("edge cases", () => {
    const page = (next: string) =>
      `{"odata.metadata":"https://opendata.cbs.nl/ODataApi/OData/47013NED/$metadata",\n"value":[],\n"odata.nextLink":${JSON.stringify(next)}}`;

    it("refuses a next link that is not an address, at its place", async () => {
      const pages = new Map([[url(0), page("http://[not a host]/")]]);
      await expect(read(pages, 7)).rejects.toMatchObject({
        message: "the next link is not an address: http://[not a host]/",
        location: { file: "page.json", line: 3, column: 18 },
      });
    });

    it("refuses a byte that is not UTF-8, at its line and column, however the bytes are cut", async () => {
      const text = '{"value":[\n{"ID":0,"RegioS":"GM0376","Titel":"caf\u00e9"}]}';
      const bytes = Uint8Array.from(
        [...new TextEncoder().encode(text)].flatMap((b, i, all) =>
          // "é" as Latin-1: one byte 0xE9 instead of UTF-8's 0xC3 0xA9.
          b === 0xc3 && all[i + 1] === 0xa9 ? [0xe9] : b === 0xa9 && all[i - 1] === 0xc3 ? [] : [b],
        ),
      );
      for (const size of [1, 3, 1000]) {
        const loadPage: PageLoader = async () =>
          (function* () {
            for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
          })();
        await expect(
          collect(readODataPages({ first: url(0), loadPage, displayName: () => "page.json" })),
        ).rejects.toMatchObject({
          message: "byte 0xE9 is not UTF-8: the file is probably Latin-1 or Windows-1252",
          location: { file: "page.json", line: 2, column: 39 },
        });
      }
    });
  });
});
