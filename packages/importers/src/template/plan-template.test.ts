import { KERNBELEID_VEILIGHEID } from "@ivp/model";
import { formatIssue, parseObservationsCsv, parsePlanYaml } from "@ivp/plan-file";
import { describe, expect, it } from "vitest";
import { CRIME_TYPES } from "../crime-types/crime-types.ts";
import { createPlanTemplate, DATA_FILE_HEADER, planSchemaUrl } from "./plan-template.ts";

const BLARICUM = { name: "Blaricum", code: "GM0376" };
const LAREN = { name: "Laren", code: "GM0417", statlineName: "Laren (NH.)" };

function parse(text: string) {
  const result = parsePlanYaml(text, "plan.yaml");
  if (!result.success) throw new Error(result.issues.map((i) => formatIssue(i)).join("\n"));
  return result.plan;
}

describe("createPlanTemplate", () => {
  it("is a valid plan for the municipality and period", () => {
    const plan = parse(
      createPlanTemplate({ municipality: LAREN, period: { start: 2024, end: 2027 } }),
    );
    expect(plan).toMatchObject({
      id: "laren-2024-2027",
      title: "Integraal Veiligheidsplan Laren 2024-2027",
      municipality: LAREN,
      period: { start: 2024, end: 2027 },
      data: ["data/politie.csv"],
    });
    expect(parseObservationsCsv(DATA_FILE_HEADER, "data.csv", { defaultArea: "GM0417" })).toEqual({
      success: true,
      observations: [],
    });
  });

  it("maps the usual police indicators to their crime-type codes", () => {
    const plan = parse(
      createPlanTemplate({ municipality: BLARICUM, period: { start: 2024, end: 2027 } }),
    );
    const police = CRIME_TYPES.filter((t) => t.classification === "police");
    expect(plan.series.filter((s) => s.codes).map((s) => [s.id, s.codes?.police])).toEqual(
      police.map((t) => [t.series, t.code]),
    );
    expect(plan.indicators.map((i) => [i.id, i.unit, i.direction, i.source])).toEqual(
      police.map((t) => [t.series, "count", "lower-is-better", "politie"]),
    );
    expect(plan.series.some((s) => s.id === "inwoners")).toBe(true);
  });

  it("leaves baselines and targets empty, and marks every placeholder with TODO", () => {
    const text = createPlanTemplate({ municipality: BLARICUM, period: { start: 2024, end: 2027 } });
    const plan = parse(text);
    expect(plan.indicatorTables[0]?.rows.every((r) => !r.baseline && !r.target)).toBe(true);
    expect(plan.indicators.every((i) => !i.baseline && !i.targets)).toBe(true);
    expect(plan.mission).toMatch(/^TODO: /);
    expect(plan.priorities[0]?.goals).toMatch(/^TODO: /);
    // The header's explanation, the mission (comment and value), the example
    // priority (comment and goal) and the indicator table. The population series
    // needs none: `ivp import` of CBS 03759ned fills it.
    expect(text.match(/TODO/g)).toHaveLength(6);
  });

  it("has a rolling figure table (the last three years with figures), and lists the Kernbeleid themes", () => {
    const text = createPlanTemplate({ municipality: BLARICUM, period: { start: 2024, end: 2027 } });
    const table = parse(text).tables[0];
    expect(table?.columns).toEqual([]);
    expect(table?.rolling).toEqual({ last: 3, granularity: "year", change: "previous" });
    for (const field of KERNBELEID_VEILIGHEID)
      for (const theme of field.themes)
        expect(text).toContain(`#     ${theme.code} ${theme.name.nl}\n`);
  });

  it("points editors at the published schema by default: a URL, never a local path", () => {
    const text = createPlanTemplate({ municipality: BLARICUM, period: { start: 2024, end: 2027 } });
    expect(text.split("\n")[0]).toBe(`# yaml-language-server: $schema=${planSchemaUrl()}`);
    expect(planSchemaUrl()).toBe("https://cdn.jsdelivr.net/npm/@ivp/model/plan.schema.json");
    expect(planSchemaUrl("0.4.1")).toBe(
      "https://cdn.jsdelivr.net/npm/@ivp/model@0.4.1/plan.schema.json",
    );
    expect(
      createPlanTemplate({
        municipality: BLARICUM,
        period: { start: 2024, end: 2027 },
        schemaPath: false,
      }).split("\n")[0],
    ).toBe("# Integraal Veiligheidsplan Blaricum 2024-2027");
  });

  it("starts with the editor's schema line when given a schema path", () => {
    const text = createPlanTemplate({
      municipality: BLARICUM,
      period: { start: 2024, end: 2027 },
      schemaPath: "../../packages/model/plan.schema.json",
    });
    expect(text.split("\n").slice(0, 3)).toEqual([
      "# yaml-language-server: $schema=../../packages/model/plan.schema.json",
      "#",
      "# Integraal Veiligheidsplan Blaricum 2024-2027",
    ]);
  });

  describe("edge cases", () => {
    it("quotes names YAML would misread and makes a plain id of them", () => {
      const plan = parse(
        createPlanTemplate({
          municipality: {
            name: "'s-Gravenhage",
            code: "GM0518",
            statlineName: "'s-Gravenhage (gemeente)",
          },
          period: { start: 2024, end: 2027 },
        }),
      );
      expect(plan.id).toBe("s-gravenhage-2024-2027");
      expect(plan.municipality.statlineName).toBe("'s-Gravenhage (gemeente)");
    });

    it("is the same text for the same input", () => {
      const options = { municipality: BLARICUM, period: { start: 2024, end: 2027 } };
      expect(createPlanTemplate(options)).toBe(createPlanTemplate(options));
    });
  });
});
