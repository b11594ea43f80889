import type { Language } from "@ivp/model";
import { planFileSay } from "./messages/say.ts";

/** Why bytes could not be read as UTF-8 text, and where (1-based). */
export interface TextDecodingProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly hint: string;
}

/** The result of {@link decodeUtf8}. */
export type DecodeUtf8Result =
  | { readonly success: true; readonly text: string }
  | { readonly success: false; readonly problem: TextDecodingProblem };

/**
 * Decodes a file's bytes as UTF-8, strictly: a byte that is not UTF-8 (as a
 * Latin-1 or Windows-1252 file has for é, ë, €) is a problem at its line and
 * column, never a silent replacement character in a label or a figure.
 * UTF-16 (with a byte-order mark) and files with NUL bytes (UTF-16 without
 * one, or not text at all) are named as such. A leading UTF-8 byte-order mark
 * is dropped. Pure: runs in Node and browsers.
 *
 * @param bytes - the file's content
 * @param lang - the language of the problem's message and hint (default English)
 * @returns the text, or the first problem with its line and column
 * @example
 * decodeUtf8(new Uint8Array([0x61, 0x0a, 0x63, 0x61, 0x66, 0xe9]))
 * //=> { success: false, problem: { line: 2, column: 4, message: "byte 0xE9 is not UTF-8: the file is probably Latin-1 or Windows-1252", hint: "save the file as UTF-8 ..." } }
 */
export function decodeUtf8(bytes: Uint8Array, lang: Language = "en"): DecodeUtf8Result {
  const say = planFileSay(lang);
  const hint = say("encoding", "save-as-utf8");
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return {
      success: false,
      problem: { line: 1, column: 1, message: say("encoding", "utf-16"), hint },
    };
  }
  const nul = bytes.indexOf(0);
  let invalid = -1;
  try {
    // The native decoder is fast; the byte-by-byte scan runs only to find the
    // place of a problem.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (nul === -1) return { success: true, text };
  } catch {
    invalid = firstInvalidUtf8(bytes);
  }
  const offset = nul !== -1 && (invalid === -1 || nul < invalid) ? nul : invalid;
  const { line, column } = positionOfByte(bytes, offset);
  const byte = bytes[offset] ?? 0;
  const written = `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  const message =
    offset === nul
      ? say("encoding", "nul-byte")
      : say("encoding", byte >= 0x80 ? "not-utf8-latin1" : "not-utf8", { byte: written });
  return { success: false, problem: { line, column, message, hint } };
}

/**
 * The offset of the first byte that does not belong to a well-formed UTF-8
 * sequence (the WHATWG decoder's rules: no overlong forms, no surrogates,
 * nothing above U+10FFFF), or -1 when all bytes are UTF-8. A sequence cut
 * off by the end of the bytes is invalid at its first byte.
 *
 * @param bytes - the bytes to check
 * @returns the offset, or -1
 * @example
 * firstInvalidUtf8(new Uint8Array([0x63, 0x61, 0x66, 0xc3, 0xa9])) //=> -1 ("café")
 * firstInvalidUtf8(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) //=> 3
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The length of the sequence and the range of its second byte (which
    // excludes overlong forms, surrogates and code points above U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1] as number;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k] as number;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/** Line and column (1-based, in characters) of a byte of otherwise valid text. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
  const lineStart = before.lastIndexOf("\n") + 1;
  let line = 1;
  for (let i = before.indexOf("\n"); i !== -1; i = before.indexOf("\n", i + 1)) line++;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
