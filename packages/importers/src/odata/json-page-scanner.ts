import type { ErrorData } from "@ivp/model";
import { type ImportMessageId, importError } from "../messages/say.ts";

/** Something found in an OData page: a row of `value`, or another top-level property. */
export type PageEvent =
  | {
      readonly kind: "row";
      readonly row: Record<string, unknown>;
      readonly line: number;
      readonly column: number;
    }
  | {
      readonly kind: "property";
      readonly name: string;
      readonly value: unknown;
      readonly line: number;
      readonly column: number;
    };

type State =
  | "start"
  | "before-key"
  | "key"
  | "colon"
  | "before-value"
  | "array-first"
  | "array-element"
  | "array-after-element"
  | "capture"
  | "after-value"
  | "done";

const WHITESPACE = new Set([" ", "\t", "\n", "\r", "\uFEFF"]);

/**
 * The most text of rows parsed at once (`#readRows`), so that a page sent as
 * one piece of any size is still read in pieces of bounded memory.
 */
const MAX_ROWS_TEXT = 1024 * 1024;

/**
 * Reads an OData v3 JSON page (`{"odata.metadata": ..., "value": [rows],
 * "odata.nextLink": ...}`) as it arrives, a chunk at a time, and hands out
 * each row of `value` as soon as it is complete. Memory holds one row, not the
 * page, so a page (or a whole table saved as one file) of any size is read in
 * constant memory. Syntax errors name the line and column.
 *
 * @example
 * const scanner = new JsonPageScanner("page.json");
 * scanner.push('{"value":[{"ID":0},{"ID"'); //=> [{ kind: "row", row: { ID: 0 }, line: 1, column: 11 }]
 * scanner.push(':1}]}'); //=> [{ kind: "row", row: { ID: 1 }, line: 1, column: 20 }]
 * scanner.finish();
 */
export class JsonPageScanner {
  readonly #file: string;
  #state: State = "start";
  #line = 1;
  #column = 1;
  #key = "";
  #keyEscape = false;
  #isValue = false;
  #capture = "";
  #captureKind: "row" | "property" = "row";
  #captureType: "container" | "string" | "primitive" = "container";
  #depth = 0;
  #inString = false;
  #escape = false;
  #startLine = 1;
  #startColumn = 1;

  readonly #flatRows: boolean;
  readonly #flat: FlatRow = { row: {}, newlines: 0, lastNewline: -1, rows: 0, names: [] };
  /** Where each row of the last {@link #readRows} starts. */
  #rowStarts = new Int32Array(0);

  /**
   * @param file - the page as named in messages
   * @param options - `flatRows: false` parses every row with `JSON.parse`
   *   (the reference the short cut for flat rows is tested against)
   */
  constructor(file: string, options: { readonly flatRows?: boolean } = {}) {
    this.#file = file;
    this.#flatRows = options.flatRows ?? true;
  }

  #fail(
    id: ImportMessageId,
    data: ErrorData = {},
    line = this.#line,
    column = this.#column,
    cause?: unknown,
  ): never {
    throw importError("malformed-file", id, data, {
      location: { file: this.#file, line, column },
      hintId: "odata/page-hint",
      ...(cause !== undefined && { cause }),
    });
  }

  /**
   * Moves the place to the closing brace of a row read whole, from its `{` at
   * `start` to `end` (one past its `}`), given the line breaks in it (the
   * loop's end then steps past the brace). One place for the three ways a
   * row is read whole: a batch of rows, a handler's row, a flat row.
   */
  #moveToRowEnd(
    start: number,
    end: number,
    breaks: { readonly newlines: number; readonly lastNewline: number },
  ): void {
    if (breaks.newlines === 0) this.#column += end - 1 - start;
    else {
      this.#line += breaks.newlines;
      this.#column = end - 1 - breaks.lastNewline;
    }
  }

  /** Where the text fed so far ends: the line and column of the next character. */
  get place(): { readonly line: number; readonly column: number } {
    return { line: this.#line, column: this.#column };
  }

  /** Feeds the next chunk of text; returns what it completed. */
  push(chunk: string): PageEvent[] {
    const events: PageEvent[] = [];
    this.#scan(chunk, (event) => events.push(event), undefined);
    return events;
  }

  /**
   * Feeds the next chunk of text and hands what it completes to `handler` at
   * once, in the page's order: each row first to `handler.readRow`, which may
   * read it itself (without an object: see {@link PageRowHandler}); every
   * other row, and every other top-level property, to `handler.event`. What
   * `handler` throws ends the scan and is thrown from here.
   */
  pushTo(chunk: string, handler: PageRowHandler): void {
    this.#scan(chunk, handler.event, handler);
  }

  #scan(
    chunk: string,
    emit: (event: PageEvent) => void,
    handler: PageRowHandler | undefined,
  ): void {
    let captureFrom = -1;
    const n = chunk.length;
    // Whether the rows of this piece may be read many at a time (#readRows).
    let batch = handler?.parsedRow !== undefined;
    for (let i = 0; i < n; i++) {
      let ch = chunk[i] as string;
      switch (this.#state) {
        case "start":
          if (WHITESPACE.has(ch)) break;
          if (ch !== "{") this.#fail("odata/start-expected", { found: JSON.stringify(ch) });
          this.#state = "before-key";
          break;
        case "before-key":
          if (WHITESPACE.has(ch)) break;
          if (ch === '"') {
            this.#state = "key";
            this.#key = "";
            this.#keyEscape = false;
          } else if (ch === "}") {
            this.#state = "done";
          } else {
            this.#fail("odata/name-expected", { found: JSON.stringify(ch) });
          }
          break;
        case "key":
          if (this.#keyEscape) {
            this.#key += ch;
            this.#keyEscape = false;
          } else if (ch === "\\") {
            this.#key += ch;
            this.#keyEscape = true;
          } else if (ch === '"') {
            this.#state = "colon";
          } else {
            this.#key += ch;
          }
          break;
        case "colon":
          if (WHITESPACE.has(ch)) break;
          if (ch !== ":") this.#fail("odata/colon-expected", { found: JSON.stringify(ch) });
          this.#state = "before-value";
          break;
        case "before-value":
          if (WHITESPACE.has(ch)) break;
          this.#isValue = this.#key === "value";
          if (this.#isValue) {
            if (ch !== "[") this.#fail("odata/rows-expected", { found: JSON.stringify(ch) });
            this.#state = "array-first";
          } else {
            this.#startCapture("property", ch);
            captureFrom = i;
          }
          break;
        case "array-first":
        case "array-element":
          if (WHITESPACE.has(ch)) break;
          if (ch === "]" && this.#state === "array-first") {
            this.#state = "after-value";
            break;
          }
          if (ch !== "{") this.#fail("odata/row-expected", { found: JSON.stringify(ch) });
          if (handler !== undefined) {
            const breaks = this.#flat;
            breaks.newlines = 0;
            breaks.lastNewline = -1;
            breaks.rows = 0;
            // The rows read by the handler from the text, as far as it can;
            // else the rows of the rest of the piece at once, while they are
            // rows that JSON.parse reads as they are; else row by row from here on.
            let end = handler.readRow(chunk, i, this.#line, this.#column, breaks);
            if (end === -1 && batch) {
              end = this.#readRows(chunk, i, handler, breaks);
              if (end === -1) {
                batch = false;
                breaks.newlines = 0;
                breaks.lastNewline = -1;
              }
            }
            if (end !== -1) {
              this.#moveToRowEnd(i, end, breaks);
              i = end - 1;
              ch = "}";
              this.#state = "array-after-element";
              break;
            }
          }
          if (this.#flatRows) {
            const flat = this.#flat;
            const end = parseFlatRow(chunk, i, flat);
            if (end !== -1) {
              emit({ kind: "row", row: flat.row, line: this.#line, column: this.#column });
              this.#moveToRowEnd(i, end, flat);
              i = end - 1;
              ch = "}";
              this.#state = "array-after-element";
              break;
            }
          }
          this.#startCapture("row", ch);
          captureFrom = i;
          break;
        case "array-after-element":
          if (WHITESPACE.has(ch)) break;
          if (ch === ",") this.#state = "array-element";
          else if (ch === "]") this.#state = "after-value";
          else this.#fail("odata/after-row", { found: JSON.stringify(ch) });
          break;
        case "capture": {
          if (captureFrom === -1) captureFrom = i;
          if (this.#captureType === "container") {
            // The inside of a row is most of a page: walk it by character code,
            // up to the bracket that closes it, without the per-character switch.
            // A national download is 60 MB; this halves the scanner's time.
            const end = this.#skipInsideContainer(chunk, i);
            if (end === n) {
              i = n;
              continue;
            }
            i = end;
            ch = chunk[i] as string;
          }
          let complete = false;
          if (this.#captureType === "primitive") {
            // A number or literal ends at the first character that is not part of it,
            // which belongs to what follows the value.
            if (ch === "," || ch === "}" || ch === "]" || WHITESPACE.has(ch)) {
              emit(this.#endCapture(chunk.slice(captureFrom, i)));
              captureFrom = -1;
              if (ch === ",") this.#state = "before-key";
              else if (ch === "}") this.#state = "done";
              else if (ch === "]") this.#fail("odata/bracket-after-property");
            }
          } else if (this.#inString) {
            if (this.#escape) this.#escape = false;
            else if (ch === "\\") this.#escape = true;
            else if (ch === '"') {
              this.#inString = false;
              complete = this.#captureType === "string";
            }
          } else if (ch === '"') {
            this.#inString = true;
          } else if (ch === "{" || ch === "[") {
            this.#depth++;
          } else if (ch === "}" || ch === "]") {
            this.#depth--;
            complete = this.#depth === 0;
          }
          if (complete) {
            emit(this.#endCapture(chunk.slice(captureFrom, i + 1)));
            captureFrom = -1;
          }
          break;
        }
        case "after-value":
          if (WHITESPACE.has(ch)) break;
          if (ch === ",") this.#state = "before-key";
          else if (ch === "}") this.#state = "done";
          else this.#fail("odata/after-property", { found: JSON.stringify(ch) });
          break;
        case "done":
          if (!WHITESPACE.has(ch)) this.#fail("odata/after-end", { found: JSON.stringify(ch) });
          break;
      }
      if (ch === "\n") {
        this.#line++;
        this.#column = 1;
      } else {
        this.#column++;
      }
    }
    if (this.#state === "capture" && captureFrom !== -1) this.#capture += chunk.slice(captureFrom);
  }

  /**
   * Reads the rows from the one whose `{` is at `chunk[start]` up to the last
   * whole row of the piece with one `JSON.parse`, and hands each to
   * `handler.parsedRow` with the line and column of its `{`; returns the
   * index after the last row's `}`, with the line breaks up to there counted
   * in `breaks`, or -1 having handed out nothing.
   *
   * Only when the text is rows and nothing else: the text from `start` to the
   * last `}` before the piece's first `]` must parse as the elements of an
   * array, each an object, with exactly one `{` per row (so that the k-th `{`
   * is the k-th row's, and no `{` is in a string or a nested value). Any
   * other text (a row cut off inside a string or a nested value, a syntax
   * error, a row that is not an object) is read row by row as before, with
   * its errors and their places: this is a short cut, never another reader.
   *
   * Why: on a national download (a million rows) V8's JSON parser, which runs
   * at full speed from the first row, read a worker's pages in a third of the
   * time the rows took one by one in JavaScript, most of which went on V8
   * compiling (and recompiling) that JavaScript in each worker before it ran
   * fast (docs/benchmarks/rounds.md, the eighth round of reading).
   */
  #readRows(chunk: string, start: number, handler: PageRowHandler, breaks: RowBreaks): number {
    const parsedRow = handler.parsedRow;
    if (parsedRow === undefined) return -1;
    const limit = Math.min(chunk.length, start + MAX_ROWS_TEXT);
    let close = chunk.indexOf("]", start);
    if (close === -1 || close > limit) close = limit;
    const last = chunk.lastIndexOf("}", close - 1);
    if (last <= start) return -1;
    let rows: unknown;
    try {
      rows = JSON.parse(`[${chunk.slice(start, last + 1)}]`);
    } catch {
      return -1;
    }
    const list = rows as unknown[];
    const count = list.length;
    if (this.#rowStarts.length < count) this.#rowStarts = new Int32Array(2 * count);
    const starts = this.#rowStarts;
    // Each row an object, so each has a `{` of its own: the k-th `{` is the
    // k-th row's when there is no other (one more before the last `}` means
    // a `{` in a string or a nested value, and the places would be wrong).
    let at = start;
    for (let k = 0; k < count; k++) {
      const row = list[k];
      if (typeof row !== "object" || row === null || Array.isArray(row)) return -1;
      if (k > 0) at = chunk.indexOf("{", at + 1);
      starts[k] = at;
    }
    const extra = chunk.indexOf("{", at + 1);
    if (extra !== -1 && extra < last) return -1;
    // Every row where its `{` is.
    const line = this.#line;
    const column = this.#column;
    let newlines = 0;
    let lastNewline = -1;
    let next = chunk.indexOf("\n", start);
    for (let k = 0; k < count; k++) {
      const from = starts[k] as number;
      while (next !== -1 && next < from) {
        newlines++;
        lastNewline = next;
        next = chunk.indexOf("\n", next + 1);
      }
      parsedRow(
        list[k] as Record<string, unknown>,
        line + newlines,
        lastNewline === -1 ? column + (from - start) : from - lastNewline,
      );
    }
    while (next !== -1 && next < last) {
      newlines++;
      lastNewline = next;
      next = chunk.indexOf("\n", next + 1);
    }
    breaks.newlines = newlines;
    breaks.lastNewline = lastNewline;
    return last + 1;
  }

  /**
   * Advances through a container value from `from`, keeping the string,
   * escape and depth state and the line and column, and stops at the index of
   * the bracket that would close it (left for the caller to handle), or at the
   * end of the chunk.
   */
  #skipInsideContainer(chunk: string, from: number): number {
    let depth = this.#depth;
    let inString = this.#inString;
    let escaped = this.#escape;
    let line = this.#line;
    let column = this.#column;
    let i = from;
    const n = chunk.length;
    for (; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92)
          escaped = true; // backslash
        else if (c === 34) inString = false; // quote
      } else if (c === 34) {
        inString = true;
      } else if (c === 123 || c === 91) {
        depth++; // { [
      } else if (c === 125 || c === 93) {
        if (depth === 1) break; // the closing } or ]: the caller's
        depth--;
      }
      if (c === 10) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    this.#depth = depth;
    this.#inString = inString;
    this.#escape = escaped;
    this.#line = line;
    this.#column = column;
    return i;
  }

  /** Checks that the page ended where a page may end. */
  finish(): void {
    if (this.#state !== "done") {
      this.#fail(this.#state === "start" ? "odata/empty" : "odata/cut-off");
    }
  }

  #startCapture(kind: "row" | "property", ch: string): void {
    this.#state = "capture";
    this.#captureKind = kind;
    this.#capture = "";
    this.#startLine = this.#line;
    this.#startColumn = this.#column;
    this.#inString = false;
    this.#escape = false;
    if (ch === "{" || ch === "[") {
      this.#captureType = "container";
      this.#depth = 1;
    } else if (ch === '"') {
      this.#captureType = "string";
      this.#inString = true;
    } else {
      this.#captureType = "primitive";
    }
  }

  #endCapture(tail: string): PageEvent {
    const text = this.#capture + tail;
    this.#capture = "";
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const at = /position (\d+)/.exec((error as Error).message);
      const offset = at ? Number(at[1]) : 0;
      const before = text.slice(0, offset);
      const lines = before.split("\n");
      const line = this.#startLine + lines.length - 1;
      const column =
        lines.length === 1 ? this.#startColumn + offset : (lines.at(-1)?.length ?? 0) + 1;
      // V8's reason without the text it quotes (the location points at it),
      // which V8 shortens to `..."ven_1":tru}"` when it is long.
      const reason = (error as Error).message
        .replace(/,? (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, "")
        .replace(/ in JSON at position \d+.*$/, "");
      this.#fail("odata/invalid-json", { reason }, line, column, error);
    }
    const line = this.#startLine;
    const column = this.#startColumn;
    if (this.#captureKind === "row") {
      this.#state = "array-after-element";
      return { kind: "row", row: value as Record<string, unknown>, line, column };
    }
    this.#state = "after-value";
    let name = this.#key;
    try {
      name = JSON.parse(`"${this.#key}"`) as string;
    } catch {
      // keep the raw name
    }
    return { kind: "property", name, value, line, column };
  }
}

/** The line breaks in a row that was read: how many, and the index in the chunk of the last. */
export interface RowBreaks {
  newlines: number;
  /** The index in the chunk of the row's last line break (-1: none). */
  lastNewline: number;
  /** How many rows `PageRowHandler.readRow` read (the row and those right after it). */
  rows: number;
}

/** What {@link JsonPageScanner.pushTo} hands the rows and properties of a page to. */
export interface PageRowHandler {
  /**
   * Reads the row whose `{` is at `chunk[start]` (at `line`, `column`), if it
   * can, and any rows right after it (each after a comma and whitespace),
   * and returns the index after the last one's `}`, with the line breaks up
   * to there counted in `breaks` (which start at none) and the rows in
   * `breaks.rows`; or returns -1, having done nothing, and the scanner reads
   * the row as it reads any other (and hands it to `event`). It may read
   * only rows that are valid JSON.
   */
  readonly readRow: (
    chunk: string,
    start: number,
    line: number,
    column: number,
    breaks: RowBreaks,
  ) => number;
  /** A row that `readRow` did not read, or another top-level property. */
  readonly event: (event: PageEvent) => void;
  /**
   * When given, the scanner may read many rows of a piece at once with
   * `JSON.parse`, where the text is rows and nothing else (see
   * `JsonPageScanner.#readRows`), and hands each to this, in order, as the
   * object `JSON.parse` made of it, with the line and column of its `{`; the
   * other rows as without it.
   */
  readonly parsedRow?: (row: Record<string, unknown>, line: number, column: number) => void;
}

/** What {@link parseFlatRow} read: the row, and the line breaks in it. */
interface FlatRow extends RowBreaks {
  row: Record<string, unknown>;
  /** The names of the row before, in order: the next row most likely has the same. */
  readonly names: string[];
}

/**
 * Parses a row of the common shape, `{"name":value,...}` with every value a
 * string without escapes or control characters, a whole number of at most
 * 15 digits, or `null`, all within `chunk` from `start` (its `{`): the
 * object `JSON.parse` makes of the same text. Returns the index after its `}`,
 * or -1 for any other row (nested values, escapes, fractions, a row cut off
 * by the chunk's end, `__proto__`, anything that is not JSON), which the
 * scanner then captures and parses with `JSON.parse` as before, errors and
 * all.
 *
 * Why hand-written: a national download is a million such rows; scanning each
 * character of a row in JavaScript to find its end and then again in
 * `JSON.parse` was most of the time a worker of `ivp bulk` spent reading.
 * Here the strings are found with `indexOf`, and a name the row before had is
 * not copied again. Tested against `JSON.parse` (json-page-scanner.test.ts:
 * the scanner with and without it, on random pages cut anywhere).
 */
function parseFlatRow(chunk: string, start: number, out: FlatRow): number {
  const n = chunk.length;
  const row: Record<string, unknown> = {};
  const names = out.names;
  out.newlines = 0;
  out.lastNewline = -1;
  let p = skipSpace(chunk, start + 1, out);
  if (p < n && chunk.charCodeAt(p) === 125) {
    out.row = row;
    return p + 1;
  }
  for (let index = 0; ; index++) {
    if (p >= n || chunk.charCodeAt(p) !== 34) return -1;
    let key = names[index];
    if (
      key !== undefined &&
      chunk.startsWith(key, p + 1) &&
      chunk.charCodeAt(p + 1 + key.length) === 34
    ) {
      p += key.length + 2;
    } else {
      const keyEnd = plainStringEnd(chunk, p);
      if (keyEnd === -1) return -1;
      key = chunk.slice(p + 1, keyEnd);
      if (key === "__proto__") return -1;
      names[index] = key;
      p = keyEnd + 1;
    }
    p = skipSpace(chunk, p, out);
    if (p >= n || chunk.charCodeAt(p) !== 58) return -1;
    p = skipSpace(chunk, p + 1, out);
    if (p >= n) return -1;
    const c = chunk.charCodeAt(p);
    let value: unknown;
    if (c === 34) {
      const end = plainStringEnd(chunk, p);
      if (end === -1) return -1;
      value = chunk.slice(p + 1, end);
      p = end + 1;
    } else if (c === 110) {
      if (!chunk.startsWith("null", p)) return -1;
      value = null;
      p += 4;
    } else {
      // -?(0|[1-9][0-9]*), at most 15 digits: exact as a double. RowSorter.readRow
      // (bulk/classify-odata-page.ts) matches a number the same way, with a
      // regular expression (WHOLE_NUMBER there). Change both.
      let q = c === 45 ? p + 1 : p;
      const first = q;
      let whole = 0;
      for (; q < n; q++) {
        const d = chunk.charCodeAt(q) - 48;
        if (d < 0 || d > 9) break;
        whole = whole * 10 + d;
      }
      const digits = q - first;
      if (digits === 0 || digits > 15 || q >= n) return -1;
      if (digits > 1 && chunk.charCodeAt(first) === 48) return -1;
      const after = chunk.charCodeAt(q);
      if (after === 46 || after === 101 || after === 69) return -1;
      value = c === 45 ? -whole : whole;
      p = q;
    }
    row[key] = value;
    p = skipSpace(chunk, p, out);
    if (p >= n) return -1;
    const d = chunk.charCodeAt(p);
    if (d === 125) {
      out.row = row;
      return p + 1;
    }
    if (d !== 44) return -1;
    p = skipSpace(chunk, p + 1, out);
  }
}

/**
 * The index of the first character from `p` that is not JSON whitespace; line
 * breaks counted in `breaks`.
 */
function skipSpace(chunk: string, p: number, breaks: RowBreaks): number {
  const n = chunk.length;
  for (; p < n; p++) {
    const c = chunk.charCodeAt(p);
    if (c === 32 || c === 9 || c === 13) continue;
    if (c !== 10) break;
    breaks.newlines++;
    breaks.lastNewline = p;
  }
  return p;
}

/**
 * The index of the quote that closes the string opening at `from`, when the
 * string has no escape and no control character and ends within the chunk;
 * else -1.
 */
function plainStringEnd(chunk: string, from: number): number {
  const end = chunk.indexOf('"', from + 1);
  if (end === -1) return -1;
  for (let k = from + 1; k < end; k++) {
    const c = chunk.charCodeAt(k);
    if (c < 32 || c === 92) return -1;
  }
  return end;
}
