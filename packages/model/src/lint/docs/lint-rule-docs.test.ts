import { describe, expect, it } from "vitest";
import { LINT_RULES } from "../lint-rules.ts";
import { lintRuleDocs } from "./lint-rule-docs.ts";

describe("lintRuleDocs", () => {
  it("gives a rule's description in every language and its examples", () => {
    const docs = lintRuleDocs("label-typo");
    expect(docs?.description.nl).toMatch(/^Rijlabels zoals ze zijn afgedrukt/);
    expect(docs?.description.en).toMatch(/^Row labels as printed/);
    expect(docs?.docs.failing).toContain("series:");
    expect(docs?.docs.fixed).toContain("series:");
  });

  it("documents every rule the linter runs, and no other", () => {
    for (const rule of LINT_RULES) {
      const docs = lintRuleDocs(rule.id);
      expect(docs?.description.nl, rule.id).toMatch(/\S/);
      expect(docs?.description.en, rule.id).toMatch(/\S/);
      expect(docs?.description.en, rule.id).not.toBe(docs?.description.nl);
    }
  });

  it("gives undefined for an id that is no rule, also one Object.prototype has", () => {
    expect(lintRuleDocs("no-such-rule")).toBeUndefined();
    expect(lintRuleDocs("toString")).toBeUndefined();
    expect(lintRuleDocs("constructor")).toBeUndefined();
  });
});
