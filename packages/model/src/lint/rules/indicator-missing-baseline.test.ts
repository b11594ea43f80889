import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { BVH, countIndicator, lintWith, messages, reported } from "../test-utils.ts";

const RULE = "indicator-missing-baseline";

describe(RULE, () => {
  it("reports an indicator without a baseline, at its empty table cell first", () => {
    const plan = makePlan({
      sources: [BVH],
      indicators: [countIndicator({ baseline: undefined, targets: undefined })],
      indicatorTables: [
        {
          id: "t",
          title: "T",
          rows: [
            { indicator: "woninginbraken", target: { kind: "absolute", value: 100, period: 2021 } },
          ],
        },
      ],
    });
    const findings = lintWith(RULE, plan);
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "indicator-missing-baseline: The indicator "Aantal woninginbraken" has no baseline: neither on the indicator nor in its table.",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "indicator-missing-baseline: De indicator "Aantal woninginbraken" heeft geen uitgangswaarde: niet bij de indicator en niet in de tabel.",
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
          "messageId": "no-baseline-in-table",
          "suggestionData": {},
          "suggestionId": "give-baseline",
        },
      ]
    `);
    expect(findings[0]?.locations).toEqual([
      ["indicatorTables", 0, "rows", 0],
      ["indicators", 0, "id"],
    ]);
  });

  it.each([
    ["its own baseline", {}],
    [
      "a baseline in a table",
      { rows: [{ indicator: "woninginbraken", baseline: { value: 79, period: 2017 } }] },
    ],
  ])("accepts an indicator with %s", (_, table) => {
    const own = "rows" in table ? { baseline: undefined } : {};
    const plan = makePlan({
      sources: [BVH],
      indicators: [countIndicator(own)],
      indicatorTables: "rows" in table ? [{ id: "t", title: "T", ...table }] : [],
    });
    expect(lintWith(RULE, plan)).toEqual([]);
  });

  describe("edge cases", () => {
    it("can be turned off per plan, for process indicators", () => {
      const plan = makePlan({
        sources: [BVH],
        indicators: [countIndicator({ baseline: undefined })],
        lint: { rules: { [RULE]: "off" } },
      });
      expect(lintWith(RULE, plan)).toEqual([]);
    });
  });
});
