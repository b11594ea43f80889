import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { BVH, lintWith, messages, reported, suggested, suggestionIn } from "../test-utils.ts";

const RULE = "source-name-typo";

const planWith = (source: string) =>
  makePlan({
    sources: [BVH, { id: "veiligheidsmonitor", name: "Veiligheidsmonitor", kind: "survey" }],
    indicators: [{ id: "w", label: "Aantal woninginbraken", unit: "count", source: "bvh" }],
    indicatorTables: [
      { id: "t", title: "Effectindicatoren woninginbraken", rows: [{ indicator: "w", source }] },
    ],
  });

describe(RULE, () => {
  it("reports a printed source that is a typo of a known one", () => {
    const findings = lintWith(RULE, planWith("BHV/Politie"));
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "source-name-typo: The source "BHV/Politie" in table "Effectindicatoren woninginbraken" looks like a typo of "BVH/politie".",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "source-name-typo: De bron "BHV/Politie" in tabel "Effectindicatoren woninginbraken" lijkt een typefout voor "BVH/politie".",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "name": {
              "kind": "quoted",
              "text": "BVH/politie",
            },
            "source": {
              "kind": "quoted",
              "text": "BHV/Politie",
            },
            "table": {
              "kind": "quoted",
              "text": "Effectindicatoren woninginbraken",
            },
          },
          "messageId": "likely-typo",
          "suggestionData": {
            "name": {
              "kind": "quoted",
              "text": "BVH/politie",
            },
          },
          "suggestionId": "write-name",
        },
      ]
    `);
    expect(suggestionIn(findings[0], "en")).toBe('Write "BVH/politie".');
    expect(findings[0]?.locations).toEqual([["indicatorTables", 0, "rows", 0, "source"]]);
  });

  it.each(["BVH/politie", "BVH ¹ /politie", "bvh/Politie", "Veiligheidsmonitor"])(
    "accepts %j",
    (source) => {
      expect(lintWith(RULE, planWith(source))).toEqual([]);
    },
  );

  describe("edge cases", () => {
    it.each(["BVH/politiecijfers", "CBS", "Eigen registratie"])(
      "leaves another name than a known one alone: %j",
      (source) => {
        expect(lintWith(RULE, planWith(source))).toEqual([]);
      },
    );

    it("reports a letter dropped from a longer name", () => {
      expect(suggested(lintWith(RULE, planWith("Veiligheidsmontor"))[0])).toMatchInlineSnapshot(`
        {
          "suggestionData": {
            "name": {
              "kind": "quoted",
              "text": "Veiligheidsmonitor",
            },
          },
          "suggestionId": "write-name",
        }
      `);
    });
  });
});
