import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { LINT_RULES, lintPlan } from "../src/index.ts";
import { lintRuleDocs } from "../src/lint-docs.ts";

// The docs site shows each rule's examples: they must do what they claim.
describe.each(LINT_RULES.map((rule) => [rule.id, rule] as const))("docs of %s", (id, rule) => {
  it("has a failing example that this rule, and only this rule, reports", () => {
    const findings = lintPlan(makePlan(parse(lintRuleDocs(rule.id)?.docs.failing ?? "")));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((f) => f.code)).toEqual(findings.map(() => id));
  });

  it("has a fixed example on which no rule reports anything", () => {
    expect(lintPlan(makePlan(parse(lintRuleDocs(rule.id)?.docs.fixed ?? "")))).toEqual([]);
  });
});
