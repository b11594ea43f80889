import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { BVH, countIndicator, lintWith, messages, reported } from "../test-utils.ts";

const RULE = "indicator-missing-target";

describe(RULE, () => {
  it("notes an indicator without a target, as information", () => {
    const plan = makePlan({
      sources: [BVH],
      indicators: [countIndicator({ targets: undefined })],
      indicatorTables: [{ id: "t", title: "T", rows: [{ indicator: "woninginbraken" }] }],
    });
    const findings = lintWith(RULE, plan);
    expect(findings.map((f) => f.severity)).toEqual(["info"]);
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "indicator-missing-target: The indicator "Aantal woninginbraken" has no target, not in its table either.",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "indicator-missing-target: De indicator "Aantal woninginbraken" heeft geen doel, ook niet in de tabel.",
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
          "messageId": "no-target-in-table",
          "suggestionData": {},
          "suggestionId": "give-target",
        },
      ]
    `);
  });

  it("accepts an indicator with a target in a table", () => {
    const plan = makePlan({
      sources: [BVH],
      indicators: [countIndicator({ targets: undefined })],
      indicatorTables: [
        {
          id: "t",
          title: "T",
          rows: [
            { indicator: "woninginbraken", target: { kind: "absolute", value: 59, period: 2021 } },
          ],
        },
      ],
    });
    expect(lintWith(RULE, plan)).toEqual([]);
  });

  describe("edge cases", () => {
    it("points at the indicator when no table lists it", () => {
      const findings = lintWith(
        RULE,
        makePlan({ sources: [BVH], indicators: [countIndicator({ targets: [] })] }),
      );
      expect(findings[0]?.locations).toEqual([["indicators", 0, "id"]]);
    });
  });
});
