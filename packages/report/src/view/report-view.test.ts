import type { CorrectionMethod, Observation, Plan } from "@ivp/model";
import { loadExample } from "@ivp/testkit/load-example";
import { averageBaselinePlan } from "@ivp/testkit/plans";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluatePlan } from "../evaluate-plan.ts";
import type { EvaluatedPlan } from "../evaluated-plan.ts";
import {
  baselineWithPeriod,
  changeText,
  figureWithPeriod,
  fractionText,
  significanceParts,
  significanceText,
  verdictNote,
} from "../status/progress-text.ts";
import type { IndicatorStatusJson } from "../status/status-json-types.ts";
import {
  baselineText,
  createReportView,
  indicatorChangeText,
  indicatorFractionText,
  indicatorRowView,
  indicatorSignificanceText,
  indicatorVerdictNote,
  latestText,
  type ReportView,
} from "./report-view.ts";

/**
 * The comparison's figure as changeText wrote it before it copied the figure
 * field by field: a spread of it with its average, or null (the reference).
 */
function againstBySpread(indicator: IndicatorStatusJson, lang: "nl" | "en"): string | null {
  const { comparison } = indicator;
  if (!comparison || !indicator.change) return null;
  return baselineWithPeriod(
    { ...comparison.from, average: comparison.from.average ?? null },
    indicator.unit,
    lang,
  );
}

/** What each view function wrote before it kept its texts: worked out from the progress texts every time. */
function fresh(view: ReportView, indicator: EvaluatedPlan["indicators"][number]) {
  const { progress, unit } = indicator;
  const dash = view.m.notAvailable;
  const adjusted = progress.verdict?.versusBaseline?.adjustedPValue;
  return {
    baseline: progress.baseline ? baselineWithPeriod(progress.baseline, unit, view.lang) : dash,
    latest: progress.latest ? figureWithPeriod(progress.latest, unit, view.lang) : dash,
    change: changeText(progress, view.lang) ?? dash,
    fraction: fractionText(progress, view.lang) ?? dash,
    significance: significanceText(progress.significance, view.lang, adjusted) ?? dash,
    parts: significanceParts(progress.significance, view.lang, adjusted),
    verdict: verdictNote(progress, view.lang),
  };
}

function kept(view: ReportView, indicator: EvaluatedPlan["indicators"][number]) {
  return {
    baseline: baselineText(view, indicator),
    latest: latestText(view, indicator),
    change: indicatorChangeText(view, indicator),
    fraction: indicatorFractionText(view, indicator),
    significance: indicatorSignificanceText(view, indicator),
    parts: significanceParts(
      indicator.progress.significance,
      view.lang,
      indicator.progress.verdict?.versusBaseline?.adjustedPValue,
    ),
    verdict: indicatorVerdictNote(view, indicator),
  };
}

const examples: { plan: Plan; observations: readonly Observation[] }[] = [];

beforeAll(async () => {
  for (const name of ["laren-2019-2022", "blaricum", "eemnes"] as const)
    examples.push(await loadExample(name));
});

/** Every example, in both languages, with every correction and three as-of periods. */
function evaluations(): EvaluatedPlan[] {
  const all: EvaluatedPlan[] = [];
  const corrections: (CorrectionMethod | undefined)[] = [undefined, "holm", "none"];
  for (const { plan, observations } of examples)
    for (const lang of ["nl", "en"] as const)
      for (const correction of corrections)
        for (const asOf of [undefined, "2019", "2020-H1"])
          all.push(
            evaluatePlan(plan, {
              observations,
              lang,
              ...(correction !== undefined && { correction }),
              ...(asOf !== undefined && { asOf }),
            }),
          );
  for (const lang of ["nl", "en"] as const)
    all.push(evaluatePlan(averageBaselinePlan({ "2018": 30 }), { lang }));
  return all;
}

describe("the texts a view keeps per indicator", () => {
  it("are those worked out afresh, asked for once, twice or in any order", () => {
    let compared = 0;
    for (const evaluated of evaluations()) {
      const view = createReportView(evaluated);
      for (const indicator of evaluated.indicators) {
        const expected = fresh(view, indicator);
        expect(kept(view, indicator)).toEqual(expected);
        // Asked again: the same texts.
        expect(kept(view, indicator)).toEqual(expected);
        compared++;
      }
      // A second view of the same plan, asked in another order, writes the same.
      const other = createReportView(evaluated);
      for (const indicator of [...evaluated.indicators].reverse()) {
        expect(indicatorVerdictNote(other, indicator)).toBe(
          verdictNote(indicator.progress, other.lang),
        );
        expect(indicatorSignificanceText(other, indicator)).toBe(
          fresh(other, indicator).significance,
        );
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("an indicator table's row has the indicator's significance parts, as the model's texts write them", () => {
    for (const evaluated of evaluations()) {
      const view = createReportView(evaluated);
      for (const table of evaluated.indicatorTables)
        for (const row of table.rows) {
          const indicator = view.indicator(row.indicator);
          if (!indicator) continue;
          const fromRow = indicatorRowView(view, row);
          expect(fromRow.significanceParts).toEqual(fresh(view, indicator).parts);
          expect(fromRow.significance).toBe(fresh(view, indicator).significance);
          expect(fromRow.change).toBe(fresh(view, indicator).change);
        }
    }
  });

  it("each view keeps its own texts: a view in another language does not see them", () => {
    const { plan, observations } = examples[0] as (typeof examples)[number];
    const nl = evaluatePlan(plan, { observations, lang: "nl" });
    const view = createReportView(nl);
    const indicator = nl.indicators.find((i) => i.progress.change !== null);
    if (!indicator) throw new Error("Laren has changes");
    const dutch = indicatorChangeText(view, indicator);
    // The same evaluated indicator in a view made for English (a view is an interface).
    const english: ReportView = { ...createReportView(nl), lang: "en" };
    expect(indicatorChangeText(english, indicator)).toBe(changeText(indicator.progress, "en"));
    expect(indicatorChangeText(english, indicator)).not.toBe(dutch);
    expect(indicatorChangeText(view, indicator)).toBe(dutch);
  });
});

describe("changeText", () => {
  it("compares with the figure it wrote with a spread of the comparison's figure, averages included", () => {
    let compared = 0;
    for (const evaluated of evaluations())
      for (const indicator of evaluated.indicators) {
        const against = againstBySpread(indicator.progress, evaluated.lang);
        const text = changeText(indicator.progress, evaluated.lang);
        if (against === null) expect(text).toBeNull();
        else {
          expect(text?.endsWith(` ${against}`)).toBe(true);
          compared++;
        }
      }
    expect(compared).toBeGreaterThan(100);
  });

  it("an average baseline is written as the average, not as its last period", () => {
    const evaluated = evaluatePlan(averageBaselinePlan({ "2018": 30 }));
    const indicator = evaluated.indicators[0];
    expect(indicator && changeText(indicator.progress, "nl")).toBe(
      "-34% t.o.v. gem. 2015-2017: 45,3",
    );
  });
});
