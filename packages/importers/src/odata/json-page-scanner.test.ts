import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error.ts";
import { JsonPageScanner, type PageEvent } from "./json-page-scanner.ts";

function scan(chunks: string[], flatRows = true): PageEvent[] {
  const scanner = new JsonPageScanner("page.json", { flatRows });
  const events = chunks.flatMap((chunk) => scanner.push(chunk));
  scanner.finish();
  return events;
}

function cut(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let start = 0;
  for (const point of [...points, text.length]) {
    pieces.push(text.slice(start, point));
    start = point;
  }
  return pieces;
}

const cell = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(null),
  fc.boolean(),
);
const row = fc.dictionary(
  fc.string({ minLength: 1 }),
  fc.oneof(cell, fc.array(cell, { maxLength: 2 })),
  {
    maxKeys: 5,
  },
);

describe("JsonPageScanner", () => {
  it("hands out the rows and properties JSON.parse sees, however the text is cut", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 5 }),
        fc.option(fc.webUrl(), { nil: undefined }),
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (rows, nextLink, indent, cuts) => {
          const page = {
            "odata.metadata": "https://x/47013NED/$metadata#T",
            value: rows,
            ...(nextLink !== undefined && { "odata.nextLink": nextLink }),
          };
          const text = JSON.stringify(page, null, indent);
          const events = scan(cut(text, cuts));
          expect(
            events.filter((e) => e.kind === "row").map((e) => e.kind === "row" && e.row),
          ).toEqual(JSON.parse(text).value);
          const properties = Object.fromEntries(
            events.flatMap((e) => (e.kind === "property" ? [[e.name, e.value]] : [])),
          );
          expect(properties).toEqual({
            "odata.metadata": page["odata.metadata"],
            ...(nextLink !== undefined && { "odata.nextLink": nextLink }),
          });
        },
      ),
    );
  });

  it("gives each row the line and column where it starts", () => {
    const events = scan(['{\n  "value":[\n    {"a":1},{"b":2}\n  ]\n}']);
    expect(events.map((e) => [e.line, e.column])).toEqual([
      [3, 5],
      [3, 13],
    ]);
  });

  it("points each row at its opening brace, whatever the content and however the text is cut", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.jsonValue({ maxDepth: 3 }).map((v) => ({ v, s: '}{"\\\n' })),
          { maxLength: 5 },
        ),
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (rows, indent, cuts) => {
          const text = JSON.stringify({ value: rows }, null, indent);
          const events = scan(cut(text, cuts));
          const lines = text.split("\n");
          // Compare with what the text holds, not with `rows`: JSON has no -0.
          expect(events.map((e) => e.kind === "row" && e.row)).toEqual(JSON.parse(text).value);
          for (const e of events) expect(lines[e.line - 1]?.[e.column - 1]).toBe("{");
        },
      ),
    );
  });

  describe("the short cut for flat rows (parseFlatRow) against JSON.parse", () => {
    /** The events or the error message of both ways of reading. */
    const both = (chunks: string[]) => {
      const read = (flatRows: boolean) => {
        try {
          return { events: scan(chunks, flatRows) };
        } catch (error) {
          return { error: (error as Error).message, location: (error as ImportError).location };
        }
      };
      return { flat: read(true), parsed: read(false) };
    };
    // Rows like the API's, and near misses of every rule of the short cut.
    const flatCell = fc.oneof(
      fc.integer({ min: -1e15 + 1, max: 1e15 - 1 }),
      fc.nat({ max: 99_999 }),
      fc.constant(null),
      fc.constantFrom("0.0.0   ", "GM0417    ", "2022MM01", "", " . ", "1.004"),
      fc.string({ maxLength: 6 }),
      fc.constantFrom(-0, 0.5, 1e21, 2 ** 53, true, false, [], {}),
    );
    const name = fc.constantFrom(
      "ID",
      "SoortMisdrijf",
      "RegioS",
      "Perioden",
      "GeregistreerdeMisdrijven_1",
      "Aangiften_2",
      "0",
      "__proto__",
      'a"b',
      "é",
      "",
    );
    const flatRow = fc.array(fc.tuple(name, flatCell), { maxLength: 8 });
    const rowText = (fields: [string, unknown][], gap: string) =>
      `{${gap}${fields.map(([k, v]) => `${JSON.stringify(k)}${gap}:${gap}${JSON.stringify(v)}`).join(`,${gap}`)}${gap}}`;

    it("hands out the same rows at the same places, however the text is laid out and cut", () => {
      fc.assert(
        fc.property(
          fc.array(flatRow, { maxLength: 6 }),
          fc.constantFrom("", " ", "\n      ", "\r\n", "\t"),
          fc.constantFrom(",", ", ", ",\n  "),
          fc.array(fc.nat(), { maxLength: 12 }),
          (rows, gap, separator, cuts) => {
            const text = `{"odata.metadata":"x",${gap}"value":[${rows.map((r) => rowText(r, gap)).join(separator)}]}`;
            const { flat, parsed } = both(cut(text, cuts));
            expect(flat).toEqual(parsed);
          },
        ),
      );
    });

    it("gives the same error as JSON.parse for text that is almost a flat row", () => {
      const texts = fc.oneof(
        fc.constantFrom(
          '{"a":01}',
          '{"a":-}',
          '{"a":1.}',
          '{"a":1e5}',
          '{"a":nul}',
          '{"a":nullx}',
          '{"a":"x\ty"}',
          '{"a":"x\u0001"}',
          '{"a" 1}',
          '{"a":1,}',
          '{,"a":1}',
          '{"a":1 "b":2}',
          '{"a":1}x',
          '{"a":\u00a01}',
          '{"a":1234567890123456}',
          '{"a":98765432109876543210987}',
          '{"a":92654869977213444237}',
          '{"a":-9007199254740993}',
          '{"a":-0}',
        ),
        fc.string({ maxLength: 20 }).map((t) => `{"a":${t}}`),
      );
      fc.assert(
        fc.property(texts, fc.array(fc.nat(), { maxLength: 3 }), (row, cuts) => {
          const text = `{"value":[${row},{"b":2}]}`;
          const { flat, parsed } = both(cut(text, cuts));
          expect(flat).toEqual(parsed);
        }),
      );
    });
  });

  describe("rows read many at a time (PageRowHandler.parsedRow) against JSON.parse row by row", () => {
    /** The events or the error of the scanner with a `parsedRow` handler, and how many rows went through it. */
    const batched = (chunks: string[]) => {
      const events: PageEvent[] = [];
      let parsed = 0;
      const scanner = new JsonPageScanner("page.json");
      const handler = {
        readRow: () => -1,
        event: (event: PageEvent) => events.push(event),
        parsedRow: (row: Record<string, unknown>, line: number, column: number) => {
          parsed++;
          events.push({ kind: "row", row, line, column });
        },
      };
      try {
        for (const chunk of chunks) scanner.pushTo(chunk, handler);
        scanner.finish();
        return { result: { events }, parsed };
      } catch (error) {
        return {
          result: {
            events,
            error: (error as Error).message,
            location: (error as ImportError).location,
          },
          parsed,
        };
      }
    };
    /** The reference: every row parsed on its own with JSON.parse; the events before an error too. */
    const reference = (chunks: string[]) => {
      const events: PageEvent[] = [];
      const scanner = new JsonPageScanner("page.json", { flatRows: false });
      const handler = { readRow: () => -1, event: (event: PageEvent) => events.push(event) };
      try {
        for (const chunk of chunks) scanner.pushTo(chunk, handler);
        scanner.finish();
        return { events };
      } catch (error) {
        return {
          events,
          error: (error as Error).message,
          location: (error as ImportError).location,
        };
      }
    };
    const text = (rows: string[], gap: string, separator: string) =>
      `{"odata.metadata":"x",${gap}"value":[${gap}${rows.join(separator)}${gap}],"odata.nextLink":"p2.json"}`;

    it("hands out the same rows at the same places, however the rows look and the text is cut", () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.oneof(
              row.map((r) => JSON.stringify(r)),
              fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify({ v, s: '}{"\\\n]' })),
              row.map((r) => JSON.stringify(r, null, 2)),
              // Braces in strings and nested rows, without a "]" that would end the rows read at once.
              fc.constantFrom('{"s":"{"}', '{"o":{"p":1}}', '{"s":"x{y}z"}', '{"{":1}', '{"o":{}}'),
            ),
            { maxLength: 8 },
          ),
          fc.constantFrom("", " ", "\n    ", "\r\n", "\t"),
          fc.constantFrom(",", ", ", "},{".slice(1, 2), ",\n    "),
          fc.array(fc.nat(), { maxLength: 8 }),
          (rows, gap, separator, cuts) => {
            const chunks = cut(text(rows, gap, separator), cuts);
            expect(batched(chunks).result).toEqual(reference(chunks));
          },
        ),
      );
    });

    it("gives the same error at the same place, after the same rows, for text that is almost rows", () => {
      const bad = fc.constantFrom(
        "1",
        "null",
        "[]",
        '"{"',
        "{}}",
        '{"a":1} {"b":2}',
        '{"a":1},',
        '{"a":01}',
        '{"a":"x\ty"}',
        '{"a":1,}',
        "{\uFEFF}",
        '{"a":{"b":1}',
        '{"a":"}"',
        '{"a":1}]',
      );
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom('{"a":1}', '{"b":"x"}', '{"c":null,"d":[1]}'), {
            maxLength: 4,
          }),
          bad,
          fc.array(fc.constantFrom('{"a":1}', '{"e":2}'), { maxLength: 3 }),
          fc.constantFrom(",", ",\n  ", "\uFEFF,"),
          fc.array(fc.nat(), { maxLength: 4 }),
          (before, odd, after, separator, cuts) => {
            const chunks = cut(text([...before, odd, ...after], "", separator), cuts);
            expect(batched(chunks).result).toEqual(reference(chunks));
          },
        ),
      );
    });

    it("reads the rows of a piece of a page at once, up to the last whole row", () => {
      const rows = ['{"a":1}', '{"a":2,"b":"x"}', '{"a":3}'];
      const page = text(rows, "\n  ", ",\n  ");
      const { result, parsed } = batched([
        page.slice(0, page.indexOf('{"a":3') + 3),
        page.slice(page.indexOf('{"a":3') + 3),
      ]);
      expect(result).toEqual(reference([page]));
      // The third row is cut off by the end of the first piece: read on its own.
      expect(parsed).toBe(2);
    });
  });

  it("never fails on anything but an ImportError, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          scan([text]);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
    );
  });

  describe("edge cases", () => {
    it("reads a number at the end of a property when the chunk ends right after it", () => {
      expect(scan(['{"n":1', "2", "}"])).toEqual([
        { kind: "property", name: "n", value: 12, line: 1, column: 6 },
      ]);
    });

    it("reads an empty page and an empty list of rows", () => {
      expect(scan(["{}"])).toEqual([]);
      expect(scan(['{"value":[]}'])).toEqual([]);
    });

    it("reads escaped quotes and brackets inside strings", () => {
      const events = scan(['{"value":[{"a":"}\\"]{"}]}']);
      expect(events).toMatchObject([{ kind: "row", row: { a: '}"]{' } }]);
    });

    it.each([
      ["", "the page is empty"],
      ['{"value":[{"a":1}', "the page ends before its JSON is complete; the file may be cut off"],
      ['{"value":[1]}', 'expected a row (an object in "{ }") in "value", found "1"'],
      ['{"a" 1}', 'expected ":" after the property name, found "1"'],
      ["{a:1}", 'expected a property name in quotes, found "a"'],
    ])("%j is refused: %s", (text, message) => {
      expect(() => scan([text])).toThrow(message);
    });
  });
});
