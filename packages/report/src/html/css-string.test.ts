import { describe, expect, it } from "vitest";
import { cssString } from "./css-string.ts";

describe("cssString", () => {
  it("quotes plain text as it is", () => {
    expect(cssString("Gemeente Laren · IVP 2019-2022")).toBe('"Gemeente Laren · IVP 2019-2022"');
  });

  it("escapes what could end the string, the rule or the style element", () => {
    expect(cssString('a"b\\c')).toBe('"a\\22 b\\5c c"');
    expect(cssString("</style><script>")).toBe('"\\3c /style\\3e \\3c script\\3e "');
    expect(cssString("x\ny\u0000")).toBe('"x\\a y\\0 "');
    expect(cssString("}; @import")).toBe('"}; @import"');
  });

  it("is read back by a CSS parser as the same text", () => {
    // The CSS rule for an escape: backslash, 1-6 hex digits, one optional space.
    const readBack = (css: string) =>
      css
        .slice(1, -1)
        .replace(/\\([0-9a-f]{1,6}) ?/g, (_, hex: string) =>
          String.fromCodePoint(parseInt(hex, 16)),
        );
    for (const text of ['Laren "oud"', "a\\b", "<b>&amp;</b>", "regel\neen", "ë é ·"]) {
      expect(readBack(cssString(text))).toBe(text);
    }
  });
});
