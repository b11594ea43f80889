import { monthName } from "@ivp/model";
import type { SyntheticNation } from "./synthetic-nation.ts";

/**
 * The synthetic data set as a StatLine "download as CSV" of the same table:
 * the title line (marked "synthetisch"), a blank line, the header rows
 * `"Onderwerp"`, `"Soort misdrijf"` and `"Perioden"` (crime types and months
 * in the columns, as StatLine lays out a download with two dimensions in the
 * columns), `"Regio's"` with the units, then one row per region (`Nederland`
 * first, then the municipalities by their StatLine names), every field quoted,
 * `;` between fields, `.` for a missing figure, and the closing `"Bron: ..."`
 * line. One line at a time: a line of 1,080 figures is all that is in memory.
 *
 * @param nation - the data set (see `createSyntheticNation`)
 * @returns the lines of the file, each with its `\n`
 * @example
 * const lines = [...syntheticStatlineLines(createSyntheticNation({ seed: 1, municipalities: 2, years: 1 }))];
 * lines[3].slice(0, 48) //=> '"Soort misdrijf";"Totaal misdrijven";"Totaal mis'
 * lines.at(-1) //=> '"Bron: Politie (synthetische cijfers, seed 1)"\n'
 */
export function* syntheticStatlineLines(nation: SyntheticNation): Generator<string> {
  const months = nation.years * 12;
  const columns: { type: number; year: number; month: number }[] = [];
  for (let type = 0; type < nation.crimeTypes.length; type++) {
    for (let i = 0; i < months; i++) {
      columns.push({ type, year: nation.startYear + Math.floor(i / 12), month: (i % 12) + 1 });
    }
  }
  const line = (cells: readonly string[]) => `"${cells.join('";"')}"\n`;
  yield line([
    `Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente (synthetische cijfers, seed ${nation.seed})`,
  ]);
  yield line([""]);
  yield line(["Onderwerp", ...columns.map(() => "Geregistreerde misdrijven")]);
  yield line([
    "Soort misdrijf",
    ...columns.map(({ type }) => {
      const crime = nation.crimeTypes[type];
      return crime?.code === "0.0.0" ? crime.title : `${crime?.code} ${crime?.title}`;
    }),
  ]);
  yield line([
    "Perioden",
    ...columns.map((c) => `${c.year} ${monthName(c.month, { style: "long" })}`),
  ]);
  yield line(["Regio's", ...columns.map(() => "aantal")]);
  yield line([
    "Nederland",
    ...columns.map((c) => String(nation.nationalCount(c.type, c.year, c.month))),
  ]);
  for (let m = 0; m < nation.municipalities.length; m++) {
    yield line([
      nation.municipalities[m]?.statlineName ?? "",
      ...columns.map((c) => {
        const value = nation.count(m, c.type, c.year, c.month);
        return value === null ? "." : String(value);
      }),
    ]);
  }
  yield line([`Bron: Politie (synthetische cijfers, seed ${nation.seed})`]);
}
