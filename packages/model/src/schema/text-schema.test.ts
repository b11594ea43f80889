import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textSchema } from "./common.ts";

describe("textSchema: text that must not be empty", () => {
  it.each([
    ["spaces", "   "],
    ["a zero-width space", "\u200b"],
    ["spaces and a zero-width space", "  \u200b  "],
    ["a no-break space and a word joiner", "\u00a0\u2060"],
    ["an ideographic space, a soft hyphen and a byte-order mark", "\u3000\u00ad\ufeff"],
    ["a zero-width joiner and non-joiner", "\u200d\u200c"],
  ])("refuses %s", (_, text) => {
    const result = textSchema.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^must not be empty/);
  });

  it("keeps text with something visible in it, trimmed", () => {
    expect(textSchema.parse("  Woninginbraken\u200b ")).toBe("Woninginbraken\u200b");
    expect(textSchema.parse("é")).toBe("é");
    expect(textSchema.parse("-")).toBe("-");
  });

  it("accepts exactly the texts with a character that is neither white space nor invisible", () => {
    const visible = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}]/u;
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(" ", "\u200b", "\u00a0", "\t", "\n", "\u2060", "a", "7", "\u00ad"),
        }),
        (text) => {
          expect(textSchema.safeParse(text).success).toBe(visible.test(text));
        },
      ),
    );
  });
});
