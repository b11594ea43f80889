import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import type { PlanInput } from "../../schema/types.ts";
import { lintWith, messages, reported, suggestionIn } from "../test-utils.ts";

const RULE = "indicator-value-conflict";

type Row = NonNullable<PlanInput["indicatorTables"]>[number]["rows"][number];

const SURVEY = { id: "veiligheidsmonitor", name: "Veiligheidsmonitor", kind: "survey" } as const;
const GRADE = {
  id: "rapportcijfer-veiligheid",
  label: "Rapportcijfer veiligheid",
  unit: "grade",
  direction: "higher-is-better",
  source: "veiligheidsmonitor",
} as const;

function twoTables(first: Omit<Row, "indicator">, second: Omit<Row, "indicator">, extra = {}) {
  return makePlan({
    sources: [SURVEY],
    indicators: [GRADE],
    indicatorTables: [
      {
        id: "hoofddoelstellingen",
        title: "Meetbare hoofddoelstellingen",
        rows: [{ indicator: GRADE.id, ...first }],
      },
      {
        id: "zorg",
        title: "Effectindicatoren zorg en veiligheid",
        rows: [{ indicator: GRADE.id, ...second }],
      },
    ],
    ...extra,
  });
}

const b = (value: number) => ({ value, period: 2017 });
const t = (value: number) => ({ kind: "absolute" as const, value, period: 2021 });

describe(RULE, () => {
  it("reports different baselines and different targets for one indicator", () => {
    const findings = lintWith(
      RULE,
      twoTables({ baseline: b(7.5), target: t(7.6) }, { baseline: b(7.3), target: t(7.5) }),
    );
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "indicator-value-conflict: "Rapportcijfer veiligheid" has 2 different baselines: 7.5 (2017) in table "Meetbare hoofddoelstellingen"; 7.3 (2017) in table "Effectindicatoren zorg en veiligheid".",
        "indicator-value-conflict: "Rapportcijfer veiligheid" has 2 different targets for 2021: 7.6 in table "Meetbare hoofddoelstellingen"; 7.5 in table "Effectindicatoren zorg en veiligheid".",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "indicator-value-conflict: "Rapportcijfer veiligheid" heeft 2 verschillende uitgangswaarden: 7,5 (2017) in tabel "Meetbare hoofddoelstellingen"; 7,3 (2017) in tabel "Effectindicatoren zorg en veiligheid".",
        "indicator-value-conflict: "Rapportcijfer veiligheid" heeft 2 verschillende doelen voor 2021: 7,6 in tabel "Meetbare hoofddoelstellingen"; 7,5 in tabel "Effectindicatoren zorg en veiligheid".",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "baselines": {
              "items": [
                {
                  "data": {
                    "period": {
                      "code": "2017",
                      "kind": "period",
                    },
                    "places": {
                      "items": [
                        {
                          "data": {
                            "table": {
                              "kind": "quoted",
                              "text": "Meetbare hoofddoelstellingen",
                            },
                          },
                          "id": "place-row",
                          "kind": "phrase",
                        },
                      ],
                      "kind": "list",
                      "style": "and",
                    },
                    "value": 7.5,
                  },
                  "id": "baseline-in",
                  "kind": "fragment",
                },
                {
                  "data": {
                    "period": {
                      "code": "2017",
                      "kind": "period",
                    },
                    "places": {
                      "items": [
                        {
                          "data": {
                            "table": {
                              "kind": "quoted",
                              "text": "Effectindicatoren zorg en veiligheid",
                            },
                          },
                          "id": "place-row",
                          "kind": "phrase",
                        },
                      ],
                      "kind": "list",
                      "style": "and",
                    },
                    "value": 7.3,
                  },
                  "id": "baseline-in",
                  "kind": "fragment",
                },
              ],
              "kind": "list",
              "style": "semicolon",
            },
            "count": 2,
            "label": {
              "kind": "quoted",
              "text": "Rapportcijfer veiligheid",
            },
          },
          "messageId": "different-baselines",
          "suggestionData": {},
          "suggestionId": "use-one-baseline",
        },
        {
          "data": {
            "count": 2,
            "label": {
              "kind": "quoted",
              "text": "Rapportcijfer veiligheid",
            },
            "period": {
              "code": "2021",
              "kind": "period",
            },
            "targets": {
              "items": [
                {
                  "data": {
                    "places": {
                      "items": [
                        {
                          "data": {
                            "table": {
                              "kind": "quoted",
                              "text": "Meetbare hoofddoelstellingen",
                            },
                          },
                          "id": "place-row",
                          "kind": "phrase",
                        },
                      ],
                      "kind": "list",
                      "style": "and",
                    },
                    "target": 7.6,
                  },
                  "id": "target-in",
                  "kind": "fragment",
                },
                {
                  "data": {
                    "places": {
                      "items": [
                        {
                          "data": {
                            "table": {
                              "kind": "quoted",
                              "text": "Effectindicatoren zorg en veiligheid",
                            },
                          },
                          "id": "place-row",
                          "kind": "phrase",
                        },
                      ],
                      "kind": "list",
                      "style": "and",
                    },
                    "target": 7.5,
                  },
                  "id": "target-in",
                  "kind": "fragment",
                },
              ],
              "kind": "list",
              "style": "semicolon",
            },
          },
          "messageId": "different-targets",
          "suggestionData": {},
          "suggestionId": "choose-one-target",
        },
      ]
    `);
    expect(findings.map((f) => f.locations)).toEqual([
      [
        ["indicatorTables", 0, "rows", 0, "baseline", "value"],
        ["indicatorTables", 1, "rows", 0, "baseline", "value"],
      ],
      [
        ["indicatorTables", 0, "rows", 0, "target", "value"],
        ["indicatorTables", 1, "rows", 0, "target", "value"],
      ],
    ]);
  });

  it("accepts the same baseline and target in every table", () => {
    expect(
      lintWith(
        RULE,
        twoTables({ baseline: b(7.3), target: t(7.5) }, { baseline: b(7.3), target: t(7.5) }),
      ),
    ).toEqual([]);
  });

  describe("edge cases", () => {
    it("says which baseline the plan's figures support", () => {
      const findings = lintWith(
        RULE,
        twoTables(
          { baseline: b(7.5) },
          { baseline: b(7.3) },
          {
            observations: [
              { origin: "text", quote: "een 7,3", series: GRADE.id, period: 2017, value: 7.3 },
            ],
          },
        ),
      );
      expect(suggestionIn(findings[0], "en")).toMatchInlineSnapshot(
        `"Use one baseline in every table that lists the indicator; the plan's figures give 7.3 (2017)."`,
      );
    });

    it("counts 35 (-20%) and 35 as the same target, but not 35 and 34", () => {
      const relative = { kind: "relative" as const, value: 35, change: -20, period: 2021 };
      expect(
        lintWith(
          RULE,
          twoTables({ baseline: b(44), target: relative }, { baseline: b(44), target: t(35) }),
        ),
      ).toEqual([]);
      expect(
        reported(
          lintWith(
            RULE,
            twoTables(
              { baseline: b(44), target: { ...relative, asPrinted: "35 (-20%)" } },
              { baseline: b(44), target: t(34) },
            ),
          ),
        ),
      ).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "count": 2,
              "label": {
                "kind": "quoted",
                "text": "Rapportcijfer veiligheid",
              },
              "period": {
                "code": "2021",
                "kind": "period",
              },
              "targets": {
                "items": [
                  {
                    "data": {
                      "places": {
                        "items": [
                          {
                            "data": {
                              "table": {
                                "kind": "quoted",
                                "text": "Meetbare hoofddoelstellingen",
                              },
                            },
                            "id": "place-row",
                            "kind": "phrase",
                          },
                        ],
                        "kind": "list",
                        "style": "and",
                      },
                      "target": {
                        "kind": "quoted",
                        "text": "35 (-20%)",
                      },
                    },
                    "id": "target-in",
                    "kind": "fragment",
                  },
                  {
                    "data": {
                      "places": {
                        "items": [
                          {
                            "data": {
                              "table": {
                                "kind": "quoted",
                                "text": "Effectindicatoren zorg en veiligheid",
                              },
                            },
                            "id": "place-row",
                            "kind": "phrase",
                          },
                        ],
                        "kind": "list",
                        "style": "and",
                      },
                      "target": 34,
                    },
                    "id": "target-in",
                    "kind": "fragment",
                  },
                ],
                "kind": "list",
                "style": "semicolon",
              },
            },
            "messageId": "different-targets",
            "suggestionData": {},
            "suggestionId": "choose-one-target",
          },
        ]
      `);
    });

    it("counts a maximum and an exact value of the same number as different targets", () => {
      const max = { kind: "maximum" as const, value: 1.7, period: 2021 };
      expect(
        lintWith(RULE, twoTables({ target: max }, { target: { ...max, asPrinted: "Max 1,7%" } })),
      ).toEqual([]);
      expect(lintWith(RULE, twoTables({ target: max }, { target: t(1.7) }))).toHaveLength(1);
    });

    it("does not compare targets for different periods", () => {
      expect(
        lintWith(RULE, twoTables({ target: t(7.5) }, { target: { ...t(7.6), period: 2022 } })),
      ).toEqual([]);
    });

    it("compares the indicator's own baseline with the tables' too", () => {
      const plan = makePlan({
        sources: [SURVEY],
        indicators: [{ ...GRADE, baseline: b(7.4) }],
        indicatorTables: [
          { id: "t", title: "T", rows: [{ indicator: GRADE.id, baseline: b(7.3) }] },
        ],
      });
      expect(lintWith(RULE, plan)[0]?.locations).toEqual([
        ["indicators", 0, "baseline", "value"],
        ["indicatorTables", 0, "rows", 0, "baseline", "value"],
      ]);
    });
  });
});
