import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { fileObservation, lintWith, messages, reported } from "../test-utils.ts";

const RULE = "baseline-figure-mismatch";

const SURVEY = { id: "veiligheidsmonitor", name: "Veiligheidsmonitor", kind: "survey" } as const;

function planWith(baseline: number, figures: number[]) {
  return makePlan({
    sources: [SURVEY],
    indicators: [
      {
        id: "rapportcijfer-veiligheid",
        label: "Rapportcijfer veiligheid",
        unit: "grade",
        direction: "higher-is-better",
        source: "veiligheidsmonitor",
      },
    ],
    indicatorTables: [
      {
        id: "hoofddoelstellingen",
        title: "Meetbare hoofddoelstellingen",
        rows: [
          {
            indicator: "rapportcijfer-veiligheid",
            baseline: { value: baseline, period: 2017 },
            target: { kind: "absolute", value: 7.6, period: 2021 },
          },
        ],
      },
    ],
    observations: figures.map((value) => ({
      origin: "text" as const,
      section: "2. Huidige situatie",
      quote: `met een ${value}`,
      series: "rapportcijfer-veiligheid",
      period: 2017,
      value,
    })),
  });
}

describe(RULE, () => {
  it("reports a baseline that differs from the figure of its period", () => {
    const findings = lintWith(RULE, planWith(7.5, [7.3]));
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "baseline-figure-mismatch: The baseline of "Rapportcijfer veiligheid" in table "Meetbare hoofddoelstellingen" is 7.5 (2017), but the plan gives 7.3 in the text (2. Huidige situatie) for 2017.",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "baseline-figure-mismatch: De uitgangswaarde van "Rapportcijfer veiligheid" in tabel "Meetbare hoofddoelstellingen" is 7,5 (2017), maar het plan geeft voor 2017 7,3 in de tekst (2. Huidige situatie).",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "figures": {
              "items": [
                {
                  "data": {
                    "origin": {
                      "data": {
                        "section": "2. Huidige situatie",
                      },
                      "id": "origin-text-section",
                      "kind": "phrase",
                    },
                    "value": 7.3,
                  },
                  "id": "figure-in",
                  "kind": "fragment",
                },
              ],
              "kind": "list",
              "style": "and",
            },
            "label": {
              "kind": "quoted",
              "text": "Rapportcijfer veiligheid",
            },
            "period": {
              "code": "2017",
              "kind": "period",
            },
            "place": {
              "data": {
                "table": {
                  "kind": "quoted",
                  "text": "Meetbare hoofddoelstellingen",
                },
              },
              "id": "place-row",
              "kind": "phrase",
            },
            "value": 7.5,
          },
          "messageId": "baseline-differs",
          "suggestionData": {
            "baseline": 7.5,
            "figure": 7.3,
          },
          "suggestionId": "use-figure",
        },
      ]
    `);
    expect(findings[0]?.locations).toEqual([
      ["indicatorTables", 0, "rows", 0, "baseline", "value"],
      { kind: "plan", path: ["observations", 0, "value"] },
    ]);
  });

  it("accepts a baseline equal to the figure", () => {
    expect(lintWith(RULE, planWith(7.3, [7.3]))).toEqual([]);
  });

  describe("edge cases", () => {
    it("leaves a baseline alone when the figures disagree among themselves and one agrees", () => {
      expect(lintWith(RULE, planWith(7.3, [7.3, 7.5]))).toEqual([]);
    });

    it("has nothing to say without a figure for the period", () => {
      expect(lintWith(RULE, planWith(7.5, []))).toEqual([]);
    });

    it("reads figures of data files", () => {
      const plan = planWith(7.5, []);
      const findings = lintWith(RULE, plan, [
        fileObservation("rapportcijfer-veiligheid", "2017", 7.4, 5),
      ]);
      expect(findings[0]?.locations[1]).toEqual({
        kind: "file",
        file: "data/figures.csv",
        line: 5,
        column: 1,
      });
    });
  });
});
