import { describe, expect, it } from "vitest";
import { formatIssue, parsePlanYaml } from "../src/index.ts";

/** A small plan with an indicator table; `row` is the YAML of its one row, `language` the plan's. */
function planText(row: string, language = "nl"): string {
  return [
    "schemaVersion: 1",
    "id: test",
    "title: Test",
    "municipality: { name: Laren, code: GM0417 }",
    "period: { start: 2024, end: 2027 }",
    `language: ${language}`,
    "mission: Veilig.",
    "indicators:",
    "  - { id: cijfer, label: Rapportcijfer veiligheid, unit: grade, direction: higher-is-better }",
    "indicatorTables:",
    "  - id: doelen",
    "    title: Doelen",
    "    rows:",
    `      - ${row}`,
    "",
  ].join("\n");
}

describe("Dutch numbers in plan.yaml", () => {
  it('reads a quoted decimal comma ("7,3") as 7.3 in a Dutch plan', () => {
    const result = parsePlanYaml(
      planText('{ indicator: cijfer, baseline: { value: "7,3", period: 2023 } }'),
      "plan.yaml",
    );
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.plan.indicatorTables[0]?.rows[0]?.baseline).toMatchObject({ value: 7.3 });
    }
  });

  it("changes nothing for an English plan: a quoted number stays refused", () => {
    const result = parsePlanYaml(
      planText('{ indicator: cijfer, baseline: { value: "7,3", period: 2023 } }', "en"),
      "plan.yaml",
    );
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues.map((issue) => formatIssue(issue)).join("\n")).toContain(
        "write decimals with a point: 7.3",
      );
    }
  });

  it("explains an unquoted decimal comma in { } and says how to write it", () => {
    const text = planText("{ indicator: cijfer, baseline: { value: 131,0, period: 2023 } }");
    const result = parsePlanYaml(text, "plan.yaml");
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues.map((issue) => formatIssue(issue))).toContain(
        'plan.yaml:14:49  error  decimal-comma  131,0 is read as two values, 131 and 0: in [ ] and { } YAML separates values with a comma (write the decimal with a point, 131.0, or quote it, "131,0")',
      );
      // The schema's own message is still there, on the same line.
      expect(result.issues.some((i) => i.message.includes('unknown field "0"'))).toBe(true);
    }
  });

  it("explains an unquoted decimal comma in [ ]", () => {
    const text = planText("{ indicator: cijfer, baseline: { value: [1,7, 1,6], period: 2023 } }");
    const result = parsePlanYaml(text, "plan.yaml");
    expect(result.success).toBe(false);
    if (!result.success) {
      const messages = result.issues
        .filter((i) => i.code === "decimal-comma")
        .map((i) => i.message);
      expect(messages).toEqual([
        "1,7 is read as two values, 1 and 7: in [ ] and { } YAML separates values with a comma",
        "1,6 is read as two values, 1 and 6: in [ ] and { } YAML separates values with a comma",
      ]);
    }
  });

  describe("edge cases", () => {
    it.each([
      ["a list of years", "[2022,2023]"],
      ["a list of three numbers", "[1,2,3]"],
      ["quoted text", '["1,7"]'],
    ])("does not take %s for a decimal", (_, value) => {
      const text = planText(`{ indicator: cijfer, baseline: { value: ${value}, period: 2023 } }`);
      const result = parsePlanYaml(text, "plan.yaml");
      expect(result.success).toBe(false);
      if (!result.success)
        expect(result.issues.filter((i) => i.code === "decimal-comma")).toEqual([]);
    });
  });
});
