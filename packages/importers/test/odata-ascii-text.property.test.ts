/**
 * A worker of `ivp bulk` reads the pieces of an OData page that are all
 * ASCII without decoding UTF-8 (`asciiText`): the figures, and every error
 * and its place, must be those of decoding every piece, however the page is
 * cut, with or without a byte-order mark, characters of two to four bytes
 * cut between pieces, a byte-order mark's bytes inside the page (dropped only
 * at its start), and bytes that are not UTF-8.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiText } from "../src/node/read-source-file.ts";
import { type PageLoader, readODataPages } from "../src/odata/read-odata-pages.ts";
import { collect } from "./helpers.ts";

const FIRST = "https://opendata.cbs.nl/ODataApi/OData/47013NED/TypedDataSet";

/** A title of ASCII and other characters, as bytes: sometimes a byte that is not UTF-8. */
const title = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom("a", "Z", " ", "-", "9") },
      {
        weight: 1,
        arbitrary: fc.constantFrom("\u00e9", "\u20ac", "\u{1f600}", "\u0131", "\ufeff"),
      },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

const page = fc.record({
  bom: fc.boolean(),
  rows: fc.array(
    fc.record({
      title,
      region: fc.constantFrom("GM0376", "GM0417", "NL01"),
      count: fc.nat({ max: 999 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  // Where a byte replaces one, if anywhere (a fraction of the page's length), and which:
  // 0xFF is never UTF-8, "A" cuts a character short when it replaces one of its bytes.
  bad: fc.option(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { nil: undefined }),
  byte: fc.constantFrom(0xff, 0x41),
  sizes: fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }),
});

type Page = typeof page extends fc.Arbitrary<infer T> ? T : never;

function bytesOf(p: Page): Uint8Array {
  const text = JSON.stringify(
    {
      value: p.rows.map((r, id) => ({
        ID: id,
        SoortMisdrijf: "1.1.1   ",
        RegioS: `${r.region}${r.title}`,
        Perioden: "2023MM01",
        Titel: r.title,
        GeregistreerdeMisdrijven_1: r.count,
      })),
    },
    null,
    1,
  );
  const bytes = [...(p.bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)];
  if (p.bad !== undefined) bytes[Math.floor(p.bad * bytes.length)] = p.byte;
  return Uint8Array.from(bytes);
}

/** The page in pieces of the given sizes, in turn. */
function loader(bytes: Uint8Array, sizes: readonly number[]): PageLoader {
  return async () =>
    (function* () {
      for (let i = 0, k = 0; i < bytes.length; k++) {
        const size = sizes[k % sizes.length] as number;
        yield bytes.subarray(i, i + size);
        i += size;
      }
    })();
}

/** The figures read, or the error's message and place. */
async function outcome(bytes: Uint8Array, sizes: readonly number[], ascii: boolean) {
  try {
    return await collect(
      readODataPages({
        first: FIRST,
        loadPage: loader(bytes, sizes),
        displayName: () => "page.json",
        ...(ascii && { asciiText }),
      }),
    );
  } catch (error) {
    const e = error as Error & { location?: unknown };
    return { message: e.message, location: e.location };
  }
}

describe("readODataPages with asciiText", () => {
  it("reads the same figures and fails with the same error at the same place as decoding every piece", async () => {
    await fc.assert(
      fc.asyncProperty(page, async (p) => {
        const bytes = bytesOf(p);
        expect(await outcome(bytes, p.sizes, true)).toEqual(await outcome(bytes, p.sizes, false));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps a byte-order mark's bytes inside the page when the pieces before them were ASCII", async () => {
    const text =
      '{"value":[{"ID":0,"SoortMisdrijf":"1.1.1","RegioS":"GM03\ufeff76","Perioden":"2023MM01","GeregistreerdeMisdrijven_1":4}]}';
    const bytes = new TextEncoder().encode(text);
    const at = bytes.indexOf(0xef);
    // The first piece ends just before the mark: all ASCII.
    const sizes = [at, bytes.length];
    const read = await outcome(bytes, sizes, true);
    expect(read).toEqual(await outcome(bytes, sizes, false));
    expect(JSON.stringify(read)).toContain("GM03\ufeff76");
  });

  it("fails at the same place when a character is cut short and ASCII follows in the next piece", async () => {
    const text =
      '{"value":[{"ID":0,"SoortMisdrijf":"1.1.1","RegioS":"GM0376\u00e9","Perioden":"2023MM01","GeregistreerdeMisdrijven_1":4}]}';
    const bytes = new TextEncoder().encode(text);
    const lead = bytes.indexOf(0xc3);
    bytes[lead + 1] = 0x41; // "A" in the place of the second byte of "\u00e9"
    const sizes = [lead + 1, bytes.length];
    const read = await outcome(bytes, sizes, true);
    expect(read).toEqual(await outcome(bytes, sizes, false));
    expect(read).toMatchObject({ location: { file: "page.json", line: 1 } });
  });

  it("reads only bytes that are all ASCII, as Latin-1 text", () => {
    expect(asciiText(new TextEncoder().encode('{"a":1}'))).toBe('{"a":1}');
    expect(asciiText(Buffer.from("caf\u00e9", "utf8"))).toBeUndefined();
    expect(asciiText(Uint8Array.of(0x7f, 0x41))).toBe("\u007fA");
    expect(asciiText(Uint8Array.of(0x80))).toBeUndefined();
    expect(asciiText(new Uint8Array(0))).toBe("");
    // A view into a larger buffer: only its own bytes.
    const whole = new TextEncoder().encode("xxabcxx");
    expect(asciiText(whole.subarray(2, 5))).toBe("abc");
  });
});
