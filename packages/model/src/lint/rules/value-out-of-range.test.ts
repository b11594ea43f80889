import { describe, expect, it } from "vitest";
import type { Unit } from "../../schema/types.ts";
import { BVH, buildPlan, countIndicator, lintWith, messages } from "../test-utils.ts";

const RULE = "value-out-of-range";

const planWith = (unit: Unit, value: number) =>
  buildPlan({
    series: [{ id: "x", label: "Cijfer", unit }],
    observations: [{ origin: "text", quote: "...", series: "x", period: 2017, value }],
  });

describe(RULE, () => {
  it("reports a grade outside 1-10, with a guess at the lost decimal comma", () => {
    const findings = lintWith(RULE, planWith("grade", 73));
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "value-out-of-range: "Cijfer" 2017 is 73 in the text, but a grade lies between 1 and 10.",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "value-out-of-range: "Cijfer" 2017 is 73 in de tekst, maar een rapportcijfer ligt tussen 1 en 10.",
      ]
    `);
    expect(findings[0]?.suggestion).toMatchInlineSnapshot(`
      {
        "en": "Probably 7.3 was meant (a lost decimal comma).",
        "nl": "Bedoeld is waarschijnlijk 7,3 (komma vergeten).",
      }
    `);
  });

  it.each<[Unit, number]>([
    ["grade", 1],
    ["grade", 10],
    ["percentage", 0],
    ["percentage", 100],
    ["count", 0],
    ["rate-per-1000", 12.5],
  ])("accepts a %s of %d", (unit, value) => {
    expect(lintWith(RULE, planWith(unit, value))).toEqual([]);
  });

  describe("edge cases", () => {
    it.each<[Unit, number]>([
      ["grade", 0.5],
      ["percentage", 100.1],
      ["percentage", -1],
      ["count", -3],
      ["count", 2.5],
      ["rate-per-1000", -0.1],
    ])("reports a %s of %d", (unit, value) => {
      expect(lintWith(RULE, planWith(unit, value))).toHaveLength(1);
    });

    it("checks baselines and targets in the indicator's unit", () => {
      const plan = buildPlan({
        sources: [BVH],
        indicators: [
          countIndicator({
            unit: "percentage",
            baseline: { value: 120, period: 2017 },
            targets: [{ kind: "maximum", value: 101, period: 2021 }],
          }),
        ],
      });
      expect(messages(lintWith(RULE, plan))).toMatchInlineSnapshot(`
        [
          "value-out-of-range: The baseline of "Aantal woninginbraken" in the indicator's definition is 120, but a percentage lies between 0 and 100.",
          "value-out-of-range: The target of "Aantal woninginbraken" in the indicator's definition is 101, but a percentage lies between 0 and 100.",
        ]
      `);
    });
  });
});
