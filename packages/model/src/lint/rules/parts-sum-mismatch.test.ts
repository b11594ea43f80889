import { makePlan } from "@ivp/testkit/plans";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintWith, messages, reported } from "../test-utils.ts";

const RULE = "parts-sum-mismatch";

const SERIES = [
  {
    id: "geweld",
    label: "Geweldsmisdrijven",
    parts: { series: ["zeden", "bedreiging", "overig"], complete: true },
  },
  { id: "zeden", label: "Geweld: zeden" },
  { id: "bedreiging", label: "Geweld: bedreiging" },
  { id: "overig", label: "Geweld: overig" },
];

const planWith = (
  periods: (string | number)[],
  values: Record<string, (number | null)[]>,
  complete = true,
) =>
  makePlan({
    series: SERIES.map((s) => (s.parts ? { ...s, parts: { ...s.parts, complete } } : s)),
    observations: [{ origin: "other", periods, values }],
  });

describe(RULE, () => {
  it("reports complete parts that do not add up to their total", () => {
    const findings = lintWith(
      RULE,
      planWith([2017], { geweld: [23], zeden: [1], bedreiging: [5], overig: [18] }),
    );
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "parts-sum-mismatch: The parts of "Geweldsmisdrijven" in 2017 add up to 24, not to the total 23: Geweld: zeden 1 + Geweld: bedreiging 5 + Geweld: overig 18 = 24.",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "parts-sum-mismatch: De delen van "Geweldsmisdrijven" in 2017 tellen op tot 24, niet tot het totaal 23: Geweld: zeden 1 + Geweld: bedreiging 5 + Geweld: overig 18 = 24.",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "period": {
              "code": "2017",
              "kind": "period",
            },
            "series": {
              "kind": "quoted",
              "text": "Geweldsmisdrijven",
            },
            "sum": {
              "kind": "decimal",
              "text": "24",
            },
            "terms": {
              "items": [
                {
                  "data": {
                    "series": "Geweld: zeden",
                    "value": 1,
                  },
                  "id": "term",
                  "kind": "fragment",
                },
                {
                  "data": {
                    "series": "Geweld: bedreiging",
                    "value": 5,
                  },
                  "id": "term",
                  "kind": "fragment",
                },
                {
                  "data": {
                    "series": "Geweld: overig",
                    "value": 18,
                  },
                  "id": "term",
                  "kind": "fragment",
                },
              ],
              "kind": "list",
              "style": "plus",
            },
            "total": 23,
          },
          "messageId": "parts-differ",
          "suggestionData": {},
          "suggestionId": "check-total-and-parts",
        },
      ]
    `);
    expect(findings[0]?.locations).toHaveLength(4);
  });

  it("accepts parts that add up, in every period", () => {
    expect(
      lintWith(
        RULE,
        planWith([2016, 2017], {
          geweld: [29, 23],
          zeden: [2, 1],
          bedreiging: [12, 5],
          overig: [15, 17],
        }),
      ),
    ).toEqual([]);
  });

  it("reports a total exactly when it differs from the sum of its parts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: -5, max: 5 }),
        ([zeden = 0, bedreiging = 0, overig = 0], slip) => {
          const total = zeden + bedreiging + overig + slip;
          fc.pre(total >= 0);
          const values = {
            geweld: [total],
            zeden: [zeden],
            bedreiging: [bedreiging],
            overig: [overig],
          };
          expect(lintWith(RULE, planWith([2017], values))).toHaveLength(slip === 0 ? 0 : 1);
        },
      ),
      { numRuns: 200 },
    );
  });

  describe("edge cases", () => {
    it("reports known parts that already exceed the total, counting a missing part for its figure over a shorter period", () => {
      // The Laren text: 14 violent crimes up to October (1 + 5 + 8 ...), while
      // January-June already had 1 "overig".
      const findings = lintWith(
        RULE,
        planWith(["2017-H1", "2017-01..2017-10"], {
          geweld: [5, 14],
          zeden: [1, 1],
          bedreiging: [3, 13],
          overig: [1, null],
        }),
      );
      expect(reported(findings)).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "period": {
                "code": "2017-01..2017-10",
                "kind": "period",
              },
              "series": {
                "kind": "quoted",
                "text": "Geweldsmisdrijven",
              },
              "sum": {
                "kind": "decimal",
                "text": "15",
              },
              "terms": {
                "items": [
                  {
                    "data": {
                      "series": "Geweld: zeden",
                      "value": 1,
                    },
                    "id": "term",
                    "kind": "fragment",
                  },
                  {
                    "data": {
                      "series": "Geweld: bedreiging",
                      "value": 13,
                    },
                    "id": "term",
                    "kind": "fragment",
                  },
                  {
                    "data": {
                      "period": {
                        "code": "2017-H1",
                        "kind": "period",
                      },
                      "series": "Geweld: overig",
                      "value": 1,
                    },
                    "id": "term-at-least",
                    "kind": "fragment",
                  },
                ],
                "kind": "list",
                "style": "plus",
              },
              "total": 14,
            },
            "messageId": "parts-exceed",
            "suggestionData": {},
            "suggestionId": "part-missing",
          },
        ]
      `);
      expect(messages(findings, "nl")).toMatchInlineSnapshot(`
        [
          "parts-sum-mismatch: De delen van "Geweldsmisdrijven" in jan-okt 2017 tellen op tot minstens 15, meer dan het totaal 14: Geweld: zeden 1 + Geweld: bedreiging 13 + Geweld: overig minstens 1 (het cijfer van jan-jun 2017) = 15.",
        ]
      `);
    });

    it("accepts known parts below the total when a part is missing", () => {
      expect(
        lintWith(
          RULE,
          planWith(["2017-01..2017-10"], { geweld: [14], zeden: [1], bedreiging: [5] }),
        ),
      ).toEqual([]);
    });

    it("does not check parts that are not declared complete", () => {
      expect(
        lintWith(
          RULE,
          planWith([2017], { geweld: [23], zeden: [1], bedreiging: [5], overig: [18] }, false),
        ),
      ).toEqual([]);
    });

    it("compares decimals exactly", () => {
      const plan = makePlan({
        series: [
          {
            id: "t",
            label: "T",
            unit: "rate-per-1000",
            parts: { series: ["a", "b"], complete: true },
          },
          { id: "a", label: "A", unit: "rate-per-1000" },
          { id: "b", label: "B", unit: "rate-per-1000" },
        ],
        observations: [
          { origin: "other", periods: [2017], values: { t: [0.3], a: [0.1], b: [0.2] } },
        ],
      });
      expect(lintWith(RULE, plan)).toEqual([]);
    });
  });
});
