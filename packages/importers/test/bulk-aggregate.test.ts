import { join } from "node:path";
import { STATLINE_FILE } from "@ivp/testkit/paths";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aggregateByMunicipality } from "../src/bulk/aggregate-by-municipality.ts";
import { createBulkTemplate } from "../src/bulk/bulk-template.ts";
import { derivePlanPeriod, WholeYears } from "../src/bulk/derive-plan-period.ts";
import type { MunicipalityFigures } from "../src/bulk/municipality-figures.ts";
import { ImportError } from "../src/import-error.ts";
import { buildImportTarget } from "../src/mapping/import-target.ts";
import { wordImportError } from "../src/messages/word-import-error.ts";
import { readSourceFile } from "../src/node/read-source-file.ts";
import { writeSyntheticDataset } from "../src/node/write-synthetic-dataset.ts";
import type { SourceFigure } from "../src/source-figure.ts";
import { createSyntheticNation } from "../src/synthetic/synthetic-nation.ts";

const series = buildImportTarget(createBulkTemplate({ period: { start: 2023, end: 2023 } })).series;
const NAMES = ["Synthetisch 001", "Synthetisch 002", "Synthetisch 003", "Synthetisch 004"];
const SET = { seed: 7, startYear: 2022, years: 2, municipalities: NAMES, pageSize: 250 } as const;

let root: { dir: string; remove: () => Promise<void> };
let odataFile: string;
let statlineFile: string;
beforeAll(async () => {
  root = await temporaryDirectory();
  odataFile = (await writeSyntheticDataset({ ...SET, dir: join(root.dir, "o"), format: "odata" }))
    .files[0] as string;
  statlineFile = (
    await writeSyntheticDataset({ ...SET, dir: join(root.dir, "s"), format: "statline" })
  ).files[0] as string;
});
afterAll(async () => {
  await root.remove();
});

/** The figures of a list as a stream, for hand-made cases. */
async function* stream(figures: readonly SourceFigure[]): AsyncGenerator<SourceFigure> {
  yield* figures;
}

function figure(
  code: string,
  crime: string,
  period: string,
  value: number | null,
  line = 1,
): SourceFigure {
  return {
    dataset: { format: "odata-json", table: "47013NED", classification: "police" },
    region: { code, kind: code.startsWith("GM") ? "municipality" : "country" },
    crime: { classification: "police", code: crime },
    topic: "GeregistreerdeMisdrijven_1",
    registeredCrimes: true,
    period,
    provisional: false,
    value,
    location: { file: "x.json", line, column: 5 },
  };
}

describe("aggregateByMunicipality", () => {
  it("sums each municipality's months into the years the generator drew, in both layouts", async () => {
    const nation = createSyntheticNation(SET);
    const check = (municipalities: readonly MunicipalityFigures[]) => {
      expect(municipalities.map((m) => m.municipality.code).sort()).toEqual([
        "GM9001",
        "GM9002",
        "GM9003",
        "GM9004",
      ]);
      for (const [m, municipality] of nation.municipalities.entries()) {
        const found = municipalities.find((f) => f.municipality.code === municipality.code);
        for (const [t, crime] of nation.crimeTypes.entries()) {
          const id = series.byCode.get(`police:${crime.code}`) as string;
          for (const year of [2022, 2023]) {
            const months = Array.from({ length: 12 }, (_, i) => nation.count(m, t, year, i + 1));
            const expected = months.includes(null)
              ? null
              : months.reduce<number>((sum, v) => sum + (v as number), 0);
            expect(found?.year(id, year)).toBe(expected);
          }
        }
      }
    };
    const odata = await aggregateByMunicipality(readSourceFile(odataFile), { series });
    const statline = await aggregateByMunicipality(readSourceFile(statlineFile), { series });
    check(odata.municipalities);
    check(statline.municipalities);
  });

  it("knows a StatLine download is grouped by municipality and hands each one out when the next begins", async () => {
    const order: string[] = [];
    const result = await aggregateByMunicipality(readSourceFile(statlineFile), {
      series,
      onComplete: (m) => {
        order.push(m.municipality.code);
      },
    });
    expect(result.summary.grouped).toBe(true);
    expect(order).toEqual(["GM9001", "GM9002", "GM9003", "GM9004"]);
    expect([...result.completed].sort()).toEqual([...order].sort());
    expect(result.municipalities.map((m) => m.municipality.name)).toEqual([
      "Synthetisch 001",
      "Synthetisch 002",
      "Synthetisch 003",
      "Synthetisch 004",
    ]);
    expect(result.municipalities[2]?.municipality).toEqual({
      code: "GM9003",
      codeIsSynthetic: true,
      name: "Synthetisch 003",
    });
  });

  it("knows OData pages (crime type first, then region) are not grouped, and hands out nothing early", async () => {
    const order: string[] = [];
    const result = await aggregateByMunicipality(readSourceFile(odataFile), {
      series,
      onComplete: (m) => {
        order.push(m.municipality.code);
      },
    });
    expect(result.summary.grouped).toBe(false);
    expect(order).toEqual([]);
    expect(result.completed.size).toBe(0);
    expect(result.summary).toMatchObject({
      figures: 3 * 9 * 5 * 24,
      used: 9 * 4 * 24,
      otherRegions: 9 * 24,
      otherTopics: 2 * 9 * 5 * 24,
      otherCrimeTypes: 0,
    });
  });

  it("keeps only the municipalities asked for", async () => {
    const result = await aggregateByMunicipality(readSourceFile(statlineFile), {
      series,
      only: new Set(["GM9003", "GM9004"]),
    });
    expect(result.municipalities.map((m) => m.municipality.code)).toEqual(["GM9003", "GM9004"]);
  });

  it("gives a plan the whole years as observations, a missing year as null", async () => {
    const result = await aggregateByMunicipality(
      stream([
        ...Array.from({ length: 12 }, (_, i) =>
          figure("GM9003", "1.1.1", `2023-${String(i + 1).padStart(2, "0")}`, i === 4 ? null : 2),
        ),
        ...Array.from({ length: 12 }, (_, i) =>
          figure("GM9003", "1.1.1", `2022-${String(i + 1).padStart(2, "0")}`, 3),
        ),
        figure("GM9003", "1.1.1", "2021-12", 4),
        figure("GM9003", "0.0.0", "2023-Q1", 40),
      ]),
      { series },
    );
    const [laren] = result.municipalities;
    expect(laren?.observations({ source: "politie" })).toEqual([
      expect.objectContaining({
        series: "misdrijven-totaal",
        area: "GM9003",
        period: "2023-Q1",
        value: 40,
        origin: "import",
        source: "politie",
      }),
      expect.objectContaining({ series: "woninginbraken", period: "2022", value: 36 }),
      expect.objectContaining({ series: "woninginbraken", period: "2023", value: null }),
    ]);
    expect(laren?.observations()[0]?.ref).toEqual({
      kind: "file",
      file: "x.json",
      line: 1,
      column: 5,
    });
  });

  it("refuses two different figures for the same municipality, crime type and period", async () => {
    const run = aggregateByMunicipality(
      stream([
        figure("GM9003", "1.1.1", "2023-01", 3, 4),
        figure("GM9003", "1.1.1", "2023-01", 5, 9),
      ]),
      { series },
    );
    await expect(run).rejects.toBeInstanceOf(ImportError);
    await expect(run).rejects.toMatchObject({
      code: "ambiguous-mapping",
      message:
        "a second, different figure for woninginbraken, Synthetisch 003 (GM9003), 2023-01: 5, earlier 3",
      location: { file: "x.json", line: 9, column: 5 },
    });
    const error = await run.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(wordImportError(error as ImportError, "nl")).toEqual({
      message:
        "een tweede, ander cijfer voor woninginbraken, Synthetisch 003 (GM9003), 2023-01: 5, eerder 3",
      hint: "het bestand heeft hetzelfde cijfer twee keer; haal er een weg (eerste cijfer van GM9003 op x.json:4:5)",
    });
  });

  it("takes the same figure twice without complaint", async () => {
    const result = await aggregateByMunicipality(
      stream([figure("GM9003", "1.1.1", "2023", 3), figure("GM9003", "1.1.1", "2023", 3)]),
      { series },
    );
    expect(result.municipalities[0]?.year("woninginbraken", 2023)).toBe(3);
  });

  describe("edge cases", () => {
    it("a municipality that turns up again later is handed out again at the end, not early", async () => {
      const order: string[] = [];
      const all = [...series.byCode.keys()].map((k) => k.split(":")[1] as string);
      const result = await aggregateByMunicipality(
        stream([
          ...all.map((c) => figure("GM9003", c, "2023", 1)),
          ...all.map((c) => figure("GM9001", c, "2023", 1)),
          figure("GM9003", "1.1.1", "2022", 1),
          ...all.map((c) => figure("GM9002", c, "2023", 1)),
        ]),
        { series, onComplete: (m) => void order.push(m.municipality.code) },
      );
      // Laren was complete when Synthetisch 001 began (handed out), then came back: no longer final.
      expect(order).toEqual(["GM9003"]);
      expect(result.summary.grouped).toBe(false);
      expect([...result.completed]).toEqual([]);
    });

    it("a municipality without every series of the template is not handed out early", async () => {
      const order: string[] = [];
      await aggregateByMunicipality(
        stream([figure("GM9003", "0.0.0", "2023", 1), figure("GM9001", "0.0.0", "2023", 1)]),
        { series, onComplete: (m) => void order.push(m.municipality.code) },
      );
      expect(order).toEqual([]);
    });

    it("the real StatLine export (totals of 2022 and 2023) gives every municipality, the country left aside", async () => {
      const result = await aggregateByMunicipality(readSourceFile(STATLINE_FILE), { series });
      expect(result.municipalities).toHaveLength(342);
      const laren = result.municipalities.find((m) => m.municipality.code === "GM0417");
      expect(laren?.years("misdrijven-totaal")).toEqual([2022, 2023]);
      // Every municipality has its CBS code: bulk invents none.
      expect(result.municipalities.filter((m) => m.municipality.codeIsSynthetic)).toEqual([]);
      expect(result.summary.otherRegions).toBeGreaterThan(0);
    });
  });
});

describe("derivePlanPeriod", () => {
  const withYears = (years: number[]) => ({ years: () => years }) as unknown as MunicipalityFigures;
  it.each([
    [[2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023], { start: 2020, end: 2023 }],
    [[2021, 2022, 2023], { start: 2022, end: 2023 }],
    [[2022, 2023], { start: 2023, end: 2023 }],
    [[2023], { start: 2023, end: 2023 }],
    [[], undefined],
  ])("years %j give %j", (years, period) => {
    expect(derivePlanPeriod([withYears(years)], ["misdrijven-totaal"])).toEqual(period);
  });

  it("takes the first and last whole year over every municipality", () => {
    expect(derivePlanPeriod([withYears([2022, 2023]), withYears([2019, 2020])], ["x"])).toEqual({
      start: 2020,
      end: 2023,
    });
  });

  it("gives the same period added one at a time, in any order, a municipality added twice", () => {
    const lists = [[2022, 2023], [2019, 2020], [], [2016, 2017, 2018], [2024]];
    const all = lists.map(withYears);
    const years = new WholeYears(["x", "y"]);
    expect(years.planPeriod()).toBeUndefined();
    for (const [i, figures] of [...all].reverse().entries()) {
      years.add(figures);
      expect(years.planPeriod()).toEqual(
        derivePlanPeriod(all.slice(all.length - 1 - i), ["x", "y"]),
      );
    }
    years.add(all[0] as MunicipalityFigures);
    expect(years.planPeriod()).toEqual(derivePlanPeriod(all, ["x"]));
    expect(years.planPeriod()).toEqual({ start: 2021, end: 2024 });
  });
});
