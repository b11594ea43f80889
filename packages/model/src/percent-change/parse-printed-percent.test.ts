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
});
