import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { describe, expect, it } from "vitest";
import { aggregateByMunicipality } from "../src/bulk/aggregate-by-municipality.ts";
import { createBulkTemplate } from "../src/bulk/bulk-template.ts";
import { type ClassifiedFigures, classifyFigures } from "../src/bulk/classify-figures.ts";
import { buildImportTarget } from "../src/mapping/import-target.ts";
import {
  readODataPage,
  readSourceFile,
  readSourceFileChunks,
} from "../src/node/read-source-file.ts";
import { writeSyntheticDataset } from "../src/node/write-synthetic-dataset.ts";
import type { NextPage } from "../src/odata/read-odata-pages.ts";
import type { SourceFigure } from "../src/source-figure.ts";
import { FIXTURES } from "./helpers.ts";

/**
 * `readSourceFileChunks` hands out the figures of `readSourceFile` in arrays
 * (`ivp bulk` reads a national file that way, without a promise per figure):
 * the same figures in the same order, and before an error the same figures
 * as the figure-by-figure reader.
 */

/** The figures read before the reader threw, and what it threw. */
async function readUntilError<T>(items: AsyncIterable<T>, flatten: (item: T) => SourceFigure[]) {
  const figures: SourceFigure[] = [];
  try {
    for await (const item of items) figures.push(...flatten(item));
  } catch (error) {
    return { figures, error: (error as Error).message };
  }
  return { figures, error: undefined };
}

const SOURCES = [
  join(FIXTURES, "odata/47013NED/page-1.json"),
  join(FIXTURES, "odata/83648NED/page-1.json"),
  join(FIXTURES, "odata/03759NED/page-1.json"),
  join(FIXTURES, "statline/maandcijfers.csv"),
  join(FIXTURES, "statline/soorten-laren.csv"),
  join(FIXTURES, "statline/afgebroken.csv"),
  join(FIXTURES, "odata/kapot.json"),
];

describe("readSourceFileChunks", () => {
  for (const source of SOURCES) {
    it(`gives the figures and the error of readSourceFile: ${source.slice(FIXTURES.length)}`, async () => {
      const one = await readUntilError(readSourceFile(source), (f) => [f]);
      const chunks = await readUntilError(readSourceFileChunks(source), (c) => c);
      expect(chunks).toEqual(one);
    });
  }

  it("yields the figures before a bad cell or row, then its error (StatLine and OData)", async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      const written = await writeSyntheticDataset({
        seed: 3,
        startYear: 2022,
        years: 1,
        municipalities: 2,
        dir: join(dir, "statline"),
        format: "statline",
      });
      const csv = written.files[0] as string;
      const lines = (await readFile(csv, "utf8")).split("\n");
      // The tenth cell of the first municipality's row is not a number.
      const row = lines.findIndex((l) => l.startsWith('"Synthetisch 001'));
      const cells = (lines[row] as string).split(";");
      cells[10] = '"zeven"';
      lines[row] = cells.join(";");
      const bad = join(dir, "bad.csv");
      await writeFile(bad, lines.join("\n"));
      const one = await readUntilError(readSourceFile(bad), (f) => [f]);
      const chunks = await readUntilError(readSourceFileChunks(bad), (c) => c);
      expect(one.error).toMatch(/zeven/);
      expect(one.figures.length).toBeGreaterThan(9);
      expect(chunks).toEqual(one);

      const page = join(dir, "bad.json");
      const rows = Array.from(
        { length: 40 },
        (_, i) =>
          `{"ID":${i},"SoortMisdrijf":"1.1.1   ","RegioS":"GM0417    ","Perioden":"2022MM${String((i % 12) + 1).padStart(2, "0")}","GeregistreerdeMisdrijven_1":${i === 30 ? '"veel"' : i}}`,
      );
      await writeFile(
        page,
        `{"odata.metadata":"x/47013NED/$metadata","value":[${rows.join(",")}]}`,
      );
      const pageOne = await readUntilError(readSourceFile(page), (f) => [f]);
      const pageChunks = await readUntilError(readSourceFileChunks(page), (c) => c);
      expect(pageOne.error).toMatch(/veel/);
      expect(pageOne.figures).toHaveLength(30);
      expect(pageChunks).toEqual(pageOne);
    } finally {
      await remove();
    }
  });

  it("aggregates to the same municipalities from chunks as from single figures", async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      const series = buildImportTarget(
        createBulkTemplate({ period: { start: 2021, end: 2022 } }),
      ).series;
      for (const format of ["odata", "statline"] as const) {
        const written = await writeSyntheticDataset({
          seed: 5,
          startYear: 2021,
          years: 2,
          municipalities: 4,
          pageSize: 100,
          dir: join(dir, format),
          format,
        });
        const source = written.files[0] as string;
        const summarise = async (
          figures: AsyncIterable<SourceFigure | SourceFigure[] | ClassifiedFigures>,
        ) => {
          const completed: string[] = [];
          const result = await aggregateByMunicipality(figures, {
            series,
            onComplete: (m) => {
              completed.push(m.municipality.code);
            },
          });
          return {
            completed,
            summary: result.summary,
            municipalities: result.municipalities.map((m) => ({
              municipality: m.municipality,
              location: m.location,
              observations: m.observations(),
            })),
          };
        };
        const one = await summarise(readSourceFile(source));
        expect(one.municipalities).toHaveLength(4);
        expect(await summarise(readSourceFileChunks(source))).toEqual(one);
        if (format === "statline") continue;
        // Each page read on its own and classified (as ivp bulk's workers do), in order.
        const pages: ClassifiedFigures[] = [];
        let url: string | undefined = pathToFileURL(source).href;
        while (url !== undefined) {
          let next: NextPage | undefined;
          const chunks: SourceFigure[][] = [];
          for await (const chunk of readODataPage(url, { onNextPage: (n) => (next = n) }))
            chunks.push(chunk);
          pages.push(await classifyFigures(chunks, { series }));
          url = (next as NextPage | undefined)?.url;
        }
        expect(pages.length).toBeGreaterThan(3);
        expect(
          await summarise(
            (async function* () {
              yield* pages;
            })(),
          ),
        ).toEqual(one);
      }
    } finally {
      await remove();
    }
  });
});
