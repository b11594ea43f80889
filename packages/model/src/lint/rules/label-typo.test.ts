import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { lintWith, messages, reported, suggested, suggestionIn } from "../test-utils.ts";

const RULE = "label-typo";

const planWith = (label: string, seriesLabel = "Vernielingen") =>
  makePlan({
    series: [{ id: "s", label: seriesLabel }],
    tables: [
      {
        id: "t",
        number: 1,
        title: "T",
        columns: [{ id: "y", kind: "value", period: 2017 }],
        rows: [{ series: "s", label }],
      },
    ],
  });

describe(RULE, () => {
  it("reports a row label with a typo of a known word, with the corrected label", () => {
    const findings = lintWith(RULE, planWith("vermielingen"));
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "label-typo: The label "vermielingen" in Table 1 probably has a typo: "vermielingen" for "vernielingen" (as in "Vernielingen").",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "label-typo: Het label "vermielingen" in Tabel 1 bevat waarschijnlijk een typefout: "vermielingen" voor "vernielingen" (zoals in "Vernielingen").",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "label": {
              "kind": "quoted",
              "text": "vermielingen",
            },
            "typos": {
              "items": [
                {
                  "data": {
                    "meant": {
                      "kind": "quoted",
                      "text": "vernielingen",
                    },
                    "source": {
                      "kind": "quoted",
                      "text": "Vernielingen",
                    },
                    "word": {
                      "kind": "quoted",
                      "text": "vermielingen",
                    },
                  },
                  "id": "typo",
                  "kind": "fragment",
                },
              ],
              "kind": "list",
              "style": "comma",
            },
            "where": {
              "data": {
                "number": "1",
              },
              "id": "table-number",
              "kind": "phrase",
            },
          },
          "messageId": "likely-typo",
          "suggestionData": {
            "label": {
              "kind": "quoted",
              "text": "vernielingen",
            },
          },
          "suggestionId": "write-fixed",
        },
      ]
    `);
    expect(suggestionIn(findings[0], "nl")).toBe('Schrijf "vernielingen".');
    expect(findings[0]?.locations).toEqual([["tables", 0, "rows", 0, "label"]]);
  });

  it("accepts a label written like the known names, in any case", () => {
    expect(lintWith(RULE, planWith("vernielingen"))).toEqual([]);
  });

  describe("edge cases", () => {
    it.each([
      ["another form of the word", "woninginbraak: pogingen", "Woninginbraken: pogingen"],
      ["an inflection", "...waaraan geslaagd", "Aantal geslaagde woninginbraken"],
      ["a short word one letter off", "vaak overlast", "veel overlast"],
      ["an unrelated word", "criminaliteit totaal", "Totaal misdrijven"],
      [
        "a singular two letters from its plural",
        "openlijk tegen persoon",
        "Openlijk geweld tegen personen",
      ],
    ])("does not report %s", (_, label, known) => {
      expect(lintWith(RULE, planWith(label, known))).toEqual([]);
    });

    it("reports two slips in a long word, keeping the label's capital", () => {
      expect(
        suggested(lintWith(RULE, planWith("Wonigninbraaken", "Woninginbraken"))[0]),
      ).toMatchInlineSnapshot(`
        {
          "suggestionData": {
            "label": {
              "kind": "quoted",
              "text": "Woninginbraken",
            },
          },
          "suggestionId": "write-fixed",
        }
      `);
    });

    it("checks the labels of indicator tables too", () => {
      const plan = makePlan({
        indicators: [{ id: "i", label: "Aantal geweldsmisdrijven", unit: "count" }],
        indicatorTables: [
          {
            id: "t",
            title: "Doelen",
            rows: [{ indicator: "i", label: "Aantal geweldsmisdrijfen" }],
          },
        ],
      });
      expect(reported(lintWith(RULE, plan))).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "label": {
                "kind": "quoted",
                "text": "Aantal geweldsmisdrijfen",
              },
              "typos": {
                "items": [
                  {
                    "data": {
                      "meant": {
                        "kind": "quoted",
                        "text": "geweldsmisdrijven",
                      },
                      "source": {
                        "kind": "quoted",
                        "text": "Aantal geweldsmisdrijven",
                      },
                      "word": {
                        "kind": "quoted",
                        "text": "geweldsmisdrijfen",
                      },
                    },
                    "id": "typo",
                    "kind": "fragment",
                  },
                ],
                "kind": "list",
                "style": "comma",
              },
              "where": {
                "data": {
                  "title": {
                    "kind": "quoted",
                    "text": "Doelen",
                  },
                },
                "id": "table-title",
                "kind": "phrase",
              },
            },
            "messageId": "likely-typo",
            "suggestionData": {
              "label": {
                "kind": "quoted",
                "text": "Aantal geweldsmisdrijven",
              },
            },
            "suggestionId": "write-fixed",
          },
        ]
      `);
    });
  });
});
