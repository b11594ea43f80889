import { firstInvalidUtf8 } from "@ivp/plan-file";
import { importError } from "../messages/say.ts";
import { concatBytes, incompleteUtf8Tail } from "./utf8-tail.ts";

/** A line of text without its line ending, with its 1-based number. */
export interface TextLine {
  readonly text: string;
  readonly number: number;
}

/** Options of {@link readLines}. */
export interface ReadLinesOptions {
  /** The file name for error messages. */
  readonly file: string;
}

/**
 * Splits a stream of bytes or text into lines as they arrive, so a file of
 * any size is read in constant memory (one chunk and one line at a time).
 * Bytes are decoded as UTF-8 (invalid UTF-8 is an error naming the line and
 * column of the first bad byte); a
 * leading byte-order mark is dropped; `\n` and `\r\n` both end a line. Pure:
 * takes any async iterable (a Node stream, a fetch body, an array in tests).
 *
 * @param chunks - the file's content in pieces of any size
 * @example
 * for await (const line of readLines(["a;b\r\nc", "\n"], { file: "x.csv" })) line
 * //=> { text: "a;b", number: 1 }, then { text: "c", number: 2 }
 */
export async function* readLines(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: ReadLinesOptions,
): AsyncGenerator<TextLine> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let rest = "";
  let number = 0;
  let first = true;
  // The bytes of a character cut off at the end of the chunks so far, which
  // the streaming decoder holds back: needed to place a bad byte exactly.
  let pending: Uint8Array = new Uint8Array(0);
  const decode = (chunk: Uint8Array | string, stream: boolean): string => {
    if (typeof chunk === "string") return chunk;
    try {
      const text = decoder.decode(chunk, { stream });
      pending = incompleteUtf8Tail(chunk.length >= 3 ? chunk : concatBytes(pending, chunk));
      return text;
    } catch {
      // The place of the first bad byte: the lines so far, plus the line
      // breaks and characters before it in the held-back bytes and this chunk.
      const bytes = concatBytes(pending, chunk);
      const offset = Math.max(0, firstInvalidUtf8(bytes));
      const before =
        rest + new TextDecoder("utf-8", { ignoreBOM: !first }).decode(bytes.subarray(0, offset));
      const lineStart = before.lastIndexOf("\n") + 1;
      const byte = bytes[offset] ?? 0;
      throw importError(
        "malformed-file",
        "source-file/not-utf-8",
        { byte: `0x${byte.toString(16).toUpperCase().padStart(2, "0")}` },
        {
          location: {
            file: options.file,
            line: number + 1 + (before.match(/\n/g)?.length ?? 0),
            column: [...before.slice(lineStart)].length + 1,
          },
          hintId: "source-file/utf-8-hint",
        },
      );
    }
  };
  const take = function* (text: string): Generator<TextLine> {
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      number++;
      yield { text: text.slice(start, stop), number };
      start = end + 1;
    }
    rest = text.slice(start);
  };
  for await (const chunk of chunks) {
    let text = decode(chunk, true);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    yield* take(rest + text);
  }
  const tail = rest + decode(new Uint8Array(0), false);
  if (tail.length > 0) {
    number++;
    yield { text: tail.endsWith("\r") ? tail.slice(0, -1) : tail, number };
  }
}
