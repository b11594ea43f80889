import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { BVH, countIndicator, lintWith, messages, reported, suggested } from "../test-utils.ts";

const RULE = "indicator-missing-source";

describe(RULE, () => {
  it("reports an indicator without a source anywhere", () => {
    const plan = makePlan({
      indicators: [
        { id: "bibob", label: "Bibob: nieuwe (risicovolle) ondernemingen", unit: "percentage" },
      ],
      indicatorTables: [
        { id: "goc", title: "Effectindicatoren GOC", rows: [{ indicator: "bibob" }] },
      ],
    });
    const findings = lintWith(RULE, plan);
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "indicator-missing-source: The indicator "Bibob: nieuwe (risicovolle) ondernemingen" has no source: neither on the indicator nor in its table.",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "indicator-missing-source: De indicator "Bibob: nieuwe (risicovolle) ondernemingen" heeft geen bron: niet bij de indicator en niet in de tabel.",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "label": {
              "kind": "quoted",
              "text": "Bibob: nieuwe (risicovolle) ondernemingen",
            },
          },
          "messageId": "no-source-in-table",
          "suggestionData": {},
          "suggestionId": "record-source",
        },
      ]
    `);
    expect(findings[0]?.locations).toEqual([
      ["indicators", 0, "id"],
      ["indicatorTables", 0, "rows", 0],
    ]);
  });

  it("accepts an indicator with a source", () => {
    expect(lintWith(RULE, makePlan({ sources: [BVH], indicators: [countIndicator()] }))).toEqual(
      [],
    );
  });

  describe("edge cases", () => {
    it("names the source id to add when a table prints a known source", () => {
      const plan = makePlan({
        sources: [BVH],
        indicators: [countIndicator({ source: undefined })],
        indicatorTables: [
          {
            id: "t",
            title: "T",
            rows: [{ indicator: "woninginbraken", source: "BVH ¹ /politie" }],
          },
        ],
      });
      const findings = lintWith(RULE, plan);
      expect(reported(findings)).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "label": {
                "kind": "quoted",
                "text": "Aantal woninginbraken",
              },
              "source": {
                "kind": "quoted",
                "text": "BVH ¹ /politie",
              },
              "table": {
                "kind": "quoted",
                "text": "T",
              },
            },
            "messageId": "source-only-printed",
            "suggestionData": {
              "id": "bvh",
            },
            "suggestionId": "add-source",
          },
        ]
      `);
      expect(suggested(findings[0])).toMatchInlineSnapshot(`
        {
          "suggestionData": {
            "id": "bvh",
          },
          "suggestionId": "add-source",
        }
      `);
    });
  });
});
