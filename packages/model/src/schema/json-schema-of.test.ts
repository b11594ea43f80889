import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import * as model from "../index.ts";
import { isoDateSchema, meta, urlSchema } from "./common.ts";
import { jsonSchemaOf } from "./json-schema-of.ts";

/** What zod's own generator writes, without the `$schema` line. */
function zods(schema: z.ZodMiniType): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "input" }) as Record<
    string,
    unknown
  >;
  return rest;
}

/** Equal and in the same key order. */
function expectSame(schema: z.ZodMiniType): void {
  const ours = jsonSchemaOf(schema);
  expect(ours).toEqual(zods(schema));
  expect(JSON.stringify(ours)).toBe(JSON.stringify(zods(schema)));
}

const exported = Object.entries(model).flatMap(([name, value]): [string, z.ZodMiniType][] =>
  name.endsWith("Schema") ? [[name, value as z.ZodMiniType]] : [],
);

describe("jsonSchemaOf: zod's toJSONSchema for the features the plan format uses", () => {
  it("finds the schemas @ivp/model exports", () => {
    expect(exported.length).toBeGreaterThan(30);
  });

  it.each(exported)("writes what zod writes for %s, key for key", (_, schema) => {
    expectSame(schema);
  });

  it.each([
    ["a date", isoDateSchema()],
    ["a URL", urlSchema],
    ["a text with a minimum and a pattern", z.string().check(z.minLength(2), z.regex(/^a/))],
    ["an integer with bounds", z.int().check(z.gte(3)).check(z.lte(9))],
    ["a positive integer", z.int().check(z.positive())],
    ["a number with a minimum", z.number().check(z.gte(0))],
    ["a literal", z.literal("value")],
    ["a default object", z._default(z.strictObject({ a: z.optional(z.string()) }), {})],
    ["a nullable number", z.nullable(z.number())],
    ["a union of bare types", z.union([z.number(), z.string(), z.boolean()])],
    ["a nullable object", z.nullable(z.strictObject({ a: z.boolean() }))],
    ["a list with a minimum", z.array(z.string()).check(z.minLength(1))],
    ["a record", z.record(z.string(), z.array(z.number()))],
    [
      "a described schema described again",
      meta(meta(z.string(), { description: "first", examples: ["x"] }), { description: "second" }),
    ],
    [
      "a described wrapper of a described schema",
      meta(z.optional(meta(z.string(), { description: "inner" })), { description: "outer" }),
    ],
    [
      "a transforming pipe with examples, in a list with a default",
      z._default(
        z.array(
          meta(
            z.pipe(
              z.string(),
              z.transform((value: string) => value.length),
            ),
            { examples: ["a"], description: "length" },
          ),
        ),
        [],
      ),
    ],
  ])("writes what zod writes for %s", (_, schema) => {
    expectSame(schema as z.ZodMiniType);
  });

  it("throws for a zod type it does not know, rather than write a wrong schema", () => {
    expect(() => jsonSchemaOf(z.tuple([z.string()]))).toThrow("no JSON Schema for a zod tuple");
  });
});
