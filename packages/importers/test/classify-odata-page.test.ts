import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createBulkTemplate } from "../src/bulk/bulk-template.ts";
import { classifyFigures } from "../src/bulk/classify-figures.ts";
import { classifyODataPages } from "../src/bulk/classify-odata-page.ts";
import type { ImportError } from "../src/import-error.ts";
import { buildImportTarget } from "../src/mapping/import-target.ts";
import { loadPageFromFileOrWeb } from "../src/node/read-source-file.ts";
import { writeSyntheticDataset } from "../src/node/write-synthetic-dataset.ts";
import { readODataPageChunks } from "../src/odata/read-odata-pages.ts";
import type { SourceFigure } from "../src/source-figure.ts";
import { FIXTURES } from "./helpers.ts";

/**
 * `classifyODataPages` (the short cut of `ivp bulk`'s workers) against the
 * reference it stands in for: `classifyFigures` over the figures
 * `readODataPageChunks` makes of the same pages. Same counts, figures and
 * places, and the same error after the same figures.
 */

const series = buildImportTarget(createBulkTemplate({ period: { start: 2021, end: 2022 } })).series;

async function reference(url: string, only?: ReadonlySet<string>) {
  const chunks: SourceFigure[][] = [];
  let error: string | undefined;
  try {
    for await (const chunk of readODataPageChunks({ first: url, loadPage: loadPageFromFileOrWeb }))
      chunks.push(chunk);
  } catch (thrown) {
    error = (thrown as Error).message;
  }
  return { classified: await classifyFigures(chunks, { series, ...(only && { only }) }), error };
}

async function shortCut(url: string, only?: ReadonlySet<string>) {
  const page = await classifyODataPages(
    { first: url, loadPage: loadPageFromFileOrWeb },
    { series, ...(only && { only }) },
  );
  return {
    classified: page.classified,
    error: page.error === undefined ? undefined : (page.error as Error).message,
  };
}

const FILES = [
  "odata/47013NED/page-1.json",
  "odata/47022NED/page-1.json",
  "odata/83648NED/page-1.json",
  "odata/03759NED/page-1.json",
  "odata/kapot.json",
];

describe("classifyODataPages", () => {
  for (const file of FILES) {
    it(`sorts out what classifyFigures does: ${file}`, async () => {
      const url = pathToFileURL(join(FIXTURES, file)).href;
      const expected = await reference(url);
      expect(await shortCut(url)).toEqual(expected);
      expect(await shortCut(url, new Set(["GM0417"]))).toEqual(
        await reference(url, new Set(["GM0417"])),
      );
    });
  }

  it("sorts out a synthetic download (every page, in the API's order) as classifyFigures does", async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      const written = await writeSyntheticDataset({
        seed: 11,
        startYear: 2021,
        years: 2,
        municipalities: 5,
        pageSize: 250,
        dir,
        format: "odata",
      });
      // Page by page, as the workers read them.
      let url: string | undefined = pathToFileURL(written.files[0] as string).href;
      let pages = 0;
      let used = 0;
      while (url !== undefined) {
        let next: string | undefined;
        const options = {
          first: url,
          loadPage: loadPageFromFileOrWeb,
          onNextPage: (page: { readonly url: string }) => {
            next = page.url;
            return false;
          },
        };
        const chunks: SourceFigure[][] = [];
        for await (const chunk of readODataPageChunks(options)) chunks.push(chunk);
        const expected = await classifyFigures(chunks, { series });
        const page = await classifyODataPages(options, { series });
        expect(page.error).toBeUndefined();
        expect(page.classified).toEqual(expected);
        used += expected.values.length;
        pages++;
        url = next;
      }
      expect(pages).toBeGreaterThan(3);
      expect(used).toBeGreaterThan(100);
    } finally {
      await remove();
    }
  });

  it("leaves a row of any other shape to figuresOfRow: text counts, missing values, roll-ups, odd columns, errors", async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      const row = (fields: Record<string, unknown>) =>
        JSON.stringify({
          ID: 0,
          SoortMisdrijf: "1.1.1   ",
          RegioS: "GM0417    ",
          Perioden: "2022MM01",
          GeregistreerdeMisdrijven_1: 3,
          Aangiften_2: 2,
          ...fields,
        });
      const rows = [
        row({}),
        row({ Perioden: "2022MM02", GeregistreerdeMisdrijven_1: null, Aangiften_2: null }),
        row({ Perioden: "2022MM03", GeregistreerdeMisdrijven_1: " 1.004 " }),
        row({ Perioden: "2022MM04", Aangiften_2: "12.5" }),
        row({ Perioden: "2022MM05", Aangiften_2: " . " }),
        row({ Perioden: "2022", RegioS: "NL01      " }),
        row({ Perioden: "2022KW01", RegioS: "PV27      " }),
        row({ Perioden: "2022MM06", SoortMisdrijf: "9.9.9   " }),
        row({ Perioden: "2022MM07", RegioS: undefined, Gemeenten: "GM0363    " }),
        row({ Perioden: "2022MM08", ExtraOnderwerp_3: 7.25 }),
        row({ Perioden: "2022MM09", SoortMisdrijf: "1.2.1   " }),
        `{"ID":99,"SoortMisdrijf":"1.1.1","RegioS":"GM0417","Perioden":"2022MM10","__proto__":1,"GeregistreerdeMisdrijven_1":0}`,
        row({ Perioden: "2022MM11", Aangiften_2: -1.5 }),
      ];
      const bad = [
        row({ Perioden: "2022MM12", GeregistreerdeMisdrijven_1: 2.5 }),
        row({ Perioden: "2022MM12", GeregistreerdeMisdrijven_1: -1 }),
        row({ Perioden: "2022MM12", GeregistreerdeMisdrijven_1: "veel" }),
        row({ Perioden: "2022XX12" }),
        row({ Perioden: "   " }),
        row({ SoortMisdrijf: null }),
        row({ RegioS: undefined }),
        row({ Aangiften_2: true }),
        row({ Aangiften_2: { a: 1 } }),
      ];
      const pages = [
        rows,
        ...bad.map((b) => [...rows, b, row({ Perioden: "2023MM01" })]),
        [row({ SoortMisdrijf: undefined })],
      ];
      for (const [i, page] of pages.entries()) {
        const file = join(dir, `page-${i}.json`);
        await writeFile(
          file,
          `{"odata.metadata":"x/47013NED/$metadata","value":[\n${page.join(",\n")}\n]}`,
        );
        const url = pathToFileURL(file).href;
        const expected = await reference(url);
        if (i > 0 && i <= bad.length) expect(expected.error).toBeDefined();
        expect(await shortCut(url), await readFile(file, "utf8")).toEqual(expected);
        expect(await shortCut(url, new Set(["GM0363"]))).toEqual(
          await reference(url, new Set(["GM0363"])),
        );
      }
      // Without metadata: the classification comes from each crime-type code.
      const file = join(dir, "no-metadata.json");
      await writeFile(file, `{"value":[${rows.join(",")}]}`);
      const url = pathToFileURL(file).href;
      expect(await shortCut(url)).toEqual(await reference(url));
    } finally {
      await remove();
    }
  });
});

describe("classifyODataPages reading rows of a known shape from the text (RowSorter.readRow)", () => {
  it("takes each row's own period, in whatever order the periods come", async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      const periods = [
        "2022MM01",
        "2022MM02",
        "2022MM03",
        "2022MM02",
        "2022MM02",
        "2022",
        "2022MM03",
        "2022MM01",
      ];
      const rows = periods.map(
        (period, i) =>
          `{"ID":${i},"SoortMisdrijf":"1.1.1   ","RegioS":"GM${i < 4 ? "0417" : "0363"}    ","Perioden":"${period}","GeregistreerdeMisdrijven_1":${i + 1},"Aangiften_2":1}`,
      );
      const path = `${dir}/page.json`;
      await writeFile(
        path,
        `{"odata.metadata":"x/47013NED/$metadata","value":[${rows.join(",")}]}`,
      );
      const url = pathToFileURL(path).href;
      const expected = await reference(url);
      expect(expected.classified.values.length).toBeGreaterThan(3);
      expect(await shortCut(url)).toEqual(expected);
    } finally {
      await remove();
    }
  });

  it("reads rows one after another only across a comma: a missing one is the page's error, where the reference has it", async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      const row = (month: number) =>
        `{"ID":${month},"SoortMisdrijf":"1.1.1   ","RegioS":"GM0417    ","Perioden":"2022MM0${month}","GeregistreerdeMisdrijven_1":${month},"Aangiften_2":1}`;
      for (const join of [" ", "\n", "", "]", "}", ",,", "][", ", ,", ",]", ", {}"]) {
        const path = `${dir}/page.json`;
        const rows = [row(1), row(2), row(3), row(4)];
        await writeFile(
          path,
          `{"odata.metadata":"x/47013NED/$metadata","value":[${rows[0]},${rows[1]},\n${rows[2]}${join}${rows[3]}]}`,
        );
        const url = pathToFileURL(path).href;
        const expected = await reference(url);
        expect(expected.error, join).toBeDefined();
        expect(await shortCut(url), join).toEqual(expected);
      }
    } finally {
      await remove();
    }
  });

  // Rows like the API's and near misses of every rule of the short cut: names
  // left out, added, renamed or reordered, values of other kinds, regions and
  // crime types that repeat or not, padding, whitespace; pages cut anywhere.
  /** A number JSON.parse reads as Infinity: written as 1e400. */
  const TOO_LARGE = { tooLarge: true };
  /** A count written `-0` (JSON.stringify writes -0 as `0`). */
  const MINUS_ZERO = { minusZero: true };
  const NAMES = [
    "ID",
    "SoortMisdrijf",
    "RegioS",
    "Perioden",
    "GeregistreerdeMisdrijven_1",
    "Aangiften_2",
  ] as const;
  /** Mostly a value of the common shape, now and then a near miss. */
  const mostly = (common: fc.Arbitrary<unknown>, odd: fc.Arbitrary<unknown>) =>
    fc.oneof({ arbitrary: common, weight: 12 }, { arbitrary: odd, weight: 1 });
  const values: Record<string, fc.Arbitrary<unknown>> = {
    ID: mostly(fc.nat(), fc.constantFrom(null, "7", 1.5)),
    SoortMisdrijf: mostly(
      fc.constantFrom("1.1.1   ", "1.1.1   ", "0.0.0   ", "9.9.9   "),
      fc.constantFrom("1.1.1", "1.2.1", "", "  ", 3, "1.1.\u0031"),
    ),
    RegioS: mostly(
      fc.constantFrom("GM0417    ", "GM0417    ", "GM0363    ", "NL01      "),
      fc.constantFrom("GM0417", "PV27", "", null, "GM\\0417"),
    ),
    Perioden: mostly(
      fc.constantFrom("2022MM01", "2022MM02", "2022MM03", "2022"),
      fc.constantFrom(" 2022MM03 ", "2022KW01", "2022XX12", "  ", 2022),
    ),
    GeregistreerdeMisdrijven_1: mostly(
      fc.oneof(fc.nat({ max: 99_999 }), fc.constant(null)),
      fc.constantFrom(
        0,
        -0,
        -1,
        2.5,
        1e21,
        123_456_789_012_345,
        "12",
        " . ",
        "veel",
        true,
        MINUS_ZERO,
      ),
    ),
    Aangiften_2: mostly(
      fc.oneof(fc.nat({ max: 999 }), fc.constant(null)),
      fc.constantFrom(-3, 7.25, "x", " . ", false, 1e16, TOO_LARGE),
    ),
  };
  const shapedRow = fc
    .record({
      fields: fc.tuple(...NAMES.map((name) => values[name] as fc.Arbitrary<unknown>)),
      change: mostly(
        fc.constant("none"),
        fc.constantFrom(
          "drop",
          "extra",
          "append",
          "rename",
          "respell",
          "swap",
          "number-name",
          "duplicate",
        ),
      ),
      which: fc.nat({ max: NAMES.length - 1 }),
      // Whitespace around each name and value, and inside the braces (else the page's).
      space: mostly(fc.constant(""), fc.constantFrom(" ", "\n", "\t ", "\r\n  ")),
      gap: mostly(
        fc.constant(undefined),
        fc.tuple(fc.constantFrom("", " ", "\n", "\n  "), fc.constantFrom("", " ", "\n", "\n\n ")),
      ),
    })
    .map(({ fields, change, which, space, gap }) => {
      let entries: [string, unknown][] = NAMES.map((name, i) => [name, fields[i]]);
      const [name, value] = entries[which] as [string, unknown];
      if (change === "drop") entries.splice(which, 1);
      else if (change === "extra") entries.splice(which, 0, ["ExtraOnderwerp_3", 4]);
      else if (change === "append") entries.push(["ExtraOnderwerp_3", 4]);
      else if (change === "rename") entries[which] = ["Gemeenten", value];
      // Another name of the same length.
      else if (change === "respell") entries[which] = [`${name.slice(0, -1)}X`, value];
      else if (change === "swap" && which > 0)
        entries = [
          ...entries.slice(0, which - 1),
          entries[which],
          entries[which - 1],
          ...entries.slice(which + 1),
        ] as [string, unknown][];
      else if (change === "number-name") entries.splice(which, 0, ["3", 1]);
      else if (change === "duplicate") entries.splice(which, 0, [name, value]);
      return { entries, space: space as string, gap: gap as [string, string] | undefined };
    });
  const rowText = (
    row: { entries: [string, unknown][]; space: string; gap: [string, string] | undefined },
    pageGap: readonly [string, string],
  ) =>
    `{${(row.gap ?? pageGap)[0]}${row.entries
      .filter(([, v]) => v !== undefined)
      .map(
        ([k, v]) =>
          `${JSON.stringify(k)}${row.space}:${row.space}${v === TOO_LARGE ? "1e400" : v === MINUS_ZERO ? "-0" : JSON.stringify(v)}${row.space}`,
      )
      .join(`,${row.space}`)}${(row.gap ?? pageGap)[1]}}`;

  /** A loader that hands out `text` in the given pieces. */
  const inPieces = (text: string, cuts: number[]) => async () => {
    const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
    const pieces: string[] = [];
    let start = 0;
    for (const point of [...points, text.length]) {
      pieces.push(text.slice(start, point));
      start = point;
    }
    return pieces;
  };

  it("sorts out what classifyFigures does, figure for figure, error for error, however the page is cut", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(shapedRow, { maxLength: 12 }),
        // Inside the braces of each row: the API's, none, others.
        fc.constantFrom<[string, string]>(
          ["", ""],
          ["\n      ", "\n    "],
          [" ", " "],
          ["\r\n", "\r\n"],
          ["\n  ", ""],
          ["", "\n"],
        ),
        // Between two rows; now and then no comma (the page's error there).
        fc.array(mostly(fc.constantFrom(",", ",\n    "), fc.constantFrom(" ", "]", "][", ",,")), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.constantFrom("first", "none", "between"),
        fc.nat(),
        fc.constantFrom(undefined, new Set(["GM0363"])),
        async (rows, gap, separators, cuts, metadata, half, only) => {
          const list = (part: typeof rows) =>
            `"value":[${part.map((r, i) => (i === 0 ? "" : separators[i % separators.length]) + rowText(r, gap)).join("")}]`;
          // "between": the rows in two lists, the second of another table (another classification).
          const at = half % (rows.length + 1);
          const text =
            metadata === "between"
              ? `{${list(rows.slice(0, at))},"odata.metadata":"x/83648NED/$metadata",${list(rows.slice(at))}}`
              : `{${metadata === "first" ? '"odata.metadata":"x/47013NED/$metadata",' : ""}${list(rows)}}`;
          // The rows each reader counted (rows read many at a time count one each).
          const counted: number[] = [];
          const options = {
            first: "page.json",
            loadPage: inPieces(text, cuts),
            onPage: (page: { readonly rows: number }) => counted.push(page.rows),
          };
          const target = { series, ...(only && { only }) };
          const chunks: SourceFigure[][] = [];
          let error: unknown;
          try {
            for await (const chunk of readODataPageChunks(options)) chunks.push(chunk);
          } catch (thrown) {
            error = thrown;
          }
          const expected = await classifyFigures(chunks, target);
          const page = await classifyODataPages(options, target);
          expect(page.classified).toEqual(expected);
          if (counted.length > 0) expect(counted).toEqual([counted[0], counted[0]]);
          expect((page.error as ImportError | undefined)?.message).toBe(
            (error as ImportError | undefined)?.message,
          );
          expect((page.error as ImportError | undefined)?.location).toEqual(
            (error as ImportError | undefined)?.location,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
