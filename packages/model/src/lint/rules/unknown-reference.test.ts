import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { lintWith, messages, reported, suggestionTexts } from "../test-utils.ts";

const RULE = "unknown-reference";

describe(RULE, () => {
  it("reports a reference to an id that does not exist, with a suggestion", () => {
    const findings = lintWith(
      RULE,
      makePlan({
        series: [{ id: "woninginbraken", label: "Woninginbraken" }],
        observations: [{ origin: "other", series: "woninginbraak", period: 2017, value: 79 }],
      }),
    );
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "unknown-reference: Unknown series "woninginbraak": it is not in series.",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "unknown-reference: Onbekende reeks "woninginbraak": die staat niet in series.",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "id": {
              "kind": "quoted",
              "text": "woninginbraak",
            },
            "kind": {
              "data": {},
              "id": "kind-series",
              "kind": "fragment",
            },
            "list": {
              "data": {},
              "id": "list-series",
              "kind": "fragment",
            },
          },
          "messageId": "unknown-id",
          "suggestionData": {
            "id": {
              "kind": "quoted",
              "text": "woninginbraken",
            },
          },
          "suggestionId": "did-you-mean",
        },
      ]
    `);
    expect(suggestionTexts(findings[0])).toMatchInlineSnapshot(`
      {
        "en": "Did you mean "woninginbraken"?",
        "nl": "Bedoeld is misschien "woninginbraken".",
      }
    `);
    expect(findings[0]?.locations).toEqual([["observations", 0, "series"]]);
  });

  it("accepts references to ids that exist", () => {
    const plan = makePlan({
      series: [{ id: "woninginbraken", label: "Woninginbraken" }],
      observations: [{ origin: "other", series: "woninginbraken", period: 2017, value: 79 }],
    });
    expect(lintWith(RULE, plan)).toEqual([]);
  });

  describe("edge cases", () => {
    it("words every kind of unknown reference in both languages", () => {
      const plan = makePlan({
        series: [{ id: "w", label: "W" }],
        priorities: [{ id: "p", title: "P", kernbeleid: ["1.5"], partners: ["politie"] }],
        tables: [
          {
            id: "t",
            title: "T",
            columns: [{ id: "y", kind: "value", period: 2017 }],
            rows: [{ series: "w", printed: { y: "+1%" } }],
          },
        ],
      });
      const findings = lintWith(RULE, plan);
      expect(reported(findings)).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "id": {
                "kind": "quoted",
                "text": "y",
              },
              "table": "t",
              "wanted": {
                "data": {},
                "id": "change-column",
                "kind": "fragment",
              },
            },
            "messageId": "not-a-column",
            "suggestionData": {
              "options": "(none)",
            },
            "suggestionId": "use-column",
          },
          {
            "data": {
              "theme": "1.5",
            },
            "messageId": "no-kernbeleid-theme",
            "suggestionData": {},
            "suggestionId": "use-kernbeleid-code",
          },
          {
            "data": {
              "id": {
                "kind": "quoted",
                "text": "politie",
              },
              "kind": {
                "data": {},
                "id": "kind-partner",
                "kind": "fragment",
              },
              "list": {
                "data": {},
                "id": "list-partner",
                "kind": "fragment",
              },
            },
            "messageId": "unknown-id",
            "suggestionData": {},
            "suggestionId": "define-id",
          },
        ]
      `);
      expect(messages(findings, "nl")).toMatchInlineSnapshot(`
        [
          "unknown-reference: "y" is geen veranderingskolom van tabel t.",
          "unknown-reference: Kernbeleid Veiligheid heeft geen thema 1.5.",
          "unknown-reference: Onbekende partner "politie": die staat niet in partners.",
        ]
      `);
    });
  });
});
