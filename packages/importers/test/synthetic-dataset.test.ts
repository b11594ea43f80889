import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSourceFile } from "../src/node/read-source-file.ts";
import { writeSyntheticDataset } from "../src/node/write-synthetic-dataset.ts";
import type { SourceFigure } from "../src/source-figure.ts";
import { collect, FIXTURES } from "./helpers.ts";

const SMALL = {
  seed: 42,
  startYear: 2022,
  years: 2,
  municipalities: ["Synthetisch 001", "Synthetisch 002", "Synthetisch 003", "Synthetisch 004"],
  pageSize: 100,
} as const;

let root: { dir: string; remove: () => Promise<void> };
beforeAll(async () => {
  root = await temporaryDirectory();
});
afterAll(async () => {
  await root.remove();
});

/** Every file of a directory with its bytes. */
async function bytesOf(dir: string): Promise<Record<string, Buffer>> {
  const result: Record<string, Buffer> = {};
  for (const name of (await readdir(dir)).sort()) result[name] = await readFile(join(dir, name));
  return result;
}

/** The registered-crime figures read back, keyed region|crime|period. */
function byKey(figures: readonly SourceFigure[]): Map<string, number | null> {
  const map = new Map<string, number | null>();
  for (const f of figures) {
    if (!f.registeredCrimes) continue;
    const region = f.region.kind === "country" ? "NL" : (f.region.code ?? f.region.name);
    map.set(`${region}|${f.crime.code}|${f.period}`, f.value);
  }
  return map;
}

describe("writeSyntheticDataset", () => {
  it("gives the same bytes for the same seed, and other data for another seed", async () => {
    for (const format of ["odata", "statline"] as const) {
      const a = join(root.dir, `${format}-a`);
      const b = join(root.dir, `${format}-b`);
      const c = join(root.dir, `${format}-c`);
      await writeSyntheticDataset({ ...SMALL, dir: a, format });
      await writeSyntheticDataset({ ...SMALL, dir: b, format });
      await writeSyntheticDataset({ ...SMALL, seed: 43, dir: c, format });
      const [bytesA, bytesB, bytesC] = await Promise.all([bytesOf(a), bytesOf(b), bytesOf(c)]);
      expect(Object.keys(bytesA)).toEqual(Object.keys(bytesB));
      for (const name of Object.keys(bytesA))
        expect(bytesA[name]?.equals(bytesB[name] as Buffer)).toBe(true);
      expect(Object.keys(bytesC)).toEqual(Object.keys(bytesA));
      expect(
        Object.keys(bytesA).some((name) => !bytesA[name]?.equals(bytesC[name] as Buffer)),
      ).toBe(true);
    }
  });

  it("writes OData pages the importer reads back, following odata.nextLink, without errors", async () => {
    const dir = join(root.dir, "odata-read");
    const written = await writeSyntheticDataset({ ...SMALL, dir, format: "odata" });
    // 9 crime types x (4 municipalities + the country) x 24 months, 100 rows a page.
    expect(written.figures).toBe(9 * 5 * 24);
    expect(written.files).toHaveLength(Math.ceil((9 * 5 * 24) / 100));
    const figures = await collect(readSourceFile(written.files[0] as string));
    // Three topics a row: registered crimes, reports, online reports.
    expect(figures).toHaveLength(3 * 9 * 5 * 24);
    expect(figures[0]).toMatchObject({
      dataset: { format: "odata-json", table: "47013NED", classification: "police" },
      region: { code: "NL01", kind: "country" },
      crime: { classification: "police", code: "0.0.0" },
      topic: "GeregistreerdeMisdrijven_1",
      registeredCrimes: true,
      period: "2022-01",
    });
    expect(new Set(figures.map((f) => f.region.code))).toEqual(
      new Set(["NL01", "GM9001", "GM9002", "GM9003", "GM9004"]),
    );
  });

  it("writes a StatLine CSV download the importer reads back without errors", async () => {
    const dir = join(root.dir, "statline-read");
    const written = await writeSyntheticDataset({ ...SMALL, dir, format: "statline" });
    const figures = await collect(readSourceFile(written.files[0] as string));
    expect(figures).toHaveLength(9 * 5 * 24);
    expect(figures[0]).toMatchObject({
      dataset: { format: "statline-csv", classification: "police" },
      region: { name: "Nederland", kind: "country" },
      crime: { classification: "police", code: "0.0.0" },
      period: "2022-01",
    });
    expect(new Set(figures.map((f) => f.region.name))).toEqual(
      new Set([
        "Nederland",
        "Synthetisch 001",
        "Synthetisch 002",
        "Synthetisch 003",
        "Synthetisch 004",
      ]),
    );
  });

  it("holds the same figures in both formats", async () => {
    const odata = await writeSyntheticDataset({
      ...SMALL,
      dir: join(root.dir, "same-o"),
      format: "odata",
    });
    const statline = await writeSyntheticDataset({
      ...SMALL,
      dir: join(root.dir, "same-s"),
      format: "statline",
    });
    const fromOData = byKey(await collect(readSourceFile(odata.files[0] as string)));
    const fromStatline = byKey(await collect(readSourceFile(statline.files[0] as string)));
    // StatLine names the invented municipalities; OData gives their codes.
    const renamed = new Map(
      [...fromStatline].map(([key, value]) => [
        key.replace(/^Synthetisch (\d{3})\|/, "GM9$1|"),
        value,
      ]),
    );
    expect(renamed.size).toBe(9 * 5 * 24);
    expect(renamed).toEqual(fromOData);
  });

  it("lays out the pages as the API does (compared with the fixture of a real page)", async () => {
    const written = await writeSyntheticDataset({
      ...SMALL,
      dir: join(root.dir, "layout"),
      format: "odata",
    });
    const page = await readFile(written.files[0] as string, "utf8");
    const fixture = await readFile(join(FIXTURES, "odata/47013NED/page-1.json"), "utf8");
    // The same lines, up to the figures: metadata line, row openings, keys with their padding.
    const shape = (text: string) =>
      text
        .split("\n")
        .slice(0, 6)
        .map((line) =>
          line
            .replace(/\d+(?=[,\n]|$)/g, "9")
            .replace(/"(GM|NL)\w+\s*"/, '"REGION"')
            .replace(/MM\d\d/, "MM99")
            .replace(/"\d{4}/, '"9999'),
        );
    expect(shape(page)).toEqual(shape(fixture));
    expect(page).toMatch(/\],"odata\.nextLink":"47013NED-synthetisch-0002\.json"\n\}\n$/);
    const last = await readFile(written.files.at(-1) as string, "utf8");
    expect(last.endsWith("    }\n  ]\n}\n")).toBe(true);
  });

  describe("edge cases", () => {
    it("writes one page when the rows fit", async () => {
      const written = await writeSyntheticDataset({
        ...SMALL,
        pageSize: 10_000,
        dir: join(root.dir, "one-page"),
        format: "odata",
      });
      expect(written.files).toHaveLength(1);
      expect(await readFile(written.files[0] as string, "utf8")).not.toContain("nextLink");
    });

    it("repeats the whole table when asked: four times the rows, the same figures", async () => {
      const once = await writeSyntheticDataset({
        ...SMALL,
        dir: join(root.dir, "once"),
        format: "odata",
      });
      const four = await writeSyntheticDataset({
        ...SMALL,
        repeat: 4,
        dir: join(root.dir, "four"),
        format: "odata",
      });
      expect(four.figures).toBe(4 * once.figures);
      const figures = await collect(readSourceFile(four.files[0] as string));
      expect(figures).toHaveLength(4 * 3 * 9 * 5 * 24);
      expect(byKey(figures)).toEqual(byKey(await collect(readSourceFile(once.files[0] as string))));
    });

    it("leaves no temporary file behind", async () => {
      const dir = join(root.dir, "clean");
      await writeSyntheticDataset({ ...SMALL, dir, format: "statline" });
      expect(await readdir(dir)).toEqual(["47013NED-synthetisch.csv"]);
    });
  });
});
