/**
 * Property tests of the StatLine CSV reader: any download of the usual shape
 * (topics, crime types and periods in the columns, regions in the rows, CBS's
 * signs for missing and nil) yields every cell as a figure, in order, with its
 * place in the file, however the bytes arrive; a mutated download yields
 * figures or an ImportError with a place, never another exception.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ImportError } from "../src/import-error.ts";
import { readStatlineCsv } from "../src/statline/read-statline-csv.ts";
import { readLines } from "../src/text/read-lines.ts";
import { collect } from "./helpers.ts";

const PERIODS: readonly (readonly [string, string, boolean])[] = [
  ["2022", "2022", false],
  ["2023*", "2023", true],
  ["2022 oktober", "2022-10", false],
  ["2023 januari*", "2023-01", true],
  ["2022 3e kwartaal", "2022-Q3", false],
  ["2022 2e halfjaar", "2022-H2", false],
];
const CRIMES: readonly (readonly [string, string])[] = [
  ["Totaal misdrijven", "0.0.0"],
  ["1.1.1 Diefstal/inbraak woning", "1.1.1"],
  ["1.2.3 Diefstal van brom-, snor-, fietsen", "1.2.3"],
];
const TOPICS = ["Geregistreerde misdrijven", "Aangiften"];
const REGIONS = ["Nederland", "Laren (NH.)", "Blaricum", "Eemnes", "Midden-Nederland (RE)"];

/** A cell as StatLine writes it and the value it stands for. */
const anyCell = [
  fc.nat({ max: 999_999 }).map((n) => [String(n), n] as const),
  fc.constant([".", null] as const),
  fc.constant(["x", null] as const),
  fc.constant(["", null] as const),
  fc.constant(["-", 0] as const),
] as const;
/** Other topics have decimals; registered crimes are counts, with a dot between thousands. */
const cellOf = (topic: string): fc.Arbitrary<readonly [string, number | null]> =>
  topic === "Geregistreerde misdrijven"
    ? fc.oneof(
        ...anyCell,
        fc
          .integer({ min: 1000, max: 9_999_999 })
          .map((n) => [String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "."), n] as const),
      )
    : fc.oneof(
        ...anyCell,
        fc.nat({ max: 99_999 }).map((n) => [`${Math.floor(n / 10)},${n % 10}`, n / 10] as const),
      );

const download = fc
  .record({
    columns: fc.array(
      fc.record({
        topic: fc.constantFrom(...TOPICS),
        crime: fc.constantFrom(...CRIMES),
        period: fc.constantFrom(...PERIODS),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    regions: fc.uniqueArray(fc.constantFrom(...REGIONS), { minLength: 1, maxLength: 5 }),
  })
  .chain(({ columns, regions }) =>
    fc.record({
      columns: fc.constant(columns),
      regions: fc.constant(regions),
      cells: fc.array(fc.tuple(...columns.map((column) => cellOf(column.topic))), {
        minLength: regions.length,
        maxLength: regions.length,
      }),
      newline: fc.constantFrom("\n", "\r\n"),
      bom: fc.boolean(),
    }),
  );

type Download = typeof download extends fc.Arbitrary<infer T> ? T : never;

const quoted = (cells: readonly string[]) => cells.map((c) => `"${c}"`).join(";");

function write(d: Download): string {
  const lines = [
    quoted(["Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente 2026"]),
    quoted([""]),
    quoted(["Onderwerp", ...d.columns.map((c) => c.topic)]),
    quoted(["Soort misdrijf", ...d.columns.map((c) => c.crime[0])]),
    quoted(["Perioden", ...d.columns.map((c) => c.period[0])]),
    quoted(["Regio's", ...d.columns.map(() => "aantal")]),
    ...d.regions.map((region, r) => quoted([region, ...(d.cells[r] ?? []).map((c) => c[0])])),
    quoted(["Bron: Politie"]),
  ];
  return `${d.bom ? "\uFEFF" : ""}${lines.join(d.newline)}${d.newline}`;
}

/** The bytes of a text, cut at the given points. */
function chunks(text: string, cuts: readonly number[]): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return [...points, bytes.length].map((end, i, all) =>
    bytes.subarray(i === 0 ? 0 : all[i - 1], end),
  );
}

function read(input: Uint8Array[] | string[]) {
  return collect(readStatlineCsv(readLines(input, { file: "x.csv" }), { file: "x.csv" }));
}

describe("readStatlineCsv, property", () => {
  it("yields every cell with its region, topic, crime type, period, value and place", async () => {
    await fc.assert(
      fc.asyncProperty(download, fc.array(fc.nat(), { maxLength: 8 }), async (d, cuts) => {
        const text = write(d);
        const figures = await read(chunks(text, cuts));
        const expected = d.regions.flatMap((region, r) =>
          d.columns.map((column, c) => ({
            region: region,
            topic: column.topic,
            crime: column.crime[1],
            period: column.period[1],
            provisional: column.period[2],
            value: d.cells[r]?.[c]?.[1],
            line: 7 + r,
          })),
        );
        expect(
          figures.map((f) => ({
            region: f.region.name,
            topic: f.topic,
            crime: f.crime.code,
            period: f.period,
            provisional: f.provisional,
            value: f.value,
            line: f.location.line,
          })),
        ).toEqual(expected);
        // Each figure's column is where its cell is written in the line.
        const lines = text.replace(/^\uFEFF/, "").split(d.newline);
        for (const [i, figure] of figures.entries()) {
          const line = lines[(figure.location.line ?? 0) - 1] ?? "";
          const written = d.cells[Math.floor(i / d.columns.length)]?.[i % d.columns.length]?.[0];
          expect(line.slice((figure.location.column ?? 0) - 1)).toMatch(
            new RegExp(`^"?${(written ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"?(;|$)`),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it("yields figures or an ImportError with a place for a mutated download, nothing else", async () => {
    const mutation = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 6 }),
      insert: fc.constantFrom("", '"', ";", "\n", '";"', "é", "x", "2023", "\0"),
    });
    await fc.assert(
      fc.asyncProperty(
        download,
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (d, mutations) => {
          let text = write(d);
          for (const m of mutations) {
            const at = m.at % (text.length + 1);
            text = text.slice(0, at) + m.insert + text.slice(at + m.remove);
          }
          try {
            await read([text]);
          } catch (error) {
            expect(error).toBeInstanceOf(ImportError);
            const location = (error as ImportError).location;
            expect(location?.file).toBe("x.csv");
            expect(location?.line ?? 0).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
