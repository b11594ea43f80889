import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { lintWith, messages, reported } from "../test-utils.ts";

const RULE = "placeholder";

describe(RULE, () => {
  it("reports every text that still starts with TODO, at its field", () => {
    const findings = lintWith(
      RULE,
      makePlan({
        mission: "TODO: missie van het integraal veiligheidsplan van Blaricum.",
        themes: [{ id: "t", title: "Brandveilig leven", approach: "TODO: de aanpak" }],
      }),
    );
    expect(messages(findings, "nl")).toEqual([
      'placeholder: mission is nog een plaatshouder: "TODO: missie van het integraal veiligheidsplan van Blaricum.".',
      'placeholder: themes[0].approach is nog een plaatshouder: "TODO: de aanpak".',
    ]);
    expect(messages(findings)[1]).toBe(
      'placeholder: themes[0].approach is still a placeholder: "TODO: de aanpak".',
    );
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "field": "mission",
            "text": {
              "kind": "quoted",
              "text": "TODO: missie van het integraal veiligheidsplan van Blaricum.",
            },
          },
          "messageId": "still-placeholder",
          "suggestionData": {},
          "suggestionId": "replace-text",
        },
        {
          "data": {
            "field": "themes[0].approach",
            "text": {
              "kind": "quoted",
              "text": "TODO: de aanpak",
            },
          },
          "messageId": "still-placeholder",
          "suggestionData": {},
          "suggestionId": "replace-text",
        },
      ]
    `);
    expect(findings.map((f) => f.locations[0])).toEqual([["mission"], ["themes", 0, "approach"]]);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
  });

  it("shortens a long placeholder in the message", () => {
    const [finding] = lintWith(RULE, makePlan({ mission: `TODO: ${"x".repeat(100)}` }));
    expect(finding?.data.text).toEqual({ kind: "quoted", text: `TODO: ${"x".repeat(54)}…` });
  });

  it("accepts a plan without placeholders", () => {
    expect(lintWith(RULE, makePlan({ mission: "Samen veilig." }))).toEqual([]);
  });
});
