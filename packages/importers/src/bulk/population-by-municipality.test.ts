import { join } from "node:path";
import { exampleDir, STATLINE_FILE } from "@ivp/testkit/paths";
import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error.ts";
import { importError } from "../messages/say.ts";
import { wordImportError } from "../messages/word-import-error.ts";
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

  it("words its refusals in Dutch from their ids and data", async () => {
    const dutch = async (read: Promise<unknown>) => {
      const error = await read.then(
        () => undefined,
        (e: unknown) => e,
      );
      if (!(error instanceof ImportError)) throw new Error("expected an ImportError");
      return { id: error.messageId, nl: wordImportError(error, "nl") };
    };
    const other: SourceFigure = {
      ...inhabitants("Blaricum", "2022", 12000, 9),
      topic: "Gemiddelde bevolking",
    };
    expect(await dutch(populationByMunicipality(figures(other), "gemiddeld.csv"))).toEqual({
      id: "bulk/population-none",
      nl: {
        message:
          'gemiddeld.csv: geen inwoners op 1 januari in het 1 gelezen cijfer; --population verwacht CBS-tabel 03759ned (StatLine "Bevolking op 1 januari" per gemeente en jaar, gedownload als CSV, of de OData-pagina\'s ervan)',
      },
    });
    const twice = figures(
      inhabitants("Blaricum", "2022", null, 9),
      inhabitants("Blaricum", "2022", 12000, 14),
    );
    expect(await dutch(populationByMunicipality(twice, "bevolking.csv"))).toEqual({
      id: "bulk/population-second",
      nl: {
        message:
          "een tweede, ander aantal inwoners voor Blaricum (GM0376) op 1 januari 2022: 12000, eerder ontbreekt",
        hint: "het eerste staat op bevolking.csv:9:1; haal er een weg",
      },
    });
    const crimes = await dutch(populationByMunicipality(readSourceFile(STATLINE_FILE), "m.csv"));
    expect(crimes.id).toBe("bulk/population-crimes");
    expect(crimes.nl.message).toMatch(
      /^dit is een bestand met geregistreerde misdrijven \(".+"\); --population verwacht het aantal inwoners op 1 januari per gemeente/,
    );
    expect(crimes.nl.hint).toBe(
      "geef de misdrijfcijfers als databestand en de inwoners met --population",
    );
  });

  it("words a refusal of the file's reader in Dutch, then what --population expects", async () => {
    async function* refused(): AsyncIterable<SourceFigure> {
      yield* [];
      throw importError("malformed-file", "source-file/empty", {}, { location: { file: "b.csv" } });
    }
    const error = await populationByMunicipality(refused(), "b.csv").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as ImportError).message).toBe(
      'the file is empty; --population expects the inhabitants on 1 January per municipality (CBS table 03759ned, topic "Bevolking op 1 januari")',
    );
    expect(wordImportError(error as ImportError, "nl").message).toBe(
      'het bestand is leeg; --population verwacht het aantal inwoners op 1 januari per gemeente (CBS-tabel 03759ned, onderwerp "Bevolking op 1 januari")',
    );
  });
});
