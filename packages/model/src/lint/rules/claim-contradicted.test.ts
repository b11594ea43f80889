import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../schema/types.ts";
import { lintWith, messages, reported, suggestionIn } from "../test-utils.ts";

const RULE = "claim-contradicted";

const planWith = (
  periods: (string | number)[],
  values: (number | null)[],
  claim: Pick<Claim, "kind"> & { from: string | number; to: string | number },
  unit: "count" | "percentage" = "count",
) =>
  makePlan({
    series: [{ id: "geweld", label: "Geweldsmisdrijven", unit }],
    observations: [{ origin: "table", table: "t", periods, values: { geweld: values } }],
    tables: [
      {
        id: "t",
        number: 2,
        title: "T",
        columns: [{ id: "c", kind: "value", period: 2017 }],
        rows: [{ series: "geweld" }],
      },
    ],
    claims: [
      { id: "c", section: "2", quote: "Dat is elk jaar afgenomen.", series: "geweld", ...claim },
    ],
  });

const YEARS = [2013, 2014, 2015, 2016, 2017];

describe(RULE, () => {
  it("reports a claim of a decrease every year that the figures contradict", () => {
    const findings = lintWith(
      RULE,
      planWith(YEARS, [40, 35, 41, 29, 23], { kind: "strictly-decreasing", from: 2013, to: 2017 }),
    );
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "claim-contradicted: The claim "Dat is elk jaar afgenomen." (lower every year from 2013 to 2017) is contradicted by the figures: 2015 (41) is not lower than 2014 (35).",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "claim-contradicted: De bewering "Dat is elk jaar afgenomen." (elk jaar lager van 2013 tot 2017) klopt niet met de cijfers: 2015 (41) is niet lager dan 2014 (35).",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "claim": {
              "data": {
                "from": {
                  "code": "2013",
                  "kind": "period",
                },
                "to": {
                  "code": "2017",
                  "kind": "period",
                },
              },
              "id": "claim-strictly-decreasing",
              "kind": "fragment",
            },
            "quote": {
              "kind": "quoted",
              "text": "Dat is elk jaar afgenomen.",
            },
            "reasons": {
              "items": [
                {
                  "data": {
                    "earlier": {
                      "data": {
                        "period": {
                          "code": "2014",
                          "kind": "period",
                        },
                        "value": 35,
                      },
                      "id": "point",
                      "kind": "fragment",
                    },
                    "later": {
                      "data": {
                        "period": {
                          "code": "2015",
                          "kind": "period",
                        },
                        "value": 41,
                      },
                      "id": "point",
                      "kind": "fragment",
                    },
                  },
                  "id": "not-lower",
                  "kind": "fragment",
                },
              ],
              "kind": "list",
              "style": "and",
            },
          },
          "messageId": "contradicted",
          "suggestionData": {
            "first": {
              "data": {
                "period": {
                  "code": "2013",
                  "kind": "period",
                },
                "value": 40,
              },
              "id": "point",
              "kind": "fragment",
            },
            "last": {
              "data": {
                "period": {
                  "code": "2017",
                  "kind": "period",
                },
                "value": 23,
              },
              "id": "point",
              "kind": "fragment",
            },
          },
          "suggestionId": "rephrase-lower",
        },
      ]
    `);
    expect(suggestionIn(findings[0], "en")).toMatchInlineSnapshot(
      `"Rephrase the claim, e.g. lower in 2017 (23) than in 2013 (40)."`,
    );
    expect(findings[0]?.locations).toEqual([
      ["claims", 0, "kind"],
      { kind: "plan", path: ["observations", 0, "values", "geweld", 1] },
      { kind: "plan", path: ["observations", 0, "values", "geweld", 2] },
    ]);
  });

  it("accepts a claim the figures bear out", () => {
    expect(
      lintWith(
        RULE,
        planWith(YEARS, [40, 35, 31, 29, 23], {
          kind: "strictly-decreasing",
          from: 2013,
          to: 2017,
        }),
      ),
    ).toEqual([]);
    expect(
      lintWith(
        RULE,
        planWith(YEARS, [40, 35, 41, 29, 23], { kind: "decreased", from: 2013, to: 2017 }),
      ),
    ).toEqual([]);
  });

  describe("edge cases", () => {
    it.each<[string, (number | null)[], Claim["kind"], number]>([
      ["an increase every year", [1, 2, 3, 4, 5], "strictly-increasing", 0],
      [
        "a year without change breaks an increase every year",
        [1, 2, 2, 4, 5],
        "strictly-increasing",
        1,
      ],
      ["a missing year is skipped", [40, null, 30, 29, 23], "strictly-decreasing", 0],
      ["an overall increase", [1, 9, 0, 4, 5], "increased", 0],
      ["no overall increase", [5, 9, 0, 4, 5], "increased", 1],
      ["a decrease needs both end points", [null, 35, 41, 29, 50], "decreased", 0],
    ])("%s", (_, values, kind, count) => {
      expect(lintWith(RULE, planWith(YEARS, values, { kind, from: 2013, to: 2017 }))).toHaveLength(
        count,
      );
    });

    it("counts a year-to-date figure as a lower bound for a year without a figure", () => {
      // The Laren text: huiselijk geweld "neemt sinds 2017 af", 6 in 2017, 7 up to October 2018.
      const findings = lintWith(
        RULE,
        planWith([2017, "2018-01..2018-10"], [6, 7], { kind: "decreased", from: 2017, to: 2018 }),
      );
      expect(reported(findings)).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "claim": {
                "data": {
                  "from": {
                    "code": "2017",
                    "kind": "period",
                  },
                  "to": {
                    "code": "2018",
                    "kind": "period",
                  },
                },
                "id": "claim-decreased",
                "kind": "fragment",
              },
              "quote": {
                "kind": "quoted",
                "text": "Dat is elk jaar afgenomen.",
              },
              "reasons": {
                "items": [
                  {
                    "data": {
                      "earlier": {
                        "data": {
                          "period": {
                            "code": "2017",
                            "kind": "period",
                          },
                          "value": 6,
                        },
                        "id": "point",
                        "kind": "fragment",
                      },
                      "later": {
                        "data": {
                          "inside": {
                            "code": "2018-01..2018-10",
                            "kind": "period",
                          },
                          "period": {
                            "code": "2018",
                            "kind": "period",
                          },
                          "value": 7,
                        },
                        "id": "point-at-least",
                        "kind": "fragment",
                      },
                    },
                    "id": "not-lower",
                    "kind": "fragment",
                  },
                ],
                "kind": "list",
                "style": "and",
              },
            },
            "messageId": "contradicted",
            "suggestionData": {},
            "suggestionId": "rephrase-or-drop",
          },
        ]
      `);
      expect(messages(findings, "nl")).toMatchInlineSnapshot(`
        [
          "claim-contradicted: De bewering "Dat is elk jaar afgenomen." (lager in 2018 dan in 2017) klopt niet met de cijfers: 2018 (minstens 7, het cijfer van jan-okt 2018) is niet lager dan 2017 (6).",
        ]
      `);
    });

    it("proves nothing with a lower bound on the wrong side", () => {
      // At least 7 in 2018 says nothing against a decrease from 2018 to 2019.
      expect(
        lintWith(
          RULE,
          planWith(["2018-01..2018-10", 2019], [7, 5], { kind: "decreased", from: 2018, to: 2019 }),
        ),
      ).toEqual([]);
      // ...but against an increase from 2018 (at least 7) to 2019 (5) it does.
      expect(
        lintWith(
          RULE,
          planWith(["2018-01..2018-10", 2019], [7, 5], { kind: "increased", from: 2018, to: 2019 }),
        ),
      ).toHaveLength(1);
    });

    it("uses no lower bounds for percentages", () => {
      expect(
        lintWith(
          RULE,
          planWith(
            [2017, "2018-01..2018-10"],
            [6, 7],
            { kind: "decreased", from: 2017, to: 2018 },
            "percentage",
          ),
        ),
      ).toEqual([]);
    });

    it("leaves a claim over periods that cannot be compared to incomparable-periods", () => {
      expect(
        lintWith(
          RULE,
          planWith([2017, "2018-01..2018-10"], [79, 90], {
            kind: "decreased",
            from: 2017,
            to: "2018-01..2018-10",
          }),
        ),
      ).toEqual([]);
    });
  });
});
