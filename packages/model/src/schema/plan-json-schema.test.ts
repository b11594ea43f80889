import { describe, expect, it } from "vitest";
import published from "../../plan.schema.json" with { type: "json" };
import { createPlanJsonSchema, PLAN_JSON_SCHEMA_PATH } from "./plan-json-schema.ts";

/** The value at a path of keys in a JSON object. */
function at(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

describe("createPlanJsonSchema", () => {
  it("matches the published plan.schema.json (run `pnpm --filter @ivp/model schema` when this fails)", () => {
    expect(published, `${PLAN_JSON_SCHEMA_PATH} is stale`).toEqual(createPlanJsonSchema());
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
