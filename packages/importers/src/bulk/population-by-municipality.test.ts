import { join } from "node:path";
import { exampleDir, STATLINE_FILE } from "@ivp/testkit/paths";
import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error.ts";
import { readSourceFile } from "../node/read-source-file.ts";
import type { SourceFigure } from "../source-figure.ts";
import { populationByMunicipality, populationObservations } from "./population-by-municipality.ts";

const BEVOLKING = join(exampleDir("blaricum"), "bronnen/bevolking-03759ned.csv");

/** A figure of inhabitants as the readers give it. */
function inhabitants(
  name: string,
  period: string,
  value: number | null,
  line: number,
): SourceFigure {
  return {
    dataset: { format: "statline-csv" },
    region: { name, kind: "municipality" },
    crime: {},
    topic: "Bevolking op 1 januari",
    registeredCrimes: false,
    period,
    provisional: false,
    value,
    location: { file: "bevolking.csv", line, column: 1 },
  };
}

async function* figures(...list: SourceFigure[]): AsyncIterable<SourceFigure> {
  yield* list;
}

describe("populationByMunicipality", () => {
  it("reads the inhabitants per municipality and year of a StatLine download of 03759ned", async () => {
    const read = await populationByMunicipality(readSourceFile(BEVOLKING), "bevolking.csv");
    expect([...read.byCode.keys()]).toEqual(["GM0376", "GM0317"]);
    const blaricum = read.byCode.get("GM0376");
    // The file: Blaricum 11954 12358 . 12725 on 1 January 2021-2024.
    expect(Object.fromEntries(blaricum?.years ?? [])).toEqual({
      "2021": 11954,
      "2022": 12358,
      "2023": null,
      "2024": 12725,
    });
    expect(blaricum?.municipality.name).toBe("Blaricum");
    expect(read.figures).toBe(8);
    const observations = populationObservations(blaricum as NonNullable<typeof blaricum>, {
      source: "cbs-bevolking",
    });
    expect(observations.map((o) => [o.series, o.area, o.period, o.value, o.source])).toEqual([
      ["inwoners", "GM0376", "2021", 11954, "cbs-bevolking"],
      ["inwoners", "GM0376", "2022", 12358, "cbs-bevolking"],
      ["inwoners", "GM0376", "2023", null, "cbs-bevolking"],
      ["inwoners", "GM0376", "2024", 12725, "cbs-bevolking"],
    ]);
  });

  it("refuses a file of registered crimes, at its first figure", async () => {
    const read = populationByMunicipality(readSourceFile(STATLINE_FILE), "misdrijven.csv");
    await expect(read).rejects.toThrow(ImportError);
    await expect(
      populationByMunicipality(readSourceFile(STATLINE_FILE), "misdrijven.csv"),
    ).rejects.toMatchObject({
      message: expect.stringContaining("this is a file of registered crimes"),
      // The first figure: the first row of figures of the download, line 7.
      location: { line: 7 },
    });
  });

  it("refuses a file without inhabitants", async () => {
    const other: SourceFigure = {
      ...inhabitants("Blaricum", "2022", 12000, 9),
      topic: "Gemiddelde bevolking",
    };
    await expect(populationByMunicipality(figures(other), "gemiddeld.csv")).rejects.toThrow(
      "gemiddeld.csv: no inhabitants on 1 January in 1 figures read; --population expects CBS table 03759ned",
    );
  });

  it("refuses two different figures for the same municipality and year, naming both places", async () => {
    const read = populationByMunicipality(
      figures(
        inhabitants("Blaricum", "2022", 12358, 9),
        inhabitants("Blaricum", "2022", 12000, 14),
      ),
      "bevolking.csv",
    );
    await expect(read).rejects.toMatchObject({
      message:
        "a second, different number of inhabitants for Blaricum (GM0376) on 1 January 2022: 12000, earlier 12358",
      location: { file: "bevolking.csv", line: 14 },
      hint: "the first is at bevolking.csv:9:1; remove one",
    });
  });

  it("refuses a figure for part of a year", async () => {
    await expect(
      populationByMunicipality(
        figures(inhabitants("Eemnes", "2022-Q1", 9400, 11)),
        "bevolking.csv",
      ),
    ).rejects.toMatchObject({
      message:
        "inhabitants of Eemnes for 2022-Q1: expected a year (the population on 1 January of that year)",
      location: { line: 11 },
    });
  });

  it("leaves other regions aside", async () => {
    const country: SourceFigure = {
      ...inhabitants("Nederland", "2022", 17_590_672, 8),
      region: { name: "Nederland", kind: "country" },
    };
    const read = await populationByMunicipality(
      figures(country, inhabitants("Eemnes", "2021", 9362, 10)),
      "bevolking.csv",
    );
    expect(read.otherRegions).toBe(1);
    expect([...read.byCode.keys()]).toEqual(["GM0317"]);
  });

  it("refuses a municipality it cannot match, with a suggestion", async () => {
    const typo: SourceFigure = {
      ...inhabitants("Blaricun", "2022", 12358, 9),
      region: { name: "Blaricun", kind: "other" },
    };
    await expect(populationByMunicipality(figures(typo), "bevolking.csv")).rejects.toMatchObject({
      code: "unknown-municipality",
      message:
        'inhabitants of "Blaricun": not a municipality ivp knows (the 342 of 2024, and those merged since 2014), so they match no municipality of the data file',
      location: { file: "bevolking.csv", line: 9 },
      hint: 'did you mean "Blaricum"?',
    });
  });
});
