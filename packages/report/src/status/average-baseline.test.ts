import { AVERAGE_2015_2017, averageBaselinePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { evaluatePlan } from "../evaluate-plan.ts";
import { renderReportMarkdown } from "../markdown-report/render-report-md.ts";
import { renderSheetCsv } from "../spreadsheet/sheet.ts";
import { statusToSheet } from "../spreadsheet/to-sheet.ts";
import { calculationSteps } from "../view/progress-view.ts";
import { evaluateStatus } from "./evaluate-status.ts";
import { averageValueText, baselineWithPeriod } from "./progress-text.ts";
import { renderStatusText } from "./render-status-text.ts";

/**
 * @ivp/testkit's geweld with the average of 2015-2017 (40, 52, 44: 136 / 3 =
 * 45,33) as its baseline, 30 in 2018, and the average in an indicator table too.
 */
function averagePlan(language: "nl" | "en" = "nl") {
  return averageBaselinePlan(
    { "2018": 30 },
    {
      language,
      indicatorTables: [
        {
          id: "doelen",
          title: "Doelen",
          rows: [{ indicator: "geweld", baseline: { average: { from: 2015, to: 2017 } } }],
        },
      ],
    },
  );
}

describe("an average baseline in the status and the report", () => {
  it("status JSON keeps the components: the periods, the sum and k", () => {
    const status = evaluateStatus(averagePlan());
    const indicator = status.indicators[0];
    expect(indicator?.baseline).toMatchObject({
      value: 136 / 3,
      period: "2017",
      average: AVERAGE_2015_2017,
    });
    expect(indicator?.comparison?.from.average).toMatchObject({ sum: 136, count: 3 });
    // The test a reader can redo: R poisson.test(c(30, 136), c(1, 3))$p.value = 0.03921968132.
    expect(indicator?.significance).toMatchObject({ test: "poisson-exact" });
    expect(indicator?.significance?.pValue?.toPrecision(6)).toBe("0.0392197");
  });

  it("the status text shows 'gem. 2015-2017: 45,3', in English 'avg. 2015-2017: 45.3'", () => {
    expect(renderStatusText(evaluateStatus(averagePlan()))).toContain("gem. 2015-2017: 45,3");
    expect(renderStatusText(evaluateStatus(averagePlan("en")))).toContain("avg. 2015-2017: 45.3");
  });

  it("the report shows the average in the indicator's facts and the table row, and writes the mean out", () => {
    const evaluated = evaluatePlan(averagePlan());
    const md = renderReportMarkdown(evaluated);
    expect(md).toContain("gem. 2015-2017: 45,3");
    expect(md).not.toContain("45,3 (2017)");
    const steps = calculationSteps(evaluated, "geweld");
    expect(steps.find((s) => s.formula === "(40 + 52 + 44) / 3")).toBeDefined();
    expect(steps.some((s) => s.formula.startsWith("136 / 3 × (100 − 20) / 100"))).toBe(true);
  });

  it("calculationSteps refuses an unknown indicator in the plan's language, with the id as data", () => {
    for (const [lang, text] of [
      ["nl", 'het rapport heeft geen indicator "onbekend"'],
      ["en", 'the report has no indicator "onbekend"'],
    ] as const) {
      const refuse = () => calculationSteps(evaluatePlan(averagePlan(lang)), "onbekend");
      expect(refuse).toThrow(expect.objectContaining({ code: "unknown-reference", message: text }));
      expect(refuse).toThrow(expect.objectContaining({ data: { indicator: "onbekend" } }));
    }
  });

  it("the change since 2017 (44 -> 30) is its own column, not '= verandering': the change column is against the mean", () => {
    const text = renderStatusText(evaluateStatus(averagePlan()));
    expect(text).not.toContain("= verandering");
    expect(text).toContain("-32% t.o.v. 44 (2017)");
    const md = renderReportMarkdown(evaluatePlan(averagePlan()));
    expect(md).toContain("-32% t.o.v. 44 (2017)");
  });

  describe("edge cases", () => {
    it("the mean has one decimal more than its figures, and no more than it needs", () => {
      const average = (values: number[]) => ({
        from: "2015",
        to: String(2014 + values.length),
        periods: values.map((value) => ({ value })),
      });
      expect(averageValueText(136 / 3, average([40, 52, 44]), "count", "nl")).toBe("45,3");
      expect(averageValueText(45.5, average([45, 46]), "count", "nl")).toBe("45,5");
      expect(averageValueText(45, average([44, 46]), "count", "nl")).toBe("45");
      // 1,7 1,5 1,7: 4,9 / 3 = 1,6333: two decimals.
      expect(averageValueText(4.9 / 3, average([1.7, 1.5, 1.7]), "percentage", "en")).toBe("1.63%");
      // Half away from zero at the last decimal: (45 + 45 + 46 + 45) / 4 = 45,25 -> 45,3 (not 45,2).
      expect(averageValueText(45.25, average([45, 45, 46, 45]), "count", "nl")).toBe("45,3");
    });

    it("an average of first halves names both ends", () => {
      const text = baselineWithPeriod(
        {
          value: 22,
          period: "2017-H1",
          average: {
            from: "2015-H1",
            to: "2017-H1",
            periods: [{ value: 20 }, { value: 25 }, { value: 21 }],
          },
        },
        "count",
        "nl",
      );
      expect(text).toMatch(/^gem\. .*2015 t\/m .*2017: 22$/);
    });

    it("one figure keeps its form: 79 (2017)", () => {
      expect(baselineWithPeriod({ value: 79, period: "2017", average: null }, "count", "nl")).toBe(
        "79 (2017)",
      );
    });
  });

  it("the status sheet names the averaged periods, never the last year alone", () => {
    for (const [lang, period] of [
      ["nl", "gem. 2015-2017"],
      ["en", "avg. 2015-2017"],
    ] as const) {
      const sheet = statusToSheet(evaluateStatus(averagePlan(lang), { lang }));
      const headers = sheet.columns.map((column) => column.header);
      const row = sheet.rows[0] ?? [];
      const cell = (header: string) => row[headers.indexOf(header)];
      const [baselinePeriod, baseline, fromPeriod] =
        lang === "nl"
          ? ["nulmeting periode", "nulmeting", "vergeleken met periode"]
          : ["baseline period", "baseline", "compared with period"];
      expect(cell(baselinePeriod)).toBe(period);
      expect(cell(baseline)).toBe(136 / 3);
      expect(cell(fromPeriod)).toBe(period);
      expect(renderSheetCsv(sheet, lang)).toContain(period);
    }
  });
});
