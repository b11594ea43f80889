import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { lintWith, messages, reported } from "../test-utils.ts";

const RULE = "duplicate-id";

describe(RULE, () => {
  it("reports an id used twice, at the second one", () => {
    const findings = lintWith(
      RULE,
      makePlan({
        series: [
          { id: "woninginbraken", label: "Woninginbraken" },
          { id: "woninginbraken", label: "Woninginbraken: pogingen" },
        ],
      }),
    );
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "duplicate-id: The id "woninginbraken" is used twice in series.",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "duplicate-id: Het id "woninginbraken" komt twee keer voor in series.",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "earlier": "",
            "id": {
              "kind": "quoted",
              "text": "woninginbraken",
            },
            "list": "series",
          },
          "messageId": "duplicate-id",
          "suggestionData": {},
          "suggestionId": "give-own-id",
        },
      ]
    `);
    expect(findings[0]?.locations).toEqual([["series", 1, "id"]]);
  });

  it("accepts distinct ids, and the same id in different lists", () => {
    const plan = makePlan({
      series: [{ id: "woninginbraken", label: "Woninginbraken" }],
      priorities: [{ id: "woninginbraken", title: "Woninginbraken" }],
    });
    expect(lintWith(RULE, plan)).toEqual([]);
  });

  describe("edge cases", () => {
    it("treats priorities and themes as one list", () => {
      const plan = makePlan({
        priorities: [{ id: "x", title: "X" }],
        themes: [{ id: "x", title: "X" }],
        lint: { rules: { "priority-without-indicators": "off" } },
      });
      expect(lintWith(RULE, plan).map((f) => f.locations)).toEqual([[["themes", 0, "id"]]]);
    });
  });
});
