import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8, firstInvalidUtf8 } from "./decode-text.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

function decodesStrictly(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe("firstInvalidUtf8", () => {
  it("agrees with the platform's strict UTF-8 decoder on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const offset = firstInvalidUtf8(bytes);
        expect(offset === -1).toBe(decodesStrictly(bytes));
        if (offset !== -1) {
          // Everything before the offset is UTF-8.
          expect(decodesStrictly(bytes.subarray(0, offset))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("finds nothing wrong in encoded text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(firstInvalidUtf8(encode(text))).toBe(-1);
      }),
    );
  });

  describe("edge cases", () => {
    it.each([
      ["an overlong slash", [0xc0, 0xaf], 0],
      ["a surrogate", [0x61, 0xed, 0xa0, 0x80], 1],
      ["above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
      ["a sequence cut off at the end", [0x61, 0x62, 0xe2, 0x82], 2],
      ["a lone continuation byte", [0x80], 0],
      ["the euro sign", [0xe2, 0x82, 0xac], -1],
      ["an emoji", [0xf0, 0x9f, 0x98, 0x80], -1],
    ])("%s", (_name, bytes, expected) => {
      expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected);
    });
  });
});

describe("decodeUtf8", () => {
  it("names the line and column of a Latin-1 byte in otherwise UTF-8 text", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: "grapheme", maxLength: 12 }).map((s) => s.replace(/\n/g, "")),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.nat(),
        fc.nat(),
        (lines, lineSeed, columnSeed) => {
          const lineIndex = lineSeed % lines.length;
          const chars = [...(lines[lineIndex] as string)];
          const columnIndex = columnSeed % (chars.length + 1);
          const before = [...lines.slice(0, lineIndex), chars.slice(0, columnIndex).join("")].join(
            "\n",
          );
          const after = [chars.slice(columnIndex).join(""), ...lines.slice(lineIndex + 1)].join(
            "\n",
          );
          // "é!" in Latin-1: the "!" keeps 0xE9 from starting a valid UTF-8
          // sequence with the bytes that follow.
          const bytes = Uint8Array.from([...encode(before), 0xe9, 0x21, ...encode(after)]);
          const result = decodeUtf8(bytes);
          expect(result.success).toBe(false);
          if (!result.success) {
            expect(result.problem).toMatchObject({ line: lineIndex + 1, column: columnIndex + 1 });
          }
        },
      ),
    );
  });

  it("gives back any text encoded as UTF-8, with or without a byte-order mark", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme" }).filter((s) => !s.includes("\0")),
        fc.boolean(),
        (text, bom) => {
          const bytes = encode(bom ? `\uFEFF${text}` : text);
          expect(decodeUtf8(bytes)).toEqual({ success: true, text });
        },
      ),
    );
  });

  describe("edge cases", () => {
    it("keeps Windows line endings for the parsers", () => {
      expect(decodeUtf8(encode("a\r\nb\r\n"))).toEqual({ success: true, text: "a\r\nb\r\n" });
    });

    const latin1Message = "is not UTF-8: the file is probably Latin-1 or Windows-1252";
    it.each([
      [
        "Latin-1 (Excel's 'CSV')",
        latin1("series,note\nx,café\n"),
        2,
        6,
        `byte 0xE9 ${latin1Message}`,
      ],
      [
        "UTF-16 little-endian",
        Uint8Array.from([0xff, 0xfe, 0x61, 0x00]),
        1,
        1,
        "the file is UTF-16 text",
      ],
      [
        "UTF-16 big-endian",
        Uint8Array.from([0xfe, 0xff, 0x00, 0x61]),
        1,
        1,
        "the file is UTF-16 text",
      ],
      [
        "UTF-16 without a byte-order mark",
        Uint8Array.from([0x61, 0x00, 0x0a, 0x00]),
        1,
        2,
        "the file has a NUL byte: it is UTF-16 without a byte-order mark, or not text at all",
      ],
      [
        "a byte that is never UTF-8",
        Uint8Array.from([0x61, 0x0a, 0x62, 0xff]),
        2,
        2,
        `byte 0xFF ${latin1Message}`,
      ],
      [
        "a sequence cut off by the end of the file",
        Uint8Array.from([0x61, 0xe2, 0x82]),
        1,
        2,
        `byte 0xE2 ${latin1Message}`,
      ],
    ])("%s", (_name, bytes, line, column, message) => {
      expect(decodeUtf8(bytes)).toEqual({
        success: false,
        problem: {
          line,
          column,
          message,
          hint: "save the file as UTF-8 (in Excel: 'CSV UTF-8'; in an editor: encoding UTF-8); a byte-order mark and Windows line endings are fine",
        },
      });
    });
  });
});
