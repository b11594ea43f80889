import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error.ts";
import { readLines } from "./read-lines.ts";

async function lines(chunks: Iterable<Uint8Array | string>): Promise<string[]> {
  const result: string[] = [];
  for await (const line of readLines(chunks, { file: "x.csv" })) result.push(line.text);
  return result;
}

/** Cuts bytes at the given positions. */
function cut(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    pieces.push(bytes.subarray(start, point));
    start = point;
  }
  return pieces;
}

describe("readLines", () => {
  it("gives the same lines however the bytes are cut into chunks (also inside a UTF-8 character)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ unit: "grapheme" }).map((s) => s.replace(/[\r\n]/g, "")),
          {
            maxLength: 8,
          },
        ),
        fc.constantFrom("\n", "\r\n"),
        fc.array(fc.nat(), { maxLength: 10 }),
        async (expected, newline, cuts) => {
          const text = expected.map((l) => `${l}${newline}`).join("");
          const bytes = new TextEncoder().encode(text);
          expect(await lines(cut(bytes, cuts))).toEqual(expected);
        },
      ),
    );
  });

  it("names the line and column of a Latin-1 byte however the bytes are cut into chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ unit: "grapheme", maxLength: 10 }).map((s) => s.replace(/[\r\n]/g, "")),
          { minLength: 1, maxLength: 6 },
        ),
        fc.nat(),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (textLines, lineSeed, columnSeed, cuts) => {
          const lineIndex = lineSeed % textLines.length;
          const chars = [...(textLines[lineIndex] as string)];
          const columnIndex = columnSeed % (chars.length + 1);
          const before = [...textLines.slice(0, lineIndex), chars.slice(0, columnIndex).join("")];
          const after = [chars.slice(columnIndex).join(""), ...textLines.slice(lineIndex + 1)];
          const encoder = new TextEncoder();
          // "é!" in Latin-1: the "!" keeps 0xE9 from starting a valid UTF-8
          // sequence with the bytes that follow.
          const bytes = Uint8Array.from([
            ...encoder.encode(before.join("\n")),
            0xe9,
            0x21,
            ...encoder.encode(after.join("\n")),
          ]);
          await expect(lines(cut(bytes, cuts))).rejects.toMatchObject({
            location: { line: lineIndex + 1, column: columnIndex + 1 },
          });
        },
      ),
    );
  });

  it("numbers lines from 1", async () => {
    const numbers: number[] = [];
    for await (const line of readLines(["a\nb\n\nc"], { file: "x" })) numbers.push(line.number);
    expect(numbers).toEqual([1, 2, 3, 4]);
  });

  describe("edge cases", () => {
    it("keeps a last line without a line ending", async () => {
      expect(await lines(["a\nb"])).toEqual(["a", "b"]);
    });

    it("drops a byte-order mark, from bytes and from text", async () => {
      expect(await lines([new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a])])).toEqual(["a"]);
      expect(await lines(["\uFEFFa\n"])).toEqual(["a"]);
    });

    it("refuses bytes that are not UTF-8, naming the line and column", async () => {
      const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x0a]);
      await expect(lines([bytes])).rejects.toThrow(ImportError);
      await expect(lines([bytes])).rejects.toMatchObject({
        message: "byte 0xFF is not UTF-8: the file is probably Latin-1 or Windows-1252",
        location: { file: "x.csv", line: 2, column: 2 },
      });
      await expect(lines([bytes.subarray(0, 2), bytes.subarray(2)])).rejects.toMatchObject({
        location: { file: "x.csv", line: 2, column: 2 },
      });
    });

    it("gives no lines for an empty file", async () => {
      expect(await lines([])).toEqual([]);
      expect(await lines([""])).toEqual([]);
    });
  });
});
