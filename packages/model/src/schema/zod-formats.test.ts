import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { isoDateSchema, refine, urlSchema } from "./common.ts";

// The messages compared here are zod's English words, which an application
// (or @ivp/plan-file) sets; the model itself sets no locale (zod-locale.test.ts).
z.config(en());

/** What a caller of safeParse sees: the value, or the issues (with the message zod's locale gives). */
function outcome(schema: z.ZodMiniType, input: unknown) {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? { value: result.data } : { issues: result.error.issues };
}

describe("urlSchema: z.url() written out", () => {
  const reference = z.url();

  it.each([
    ["a web address", "https://www.politie.nl/mijn-buurt"],
    ["one with spaces around it", "  https://opendata.cbs.nl/statline  "],
    ["one with a tab and a line break inside", "https://exa\tmple.com/a\nb"],
    ["http without slashes", "http:example.com"],
    ["another scheme", "mailto:info@laren.nl"],
    ["a path only", "/statline/83648NED"],
    ["a word", "Politie"],
    ["an empty text", ""],
    ["spaces", "   "],
    ["a bad port", "https://example.com:99999"],
    ["a number", 12],
    ["nothing", undefined],
  ])("gives what z.url() gives for %s", (_, input) => {
    expect(outcome(urlSchema, input)).toEqual(outcome(reference, input));
  });

  it("says Invalid URL, as zod's English messages do", () => {
    expect(urlSchema.safeParse("Politie").error?.issues).toEqual([
      { code: "invalid_format", format: "url", path: [], message: "Invalid URL" },
    ]);
  });

  it("gives what z.url() gives for any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc.string({
            unit: fc.constantFrom(
              "h",
              "t",
              "p",
              "s",
              ":",
              "/",
              ".",
              "a",
              " ",
              "\t",
              "\n",
              "%",
              "@",
            ),
          }),
          fc.string(),
        ),
        (input) => {
          expect(outcome(urlSchema, input)).toEqual(outcome(reference, input));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("is a URI in the JSON Schema, as z.url() is", () => {
    expect(z.toJSONSchema(urlSchema)).toEqual(z.toJSONSchema(reference));
  });
});

describe("isoDateSchema: z.iso.date() without the namespace z.iso", () => {
  it.each(["2024-02-29", "2023-02-29", "2022-10-01", "2022-13-01", "2022-1-1", " 2022-10-01", ""])(
    "gives what z.iso.date() gives for %j",
    (input) => {
      expect(outcome(isoDateSchema(), input)).toEqual(outcome(z.iso.date(), input));
    },
  );

  it("gives what z.iso.date() gives for any text of digits and hyphens, and any date", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: fc.constantFrom("0", "1", "2", "3", "9", "-") }),
          fc
            .date({ min: new Date("0000-01-01"), max: new Date("9999-12-31"), noInvalidDate: true })
            .map((date) => date.toISOString().slice(0, 10)),
          fc
            .tuple(
              fc.integer({ min: 0, max: 9999 }),
              fc.integer({ min: 0, max: 13 }),
              fc.integer({ min: 0, max: 32 }),
            )
            .map(
              ([y, m, d]) =>
                `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
            ),
          fc.anything(),
        ),
        (input) => {
          expect(outcome(isoDateSchema(), input)).toEqual(outcome(z.iso.date(), input));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reports the issue key for key as z.iso.date() does", () => {
    const issues = (schema: z.ZodMiniType) =>
      JSON.stringify(schema.safeParse("2023-02-29", { reportInput: true }).error?.issues);
    expect(issues(isoDateSchema())).toBe(issues(z.iso.date()));
    expect(isoDateSchema().safeParse("2023-02-29").error?.issues[0]?.message).toBe(
      "Invalid ISO date",
    );
  });

  it("has the JSON Schema of z.iso.date(), key for key", () => {
    expect(JSON.stringify(z.toJSONSchema(isoDateSchema()))).toBe(
      JSON.stringify(z.toJSONSchema(z.iso.date())),
    );
  });
});

describe("refine: z.refine() written with z.check", () => {
  /** The issues (with their input) as JSON, key order included. */
  const issues = (schema: z.ZodMiniType, input: unknown) =>
    JSON.stringify(schema.safeParse(input, { reportInput: true }).error?.issues);
  const positive = (value: number) => value > 0;
  const ordered = (range: { from: number; to: number }) => range.from <= range.to;
  const range = z.strictObject({ from: z.number(), to: z.number() });

  it.each([
    [
      "a check of a number",
      z.number().check(refine(positive, { message: "must be positive" })),
      z.number().check(z.refine(positive, { message: "must be positive" })),
      [1, 0, -2, "x", undefined],
    ],
    [
      "a check of an object, with a path",
      range.check(refine(ordered, { path: ["to"], message: "ends before it starts" })),
      range.check(z.refine(ordered, { path: ["to"], message: "ends before it starts" })),
      [
        { from: 1, to: 2 },
        { from: 2, to: 1 },
        { from: "a", to: 1 },
        { from: 2, to: 1, extra: 0 },
        7,
      ],
    ],
    [
      "a text checked twice, the first check failing",
      z
        .string()
        .check(z.minLength(1, { message: "must not be empty" }))
        .check(refine((text: string) => text.trim() !== "", { message: "only spaces" })),
      z
        .string()
        .check(z.minLength(1, { message: "must not be empty" }))
        .check(z.refine((text: string) => text.trim() !== "", { message: "only spaces" })),
      ["a", "", " ", 3],
    ],
  ])("reports what z.refine() reports, key for key: %s", (_, ours, reference, inputs) => {
    for (const input of inputs) {
      expect(issues(ours, input)).toBe(issues(reference, input));
      expect(ours.safeParse(input).data).toEqual(reference.safeParse(input).data);
    }
  });

  it("leaves the JSON Schema as z.refine() leaves it", () => {
    expect(
      z.toJSONSchema(z.number().check(refine(positive, { message: "must be positive" }))),
    ).toEqual(
      z.toJSONSchema(z.number().check(z.refine(positive, { message: "must be positive" }))),
    );
  });
});
