import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import type { PlanInput } from "../../schema/types.ts";
import { lintWith, messages, reported, suggestionIn } from "../test-utils.ts";

const RULE = "conflicting-figures";

type Block = NonNullable<PlanInput["observations"]>[number];

const TABLE: NonNullable<PlanInput["tables"]>[number] = {
  id: "tabel-2",
  number: 2,
  title: "Politiecijfers",
  columns: [{ id: "jaar-2015", kind: "value", period: 2015 }],
  rows: [{ series: "autokraak" }],
};

const table = (value: number): Block => ({
  origin: "table",
  table: "tabel-2",
  periods: [2015],
  values: { autokraak: [value] },
});
const text = (value: number, extra: Partial<Block> = {}): Block => ({
  origin: "text",
  section: "2. Huidige situatie",
  quote: `In 2015 waren dit er ${value}.`,
  series: "autokraak",
  period: 2015,
  value,
  ...extra,
});

const planWith = (...observations: Block[]) =>
  makePlan({
    series: [{ id: "autokraak", label: "Auto-inbraken" }],
    areas: [{ id: "mnl", name: "Midden-Nederland", kind: "police-unit" }],
    tables: [TABLE],
    observations,
  });

describe(RULE, () => {
  it("reports two values for the same series, area and period, the text's first", () => {
    const findings = lintWith(RULE, planWith(table(63), text(65)));
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "conflicting-figures: "Auto-inbraken" 2015 is given as 2 different values: 63 in Table 2; 65 in the text (2. Huidige situatie).",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "conflicting-figures: "Auto-inbraken" 2015 staat er met 2 verschillende waarden: 63 in Tabel 2; 65 in de tekst (2. Huidige situatie).",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "count": 2,
            "figure": {
              "data": {
                "period": {
                  "code": "2015",
                  "kind": "period",
                },
                "series": {
                  "kind": "quoted",
                  "text": "Auto-inbraken",
                },
              },
              "id": "figure",
              "kind": "fragment",
            },
            "values": {
              "items": [
                {
                  "data": {
                    "origins": {
                      "items": [
                        {
                          "data": {
                            "number": "2",
                          },
                          "id": "table-number",
                          "kind": "phrase",
                        },
                      ],
                      "kind": "list",
                      "style": "and",
                    },
                    "value": 63,
                  },
                  "id": "value-in",
                  "kind": "fragment",
                },
                {
                  "data": {
                    "origins": {
                      "items": [
                        {
                          "data": {
                            "section": "2. Huidige situatie",
                          },
                          "id": "origin-text-section",
                          "kind": "phrase",
                        },
                      ],
                      "kind": "list",
                      "style": "and",
                    },
                    "value": 65,
                  },
                  "id": "value-in",
                  "kind": "fragment",
                },
              ],
              "kind": "list",
              "style": "semicolon",
            },
          },
          "messageId": "different-values",
          "suggestionData": {
            "table": {
              "data": {
                "number": "2",
              },
              "id": "table-number",
              "kind": "phrase",
            },
            "value": 63,
          },
          "suggestionId": "check-against-table",
        },
      ]
    `);
    expect(suggestionIn(findings[0], "nl")).toMatchInlineSnapshot(
      `"Controleer het cijfer bij de bron; Tabel 2 geeft 63."`,
    );
    expect(findings[0]?.locations).toEqual([
      { kind: "plan", path: ["observations", 1, "value"] },
      { kind: "plan", path: ["observations", 0, "values", "autokraak", 0] },
    ]);
  });

  it("accepts the same figure quoted twice", () => {
    expect(lintWith(RULE, planWith(table(63), text(63), text(63)))).toEqual([]);
  });

  describe("edge cases", () => {
    it("groups the places of each value: 13 once, 11 twice", () => {
      expect(
        reported(lintWith(RULE, planWith(table(11), text(13), text(11)))),
      ).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "count": 2,
              "figure": {
                "data": {
                  "period": {
                    "code": "2015",
                    "kind": "period",
                  },
                  "series": {
                    "kind": "quoted",
                    "text": "Auto-inbraken",
                  },
                },
                "id": "figure",
                "kind": "fragment",
              },
              "values": {
                "items": [
                  {
                    "data": {
                      "origins": {
                        "items": [
                          {
                            "data": {
                              "number": "2",
                            },
                            "id": "table-number",
                            "kind": "phrase",
                          },
                          {
                            "data": {
                              "section": "2. Huidige situatie",
                            },
                            "id": "origin-text-section",
                            "kind": "phrase",
                          },
                        ],
                        "kind": "list",
                        "style": "and",
                      },
                      "value": 11,
                    },
                    "id": "value-in",
                    "kind": "fragment",
                  },
                  {
                    "data": {
                      "origins": {
                        "items": [
                          {
                            "data": {
                              "section": "2. Huidige situatie",
                            },
                            "id": "origin-text-section",
                            "kind": "phrase",
                          },
                        ],
                        "kind": "list",
                        "style": "and",
                      },
                      "value": 13,
                    },
                    "id": "value-in",
                    "kind": "fragment",
                  },
                ],
                "kind": "list",
                "style": "semicolon",
              },
            },
            "messageId": "different-values",
            "suggestionData": {
              "table": {
                "data": {
                  "number": "2",
                },
                "id": "table-number",
                "kind": "phrase",
              },
              "value": 11,
            },
            "suggestionId": "check-against-table",
          },
        ]
      `);
    });

    it("takes the most frequent value as the reference without a table", () => {
      const findings = lintWith(RULE, planWith(text(11), text(13), text(11)));
      expect(findings[0]?.locations[0]).toEqual({
        kind: "plan",
        path: ["observations", 1, "value"],
      });
    });

    it("does not compare different areas, and names the area when it is not the municipality", () => {
      expect(lintWith(RULE, planWith(text(63), text(65, { area: "mnl" })))).toEqual([]);
      expect(
        reported(lintWith(RULE, planWith(text(63, { area: "mnl" }), text(65, { area: "mnl" })))),
      ).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "count": 2,
              "figure": {
                "data": {
                  "area": "Midden-Nederland",
                  "period": {
                    "code": "2015",
                    "kind": "period",
                  },
                  "series": {
                    "kind": "quoted",
                    "text": "Auto-inbraken",
                  },
                },
                "id": "figure-in-area",
                "kind": "fragment",
              },
              "values": {
                "items": [
                  {
                    "data": {
                      "origins": {
                        "items": [
                          {
                            "data": {
                              "section": "2. Huidige situatie",
                            },
                            "id": "origin-text-section",
                            "kind": "phrase",
                          },
                        ],
                        "kind": "list",
                        "style": "and",
                      },
                      "value": 63,
                    },
                    "id": "value-in",
                    "kind": "fragment",
                  },
                  {
                    "data": {
                      "origins": {
                        "items": [
                          {
                            "data": {
                              "section": "2. Huidige situatie",
                            },
                            "id": "origin-text-section",
                            "kind": "phrase",
                          },
                        ],
                        "kind": "list",
                        "style": "and",
                      },
                      "value": 65,
                    },
                    "id": "value-in",
                    "kind": "fragment",
                  },
                ],
                "kind": "list",
                "style": "semicolon",
              },
            },
            "messageId": "different-values",
            "suggestionData": {},
            "suggestionId": "check-figures",
          },
        ]
      `);
    });

    it("ignores missing values (a missing value is not 0)", () => {
      expect(lintWith(RULE, planWith(text(63), { ...text(0), value: null }))).toEqual([]);
    });
  });
});
