import { join } from "node:path";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AggregateResult,
  aggregateByMunicipality,
} from "../src/bulk/aggregate-by-municipality.ts";
import { createBulkTemplate } from "../src/bulk/bulk-template.ts";
import type { ClassifiedFigures } from "../src/bulk/classify-figures.ts";
import { classifyStatlineCsv } from "../src/bulk/classify-statline-csv.ts";
import type { MunicipalityFigures } from "../src/bulk/municipality-figures.ts";
import { buildImportTarget } from "../src/mapping/import-target.ts";
import { classifySourceFile, readSourceFileChunks } from "../src/node/read-source-file.ts";
import { writeSyntheticDataset } from "../src/node/write-synthetic-dataset.ts";
import type { SourceFigure } from "../src/source-figure.ts";
import { readStatlineCsvRows } from "../src/statline/read-statline-csv.ts";
import { readLines } from "../src/text/read-lines.ts";

/**
 * `classifyStatlineCsv` (the main thread of `ivp bulk` reading a StatLine
 * download) against the reference it stands in for: `aggregateByMunicipality`
 * over the figures `readStatlineCsvRows` makes of the same file. The same
 * municipalities with the same figures and places, handed out in the same
 * order, the same counts, and the same error (message, place, hint) after the
 * same municipalities.
 */

const series = buildImportTarget(createBulkTemplate({ period: { start: 2021, end: 2022 } })).series;

type Source = AsyncIterable<SourceFigure[] | ClassifiedFigures>;

function describeMunicipality(m: MunicipalityFigures) {
  return {
    municipality: m.municipality,
    observations: m.observations({ source: "s" }),
  };
}

/** What `aggregateByMunicipality` makes of a source: its result, or its error, and what it handed out. */
async function aggregate(source: Source, only?: ReadonlySet<string>) {
  const handedOut: unknown[] = [];
  let result: AggregateResult | undefined;
  let error: Record<string, unknown> | undefined;
  try {
    result = await aggregateByMunicipality(source, {
      series,
      ...(only && { only }),
      onComplete: (m) => {
        handedOut.push(describeMunicipality(m));
      },
    });
  } catch (thrown) {
    const e = thrown as Error & Record<string, unknown>;
    error = {
      message: e.message,
      code: e.code,
      location: e.location,
      hint: e.hint,
      messageId: e.messageId,
      data: e.data,
    };
  }
  return {
    handedOut,
    error,
    ...(result && {
      municipalities: result.municipalities.map(describeMunicipality),
      locations: result.municipalities.map((m) => (m as unknown as { location: unknown }).location),
      completed: [...result.completed],
      summary: result.summary,
    }),
  };
}

const lines = (csv: string) => readLines([csv], { file: "x.csv" });

/** Both ways, and how many rows the short cut read itself. */
async function both(csv: string, only?: ReadonlySet<string>) {
  let sorted = 0;
  const counting = async function* (source: Source): Source {
    for await (const item of source) {
      if (!Array.isArray(item)) sorted++;
      yield item;
    }
  };
  const shortCut = await aggregate(
    counting(classifyStatlineCsv(lines(csv), { file: "x.csv", series, ...(only && { only }) })),
    only,
  );
  const reference = await aggregate(readStatlineCsvRows(lines(csv), { file: "x.csv" }), only);
  return { shortCut, reference, sorted };
}

const CRIMES = [
  "Totaal misdrijven",
  "1.1.1 Diefstal/inbraak woning",
  "1.4.6 Straatroof",
  "9.9.9 Iets anders",
];
const TOPICS = ["Geregistreerde misdrijven", "Aangiften"];
const PERIODS = ["2021 januari", "2021 februari*", "2022", "2021 1e kwartaal", "2022 december"];
const REGIONS = [
  "Laren (NH.)",
  "Amsterdam",
  "Nederland",
  "Synthetisch 001",
  "Synthetisch 002",
  "Onbekend",
  " Amsterdam ",
  "",
];

/** A value as a row of the common kind has it. */
const plainValue = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[0-9]{1,4}$/) },
  { weight: 1, arbitrary: fc.constantFrom(".", "x", "X", "-", "", "007", "999999999999999") },
);
/** A value of any kind: plain, or one that is refused or read by the rules. */
const anyValue = fc.oneof(
  { weight: 10, arbitrary: plainValue },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "1234567890123456",
      "99999999999999999999",
      "12:",
      "1/2",
      " 12 ",
      "-5",
      "1.004",
      "1,5",
      "12x",
      "abc",
      "..",
      "x1",
      "-0",
      "1e3",
      "\u0661",
    ),
  },
);
const table = fc
  .record({
    columns: fc.array(
      fc.record({
        topic: fc.constantFrom(...TOPICS, TOPICS[0] as string),
        crime: fc.constantFrom(...CRIMES),
        period: fc.constantFrom(...PERIODS),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    rows: fc.array(
      fc.record({
        region: fc.oneof(
          { weight: 12, arbitrary: fc.constantFrom(...REGIONS).map((r) => `"${r}"`) },
          { weight: 1, arbitrary: fc.constantFrom('"Ams""terdam"', "Amsterdam", '"Laren"x') },
        ),
        values: fc.array(fc.tuple(fc.nat(30), fc.nat(12)), { maxLength: 8 }),
        extra: fc.oneof({ weight: 20, arbitrary: fc.constant(0) }, fc.constantFrom(1, -1)),
        before: fc.constantFrom("", "", "", "", "", '""', "blank"),
      }),
      { maxLength: 8 },
    ),
    cells: fc.array(anyValue, { minLength: 30, maxLength: 30 }),
    plain: fc.array(plainValue, { minLength: 30, maxLength: 30 }),
    written: fc.array(fc.nat(20), { minLength: 30, maxLength: 30 }),
    end: fc.constantFrom('"Bron: Politie"', '"Bron: Politie"', ""),
  })
  .map(({ columns, rows, cells, plain, written, end }) => {
    const quote = (texts: readonly string[]) => texts.map((t) => `"${t}"`).join(";");
    const header = [
      '"Misdrijven; gemeente"',
      '""',
      `"Onderwerp";${quote(columns.map((c) => c.topic))}`,
      `"Soort misdrijf";${quote(columns.map((c) => c.crime))}`,
      `"Perioden";${quote(columns.map((c) => c.period))}`,
      `"Regio's";${quote(columns.map(() => "aantal"))}`,
    ];
    const body: string[] = [];
    for (const row of rows) {
      if (row.before === "blank") body.push("");
      else if (row.before !== "") body.push(row.before);
      const count = Math.max(0, columns.length + row.extra);
      const values = Array.from({ length: count }, (_, i) => {
        const [at, kind] = row.values[i] ?? [i, 3];
        const k = (at + i) % 30;
        // Mostly plain values, quoted; some of any kind, written any way.
        if (kind > 1) return `"${plain[k]}"`;
        if (kind === 1) {
          const v = plain[k] as string;
          return (written[k] as number) % 3 === 0 ? v : `"${v}"`;
        }
        const v = cells[k] as string;
        const w = (written[k] as number) % 4;
        return w === 0 && !v.includes('"') ? v : w === 1 ? `"${v}"x` : `"${v}"`;
      });
      body.push([row.region, ...values].join(";"));
    }
    return [...header, ...body, ...(end === "" ? [] : [end])].join("\n");
  });

describe("classifyStatlineCsv", () => {
  it("collects what aggregateByMunicipality collects from readStatlineCsvRows, error for error", async () => {
    // How much of it the cases try: rows read by the short cut, figures used, errors.
    const tried = { sorted: 0, used: 0, errors: 0 };
    await fc.assert(
      fc.asyncProperty(table, fc.boolean(), async (csv, restrict) => {
        const only = restrict ? new Set(["GM0417"]) : undefined;
        const { shortCut, reference, sorted } = await both(csv, only);
        expect(shortCut).toEqual(reference);
        tried.sorted += sorted;
        tried.used += shortCut.summary?.used ?? shortCut.handedOut.length;
        if (shortCut.error) tried.errors++;
      }),
      { numRuns: 400 },
    );
    expect(tried.sorted).toBeGreaterThan(200);
    expect(tried.used).toBeGreaterThan(30);
    expect(tried.errors).toBeGreaterThan(40);
  });

  it("reads the rows of the common kind itself", async () => {
    const csv = [
      '"Misdrijven"',
      '""',
      '"Onderwerp";"Geregistreerde misdrijven";"Geregistreerde misdrijven";"Aangiften"',
      '"Soort misdrijf";"1.1.1 Diefstal/inbraak woning";"9.9.9 Iets anders";"1.1.1 Diefstal/inbraak woning"',
      '"Perioden";"2021 januari";"2021 januari";"2021 januari"',
      '"Regio\'s";"aantal";"aantal";"aantal"',
      '"Laren (NH.)";"12";"3";"."',
      '"Nederland";5;"x";""',
      '"Laren (NH.)";"12";"-";',
      '"Amsterdam";"12";"-";"0"',
      '"Bron: Politie"',
    ].join("\n");
    const { shortCut, reference, sorted } = await both(csv);
    expect(sorted).toBe(4);
    expect(shortCut).toEqual(reference);
    expect(shortCut.error).toBeUndefined();
    expect(shortCut.summary).toMatchObject({
      figures: 12,
      used: 3,
      otherRegions: 2,
      otherTopics: 4,
      otherCrimeTypes: 3,
      grouped: true,
    });
  });

  it("leaves every other row to the reader: its figures, then its error, in its words", async () => {
    const header = [
      '"Misdrijven"',
      '""',
      '"Onderwerp";"Geregistreerde misdrijven";"Geregistreerde misdrijven"',
      '"Soort misdrijf";"1.4.6 Straatroof";"1.4.6 Straatroof"',
      '"Perioden";"2021 januari";"2021 februari"',
      '"Regio\'s";"aantal";"aantal"',
      '"Laren (NH.)";"12";"13"',
    ];
    const bad = [
      '"Amsterdam";"12";"1,5"',
      '"Amsterdam";"12";"abc"',
      '"Amsterdam";"12"',
      '"Amsterdam";"12";"13";"14"',
      '"Amsterdam";"12";"13"x',
      '"Amsterdam;"12";"13"',
      '"Amsterdam";" 12 ";"-5"',
      '"Laren (NH.)";"12";"14"',
    ];
    // Rows the reader reads without an error, as it reads them.
    const read = ['"Amsterdam";"1234567890123456";"13"', '"Amsterdam";" 12 ";"1.004"'];
    for (const row of read) {
      const { shortCut, reference, sorted } = await both([...header, row, '"Bron: P"'].join("\n"));
      expect(sorted, row).toBe(1);
      expect(shortCut, row).toEqual(reference);
      expect(shortCut.error, row).toBeUndefined();
      expect(shortCut.summary?.used, row).toBe(4);
    }
    for (const row of bad) {
      for (const end of ['"Bron: Politie"', ""]) {
        const csv = [...header, row, end].join("\n");
        const { shortCut, reference, sorted } = await both(csv);
        // The second Laren row is of the common kind: its error is the second figure's.
        expect(sorted, row).toBe(row.startsWith('"Laren') ? 2 : 1);
        expect(shortCut, row).toEqual(reference);
        expect(shortCut.error, row).toBeDefined();
      }
    }
  });

  it("reads a synthetic national download as readSourceFileChunks does", async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      const written = await writeSyntheticDataset({
        seed: 7,
        startYear: 2021,
        years: 2,
        municipalities: 12,
        dir: join(dir, "s"),
        format: "statline",
      });
      const file = written.files[0] as string;
      expect(await aggregate(classifySourceFile(file, { series }))).toEqual(
        await aggregate(readSourceFileChunks(file)),
      );
    } finally {
      await remove();
    }
  });
});
