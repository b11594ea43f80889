import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { BVH, countIndicator, lintWith, messages, reported } from "../test-utils.ts";

const RULE = "baseline-target-period";

const planWith = (baseline: string | number, target: string | number) =>
  makePlan({
    sources: [BVH],
    indicators: [
      countIndicator({
        baseline: { value: 79, period: baseline },
        targets: [{ kind: "absolute", value: 59, period: target }],
      }),
    ],
  });

describe(RULE, () => {
  it("reports a target outside the plan period and a baseline after the plan's start", () => {
    expect(messages(lintWith(RULE, planWith(2017, 2023)))).toMatchInlineSnapshot(`
      [
        "baseline-target-period: The target of "Aantal woninginbraken" in the indicator's definition is for 2023, outside the plan period 2019-2022.",
      ]
    `);
    expect(messages(lintWith(RULE, planWith(2020, 2022)), "nl")).toMatchInlineSnapshot(`
      [
        "baseline-target-period: De uitgangswaarde van "Aantal woninginbraken" in de definitie van de indicator is van 2020, na het begin van de planperiode 2019-2022.",
      ]
    `);
  });

  it("accepts a baseline before the plan and a target inside it", () => {
    expect(lintWith(RULE, planWith(2017, 2021))).toEqual([]);
  });

  describe("edge cases", () => {
    it.each([
      [2019, 2019, ["target-not-after-baseline"]],
      [2017, 2018, ["target-outside-plan-period"]],
      [2020, 2021, ["baseline-after-plan-start"]],
      [2017, "2022-H2", []],
      [2019, 2022, []],
    ])("baseline %s, target %s", (baseline, target, expected) => {
      const findings = lintWith(RULE, planWith(baseline, target));
      expect(findings.map((f) => f.messageId)).toEqual(expected);
    });

    it("reports the periods as data, and what to choose", () => {
      expect(reported(lintWith(RULE, planWith(2017, 2023)))).toMatchInlineSnapshot(`
        [
          {
            "data": {
              "label": {
                "kind": "quoted",
                "text": "Aantal woninginbraken",
              },
              "period": {
                "code": "2023",
                "kind": "period",
              },
              "place": {
                "data": {},
                "id": "place-indicator",
                "kind": "phrase",
              },
              "span": "2019-2022",
            },
            "messageId": "target-outside-plan-period",
            "suggestionData": {
              "end": "2022",
              "start": "2019",
            },
            "suggestionId": "choose-target-year",
          },
        ]
      `);
    });

    it("points at both periods when the target is not after its baseline", () => {
      expect(lintWith(RULE, planWith(2019, 2019))[0]?.locations).toEqual([
        ["indicators", 0, "targets", 0, "period"],
        ["indicators", 0, "baseline", "period"],
      ]);
    });
  });
});
