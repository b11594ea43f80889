import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { BVH, lintWith, messages, reported, suggestionIn } from "../test-utils.ts";

const RULE = "indicator-wording-conflict";

const INDICATOR = {
  id: "verwarde-personen",
  label: "Aantal meldingen van verwarde personen",
  unit: "count",
  direction: "lower-is-better",
  source: "bvh",
} as const;

function rows(
  first: { label?: string; source?: string },
  second: { label?: string; source?: string },
) {
  return makePlan({
    sources: [BVH],
    indicators: [INDICATOR],
    indicatorTables: [
      {
        id: "a",
        title: "Meetbare hoofddoelstellingen",
        rows: [{ indicator: INDICATOR.id, ...first }],
      },
      {
        id: "b",
        title: "Effectindicatoren zorg en veiligheid",
        rows: [{ indicator: INDICATOR.id, ...second }],
      },
    ],
  });
}

describe(RULE, () => {
  it("reports an indicator printed with different labels and sources", () => {
    const findings = lintWith(
      RULE,
      rows(
        { label: "Aantal verwarde personen", source: "BVH/politie" },
        { label: "Aantal meldingen van verwarde personen", source: "BVH/politiecijfers" },
      ),
    );
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "indicator-wording-conflict: "Aantal meldingen van verwarde personen" is printed with 2 different labels: "Aantal verwarde personen" in table "Meetbare hoofddoelstellingen"; "Aantal meldingen van verwarde personen" in table "Effectindicatoren zorg en veiligheid". Readers may take them for different indicators.",
        "indicator-wording-conflict: "Aantal meldingen van verwarde personen" is printed with 2 different sources: "BVH/politie" in table "Meetbare hoofddoelstellingen"; "BVH/politiecijfers" in table "Effectindicatoren zorg en veiligheid".",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "indicator-wording-conflict: "Aantal meldingen van verwarde personen" staat met 2 verschillende namen in de tabellen: "Aantal verwarde personen" in tabel "Meetbare hoofddoelstellingen"; "Aantal meldingen van verwarde personen" in tabel "Effectindicatoren zorg en veiligheid". Lezers kunnen denken dat het verschillende indicatoren zijn.",
        "indicator-wording-conflict: "Aantal meldingen van verwarde personen" staat met 2 verschillende bronnen in de tabellen: "BVH/politie" in tabel "Meetbare hoofddoelstellingen"; "BVH/politiecijfers" in tabel "Effectindicatoren zorg en veiligheid".",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "count": 2,
            "label": {
              "kind": "quoted",
              "text": "Aantal meldingen van verwarde personen",
            },
            "names": {
              "items": [
                {
                  "data": {
                    "name": {
                      "kind": "quoted",
                      "text": "Aantal verwarde personen",
                    },
                    "places": {
                      "items": [
                        {
                          "data": {
                            "table": {
                              "kind": "quoted",
                              "text": "Meetbare hoofddoelstellingen",
                            },
                          },
                          "id": "place-row",
                          "kind": "phrase",
                        },
                      ],
                      "kind": "list",
                      "style": "and",
                    },
                  },
                  "id": "printed-in",
                  "kind": "fragment",
                },
                {
                  "data": {
                    "name": {
                      "kind": "quoted",
                      "text": "Aantal meldingen van verwarde personen",
                    },
                    "places": {
                      "items": [
                        {
                          "data": {
                            "table": {
                              "kind": "quoted",
                              "text": "Effectindicatoren zorg en veiligheid",
                            },
                          },
                          "id": "place-row",
                          "kind": "phrase",
                        },
                      ],
                      "kind": "list",
                      "style": "and",
                    },
                  },
                  "id": "printed-in",
                  "kind": "fragment",
                },
              ],
              "kind": "list",
              "style": "semicolon",
            },
          },
          "messageId": "different-labels",
          "suggestionData": {},
          "suggestionId": "same-label",
        },
        {
          "data": {
            "count": 2,
            "label": {
              "kind": "quoted",
              "text": "Aantal meldingen van verwarde personen",
            },
            "names": {
              "items": [
                {
                  "data": {
                    "name": {
                      "kind": "quoted",
                      "text": "BVH/politie",
                    },
                    "places": {
                      "items": [
                        {
                          "data": {
                            "table": {
                              "kind": "quoted",
                              "text": "Meetbare hoofddoelstellingen",
                            },
                          },
                          "id": "place-row",
                          "kind": "phrase",
                        },
                      ],
                      "kind": "list",
                      "style": "and",
                    },
                  },
                  "id": "printed-in",
                  "kind": "fragment",
                },
                {
                  "data": {
                    "name": {
                      "kind": "quoted",
                      "text": "BVH/politiecijfers",
                    },
                    "places": {
                      "items": [
                        {
                          "data": {
                            "table": {
                              "kind": "quoted",
                              "text": "Effectindicatoren zorg en veiligheid",
                            },
                          },
                          "id": "place-row",
                          "kind": "phrase",
                        },
                      ],
                      "kind": "list",
                      "style": "and",
                    },
                  },
                  "id": "printed-in",
                  "kind": "fragment",
                },
              ],
              "kind": "list",
              "style": "semicolon",
            },
          },
          "messageId": "different-sources",
          "suggestionData": {
            "preferred": {
              "kind": "quoted",
              "text": "BVH/politie",
            },
          },
          "suggestionId": "same-source-preferred",
        },
      ]
    `);
    expect(findings.map((f) => suggestionIn(f, "en"))).toMatchInlineSnapshot(`
      [
        "Print the same label for the indicator in every table.",
        "Name the source the same way everywhere, e.g. "BVH/politie".",
      ]
    `);
    expect(findings[1]?.locations).toEqual([
      ["indicatorTables", 0, "rows", 0, "source"],
      ["indicatorTables", 1, "rows", 0, "source"],
    ]);
  });

  it("accepts the same label and source in every table", () => {
    expect(
      lintWith(
        RULE,
        rows({ label: INDICATOR.label, source: "BVH/politie" }, { source: "BVH/politie" }),
      ),
    ).toEqual([]);
  });

  describe("edge cases", () => {
    it.each([
      ["footnote markers and spaces around a slash", "BVH ¹ /politie", "BVH/politie"],
      ["capitals", "bvh/Politie", "BVH/politie"],
      ["double spaces", "BVH/politie", " BVH/politie  "],
    ])("ignores %s", (_, first, second) => {
      expect(lintWith(RULE, rows({ source: first }, { source: second }))).toEqual([]);
    });

    it("does not compare a row that prints no source", () => {
      expect(lintWith(RULE, rows({ source: "BVH/politie" }, {}))).toEqual([]);
    });

    it("needs two rows: the indicator's own label is the encoder's, not the document's", () => {
      const plan = makePlan({
        sources: [BVH],
        indicators: [INDICATOR],
        indicatorTables: [
          { id: "a", title: "A", rows: [{ indicator: INDICATOR.id, label: "Iets anders" }] },
        ],
      });
      expect(lintWith(RULE, plan)).toEqual([]);
    });
  });
});
