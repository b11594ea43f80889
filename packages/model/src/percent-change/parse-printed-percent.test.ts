import { describe, expect, it } from "vitest";
import { parsePrintedPercent } from "./parse-printed-percent.ts";

describe("parsePrintedPercent", () => {
  it.each([
    ["+25%", 25, 0, true],
    ["-52%", -52, 0, true],
    ["0%", 0, 0, false],
    ["+0%", 0, 0, true],
    ["1,7%", 1.7, 1, false],
    ["\u22123%", -3, 0, true],
  ])("reads %j", (text, value, decimals, signed) => {
    expect(parsePrintedPercent(text)).toEqual({ value, decimals, signed, text });
  });

  it("returns null for an empty cell and undefined for other text", () => {
    expect(parsePrintedPercent("")).toBeNull();
    expect(parsePrintedPercent("  ")).toBeNull();
    expect(parsePrintedPercent("n.b.")).toBeUndefined();
    expect(parsePrintedPercent("25")).toBeUndefined();
  });

  it("reads only a whole cell: nothing before the sign or after the percent sign", () => {
    expect(parsePrintedPercent("ca. 25%")).toBeUndefined();
    expect(parsePrintedPercent("25% (2017)")).toBeUndefined();
    expect(parsePrintedPercent("25%%")).toBeUndefined();
    expect(parsePrintedPercent("2,5,0%")).toBeUndefined();
  });

  it("allows spaces around the sign, the number and the percent sign", () => {
    expect(parsePrintedPercent(" - 12 % ")).toEqual({
      value: -12,
      decimals: 0,
      signed: true,
      text: " - 12 % ",
    });
    expect(parsePrintedPercent("+1.25 %")).toEqual({
      value: 1.25,
      decimals: 2,
      signed: true,
      text: "+1.25 %",
    });
  });

  it("keeps a decimal zero and the count of printed decimals", () => {
    expect(parsePrintedPercent("-3,0%")).toEqual({
      value: -3,
      decimals: 1,
      signed: true,
      text: "-3,0%",
    });
    expect(parsePrintedPercent("0,05%")).toEqual({
      value: 0.05,
      decimals: 2,
      signed: false,
      text: "0,05%",
    });
  });
});
