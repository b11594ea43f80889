import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BVH, buildPlan, countIndicator, lintWith, messages } from "../test-utils.ts";

const RULE = "relative-target-mismatch";

function planWith(
  baseline: number,
  target: { value: number; change: number },
  extra: Parameters<typeof buildPlan>[0] = {},
) {
  return buildPlan({
    sources: [BVH],
    indicators: [
      countIndicator({
        baseline: { value: baseline, period: 2017 },
        targets: [{ kind: "relative", ...target, period: 2021 }],
      }),
    ],
    ...extra,
  });
}

describe(RULE, () => {
  it("reports a value that does not match its percentage, how far off, in Dutch and English", () => {
    const findings = lintWith(RULE, planWith(79, { value: 60, change: -25 }));
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "relative-target-mismatch: The target 60 (-25%) of "Aantal woninginbraken" does not match its percentage: -25% of 79 is 59.25, which rounds to 59 (half away from zero, whole numbers); 60 is 1 more, a change of -24%.",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "relative-target-mismatch: Het doel 60 (-25%) van "Aantal woninginbraken" klopt niet met het percentage: -25% van 79 is 59,25, afgerond 59 (rekenkundig, op hele getallen); 60 is 1 meer, een verandering van -24%.",
      ]
    `);
    expect(findings[0]?.suggestion).toMatchInlineSnapshot(`
      {
        "en": "Print 59 (-25%), or 60 (-24%) if 60 is the intended target.",
        "nl": "Schrijf 59 (-25%), of 60 (-24%) als 60 het bedoelde doel is.",
      }
    `);
    expect(findings[0]?.locations).toEqual([
      ["indicators", 0, "targets", 0, "value"],
      ["indicators", 0, "baseline", "value"],
    ]);
  });

  it("accepts a value that matches its percentage after rounding", () => {
    expect(lintWith(RULE, planWith(79, { value: 59, change: -25 }))).toEqual([]);
  });

  it.each([
    // baseline, value, change: all consistent under half away from zero
    [65, 59, -10], // 58.5 rounds to 59
    [23, 20, -15], // 19.55
    [44, 35, -20], // 35.2
    [7.3, 7.7, 5], // 7.665 rounds to 7.7 (the baseline's one decimal)
  ])("accepts %d with %d (%d%%)", (baseline, value, change) => {
    expect(lintWith(RULE, planWith(baseline, { value, change }))).toEqual([]);
  });

  it("agrees with integer arithmetic for any whole baseline and whole percentage", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: -99, max: 300 }),
        fc.constantFrom(-1, 1),
        (baseline, change, slip) => {
          // Half away from zero for a positive number: floor((100 x b x (100 + c) / 100 + 50) / 100).
          const right = Math.floor((baseline * (100 + change) + 50) / 100);
          const plan = (value: number) => planWith(baseline, { value, change });
          expect(lintWith(RULE, plan(right))).toEqual([]);
          expect(lintWith(RULE, plan(right + slip))).toHaveLength(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  describe("edge cases", () => {
    it("reports a value that is exact but wrong, without a rounding step", () => {
      const findings = lintWith(RULE, planWith(20, { value: 60, change: -25 }));
      expect(messages(findings)).toMatchInlineSnapshot(`
        [
          "relative-target-mismatch: The target 60 (-25%) of "Aantal woninginbraken" does not match its percentage: -25% of 20 is 15; 60 is 45 more, a change of +200%.",
        ]
      `);
    });

    it("suggests only percentages that lead back to the printed value", () => {
      // 333 from 1000 is -66.7%: "-67%" would give 330, so the suggestion has a decimal.
      expect(lintWith(RULE, planWith(1000, { value: 333, change: -60 }))[0]?.suggestion?.en).toBe(
        "Print 400 (-60%), or 333 (-66.7%) if 333 is the intended target.",
      );
      // -67% of 3 is 0.99, which rounds to 1: a whole percent is enough here.
      expect(lintWith(RULE, planWith(3, { value: 1, change: -50 }))[0]?.suggestion?.en).toBe(
        "Print 2 (-50%), or 1 (-67%) if 1 is the intended target.",
      );
    });

    it("follows the plan's declared rounding: half to even turns 58.5 into 58", () => {
      const conventions = { targetRounding: { mode: "half-even", decimals: 0 } } as const;
      expect(lintWith(RULE, planWith(65, { value: 58, change: -10 }, { conventions }))).toEqual([]);
      expect(
        messages(lintWith(RULE, planWith(65, { value: 59, change: -10 }, { conventions }))),
      ).toMatchInlineSnapshot(`
          [
            "relative-target-mismatch: The target 59 (-10%) of "Aantal woninginbraken" does not match its percentage: -10% of 65 is 58.5, which rounds to 58 (half to even, whole numbers); 59 is 1 more, a change of -9%.",
          ]
        `);
    });

    it("lets a target's own rounding take precedence over the plan's", () => {
      const plan = buildPlan({
        sources: [BVH],
        conventions: { targetRounding: { mode: "half-even", decimals: 0 } },
        indicators: [
          countIndicator({
            baseline: { value: 65, period: 2017 },
            targets: [
              {
                kind: "relative",
                value: 59,
                change: -10,
                period: 2021,
                rounding: { mode: "half-away-from-zero", decimals: 0 },
              },
            ],
          }),
        ],
      });
      expect(lintWith(RULE, plan)).toEqual([]);
    });

    it("checks a table row against the baseline of the same row", () => {
      const plan = buildPlan({
        sources: [BVH],
        indicators: [countIndicator({ baseline: undefined, targets: undefined })],
        indicatorTables: [
          {
            id: "t",
            title: "Effectindicatoren",
            rows: [
              {
                indicator: "woninginbraken",
                label: "Absoluut aantal woninginbraken",
                baseline: { value: 79, period: 2017 },
                target: {
                  kind: "relative",
                  value: 60,
                  change: -25,
                  period: 2021,
                  asPrinted: "60 (-25%)",
                },
              },
            ],
          },
        ],
      });
      const findings = lintWith(RULE, plan);
      expect(findings.map((f) => f.locations)).toEqual([
        [
          ["indicatorTables", 0, "rows", 0, "target", "value"],
          ["indicatorTables", 0, "rows", 0, "baseline", "value"],
        ],
      ]);
      expect(findings[0]?.message.en).toContain('"60 (-25%)" of "Absoluut aantal woninginbraken"');
    });

    it("leaves a relative target without a printed value or without a baseline alone", () => {
      expect(
        lintWith(
          RULE,
          buildPlan({
            sources: [BVH],
            indicators: [
              countIndicator({ targets: [{ kind: "relative", change: -25, period: 2021 }] }),
              countIndicator({
                id: "x",
                baseline: undefined,
                targets: [{ kind: "relative", value: 60, change: -25, period: 2021 }],
              }),
            ],
          }),
        ),
      ).toEqual([]);
    });
  });
});
