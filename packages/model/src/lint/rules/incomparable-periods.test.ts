import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { BVH, countIndicator, lintWith, messages, reported, suggestionIn } from "../test-utils.ts";

const RULE = "incomparable-periods";

const claimPlan = (from: string | number, to: string | number) =>
  makePlan({
    series: [{ id: "woninginbraken", label: "Woninginbraken" }],
    claims: [
      {
        id: "c",
        section: "2",
        quote: "Het aantal is gedaald.",
        series: "woninginbraken",
        kind: "decreased",
        from,
        to,
      },
    ],
  });

describe(RULE, () => {
  it("reports a claim comparing a year-to-date figure with a full year", () => {
    const findings = lintWith(RULE, claimPlan(2017, "2018-01..2018-10"));
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "incomparable-periods: The claim "Het aantal is gedaald." compares 2017 with Jan-Oct 2018, which do not cover the same months; a year-to-date figure can only be compared with the same months of another year.",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "incomparable-periods: De bewering "Het aantal is gedaald." vergelijkt 2017 met jan-okt 2018, die niet dezelfde maanden beslaan; een cijfer tot en met een maand is alleen te vergelijken met dezelfde maanden van een ander jaar.",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "from": {
              "code": "2017",
              "kind": "period",
            },
            "to": {
              "code": "2018-01..2018-10",
              "kind": "period",
            },
            "where": {
              "data": {
                "quote": {
                  "kind": "quoted",
                  "text": "Het aantal is gedaald.",
                },
              },
              "id": "where-claim",
              "kind": "fragment",
            },
          },
          "messageId": "not-same-months-to-date",
          "suggestionData": {
            "alike": {
              "code": "2017-01..2017-10",
              "kind": "period",
            },
            "to": {
              "code": "2018-01..2018-10",
              "kind": "period",
            },
          },
          "suggestionId": "compare-alike",
        },
      ]
    `);
    expect(suggestionIn(findings[0], "en")).toBe("Compare Jan-Oct 2018 with Jan-Oct 2017.");
    expect(findings[0]?.locations).toEqual([
      ["claims", 0, "to"],
      ["claims", 0, "from"],
    ]);
  });

  it("accepts the same months of two years", () => {
    expect(lintWith(RULE, claimPlan("2017-01..2017-10", "2018-01..2018-10"))).toEqual([]);
  });

  describe("edge cases", () => {
    it("checks the change and reference columns of tables", () => {
      const plan = makePlan({
        series: [{ id: "w", label: "W" }],
        tables: [
          {
            id: "t",
            number: 1,
            title: "T",
            columns: [
              { id: "delta", kind: "change", from: "2017-H1", to: 2018, header: "ontwikkeling" },
              { id: "regio", kind: "reference", from: 2017, to: "2018-Q1" },
            ],
            rows: [{ series: "w" }],
          },
        ],
      });
      expect(reported(lintWith(RULE, plan))).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "from": {
                "code": "2017-H1",
                "kind": "period",
              },
              "to": {
                "code": "2018",
                "kind": "period",
              },
              "where": {
                "data": {
                  "column": {
                    "kind": "quoted",
                    "text": "ontwikkeling",
                  },
                  "table": {
                    "data": {
                      "number": "1",
                    },
                    "id": "table-number",
                    "kind": "phrase",
                  },
                },
                "id": "where-column",
                "kind": "fragment",
              },
            },
            "messageId": "not-same-months-to-date",
            "suggestionData": {
              "alike": {
                "code": "2017",
                "kind": "period",
              },
              "to": {
                "code": "2018",
                "kind": "period",
              },
            },
            "suggestionId": "compare-alike",
          },
          {
            "data": {
              "from": {
                "code": "2017",
                "kind": "period",
              },
              "to": {
                "code": "2018-Q1",
                "kind": "period",
              },
              "where": {
                "data": {
                  "column": {
                    "kind": "quoted",
                    "text": "regio",
                  },
                  "table": {
                    "data": {
                      "number": "1",
                    },
                    "id": "table-number",
                    "kind": "phrase",
                  },
                },
                "id": "where-column",
                "kind": "fragment",
              },
            },
            "messageId": "not-same-months-to-date",
            "suggestionData": {
              "alike": {
                "code": "2017-Q1",
                "kind": "period",
              },
              "to": {
                "code": "2018-Q1",
                "kind": "period",
              },
            },
            "suggestionId": "compare-alike",
          },
        ]
      `);
    });

    it("checks an indicator's baseline against its target", () => {
      const plan = makePlan({
        sources: [BVH],
        indicators: [countIndicator({ baseline: { value: 70, period: "2017-01..2017-10" } })],
      });
      expect(reported(lintWith(RULE, plan))).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "from": {
                "code": "2017-01..2017-10",
                "kind": "period",
              },
              "to": {
                "code": "2021",
                "kind": "period",
              },
              "where": {
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
                },
                "id": "where-target",
                "kind": "fragment",
              },
            },
            "messageId": "not-same-months-to-date",
            "suggestionData": {
              "alike": {
                "code": "2017",
                "kind": "period",
              },
              "to": {
                "code": "2021",
                "kind": "period",
              },
            },
            "suggestionId": "compare-alike",
          },
        ]
      `);
    });
  });
});
