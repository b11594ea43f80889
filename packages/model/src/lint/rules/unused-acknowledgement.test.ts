import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { lintPlan } from "../lint-plan.ts";
import {
  BVH,
  countIndicator,
  lintWith,
  messages,
  reported,
  suggested,
  suggestionIn,
} from "../test-utils.ts";

const RULE = "unused-acknowledgement";

// A target of 60 (-25%) from 79: relative-target-mismatch reports it at
// indicators[0].targets[0].value.
const slip = countIndicator({
  targets: [{ kind: "relative", value: 60, change: -25, period: 2021 }],
});
const acknowledge = (rule: string, at: string) => ({
  lint: { acknowledged: [{ rule, at, reason: "Zo gedrukt." }] },
});

describe(RULE, () => {
  it("reports an acknowledgement that matches no finding, at its field", () => {
    const plan = makePlan({
      sources: [BVH],
      indicators: [countIndicator()],
      ...acknowledge("relative-target-mismatch", "indicators[0].targets[0].value"),
    });
    const findings = lintWith(RULE, plan);
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "unused-acknowledgement: lint.acknowledged accepts a finding of "relative-target-mismatch" at indicators[0].targets[0].value, but the rule finds nothing there.",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "unused-acknowledgement: lint.acknowledged erkent een bevinding van "relative-target-mismatch" bij indicators[0].targets[0].value, maar die regel vindt daar niets.",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "field": "indicators[0].targets[0].value",
            "rule": {
              "kind": "quoted",
              "text": "relative-target-mismatch",
            },
          },
          "messageId": "nothing-found",
          "suggestionData": {},
          "suggestionId": "remove-acknowledgement",
        },
      ]
    `);
    expect(findings[0]?.locations).toEqual([["lint", "acknowledged", 0, "at"]]);
    expect(suggestionIn(findings[0], "en")).toBe(
      "Remove the acknowledgement: there is nothing left to accept.",
    );
  });

  it("accepts an acknowledgement that matches a finding", () => {
    const plan = makePlan({
      sources: [BVH],
      indicators: [slip],
      ...acknowledge("relative-target-mismatch", "indicators[0].targets[0].value"),
    });
    expect(lintWith(RULE, plan)).toEqual([]);
  });

  describe("edge cases", () => {
    it("points at the field the rule does report when the field has moved", () => {
      const plan = makePlan({
        sources: [BVH],
        indicators: [countIndicator({ id: "a" }), { ...slip, id: "b" }],
        ...acknowledge("relative-target-mismatch", "indicators[0].targets[0].value"),
      });
      expect(suggested(lintWith(RULE, plan)[0])).toMatchInlineSnapshot(`
        {
          "suggestionData": {
            "field": "indicators[1].targets[0].value",
          },
          "suggestionId": "field-moved",
        }
      `);
    });

    it("points only at fields of the rule it names, not at another rule's nearer finding", () => {
      // target-direction reports indicators[0].targets[0].value (a lower-is-better
      // target above its baseline), exactly where the acknowledgement points;
      // relative-target-mismatch reports indicators[1].targets[0].value.
      const plan = makePlan({
        sources: [BVH],
        indicators: [
          countIndicator({ id: "a", targets: [{ kind: "absolute", value: 99, period: 2021 }] }),
          { ...slip, id: "b" },
        ],
        ...acknowledge("relative-target-mismatch", "indicators[0].targets[0].value"),
      });
      expect(lintPlan(plan).map((f) => [f.code, f.locations[0]])).toContainEqual([
        "target-direction",
        ["indicators", 0, "targets", 0, "value"],
      ]);
      expect(suggested(lintWith(RULE, plan)[0])?.suggestionData).toEqual({
        field: "indicators[1].targets[0].value",
      });
    });

    it("names the closest rule when the rule id is misspelt", () => {
      const plan = makePlan({
        sources: [BVH],
        indicators: [slip],
        ...acknowledge("relative-target-mismatc", "indicators[0].targets[0].value"),
      });
      const findings = lintWith(RULE, plan);
      expect(reported(findings)).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "rule": {
                "kind": "quoted",
                "text": "relative-target-mismatc",
              },
            },
            "messageId": "no-such-rule",
            "suggestionData": {
              "rule": {
                "kind": "quoted",
                "text": "relative-target-mismatch",
              },
            },
            "suggestionId": "did-you-mean",
          },
        ]
      `);
      expect(findings[0]?.locations).toEqual([["lint", "acknowledged", 0, "rule"]]);
      expect(suggested(findings[0])).toMatchInlineSnapshot(`
        {
          "suggestionData": {
            "rule": {
              "kind": "quoted",
              "text": "relative-target-mismatch",
            },
          },
          "suggestionId": "did-you-mean",
        }
      `);
    });

    it("reports an acknowledgement of a rule the plan turns off", () => {
      const plan = makePlan({
        sources: [BVH],
        indicators: [slip],
        lint: {
          rules: { "relative-target-mismatch": "off" },
          acknowledged: [
            {
              rule: "relative-target-mismatch",
              at: "indicators[0].targets[0].value",
              reason: "Zo gedrukt.",
            },
          ],
        },
      });
      expect(lintPlan(plan).map((f) => f.code)).toEqual([RULE]);
    });

    it("has nothing to check without acknowledgements", () => {
      expect(lintWith(RULE, makePlan({ sources: [BVH], indicators: [slip] }))).toEqual([]);
    });
  });
});
