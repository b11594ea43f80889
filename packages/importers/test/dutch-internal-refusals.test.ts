import { IvpError } from "@ivp/model";
import { describe, expect, it } from "vitest";
import { addDataFileToPlan } from "../src/data-file/add-data-file.ts";
import { addSourceToPlan, POPULATION_SOURCE } from "../src/data-file/add-source.ts";
import { mergeObservations } from "../src/data-file/merge-observations.ts";
import { ImportError } from "../src/import-error.ts";
import { wordImportError } from "../src/messages/word-import-error.ts";
import { type PageLoader, readODataPages } from "../src/odata/read-odata-pages.ts";
import { syntheticMunicipality } from "../src/regions/synthetic-codes.ts";
import { createSyntheticNation } from "../src/synthetic/synthetic-nation.ts";
import { syntheticODataPages } from "../src/synthetic/synthetic-odata.ts";
import { collect } from "./helpers.ts";

// What the importers said in English whatever the reader's language, until
// these texts moved to the catalogue: a data file the plan reader refuses
// (ivp import --data), V8's reason for a page that is no JSON, the internal
// errors (a bug in ivp, which the CLI reports in the reader's language too)
// and the synthetic data set's arguments. Each is worded in Dutch by
// wordImportError, and in English as it was thrown.

/** What `action` throws, as an ImportError. */
function thrown(action: () => unknown): ImportError {
  try {
    action();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new IvpError("internal", "nothing was thrown");
}

const merge = (text: string, target = "data/extra.csv") =>
  mergeObservations({
    files: [{ path: "data/extra.csv", text, display: "data/extra.csv" }],
    target,
    observations: [],
    defaultArea: "GM0376",
    note: () => "",
  });

describe("the importers' refusals that were English under nl", () => {
  it("a data file the plan reader refuses (ivp import --data): the reader's own words, in Dutch", () => {
    const error = thrown(() => merge('series,area,period,value\nx,GM0376,"2020\n'));
    expect(error).toMatchObject({
      code: "malformed-file",
      messageId: "plan/data-file-problem",
      location: { file: "data/extra.csv", line: 2, column: 10 },
    });
    expect(error.message).toBe(
      'the quote that opens this field is never closed; a quote inside a quoted field is written twice ("")',
    );
    expect(error.hint).toBe("fix the data file first (ivp validate shows every problem)");
    expect(wordImportError(error, "en")).toEqual({ message: error.message, hint: error.hint });
    expect(wordImportError(error, "nl")).toEqual({
      message:
        'het aanhalingsteken waarmee dit veld begint, wordt nergens gesloten; een aanhalingsteken binnen een veld tussen aanhalingstekens schrijft u dubbel ("")',
      hint: "herstel eerst het databestand (ivp validate toont elk probleem)",
    });
  });

  it("an OData page that is no JSON: the wrapper in Dutch, V8's reason without the text it quotes", async () => {
    const row =
      '{"SoortMisdrijf":"0.0.0 ","RegioS":"GM0376 ","Perioden":"2023MM01","GeregistreerdeMisdrijven_1":tru}';
    const page: PageLoader = async () => [`{"value":[${row}]}`];
    const error = await collect(readODataPages({ first: "page.json", loadPage: page })).then(
      () => undefined,
      (e: unknown) => e as ImportError,
    );
    expect(error?.message).toBe("invalid JSON: Unexpected token '}'");
    expect(error?.cause).toBeInstanceOf(SyntaxError);
    expect(wordImportError(error as ImportError, "nl").message).toBe(
      "ongeldige JSON: Unexpected token '}'",
    );
  });

  it("internal errors: a plan file that is no mapping of fields, or whose list is none, and a target not among the files", () => {
    const cases: [ImportError, string, string][] = [
      [
        thrown(() => addDataFileToPlan("a: [\n", "data/x.csv")),
        "the plan file has YAML errors: ",
        "het planbestand heeft YAML-fouten: ",
      ],
      [
        thrown(() => addDataFileToPlan("- a\n- b\n", "data/x.csv")),
        "the plan file is not a mapping of fields",
        "het planbestand is geen mapping van velden",
      ],
      [
        thrown(() => addDataFileToPlan("data: 3\n", "data/x.csv")),
        "data: in the plan file is not a list; make it a list of CSV files",
        "data: in het planbestand is geen lijst; maak er een lijst van CSV-bestanden van",
      ],
      [
        thrown(() => addSourceToPlan("sources: geen\n", POPULATION_SOURCE)),
        "sources: in the plan file is not a list; make it a list of sources",
        "sources: in het planbestand is geen lijst; maak er een lijst van bronnen van",
      ],
      [
        thrown(() => merge("series,area,period,value\n", "data/other.csv")),
        "the target data/other.csv is not among the files",
        "het doelbestand data/other.csv hoort niet bij de bestanden",
      ],
    ];
    for (const [error, english, dutch] of cases) {
      expect(error.code).toBe("internal");
      expect(error.message.startsWith(english)).toBe(true);
      expect(wordImportError(error, "nl").message.startsWith(dutch)).toBe(true);
    }
    // The YAML parser's error is kept as the cause, its words as the reason.
    const yaml = cases[0]?.[0] as ImportError;
    expect(yaml.cause).toBeInstanceOf(Error);
    expect(yaml.message).toBe(`the plan file has YAML errors: ${(yaml.cause as Error).message}`);
  });

  it("the synthetic data set's arguments", () => {
    const nation = createSyntheticNation({ seed: 1, municipalities: 2, years: 1 });
    const cases: [ImportError, string, string][] = [
      [
        thrown(() => syntheticMunicipality(1000)),
        "there are invented municipalities 1 to 999, not 1000",
        "er zijn verzonnen gemeenten 1 tot en met 999, niet 1000",
      ],
      [
        thrown(() => createSyntheticNation({ seed: 1, municipalities: ["Laren"] })),
        'the synthetic data set has invented municipalities "Synthetisch 001" to "Synthetisch 999", not "Laren"',
        'de synthetische dataset heeft de verzonnen gemeenten "Synthetisch 001" tot en met "Synthetisch 999", niet "Laren"',
      ],
      [
        thrown(() => syntheticODataPages(nation, { pageSize: 0 }).next()),
        "pageSize must be a positive integer",
        "pageSize moet een positief geheel getal zijn",
      ],
      [
        thrown(() => nation.count(5, 0, 2014, 1)),
        "no synthetic figure for municipality 5, type 0, 2014-1",
        "geen synthetisch cijfer voor gemeente 5, soort 0, 2014-1",
      ],
    ];
    for (const [error, english, dutch] of cases) {
      expect(error.code).toBe("invalid-number");
      expect(error.message).toBe(english);
      expect(wordImportError(error, "nl").message).toBe(dutch);
    }
  });
});
