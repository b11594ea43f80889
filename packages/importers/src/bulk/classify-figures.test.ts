import type { IvpError } from "@ivp/model";
import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error.ts";
import { wordImportError } from "../messages/word-import-error.ts";
import type { BulkMunicipality } from "./bulk-municipality.ts";
import { ClassifiedFiguresBuilder } from "./classify-figures.ts";

const LAREN: BulkMunicipality = {
  code: "GM0417",
  codeIsSynthetic: false,
  name: "Laren",
  statlineName: "Laren (NH.)",
};
const NO_SERIES = { byCode: new Map(), byTitle: new Map(), order: new Map() };

describe("ClassifiedFiguresBuilder", () => {
  it("refuses a figure of a second file as a bug in ivp, worded in the reader's language", () => {
    const builder = new ClassifiedFiguresBuilder(NO_SERIES, undefined);
    builder.push(LAREN, "geweld", "2023", "a.json", 1, 1, 5);
    let thrown: unknown;
    try {
      builder.push(LAREN, "geweld", "2023", "b.json", 1, 1, 6);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ImportError);
    const error = thrown as IvpError;
    expect(error.code).toBe("internal");
    expect(error.message).toBe("classifyFigures: a figure of b.json, not of a.json");
    expect(wordImportError(error, "nl").message).toBe(
      "classifyFigures: een cijfer van b.json, niet van a.json",
    );
  });
});
