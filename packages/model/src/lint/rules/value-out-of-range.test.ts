import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import type { Unit } from "../../schema/types.ts";
import {
  BVH,
  countIndicator,
  lintWith,
  messages,
  reported,
  suggestionTexts,
} from "../test-utils.ts";

const RULE = "value-out-of-range";

const planWith = (unit: Unit, value: number) =>
  makePlan({
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
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "origin": {
              "data": {},
              "id": "origin-text",
              "kind": "phrase",
            },
            "period": {
              "code": "2017",
              "kind": "period",
            },
            "problem": {
              "kind": "figure-problem",
              "problem": "grade-range",
            },
            "series": {
              "kind": "quoted",
              "text": "Cijfer",
            },
            "value": 73,
          },
          "messageId": "figure-impossible",
          "suggestionData": {
            "value": 7.3,
          },
          "suggestionId": "lost-decimal-comma",
        },
      ]
    `);
    expect(suggestionTexts(findings[0])).toMatchInlineSnapshot(`
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
      const plan = makePlan({
        sources: [BVH],
        indicators: [
          countIndicator({
            unit: "percentage",
            baseline: { value: 120, period: 2017 },
            targets: [{ kind: "maximum", value: 101, period: 2021 }],
          }),
        ],
      });
      expect(reported(lintWith(RULE, plan))).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "label": {
                "kind": "quoted",
                "text": "Aantal woninginbraken",
              },
              "place": {
                "data": {},
                "id": "place-indicator",
                "kind": "phrase",
              },
              "problem": {
                "kind": "figure-problem",
                "problem": "percentage-range",
              },
              "value": 120,
            },
            "messageId": "baseline-impossible",
            "suggestionData": {},
            "suggestionId": "check-figure",
          },
          {
            "data": {
              "label": {
                "kind": "quoted",
                "text": "Aantal woninginbraken",
              },
              "place": {
                "data": {},
                "id": "place-indicator",
                "kind": "phrase",
              },
              "problem": {
                "kind": "figure-problem",
                "problem": "percentage-range",
              },
              "value": 101,
            },
            "messageId": "target-impossible",
            "suggestionData": {},
            "suggestionId": "check-figure",
          },
        ]
      `);
    });
  });

  describe("the value a relative target comes to", () => {
    const relative = (unit: Unit, baseline: number, change: number) =>
      makePlan({
        sources: [BVH],
        indicators: [
          countIndicator({
            unit,
            baseline: { value: baseline, period: 2017 },
            targets: [{ kind: "relative", change, period: 2021 }],
          }),
        ],
      });

    it("-200% of a count is negative: an error at the change", () => {
      const findings = lintWith(RULE, relative("count", 20, -200));
      expect(messages(findings)).toEqual([
        'value-out-of-range: The target of "Aantal woninginbraken" in the indicator\'s definition is a change of -200%: from 20 that is -20, but a count is never negative.',
      ]);
      expect(messages(findings, "nl")).toEqual([
        'value-out-of-range: Het doel van "Aantal woninginbraken" in de definitie van de indicator is een verandering van -200%: vanaf 20 is dat -20, maar een aantal is nooit negatief.',
      ]);
      expect(findings[0]?.locations[0]).toEqual(["indicators", 0, "targets", 0, "change"]);
    });

    it.each<[Unit, number, number]>([
      ["count", 20, -100.5],
      ["rate-per-1000", 3.5, -150],
      ["grade", 7.5, 40],
      ["grade", 7.5, -90],
      ["percentage", 80, 30],
    ])("reports a %s from %d changed by %d%%", (unit, baseline, change) => {
      expect(lintWith(RULE, relative(unit, baseline, change))).toHaveLength(1);
    });

    it.each<[Unit, number, number]>([
      ["count", 20, -100],
      ["count", 55, -10],
      ["grade", 7.5, 33],
      ["percentage", 80, 25],
      ["rate-per-1000", 3.5, 500],
    ])(
      "accepts a %s from %d changed by %d%% (the edge of the range included)",
      (unit, baseline, change) => {
        expect(lintWith(RULE, relative(unit, baseline, change))).toEqual([]);
      },
    );
  });
});
