import { ImportError } from "../import-error.ts";

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
 * Bytes are decoded as UTF-8 (invalid UTF-8 is an error naming the line); a
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
  const decode = (chunk: Uint8Array | string, stream: boolean): string => {
    if (typeof chunk === "string") return chunk;
    try {
      return decoder.decode(chunk, { stream });
    } catch {
      throw new ImportError("malformed-file", "the file is not valid UTF-8 text", {
        location: { file: options.file, line: number + 1, column: 1 },
        hint: "save the file as UTF-8 (StatLine and the OData API deliver UTF-8)",
      });
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
