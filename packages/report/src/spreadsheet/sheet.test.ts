import { describe, expect, it } from "vitest";
import { csvDialect, renderSheetCsv, type Sheet } from "./sheet.ts";

const sheet: Sheet = {
  name: "t",
  columns: [
    { header: "soort", format: { kind: "text" } },
    { header: "aantal", format: { kind: "integer" } },
    { header: "cijfer", format: { kind: "number" } },
    { header: "per 1.000", format: { kind: "decimal", decimals: 1 } },
    { header: "ontwikkeling", format: { kind: "percent-change", decimals: 0 } },
  ],
  rows: [
    ["woninginbraken; totaal", 79, 7.3, 30.25, -52],
    ["=1+1", 0, null, 2, 3],
    ["leeg", null, 8, null, 0],
  ],
};

describe("renderSheetCsv", () => {
  it("writes Dutch spreadsheet CSV: BOM, ; between fields, a decimal comma, CRLF", () => {
    expect(renderSheetCsv(sheet, "nl")).toBe(
      "\uFEFFsoort;aantal;cijfer;per 1.000;ontwikkeling\r\n" +
        '"woninginbraken; totaal";79;7,3;30,3;-52%\r\n' +
        "'=1+1;0;;2,0;+3%\r\n" +
        "leeg;;8;;0%\r\n",
    );
  });

  it("writes international CSV in English: , between fields and a decimal point", () => {
    expect(renderSheetCsv(sheet, "en").split("\r\n")[1]).toBe(
      "woninginbraken; totaal,79,7.3,30.3,-52%",
    );
    expect(csvDialect("en")).toEqual({ separator: ",", decimalSeparator: "." });
  });

  it("writes a number with a format of its own in that format (a change in procentpunten among percents)", () => {
    const changes: Sheet = {
      name: "t",
      columns: [{ header: "verandering", format: { kind: "percent-change", decimals: 0 } }],
      rows: [[-4], [{ value: -1.3, format: { kind: "decimal", decimals: 1 } }], [null]],
    };
    expect(renderSheetCsv(changes, "nl")).toBe("\uFEFFverandering\r\n-4%\r\n-1,3\r\n\r\n");
    expect(renderSheetCsv(changes, "en").split("\r\n")[2]).toBe("-1.3");
  });
});
