import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { lintWith, messages, reported, suggested, suggestionIn } from "../test-utils.ts";

const RULE = "unknown-lint-rule";

describe(RULE, () => {
  it("reports a rule id the linter does not know, with a suggestion", () => {
    const findings = lintWith(RULE, makePlan({ lint: { rules: { "label-typos": "off" } } }));
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "unknown-lint-rule: lint.rules names "label-typos", but there is no such rule; the setting has no effect.",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "unknown-lint-rule: lint.rules noemt "label-typos", maar die regel bestaat niet; de instelling doet niets.",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "rule": {
              "kind": "quoted",
              "text": "label-typos",
            },
          },
          "messageId": "no-such-rule",
          "suggestionData": {
            "rule": {
              "kind": "quoted",
              "text": "label-typo",
            },
          },
          "suggestionId": "did-you-mean",
        },
      ]
    `);
    expect(suggestionIn(findings[0], "en")).toBe('Did you mean "label-typo"?');
    expect(findings[0]?.locations).toEqual([["lint", "rules", "label-typos"]]);
  });

  it("accepts known rule ids", () => {
    expect(lintWith(RULE, makePlan({ lint: { rules: { "label-typo": "error" } } }))).toEqual([]);
  });

  describe("edge cases", () => {
    it("has no suggestion for a name far from every rule", () => {
      const findings = lintWith(
        RULE,
        makePlan({ lint: { rules: { "no-such-thing-at-all": "off" } } }),
      );
      expect(suggested(findings[0])).toMatchInlineSnapshot(`
        {
          "suggestionData": {},
          "suggestionId": "use-known-rule",
        }
      `);
    });

    it("accepts an empty list of rules", () => {
      expect(lintWith(RULE, makePlan({ lint: { rules: {} } }))).toEqual([]);
    });
  });
});
