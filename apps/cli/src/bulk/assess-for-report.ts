import {
  assessChangeSignificance,
  assessPlanProgress,
  type IndicatorProgress,
  type ObservationIndex,
  type Plan,
} from "@ivp/model";
import type {
  AssessChange,
  AssessProgress,
  IndicatorProgress as ReportProgress,
} from "@ivp/report";

/** The significance level of `ivp status`, used for the same figures in a bulk report. */
export const BULK_ALPHA = 0.05;

/** A model assessment in the shape the report shows, with every component by name. */
export function toReportProgress(progress: IndicatorProgress): ReportProgress {
  const { measures, comparison } = progress;
  const latest = comparison
    ? {
        period: comparison.to.period,
        value: comparison.current,
        projected: comparison.method === "projection",
      }
    : progress.latest
      ? { period: progress.latest.period, value: progress.latest.value, projected: false }
      : null;
  return {
    status: progress.status,
    targetAchieved: measures?.targetAchieved ?? null,
    fractionOfTheWay: measures?.fractionOfWay ?? null,
    expected: measures?.expected ?? null,
    onTrack: measures?.onTrack ?? null,
    latest,
    components: {
      baseline: measures?.baseline ?? progress.baseline?.value ?? null,
      baselinePeriod: progress.baseline?.period ?? null,
      target: measures?.target ?? progress.target?.value ?? null,
      targetPeriod: progress.target?.period ?? null,
      current: measures?.current ?? null,
      comparison: comparison?.method ?? null,
      elapsedYears: measures?.elapsedYears ?? null,
      totalYears: measures?.totalYears ?? null,
      timeFraction: measures?.timeFraction ?? null,
      ratioMethod: measures?.ratio.method ?? null,
      observedRate: measures?.ratio.observed ?? null,
      requiredRate: measures?.ratio.required ?? null,
      ratio: measures?.ratio.value ?? null,
      notAssessable: progress.notAssessable,
      changePercent: progress.change?.percent ?? null,
      pValue:
        progress.significance && progress.significance.test !== "none"
          ? progress.significance.pValue
          : null,
    },
  };
}

/**
 * The two assessors `evaluatePlan` takes, backed by `@ivp/model`: progress
 * toward each indicator's target (as `ivp status` computes it) and the exact
 * Poisson test of each change of counts in the figure tables.
 */
export function bulkAssessors(
  plan: Plan,
  index: ObservationIndex,
): { assessProgress: AssessProgress; assessChange: AssessChange } {
  const progress = new Map(
    assessPlanProgress(plan, { index, alpha: BULK_ALPHA }).indicators.map((p) => [p.indicator, p]),
  );
  return {
    assessProgress: ({ indicator }) => {
      const found = progress.get(indicator.id);
      return found ? toReportProgress(found) : null;
    },
    assessChange: ({ unit, from, to }) => {
      const result = assessChangeSignificance({
        unit,
        from: { value: from.value },
        to: { value: to.value },
        alpha: BULK_ALPHA,
      });
      return result.test === "none"
        ? null
        : {
            significant: result.distinguishableFromChance,
            pValue: result.pValue,
            method: result.test,
          };
    },
  };
}
