import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { collectObservations } from "../../observation/collect-observations.ts";
import {
  fileObservation,
  lintWith,
  messages,
  reported,
  suggested,
  suggestionIn,
  suggestionTexts,
} from "../test-utils.ts";

const RULE = "printed-change-mismatch";

const planWith = (from: number | null, to: number, printed: string) =>
  makePlan({
    series: [{ id: "woninginbraken", label: "Woninginbraken" }],
    observations: [
      {
        origin: "table",
        table: "tabel-2",
        periods: [2016, 2017],
        values: { woninginbraken: [from, to] },
      },
    ],
    tables: [
      {
        id: "tabel-2",
        number: 2,
        title: "Politiecijfers",
        columns: [
          { id: "jaar-2016", kind: "value", period: 2016 },
          { id: "jaar-2017", kind: "value", period: 2017 },
          { id: "gemeente", kind: "change", from: 2016, to: 2017, header: "gemeente" },
        ],
        rows: [
          { series: "woninginbraken", label: "woninginbraken", printed: { gemeente: printed } },
        ],
      },
    ],
  });

describe(RULE, () => {
  it("reports a printed percentage that differs from the computed one", () => {
    const findings = lintWith(RULE, planWith(77, 79, "+4%"));
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "printed-change-mismatch: Table 2, "woninginbraken", column "gemeente" (2016 - 2017): the document prints "+4%", but 77 to 79 is +2.6%, so "+3%".",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "printed-change-mismatch: Tabel 2, "woninginbraken", kolom "gemeente" (2016 - 2017): afgedrukt is "+4%", maar van 77 naar 79 is +2,6%, dus "+3%".",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "explanation": {
              "data": {
                "exact": {
                  "figure": {
                    "kind": "decimal",
                    "text": "2.6",
                  },
                  "kind": "signed-percent",
                },
                "from": 77,
                "text": {
                  "kind": "quoted",
                  "text": "+3%",
                },
                "to": 79,
              },
              "id": "recomputed",
              "kind": "fragment",
            },
            "periods": {
              "data": {
                "from": {
                  "code": "2016",
                  "kind": "period",
                },
                "to": {
                  "code": "2017",
                  "kind": "period",
                },
              },
              "id": "periods",
              "kind": "fragment",
            },
            "printed": {
              "kind": "quoted",
              "text": "+4%",
            },
            "where": {
              "data": {
                "column": {
                  "kind": "quoted",
                  "text": "gemeente",
                },
                "row": {
                  "kind": "quoted",
                  "text": "woninginbraken",
                },
                "table": {
                  "data": {
                    "number": "2",
                  },
                  "id": "table-number",
                  "kind": "phrase",
                },
              },
              "id": "where",
              "kind": "fragment",
            },
          },
          "messageId": "printed-differs",
          "suggestionData": {
            "text": {
              "kind": "quoted",
              "text": "+3%",
            },
          },
          "suggestionId": "print-text",
        },
      ]
    `);
    expect(suggestionIn(findings[0], "en")).toBe('Print "+3%".');
    expect(findings[0]?.locations).toEqual([
      ["tables", 0, "rows", 0, "printed", "gemeente"],
      { kind: "plan", path: ["observations", 0, "values", "woninginbraken", 0] },
      { kind: "plan", path: ["observations", 0, "values", "woninginbraken", 1] },
    ]);
  });

  it.each([
    [77, 79, "+3%"],
    [8, 5, "-38%"],
    [1, 1, "0%"],
    [0, 3, ""],
  ])("accepts %d to %d printed as %j", (from, to, printed) => {
    expect(lintWith(RULE, planWith(from, to, printed))).toEqual([]);
  });

  describe("edge cases", () => {
    it("reports a percentage printed for a zero base, and one printed for a missing value", () => {
      expect(reported(lintWith(RULE, planWith(0, 3, "+300%")))).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "explanation": {
                "data": {
                  "from": 0,
                  "to": 3,
                },
                "id": "zero-base",
                "kind": "fragment",
              },
              "periods": {
                "data": {
                  "from": {
                    "code": "2016",
                    "kind": "period",
                  },
                  "to": {
                    "code": "2017",
                    "kind": "period",
                  },
                },
                "id": "periods",
                "kind": "fragment",
              },
              "printed": {
                "kind": "quoted",
                "text": "+300%",
              },
              "where": {
                "data": {
                  "column": {
                    "kind": "quoted",
                    "text": "gemeente",
                  },
                  "row": {
                    "kind": "quoted",
                    "text": "woninginbraken",
                  },
                  "table": {
                    "data": {
                      "number": "2",
                    },
                    "id": "table-number",
                    "kind": "phrase",
                  },
                },
                "id": "where",
                "kind": "fragment",
              },
            },
            "messageId": "printed-differs",
            "suggestionData": {},
            "suggestionId": "leave-empty",
          },
        ]
      `);
      expect(reported(lintWith(RULE, planWith(null, 3, "+5%")))).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "explanation": {
                "data": {},
                "id": "missing-value",
                "kind": "fragment",
              },
              "periods": {
                "data": {
                  "from": {
                    "code": "2016",
                    "kind": "period",
                  },
                  "to": {
                    "code": "2017",
                    "kind": "period",
                  },
                },
                "id": "periods",
                "kind": "fragment",
              },
              "printed": {
                "kind": "quoted",
                "text": "+5%",
              },
              "where": {
                "data": {
                  "column": {
                    "kind": "quoted",
                    "text": "gemeente",
                  },
                  "row": {
                    "kind": "quoted",
                    "text": "woninginbraken",
                  },
                  "table": {
                    "data": {
                      "number": "2",
                    },
                    "id": "table-number",
                    "kind": "phrase",
                  },
                },
                "id": "where",
                "kind": "fragment",
              },
            },
            "messageId": "printed-differs",
            "suggestionData": {},
            "suggestionId": "leave-empty",
          },
        ]
      `);
    });

    it("reports a rounding slip: -37.5% is printed -38%", () => {
      expect(reported(lintWith(RULE, planWith(8, 5, "-37%")))).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "explanation": {
                "data": {
                  "exact": {
                    "figure": {
                      "kind": "decimal",
                      "text": "-37.5",
                    },
                    "kind": "signed-percent",
                  },
                  "from": 8,
                  "text": {
                    "kind": "quoted",
                    "text": "-38%",
                  },
                  "to": 5,
                },
                "id": "recomputed",
                "kind": "fragment",
              },
              "periods": {
                "data": {
                  "from": {
                    "code": "2016",
                    "kind": "period",
                  },
                  "to": {
                    "code": "2017",
                    "kind": "period",
                  },
                },
                "id": "periods",
                "kind": "fragment",
              },
              "printed": {
                "kind": "quoted",
                "text": "-37%",
              },
              "where": {
                "data": {
                  "column": {
                    "kind": "quoted",
                    "text": "gemeente",
                  },
                  "row": {
                    "kind": "quoted",
                    "text": "woninginbraken",
                  },
                  "table": {
                    "data": {
                      "number": "2",
                    },
                    "id": "table-number",
                    "kind": "phrase",
                  },
                },
                "id": "where",
                "kind": "fragment",
              },
            },
            "messageId": "printed-differs",
            "suggestionData": {
              "text": {
                "kind": "quoted",
                "text": "-38%",
              },
            },
            "suggestionId": "print-text",
          },
        ]
      `);
    });

    it("leaves a change between periods that cannot be compared to incomparable-periods", () => {
      const plan = planWith(77, 79, "+4%");
      const table = plan.tables[0];
      if (!table) throw new Error("no table");
      const broken = {
        ...plan,
        tables: [
          {
            ...table,
            columns: [
              ...table.columns.slice(0, 2),
              { id: "gemeente", kind: "change" as const, from: "2016", to: "2017-01..2017-10" },
            ],
          },
        ],
      };
      expect(lintWith(RULE, broken)).toEqual([]);
    });
  });

  describe("where and how it reports", () => {
    it("says in Dutch why a cell stays empty, and suggests leaving it empty", () => {
      const zeroBase = lintWith(RULE, planWith(0, 3, "+300%"));
      expect(messages(zeroBase, "nl")).toEqual([
        'printed-change-mismatch: Tabel 2, "woninginbraken", kolom "gemeente" (2016 - 2017): afgedrukt is "+300%", maar van 0 naar 3 heeft geen percentage (de basis is 0), dus het vak blijft leeg.',
      ]);
      expect(suggestionTexts(zeroBase[0])).toEqual({
        nl: "Laat het vak leeg.",
        en: "Leave the cell empty.",
      });
      const missing = lintWith(RULE, planWith(null, 3, "+5%"));
      expect(messages(missing, "nl")).toEqual([
        'printed-change-mismatch: Tabel 2, "woninginbraken", kolom "gemeente" (2016 - 2017): afgedrukt is "+5%", maar er ontbreekt een waarde, dus het vak blijft leeg.',
      ]);
      expect(suggested(missing[0])).toMatchInlineSnapshot(`
        {
          "suggestionData": {},
          "suggestionId": "leave-empty",
        }
      `);
    });

    it("suggests the computed text in both languages", () => {
      const [finding] = lintWith(RULE, planWith(8, 5, "-37%"));
      expect(suggestionTexts(finding)).toEqual({ nl: 'Druk "-38%" af.', en: 'Print "-38%".' });
      expect(finding?.severity).toBe("error");
    });

    it("names a column without a header by its id", () => {
      const plan = planWith(77, 79, "+4%");
      const table = plan.tables[0];
      if (!table) throw new Error("no table");
      const unnamed = {
        ...plan,
        tables: [
          {
            ...table,
            columns: table.columns.map((c) =>
              c.kind === "change" ? { ...c, header: undefined } : c,
            ),
          },
        ],
      };
      expect(messages(lintWith(RULE, unnamed))).toEqual([
        'printed-change-mismatch: Table 2, "woninginbraken", column "gemeente" (2016 - 2017): the document prints "+4%", but 77 to 79 is +2.6%, so "+3%".',
      ]);
    });

    it("points at the table and row of the printed cell, and at both figures", () => {
      const plan = planWith(77, 79, "+3%");
      const table = plan.tables[0];
      if (!table) throw new Error("no table");
      const twoTables = {
        ...plan,
        series: [
          ...plan.series,
          { id: "fietsendiefstal", label: "Fietsendiefstal", unit: "count" as const },
        ],
        tables: [
          table,
          {
            ...table,
            id: "tabel-3",
            number: 3,
            rows: [
              { series: "woninginbraken", label: "woninginbraken", printed: { gemeente: "+3%" } },
              {
                series: "fietsendiefstal",
                label: "fietsendiefstal",
                printed: { gemeente: "+10%" },
              },
              { series: "fietsendiefstal", label: "zonder afdruk" },
            ],
          },
        ],
      };
      // The bicycle thefts come from a data file only: the rule reads the
      // plan's figures and its data files alike.
      const findings = lintWith(RULE, twoTables, [
        ...collectObservations(twoTables),
        fileObservation("fietsendiefstal", "2016", 40, 2),
        fileObservation("fietsendiefstal", "2017", 50, 3),
      ]);
      expect(messages(findings)).toEqual([
        'printed-change-mismatch: Table 3, "fietsendiefstal", column "gemeente" (2016 - 2017): the document prints "+10%", but 40 to 50 is +25%, so "+25%".',
      ]);
      expect(findings[0]?.locations).toEqual([
        ["tables", 1, "rows", 1, "printed", "gemeente"],
        { kind: "file", file: "data/figures.csv", line: 2, column: 1 },
        { kind: "file", file: "data/figures.csv", line: 3, column: 1 },
      ]);
    });

    it("compares in the notation the plan prints, in the plan's language", () => {
      const plan = planWith(77, 79, "+2,6%");
      const table = plan.tables[0];
      if (!table) throw new Error("no table");
      const oneDecimal = { ...plan, tables: [{ ...table, notation: { decimals: 1 } }] };
      expect(lintWith(RULE, oneDecimal)).toEqual([]);
      expect(messages(lintWith(RULE, { ...oneDecimal, language: "en" }))).toEqual([
        'printed-change-mismatch: Table 2, "woninginbraken", column "gemeente" (2016 - 2017): the document prints "+2,6%", but 77 to 79 is +2.6%, so "+2.6%".',
      ]);
    });
  });
});
