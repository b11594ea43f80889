import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { lintWith, messages, reported } from "../test-utils.ts";

const RULE = "priority-without-indicators";

const INDICATOR = { id: "i", label: "Aantal meldingen jongerenoverlast", unit: "count" } as const;

describe(RULE, () => {
  it("reports a priority without an indicator", () => {
    const findings = lintWith(
      RULE,
      makePlan({ priorities: [{ id: "jeugdoverlast", number: "4.3", title: "Jeugdoverlast" }] }),
    );
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "priority-without-indicators: The priority "4.3 Jeugdoverlast" has no indicator: how is its goal measured?",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "priority-without-indicators: De prioriteit "4.3 Jeugdoverlast" heeft geen indicator: hoe wordt gemeten of het doel wordt gehaald?",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "priority": {
              "kind": "quoted",
              "text": "4.3 Jeugdoverlast",
            },
          },
          "messageId": "no-indicator",
          "suggestionData": {
            "theme": "jeugdoverlast",
          },
          "suggestionId": "add-indicators",
        },
      ]
    `);
    expect(findings[0]?.locations).toEqual([["priorities", 0, "id"]]);
  });

  it.each([
    [
      "an indicator table",
      { indicatorTables: [{ id: "t", title: "T", theme: "p", rows: [{ indicator: "i" }] }] },
    ],
    ["its own list of indicators", { priorities: [{ id: "p", title: "P", indicators: ["i"] }] }],
  ])("accepts a priority with %s", (_, fields) => {
    const plan = makePlan({
      indicators: [INDICATOR],
      priorities: [{ id: "p", title: "P" }],
      ...fields,
    });
    expect(lintWith(RULE, plan)).toEqual([]);
  });

  describe("edge cases", () => {
    it("does not ask other themes for indicators", () => {
      expect(
        lintWith(RULE, makePlan({ themes: [{ id: "evenementen", title: "Evenementen" }] })),
      ).toEqual([]);
    });
  });
});
