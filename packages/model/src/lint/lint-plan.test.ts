import { readdirSync } from "node:fs";
import { makePlan } from "@ivp/testkit/plans";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintRuleDocs } from "./docs/lint-rule-docs.ts";
import { lintPlan } from "./lint-plan.ts";
import { findLintRule, LINT_RULES } from "./lint-rules.ts";
import { renderMessage } from "./messages/render-message.ts";
import { BVH, countIndicator, fileObservation, messageIn } from "./test-utils.ts";

// One slip each for two rules: a relative target that does not add up (error)
// and an indicator without a direction (warning).
const plan = () =>
  makePlan({
    sources: [BVH],
    indicators: [
      countIndicator({
        direction: undefined,
        targets: [{ kind: "relative", value: 60, change: -25, period: 2021 }],
      }),
    ],
  });

describe("lintPlan", () => {
  it("reports each rule's findings with the rule's default severity", () => {
    expect(lintPlan(plan()).map((f) => [f.code, f.severity])).toEqual([
      ["relative-target-mismatch", "error"],
      ["indicator-missing-direction", "warning"],
    ]);
  });

  it("finds nothing in a consistent plan", () => {
    expect(lintPlan(makePlan({ sources: [BVH], indicators: [countIndicator()] }))).toEqual([]);
  });

  it("applies the plan's lint settings: another severity, or off", () => {
    const settings = makePlan({
      ...plan(),
      lint: {
        rules: { "relative-target-mismatch": "warning", "indicator-missing-direction": "off" },
      },
    });
    expect(lintPlan(settings).map((f) => [f.code, f.severity])).toEqual([
      ["relative-target-mismatch", "warning"],
    ]);
  });

  it("lets options override the plan's settings", () => {
    const settings = makePlan({
      ...plan(),
      lint: { rules: { "indicator-missing-direction": "off" } },
    });
    const findings = lintPlan(settings, {
      rules: { "indicator-missing-direction": "info", "relative-target-mismatch": "off" },
    });
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ["indicator-missing-direction", "info"],
    ]);
  });

  it("marks a finding the plan acknowledges with the reason, and keeps its severity", () => {
    const acknowledging = makePlan({
      ...plan(),
      lint: {
        acknowledged: [
          {
            rule: "relative-target-mismatch",
            at: "indicators[0].targets[0].value",
            reason: "  Zo gedrukt in het vastgestelde plan. ",
          },
        ],
      },
    });
    expect(lintPlan(acknowledging).map((f) => [f.code, f.severity, f.acknowledged])).toEqual([
      ["relative-target-mismatch", "error", "Zo gedrukt in het vastgestelde plan."],
      ["indicator-missing-direction", "warning", undefined],
    ]);
  });

  it("acknowledges only the finding of that rule at that field", () => {
    const elsewhere = makePlan({
      ...plan(),
      lint: {
        acknowledged: [
          { rule: "relative-target-mismatch", at: "indicators[0].baseline.value", reason: "R" },
          {
            rule: "indicator-missing-direction",
            at: "indicators[0].targets[0].value",
            reason: "R",
          },
        ],
      },
    });
    const findings = lintPlan(elsewhere);
    expect(findings.map((f) => [f.code, f.acknowledged])).toEqual([
      ["relative-target-mismatch", undefined],
      ["indicator-missing-direction", undefined],
      ["unused-acknowledgement", undefined],
      ["unused-acknowledgement", undefined],
    ]);
  });

  it("has no acknowledged field on a finding the plan does not acknowledge", () => {
    // (Every rule can tell a fix, so every finding has a hint.)
    for (const finding of lintPlan(plan())) {
      expect(Object.keys(finding)).not.toContain("acknowledged");
      expect(finding.hint).toBeTruthy();
    }
  });

  it("checks the observations it is given, such as those of data files", () => {
    const consistent = makePlan({ series: [{ id: "x", label: "X" }] });
    const observations = [fileObservation("x", "2017", 10, 2), fileObservation("x", "2017", 12, 3)];
    expect(lintPlan(consistent)).toEqual([]);
    expect(lintPlan(consistent, { observations })).toMatchObject([
      {
        code: "conflicting-figures",
        locations: [
          { kind: "file", file: "data/figures.csv", line: 3 },
          { kind: "file", file: "data/figures.csv", line: 2 },
        ],
      },
    ]);
  });

  it("writes every finding as an Issue in the plan's language, or the one asked for, with at least one place", () => {
    const dutch = lintPlan(plan());
    const english = lintPlan(plan(), { lang: "en" });
    expect(lintPlan(makePlan({ ...plan(), language: "en" }))).toEqual(english);
    expect(english.map((f) => [f.code, f.severity])).toEqual(
      dutch.map((f) => [f.code, f.severity]),
    );
    expect(dutch.map((f) => f.message)).toMatchInlineSnapshot(`
      [
        "Het doel 60 (-25%) van "Aantal woninginbraken" klopt niet met het percentage: -25% van 79 is 59,25, afgerond 59 (rekenkundig, op hele getallen); 60 is 1 meer, een verandering van -24%.",
        "De indicator "Aantal woninginbraken" zegt niet of hoger of lager beter is.",
      ]
    `);
    expect(english.map((f) => f.hint)).toMatchInlineSnapshot(`
      [
        "Print 59 (-25%), or 60 (-24%) if 60 is the intended target.",
        "Add direction: lower-is-better or direction: higher-is-better.",
      ]
    `);
    dutch.forEach((finding, i) => {
      expect(finding.locations.length).toBeGreaterThan(0);
      expect(finding.location).toBeUndefined();
      expect(finding.message).not.toBe(english[i]?.message);
      expect(finding.hint).toBeTruthy();
      expect(finding.hint).not.toBe(english[i]?.hint);
    });
  });

  it("renders each finding's message and hint from its id and data", () => {
    const findings = lintPlan(plan(), { lang: "en" });
    expect(findings.map((f) => [f.code, f.messageId, f.suggestionId])).toEqual([
      ["relative-target-mismatch", "target-mismatch", "print-right-or-other"],
      ["indicator-missing-direction", "no-direction", "add-direction"],
    ]);
    for (const finding of findings) {
      expect(finding.message).toBe(
        renderMessage("en", finding.code, finding.messageId, finding.data),
      );
      expect(finding.hint).toBe(
        renderMessage("en", finding.code, finding.suggestionId ?? "", finding.suggestionData ?? {}),
      );
    }
    // The data is plain JSON: a program can store and compare it.
    const [mismatch] = findings;
    expect(JSON.parse(JSON.stringify(mismatch?.data))).toEqual(mismatch?.data);
  });
});

describe("lintPlan on arbitrary figures", () => {
  const PERIODS = [
    "2016",
    "2017",
    "2017-H1",
    "2017-H2",
    "2017-Q1",
    "2017-01..2017-10",
    "2018-01..2018-10",
    "2018",
  ];
  const SERIES = ["totaal", "a", "b", "cijfer"];
  const figure = fc.record({
    series: fc.constantFrom(...SERIES),
    period: fc.constantFrom(...PERIODS),
    value: fc.oneof(
      fc.integer({ min: -5, max: 120 }),
      fc.double({ min: -1, max: 12, noNaN: true }),
      fc.constant(null),
    ),
    origin: fc.constantFrom("table" as const, "text" as const),
  });
  const claim = fc.record({
    kind: fc.constantFrom(
      "strictly-decreasing" as const,
      "strictly-increasing" as const,
      "decreased" as const,
      "increased" as const,
    ),
    from: fc.constantFrom(...PERIODS),
    to: fc.constantFrom(...PERIODS),
    series: fc.constantFrom(...SERIES),
  });

  it("never throws, and gives every finding a place and both languages", () => {
    fc.assert(
      fc.property(
        fc.array(figure, { maxLength: 25 }),
        fc.array(claim, { maxLength: 3 }),
        (figures, claims) => {
          const plan = makePlan({
            series: [
              { id: "totaal", label: "Totaal", parts: { series: ["a", "b"], complete: true } },
              { id: "a", label: "A" },
              { id: "b", label: "B" },
              { id: "cijfer", label: "Cijfer", unit: "grade" },
            ],
            tables: [
              {
                id: "t",
                number: 1,
                title: "T",
                columns: [
                  { id: "j", kind: "change", from: 2016, to: 2017 },
                  { id: "h", kind: "change", from: "2017-H2", to: "2018-01..2018-10" },
                ],
                rows: SERIES.map((series) => ({ series, printed: { j: "+5%", h: "" } })),
              },
            ],
            observations: figures.map((f) => ({
              origin: f.origin,
              ...(f.origin === "table" ? { table: "t" } : { quote: "..." }),
              series: f.series,
              period: f.period,
              value: f.value,
            })),
            claims: claims.map((c, i) => ({ id: `c${i}`, section: "2", quote: "...", ...c })),
          });
          for (const finding of lintPlan(plan)) {
            expect(finding.locations.length).toBeGreaterThan(0);
            expect(finding.message).toBeTruthy();
            expect(messageIn(finding, "en")).toBeTruthy();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("LINT_RULES", () => {
  it("has unique kebab-case ids, one module per rule named after it", () => {
    const ids = LINT_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    const modules = readdirSync(new URL("./rules/", import.meta.url))
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .map((name) => name.replace(/\.ts$/, ""));
    expect(modules.sort()).toEqual([...ids].sort());
  });

  it("describes every rule in both languages (lintRuleDocs, @ivp/model/lint-docs)", () => {
    for (const rule of LINT_RULES) {
      expect(lintRuleDocs(rule.id)?.description.nl.length).toBeGreaterThan(40);
      expect(lintRuleDocs(rule.id)?.description.en.length).toBeGreaterThan(40);
    }
  });

  it("finds a rule by id", () => {
    expect(findLintRule("label-typo")?.severity).toBe("warning");
    expect(findLintRule("no-such-rule")).toBeUndefined();
  });
});
