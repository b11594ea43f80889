import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { BVH, countIndicator, lintWith, messages, reported } from "../test-utils.ts";

const RULE = "indicator-missing-direction";

describe(RULE, () => {
  it("reports an indicator that does not say which way is good", () => {
    const findings = lintWith(
      RULE,
      makePlan({ sources: [BVH], indicators: [countIndicator({ direction: undefined })] }),
    );
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "indicator-missing-direction: The indicator "Aantal woninginbraken" does not say whether higher or lower is better.",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "indicator-missing-direction: De indicator "Aantal woninginbraken" zegt niet of hoger of lager beter is.",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "label": {
              "kind": "quoted",
              "text": "Aantal woninginbraken",
            },
          },
          "messageId": "no-direction",
          "suggestionData": {},
          "suggestionId": "add-direction",
        },
      ]
    `);
    expect(findings[0]?.locations).toEqual([["indicators", 0, "id"]]);
  });

  it.each(["lower-is-better", "higher-is-better"] as const)("accepts %s", (direction) => {
    expect(
      lintWith(RULE, makePlan({ sources: [BVH], indicators: [countIndicator({ direction })] })),
    ).toEqual([]);
  });

  describe("edge cases", () => {
    it("reports each indicator without a direction once", () => {
      const plan = makePlan({
        sources: [BVH],
        indicators: [
          countIndicator({ direction: undefined }),
          countIndicator({ id: "b", direction: undefined }),
        ],
      });
      expect(lintWith(RULE, plan).map((f) => f.locations)).toEqual([
        [["indicators", 0, "id"]],
        [["indicators", 1, "id"]],
      ]);
    });
  });
});
