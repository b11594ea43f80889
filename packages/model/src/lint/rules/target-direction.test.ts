import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import type { PlanInput } from "../../schema/types.ts";
import { BVH, countIndicator, lintWith, messages, reported } from "../test-utils.ts";

const RULE = "target-direction";

type Target = NonNullable<NonNullable<PlanInput["indicators"]>[number]["targets"]>[number];

const planWith = (
  target: Target,
  direction: "lower-is-better" | "higher-is-better" = "lower-is-better",
) => makePlan({ sources: [BVH], indicators: [countIndicator({ direction, targets: [target] })] });

describe(RULE, () => {
  it("reports a target that goes the wrong way", () => {
    const findings = lintWith(RULE, planWith({ kind: "absolute", value: 90, period: 2021 }));
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "target-direction: The target 90 of "Aantal woninginbraken" in the indicator's definition is worse than the baseline 79: lower is better.",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "target-direction: Het doel 90 van "Aantal woninginbraken" in de definitie van de indicator is slechter dan de uitgangswaarde 79: lager is beter.",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "baseline": 79,
            "better": {
              "data": {},
              "id": "lower-is-better",
              "kind": "fragment",
            },
            "label": {
              "kind": "quoted",
              "text": "Aantal woninginbraken",
            },
            "place": {
              "data": {},
              "id": "place-indicator",
              "kind": "phrase",
            },
            "target": 90,
          },
          "messageId": "worse-than-baseline",
          "suggestionData": {
            "direction": "lower-is-better",
          },
          "suggestionId": "check-direction",
        },
      ]
    `);
  });

  it("accepts a target that goes the right way", () => {
    expect(lintWith(RULE, planWith({ kind: "absolute", value: 59, period: 2021 }))).toEqual([]);
  });

  describe("edge cases", () => {
    it.each<[string, Target, "lower-is-better" | "higher-is-better", number]>([
      [
        "a positive change when lower is better",
        { kind: "relative", change: 10, period: 2021 },
        "lower-is-better",
        1,
      ],
      [
        "a negative change when higher is better",
        { kind: "relative", change: -10, period: 2021 },
        "higher-is-better",
        1,
      ],
      [
        "a minimum when lower is better",
        { kind: "minimum", value: 50, period: 2021 },
        "lower-is-better",
        1,
      ],
      [
        "a maximum when higher is better",
        { kind: "maximum", value: 90, period: 2021 },
        "higher-is-better",
        1,
      ],
      [
        "a maximum when lower is better",
        { kind: "maximum", value: 79, period: 2021 },
        "lower-is-better",
        0,
      ],
      ["keeping the level", { kind: "keep-level", period: 2021 }, "higher-is-better", 0],
      [
        "a target equal to the baseline",
        { kind: "absolute", value: 79, period: 2021 },
        "lower-is-better",
        0,
      ],
    ])("%s", (_, target, direction, count) => {
      expect(lintWith(RULE, planWith(target, direction))).toHaveLength(count);
    });

    it("leaves a relative target's printed value to relative-target-mismatch", () => {
      // "60 (-25%)" from 20: the -25% goes the right way, the 60 is the other rule's.
      const target: Target = { kind: "relative", value: 60, change: -25, period: 2021 };
      expect(
        lintWith(
          RULE,
          makePlan({
            sources: [BVH],
            indicators: [
              countIndicator({ baseline: { value: 20, period: 2017 }, targets: [target] }),
            ],
          }),
        ),
      ).toEqual([]);
    });

    it("says nothing about an indicator without a direction", () => {
      const plan = makePlan({
        sources: [BVH],
        indicators: [
          countIndicator({
            direction: undefined,
            targets: [{ kind: "absolute", value: 90, period: 2021 }],
          }),
        ],
      });
      expect(lintWith(RULE, plan)).toEqual([]);
    });
  });
});
