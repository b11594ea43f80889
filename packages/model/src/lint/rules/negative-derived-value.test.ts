import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import type { PlanInput } from "../../schema/types.ts";
import { lintWith, messages, reported } from "../test-utils.ts";

const RULE = "negative-derived-value";

const TABLES: NonNullable<PlanInput["tables"]> = [
  {
    id: "tabel-1",
    number: 1,
    title: "Januari-juni",
    columns: [{ id: "h1", kind: "value", period: "2017-H1" }],
    rows: [{ series: "woninginbraken" }],
  },
  {
    id: "tabel-2",
    number: 2,
    title: "Per jaar",
    columns: [{ id: "j", kind: "value", period: 2017 }],
    rows: [{ series: "woninginbraken" }],
  },
];

const planWith = (half: number, year: number, halfPeriod = "2017-H1") =>
  makePlan({
    series: [{ id: "woninginbraken", label: "Woninginbraken" }],
    tables: TABLES,
    observations: [
      {
        origin: "table",
        table: "tabel-1",
        periods: [halfPeriod],
        values: { woninginbraken: [half] },
      },
      { origin: "table", table: "tabel-2", periods: [2017], values: { woninginbraken: [year] } },
    ],
  });

describe(RULE, () => {
  it("reports a July-December that comes out negative", () => {
    const findings = lintWith(RULE, planWith(54, 45));
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "negative-derived-value: "Woninginbraken" Jul-Dec 2017 comes out negative: 2017 (45, Table 2) - Jan-Jun 2017 (54, Table 1) = -9. A half year cannot have more than the whole year.",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "negative-derived-value: "Woninginbraken" jul-dec 2017 komt negatief uit: 2017 (45, Tabel 2) - jan-jun 2017 (54, Tabel 1) = -9. Een halfjaar kan niet meer hebben dan het hele jaar.",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "half": {
              "code": "2017-H2",
              "kind": "period",
            },
            "series": {
              "kind": "quoted",
              "text": "Woninginbraken",
            },
            "sum": {
              "data": {
                "part": {
                  "code": "2017-H1",
                  "kind": "period",
                },
                "partFrom": {
                  "data": {
                    "number": "1",
                  },
                  "id": "table-number",
                  "kind": "phrase",
                },
                "partValue": 54,
                "rest": {
                  "kind": "decimal",
                  "text": "-9",
                },
                "total": 45,
                "totalFrom": {
                  "data": {
                    "number": "2",
                  },
                  "id": "table-number",
                  "kind": "phrase",
                },
                "year": {
                  "code": "2017",
                  "kind": "period",
                },
              },
              "id": "subtraction",
              "kind": "fragment",
            },
          },
          "messageId": "half-year-negative",
          "suggestionData": {},
          "suggestionId": "check-source",
        },
      ]
    `);
    expect(findings[0]?.locations).toEqual([
      { kind: "plan", path: ["observations", 0, "values", "woninginbraken", 0] },
      { kind: "plan", path: ["observations", 1, "values", "woninginbraken", 0] },
    ]);
  });

  it("accepts a half year no larger than its year, including an empty second half", () => {
    expect(lintWith(RULE, planWith(54, 79))).toEqual([]);
    expect(lintWith(RULE, planWith(79, 79))).toEqual([]);
  });

  describe("edge cases", () => {
    it("derives January-June from a July-December figure too", () => {
      expect(reported(lintWith(RULE, planWith(30, 20, "2017-H2")))).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "half": {
                "code": "2017-H1",
                "kind": "period",
              },
              "series": {
                "kind": "quoted",
                "text": "Woninginbraken",
              },
              "sum": {
                "data": {
                  "part": {
                    "code": "2017-H2",
                    "kind": "period",
                  },
                  "partFrom": {
                    "data": {
                      "number": "1",
                    },
                    "id": "table-number",
                    "kind": "phrase",
                  },
                  "partValue": 30,
                  "rest": {
                    "kind": "decimal",
                    "text": "-10",
                  },
                  "total": 20,
                  "totalFrom": {
                    "data": {
                      "number": "2",
                    },
                    "id": "table-number",
                    "kind": "phrase",
                  },
                  "year": {
                    "code": "2017",
                    "kind": "period",
                  },
                },
                "id": "subtraction",
                "kind": "fragment",
              },
            },
            "messageId": "half-year-negative",
            "suggestionData": {},
            "suggestionId": "check-source",
          },
        ]
      `);
    });

    it("uses a year derived from complete parts", () => {
      const plan = makePlan({
        series: [
          { id: "totaal", label: "Totaal", parts: { series: ["a", "b"], complete: true } },
          { id: "a", label: "A" },
          { id: "b", label: "B" },
        ],
        observations: [
          { origin: "other", periods: [2017], values: { a: [3], b: [4] } },
          { origin: "other", series: "totaal", period: "2017-H1", value: 9 },
        ],
      });
      const findings = lintWith(RULE, plan);
      expect(reported(findings)).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "half": {
                "code": "2017-H2",
                "kind": "period",
              },
              "series": {
                "kind": "quoted",
                "text": "Totaal",
              },
              "sum": {
                "data": {
                  "part": {
                    "code": "2017-H1",
                    "kind": "period",
                  },
                  "partFrom": {
                    "data": {},
                    "id": "origin-other",
                    "kind": "phrase",
                  },
                  "partValue": 9,
                  "rest": {
                    "kind": "decimal",
                    "text": "-2",
                  },
                  "total": 7,
                  "totalFrom": {
                    "data": {},
                    "id": "resolved-sum-of-parts",
                    "kind": "phrase",
                  },
                  "year": {
                    "code": "2017",
                    "kind": "period",
                  },
                },
                "id": "subtraction",
                "kind": "fragment",
              },
            },
            "messageId": "half-year-negative",
            "suggestionData": {},
            "suggestionId": "check-source",
          },
        ]
      `);
      expect(findings[0]?.locations).toHaveLength(3);
    });

    it("does not derive half years of grades", () => {
      const plan = makePlan({
        series: [{ id: "cijfer", label: "Cijfer", unit: "grade" }],
        observations: [
          { origin: "other", periods: ["2017-H1", 2017], values: { cijfer: [7.5, 7.3] } },
        ],
      });
      expect(lintWith(RULE, plan)).toEqual([]);
    });
  });
});
