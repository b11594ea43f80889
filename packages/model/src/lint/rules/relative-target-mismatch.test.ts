import { makePlan } from "@ivp/testkit/plans";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BVH,
  countIndicator,
  lintWith,
  messageIn,
  messages,
  reported,
  suggested,
  suggestionTexts,
} from "../test-utils.ts";

const RULE = "relative-target-mismatch";

function planWith(
  baseline: number,
  target: { value: number; change: number },
  extra: Parameters<typeof makePlan>[0] = {},
) {
  return makePlan({
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
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "actual": {
              "data": {
                "change": {
                  "from": 79,
                  "kind": "percent-change",
                  "to": 60,
                },
              },
              "id": "actual-change",
              "kind": "fragment",
            },
            "amount": {
              "kind": "decimal",
              "text": "1",
            },
            "base": 79,
            "change": {
              "figure": -25,
              "kind": "signed-percent",
            },
            "direction": {
              "data": {},
              "id": "more",
              "kind": "fragment",
            },
            "label": {
              "kind": "quoted",
              "text": "Aantal woninginbraken",
            },
            "steps": {
              "data": {
                "exact": {
                  "kind": "decimal",
                  "text": "59.25",
                },
                "resolved": {
                  "kind": "decimal",
                  "text": "59",
                },
                "rounding": {
                  "data": {
                    "mode": {
                      "data": {},
                      "id": "mode-half-away-from-zero",
                      "kind": "fragment",
                    },
                    "places": {
                      "data": {},
                      "id": "whole-numbers",
                      "kind": "fragment",
                    },
                  },
                  "id": "rounding",
                  "kind": "fragment",
                },
              },
              "id": "rounded",
              "kind": "fragment",
            },
            "target": {
              "data": {
                "change": {
                  "figure": -25,
                  "kind": "signed-percent",
                },
                "value": 60,
              },
              "id": "target-relative",
              "kind": "phrase",
            },
            "value": 60,
          },
          "messageId": "target-mismatch",
          "suggestionData": {
            "other": {
              "data": {
                "change": {
                  "figure": -24,
                  "kind": "signed-percent",
                },
                "value": 60,
              },
              "id": "value-with-change",
              "kind": "fragment",
            },
            "right": {
              "data": {
                "change": {
                  "figure": -25,
                  "kind": "signed-percent",
                },
                "value": {
                  "kind": "decimal",
                  "text": "59",
                },
              },
              "id": "value-with-change",
              "kind": "fragment",
            },
            "value": 60,
          },
          "suggestionId": "print-right-or-other",
        },
      ]
    `);
    expect(suggestionTexts(findings[0])).toMatchInlineSnapshot(`
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
      expect(reported(findings)).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "actual": {
                "data": {
                  "change": {
                    "from": 20,
                    "kind": "percent-change",
                    "to": 60,
                  },
                },
                "id": "actual-change",
                "kind": "fragment",
              },
              "amount": {
                "kind": "decimal",
                "text": "45",
              },
              "base": 20,
              "change": {
                "figure": -25,
                "kind": "signed-percent",
              },
              "direction": {
                "data": {},
                "id": "more",
                "kind": "fragment",
              },
              "label": {
                "kind": "quoted",
                "text": "Aantal woninginbraken",
              },
              "steps": {
                "kind": "decimal",
                "text": "15",
              },
              "target": {
                "data": {
                  "change": {
                    "figure": -25,
                    "kind": "signed-percent",
                  },
                  "value": 60,
                },
                "id": "target-relative",
                "kind": "phrase",
              },
              "value": 60,
            },
            "messageId": "target-mismatch",
            "suggestionData": {
              "other": {
                "data": {
                  "change": {
                    "figure": 200,
                    "kind": "signed-percent",
                  },
                  "value": 60,
                },
                "id": "value-with-change",
                "kind": "fragment",
              },
              "right": {
                "data": {
                  "change": {
                    "figure": -25,
                    "kind": "signed-percent",
                  },
                  "value": {
                    "kind": "decimal",
                    "text": "15",
                  },
                },
                "id": "value-with-change",
                "kind": "fragment",
              },
              "value": 60,
            },
            "suggestionId": "print-right-or-other",
          },
        ]
      `);
    });

    it("suggests only percentages that lead back to the printed value", () => {
      // 333 from 1000 is -66.7%: "-67%" would give 330, so the suggestion has a decimal.
      expect(
        suggested(lintWith(RULE, planWith(1000, { value: 333, change: -60 }))[0]),
      ).toMatchInlineSnapshot(`
        {
          "suggestionData": {
            "other": {
              "data": {
                "change": {
                  "figure": -66.7,
                  "kind": "signed-percent",
                },
                "value": 333,
              },
              "id": "value-with-change",
              "kind": "fragment",
            },
            "right": {
              "data": {
                "change": {
                  "figure": -60,
                  "kind": "signed-percent",
                },
                "value": {
                  "kind": "decimal",
                  "text": "400",
                },
              },
              "id": "value-with-change",
              "kind": "fragment",
            },
            "value": 333,
          },
          "suggestionId": "print-right-or-other",
        }
      `);
      // -67% of 3 is 0.99, which rounds to 1: a whole percent is enough here.
      expect(
        suggested(lintWith(RULE, planWith(3, { value: 1, change: -50 }))[0]),
      ).toMatchInlineSnapshot(`
        {
          "suggestionData": {
            "other": {
              "data": {
                "change": {
                  "figure": -67,
                  "kind": "signed-percent",
                },
                "value": 1,
              },
              "id": "value-with-change",
              "kind": "fragment",
            },
            "right": {
              "data": {
                "change": {
                  "figure": -50,
                  "kind": "signed-percent",
                },
                "value": {
                  "kind": "decimal",
                  "text": "2",
                },
              },
              "id": "value-with-change",
              "kind": "fragment",
            },
            "value": 1,
          },
          "suggestionId": "print-right-or-other",
        }
      `);
    });

    it("follows the plan's declared rounding: half to even turns 58.5 into 58", () => {
      const conventions = { targetRounding: { mode: "half-even", decimals: 0 } } as const;
      expect(lintWith(RULE, planWith(65, { value: 58, change: -10 }, { conventions }))).toEqual([]);
      expect(
        reported(lintWith(RULE, planWith(65, { value: 59, change: -10 }, { conventions }))),
      ).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "actual": {
                "data": {
                  "change": {
                    "from": 65,
                    "kind": "percent-change",
                    "to": 59,
                  },
                },
                "id": "actual-change",
                "kind": "fragment",
              },
              "amount": {
                "kind": "decimal",
                "text": "1",
              },
              "base": 65,
              "change": {
                "figure": -10,
                "kind": "signed-percent",
              },
              "direction": {
                "data": {},
                "id": "more",
                "kind": "fragment",
              },
              "label": {
                "kind": "quoted",
                "text": "Aantal woninginbraken",
              },
              "steps": {
                "data": {
                  "exact": {
                    "kind": "decimal",
                    "text": "58.5",
                  },
                  "resolved": {
                    "kind": "decimal",
                    "text": "58",
                  },
                  "rounding": {
                    "data": {
                      "mode": {
                        "data": {},
                        "id": "mode-half-even",
                        "kind": "fragment",
                      },
                      "places": {
                        "data": {},
                        "id": "whole-numbers",
                        "kind": "fragment",
                      },
                    },
                    "id": "rounding",
                    "kind": "fragment",
                  },
                },
                "id": "rounded",
                "kind": "fragment",
              },
              "target": {
                "data": {
                  "change": {
                    "figure": -10,
                    "kind": "signed-percent",
                  },
                  "value": 59,
                },
                "id": "target-relative",
                "kind": "phrase",
              },
              "value": 59,
            },
            "messageId": "target-mismatch",
            "suggestionData": {
              "other": {
                "data": {
                  "change": {
                    "figure": -9,
                    "kind": "signed-percent",
                  },
                  "value": 59,
                },
                "id": "value-with-change",
                "kind": "fragment",
              },
              "right": {
                "data": {
                  "change": {
                    "figure": -10,
                    "kind": "signed-percent",
                  },
                  "value": {
                    "kind": "decimal",
                    "text": "58",
                  },
                },
                "id": "value-with-change",
                "kind": "fragment",
              },
              "value": 59,
            },
            "suggestionId": "print-right-or-other",
          },
        ]
      `);
    });

    it("lets a target's own rounding take precedence over the plan's", () => {
      const plan = makePlan({
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
      const plan = makePlan({
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
      expect(findings[0] && messageIn(findings[0], "en")).toContain(
        '"60 (-25%)" of "Absoluut aantal woninginbraken"',
      );
    });

    it("leaves a relative target without a printed value or without a baseline alone", () => {
      expect(
        lintWith(
          RULE,
          makePlan({
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
