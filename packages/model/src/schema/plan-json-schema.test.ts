import { describe, expect, it } from "vitest";
import published from "../../plan.schema.json" with { type: "json" };
import { createPlanJsonSchema, PLAN_JSON_SCHEMA_PATH } from "../json-schema.ts";
import { generatePlanJsonSchema } from "./plan-json-schema.ts";

/** The value at a path of keys in a JSON object. */
function at(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

describe("generatePlanJsonSchema", () => {
  it("generates the published plan.schema.json (run `pnpm --filter @ivp/model schema` when this fails)", () => {
    expect(published, `${PLAN_JSON_SCHEMA_PATH} is stale`).toEqual(generatePlanJsonSchema());
  });
});

describe("createPlanJsonSchema", () => {
  it("gives what the zod schemas generate, key for key in the same order", () => {
    const shipped = createPlanJsonSchema();
    expect(shipped).toEqual(generatePlanJsonSchema());
    expect(JSON.stringify(shipped)).toBe(JSON.stringify(generatePlanJsonSchema()));
  });

  it("gives a new copy on each call, so changing one changes no other", () => {
    const first = createPlanJsonSchema();
    first.title = "changed";
    (first.required as string[]).push("changed");
    expect(createPlanJsonSchema().title).toBe("ivp plan");
    expect(createPlanJsonSchema().required).not.toContain("changed");
  });

  it("describes the plan format as written: draft 2020-12, closed objects, optional defaults", () => {
    const schema = createPlanJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual([
      "schemaVersion",
      "id",
      "title",
      "municipality",
      "period",
      "mission",
    ]);
  });

  describe("edge cases", () => {
    it("accepts a period as a YAML number or as text, since plans write both", () => {
      const period = at(createPlanJsonSchema(), [
        "properties",
        "indicatorTables",
        "items",
        "properties",
        "rows",
        "items",
        "properties",
        "baseline",
        "anyOf",
        "0",
        "properties",
        "period",
      ]);
      expect(at(period, ["anyOf"])).toEqual([
        expect.objectContaining({ type: "integer" }),
        expect.objectContaining({ type: "string" }),
      ]);
    });

    it("offers a baseline as one figure or as an average of a range (from and to, both required)", () => {
      const baseline = at(createPlanJsonSchema(), [
        "properties",
        "indicators",
        "items",
        "properties",
        "baseline",
        "anyOf",
      ]) as { required: string[]; properties: Record<string, { required?: string[] }> }[];
      expect(baseline.map((option) => option.required)).toEqual([["value", "period"], ["average"]]);
      expect(baseline[1]?.properties.average?.required).toEqual(["from", "to"]);
    });
  });
});
