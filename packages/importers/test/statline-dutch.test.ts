import { describe, expect, it } from "vitest";
import type { ImportError } from "../src/import-error.ts";
import { wordImportError } from "../src/messages/word-import-error.ts";
import { type PageLoader, readODataPages } from "../src/odata/read-odata-pages.ts";
import { readStatlineCsv } from "../src/statline/read-statline-csv.ts";
import { readLines } from "../src/text/read-lines.ts";
import { collect } from "./helpers.ts";

// A StatLine download ivp cannot read, in Dutch: the error carries the id and
// data of its message, and wordImportError words it (as the CLI does with
// IVP_LANG=nl or --lang nl); in English it is the error's own message.

/** What reading `lines` as a StatLine CSV download throws. */
async function refusal(lines: readonly string[]): Promise<ImportError> {
  const read = readStatlineCsv(readLines([lines.join("\n")], { file: "x.csv" }), {
    file: "x.csv",
  });
  const error = await collect(read).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!error) throw new Error("the file was read");
  return error as ImportError;
}

const TITLE = '"Geregistreerde misdrijven; soort misdrijf, wijk en buurt"';
const HEADER = [
  '"Onderwerp";"Geregistreerde misdrijven"',
  '"Perioden";"2023"',
  '"Regio\'s";"aantal"',
];

describe("a StatLine download ivp cannot read, in Dutch", () => {
  it("a dimension fixed twice names the dimension in Dutch", async () => {
    const error = await refusal([
      TITLE,
      '"Soort misdrijf: Totaal misdrijven"',
      '"Soort misdrijf: Diefstal"',
      "",
      ...HEADER,
    ]);
    expect(error).toMatchObject({
      messageId: "statline/fixed-twice",
      location: { file: "x.csv", line: 3, column: 1 },
    });
    expect(error.message).toBe("the crime type (Soort misdrijf) is fixed twice");
    expect(wordImportError(error, "en")).toEqual({ message: error.message });
    expect(wordImportError(error, "nl")).toEqual({
      message: "de soort misdrijf (Soort misdrijf) ligt twee keer vast",
    });
  });

  it("a value that is no number, with its hint", async () => {
    const error = await refusal([
      TITLE,
      '"Soort misdrijf: Totaal misdrijven"',
      "",
      ...HEADER,
      '"Laren (NH.)";"veel"',
    ]);
    expect(error).toMatchObject({
      messageId: "figure-text",
      location: { line: 7, column: 15 },
    });
    expect(wordImportError(error, "en")).toEqual({ message: error.message, hint: error.hint });
    expect(wordImportError(error, "nl")).toEqual({
      message: '"veel" is geen getal',
      hint: "een geheel getal zoals 79 of 1.004 (een punt scheidt duizendtallen); leeg of . als de waarde ontbreekt",
    });
    const negative = await refusal([
      TITLE,
      '"Soort misdrijf: Totaal misdrijven"',
      "",
      ...HEADER,
      '"Laren (NH.)";"-3"',
    ]);
    expect(wordImportError(negative, "nl")).toEqual({
      message: '"-3" is niet mogelijk: een aantal is nooit negatief',
      hint: "een geheel getal, 0 of meer",
    });
  });

  it("a file cut off, and a quote that is never closed", async () => {
    const cut = await refusal([
      TITLE,
      '"Soort misdrijf: Totaal misdrijven"',
      "",
      ...HEADER,
      '"Laren (NH.)";"482"',
    ]);
    expect(cut.message).toBe('the file ends without the closing "Bron: ..." line');
    expect(wordImportError(cut, "nl")).toEqual({
      message: 'het bestand houdt op zonder de afsluitende regel "Bron: ..."',
      hint: 'een StatLine-download (CSV) eindigt met een regel "Bron: ..."; het bestand is misschien afgebroken',
    });
    const quote = await refusal(['"Geregistreerde misdrijven']);
    expect(quote).toMatchObject({ location: { line: 1, column: 1 } });
    expect(wordImportError(quote, "nl").message).toBe(
      "een veld tussen aanhalingstekens wordt op deze regel niet gesloten",
    );
  });
});

describe("an OData page ivp cannot read, in Dutch", () => {
  /** What reading `text` as one OData page throws. */
  async function pageRefusal(text: string): Promise<ImportError> {
    const loadPage: PageLoader = async () => [text];
    const error = await collect(readODataPages({ first: "page.json", loadPage })).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    if (!error) throw new Error("the page was read");
    return error as ImportError;
  }
  const ROW =
    '{"SoortMisdrijf":"0.0.0 ","RegioS":"GM0376 ","Perioden":"2023MM01","GeregistreerdeMisdrijven_1":';

  it("a missing comma between rows, at its line and column", async () => {
    const error = await pageRefusal(`{"value":[${ROW}1}\n${ROW}2}]}`);
    expect(error).toMatchObject({ messageId: "odata/after-row", location: { line: 2, column: 1 } });
    expect(error.message).toBe('expected "," or "]" after a row, found "{"');
    expect(wordImportError(error, "nl")).toEqual({
      message: 'hier hoort "," of "]" na een rij; hier staat "{"',
      hint: 'een OData-pagina is een JSON-object met de rijen in "value"',
    });
  });

  it("a count that is no count, a negative count and a period that is no period", async () => {
    const text = await pageRefusal(`{"value":[${ROW}"12.5"}]}`);
    expect(text.message).toMatch(/^GeregistreerdeMisdrijven_1: "12\.5" is not a count/);
    expect(wordImportError(text, "nl").message).toMatch(
      /^GeregistreerdeMisdrijven_1: "12\.5" is geen aantal: een aantal is een geheel getal/,
    );
    const negative = await pageRefusal(`{"value":[${ROW}-3}]}`);
    expect(negative.message).toBe(
      "GeregistreerdeMisdrijven_1 is -3, but a count is never negative",
    );
    expect(wordImportError(negative, "nl")).toEqual({
      message: "GeregistreerdeMisdrijven_1 is -3, maar een aantal is nooit negatief",
      hint: "het aantal geregistreerde misdrijven is een geheel getal, 0 of meer; er is niets geïmporteerd",
    });
    const period = await pageRefusal(`{"value":[${ROW.replace("2023MM01", "2023XX01")}1}]}`);
    expect(period.messageId).toBe("invalid-period");
    expect(wordImportError(period, "en").message).toBe(period.message);
    expect(wordImportError(period, "nl").message).toMatch(/^"2023XX01" is geen periode: /);
  });
});
