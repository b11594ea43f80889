import { describe, expect, it } from "vitest";
import type { PlanInput } from "../../schema/types.ts";
import { buildPlan, lintWith, messages } from "../test-utils.ts";

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
  buildPlan({
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
      expect(messages(lintWith(RULE, planWith(30, 20, "2017-H2")))).toMatchInlineSnapshot(`
        [
          "negative-derived-value: "Woninginbraken" Jan-Jun 2017 comes out negative: 2017 (20, Table 2) - Jul-Dec 2017 (30, Table 1) = -10. A half year cannot have more than the whole year.",
        ]
      `);
    });

    it("uses a year derived from complete parts", () => {
      const plan = buildPlan({
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
      expect(messages(findings)).toMatchInlineSnapshot(`
        [
          "negative-derived-value: "Totaal" Jul-Dec 2017 comes out negative: 2017 (7, the sum of its parts) - Jan-Jun 2017 (9, another source) = -2. A half year cannot have more than the whole year.",
        ]
      `);
      expect(findings[0]?.locations).toHaveLength(3);
    });

    it("does not derive half years of grades", () => {
      const plan = buildPlan({
        series: [{ id: "cijfer", label: "Cijfer", unit: "grade" }],
        observations: [
          { origin: "other", periods: ["2017-H1", 2017], values: { cijfer: [7.5, 7.3] } },
        ],
      });
      expect(lintWith(RULE, plan)).toEqual([]);
    });
  });
});
