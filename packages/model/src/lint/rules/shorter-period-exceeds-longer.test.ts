import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { lintWith, messages, reported } from "../test-utils.ts";

const RULE = "shorter-period-exceeds-longer";

const planWith = (periods: (string | number)[], values: number[], unit = "count" as const) =>
  makePlan({
    series: [{ id: "woninginbraken", label: "Woninginbraken", unit }],
    observations: [{ origin: "text", quote: "...", periods, values: { woninginbraken: values } }],
  });

describe(RULE, () => {
  it("reports January-October above the full year", () => {
    const findings = lintWith(RULE, planWith(["2017-01..2017-10", 2017], [82, 79]));
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "shorter-period-exceeds-longer: "Woninginbraken" Jan-Oct 2017 (82, in the text) is more than 2017 (79, in the text), a period that contains Jan-Oct 2017; a count cannot shrink when the period grows.",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "shorter-period-exceeds-longer: "Woninginbraken" jan-okt 2017 (82, in de tekst) is meer dan 2017 (79, in de tekst), een periode die jan-okt 2017 omvat; een aantal kan niet kleiner worden als de periode langer wordt.",
      ]
    `);
    expect(reported(findings)).toMatchInlineSnapshot(`
      [
        {
          "data": {
            "longer": {
              "code": "2017",
              "kind": "period",
            },
            "longerOrigin": {
              "data": {},
              "id": "origin-text",
              "kind": "phrase",
            },
            "longerValue": 79,
            "series": {
              "kind": "quoted",
              "text": "Woninginbraken",
            },
            "shorter": {
              "code": "2017-01..2017-10",
              "kind": "period",
            },
            "shorterOrigin": {
              "data": {},
              "id": "origin-text",
              "kind": "phrase",
            },
            "shorterValue": 82,
          },
          "messageId": "shorter-exceeds-longer",
          "suggestionData": {},
          "suggestionId": "check-both",
        },
      ]
    `);
    expect(findings[0]?.locations).toEqual([
      { kind: "plan", path: ["observations", 0, "values", "woninginbraken", 0] },
      { kind: "plan", path: ["observations", 0, "values", "woninginbraken", 1] },
    ]);
  });

  it("accepts counts that grow with the period", () => {
    expect(lintWith(RULE, planWith(["2017-H1", "2017-01..2017-10", 2017], [54, 70, 79]))).toEqual(
      [],
    );
  });

  describe("edge cases", () => {
    it("reports the first half year above January-October", () => {
      expect(
        reported(lintWith(RULE, planWith(["2018-H1", "2018-01..2018-10"], [50, 46]))),
      ).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "longer": {
                "code": "2018-01..2018-10",
                "kind": "period",
              },
              "longerOrigin": {
                "data": {},
                "id": "origin-text",
                "kind": "phrase",
              },
              "longerValue": 46,
              "series": {
                "kind": "quoted",
                "text": "Woninginbraken",
              },
              "shorter": {
                "code": "2018-H1",
                "kind": "period",
              },
              "shorterOrigin": {
                "data": {},
                "id": "origin-text",
                "kind": "phrase",
              },
              "shorterValue": 50,
            },
            "messageId": "shorter-exceeds-longer",
            "suggestionData": {},
            "suggestionId": "check-both",
          },
        ]
      `);
    });

    it("leaves a half year above its own year to negative-derived-value", () => {
      expect(lintWith(RULE, planWith(["2017-H1", 2017], [80, 79]))).toEqual([]);
    });

    it.each([
      ["another year", ["2018-01..2018-10", 2017], [90, 79]],
      ["overlapping periods that do not contain each other", ["2017-Q2", "2017-H2"], [30, 20]],
      ["equal figures", ["2017-10", "2017-Q4"], [5, 5]],
    ])("does not compare %s", (_, periods, values) => {
      expect(lintWith(RULE, planWith(periods, values))).toEqual([]);
    });

    it("does not compare grades or percentages, which do not add up", () => {
      expect(
        lintWith(RULE, planWith(["2017-01..2017-10", 2017], [82, 79], "percentage" as never)),
      ).toEqual([]);
    });
  });
});
