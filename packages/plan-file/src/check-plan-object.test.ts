import { MINIMAL_PLAN } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { checkPlanObject } from "./check-plan-object.ts";
import { parsePlanYaml } from "./parse-plan-yaml.ts";

/** The first problem of a plan file made of `plan` (YAML is a superset of JSON), as parsePlanYaml words it. */
function firstOfFile(plan: unknown, lang: "en" | "nl") {
  const parsed = parsePlanYaml(JSON.stringify(plan), "plan.yaml", { lang });
  if (parsed.success) throw new Error("expected a problem");
  const [issue] = parsed.issues;
  return { field: issue?.location?.field ?? "", message: issue?.message };
}

describe("checkPlanObject", () => {
  it("gives back a valid plan as the schema reads it", () => {
    const result = checkPlanObject(MINIMAL_PLAN);
    expect(result).toEqual({
      success: true,
      plan: expect.objectContaining({ id: MINIMAL_PLAN.id }),
    });
  });

  it("words a schema problem as parsePlanYaml does, with its field, in English and in Dutch", () => {
    const broken = { ...MINIMAL_PLAN, title: 42 };
    for (const lang of ["en", "nl"] as const) {
      const result = checkPlanObject(broken, lang);
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.field).toBe("title");
      expect(result).toMatchObject(firstOfFile(broken, lang));
    }
    const en = checkPlanObject(broken, "en");
    const nl = checkPlanObject(broken, "nl");
    expect(!en.success && !nl.success && en.message !== nl.message).toBe(true);
  });

  it("words a broken reference as parsePlanYaml does, in English and in Dutch", () => {
    const broken = {
      ...MINIMAL_PLAN,
      indicators: [{ id: "x", label: "X", unit: "count", source: "nergens" }],
    };
    for (const lang of ["en", "nl"] as const) {
      const result = checkPlanObject(broken, lang);
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.field).toBe("indicators[0].source");
      expect(result.message).toMatch(/nergens/);
      expect(result).toMatchObject(firstOfFile(broken, lang));
    }
  });

  it("names an unknown field by its own name, as parsePlanYaml does", () => {
    const broken = { ...MINIMAL_PLAN, titel: "IVP" };
    const result = checkPlanObject(broken, "nl");
    expect(result).toMatchObject({ success: false, field: "titel" });
    expect(result).toMatchObject(firstOfFile(broken, "nl"));
  });

  it("names no field for the plan as a whole", () => {
    const result = checkPlanObject(42, "nl");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.field).toBe("");
  });
});
