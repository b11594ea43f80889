import { describe, expect, it } from "vitest";
import { BVH, buildPlan, countIndicator, lintWith, messages } from "../test-utils.ts";

const RULE = "indicator-missing-source";

describe(RULE, () => {
  it("reports an indicator without a source anywhere", () => {
    const plan = buildPlan({
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
    expect(findings[0]?.locations).toEqual([
      ["indicators", 0, "id"],
      ["indicatorTables", 0, "rows", 0],
    ]);
  });

  it("accepts an indicator with a source", () => {
    expect(lintWith(RULE, buildPlan({ sources: [BVH], indicators: [countIndicator()] }))).toEqual(
      [],
    );
  });

  describe("edge cases", () => {
    it("names the source id to add when a table prints a known source", () => {
      const plan = buildPlan({
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
      expect(messages(findings)).toMatchInlineSnapshot(`
        [
          "indicator-missing-source: The indicator "Aantal woninginbraken" has no source, although table "T" prints "BVH ¹ /politie" as its source.",
        ]
      `);
      expect(findings[0]?.suggestion?.en).toBe("Add source: bvh.");
    });
  });
});
