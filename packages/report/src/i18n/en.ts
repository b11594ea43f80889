/**
 * Every fixed string of the report and of `ivp status` in English. A new text
 * goes into `Messages` (catalogue.ts) and then into every language's file;
 * messages.test.ts checks that they have the same keys and placeholders.
 */

import { plural } from "@ivp/model";
import type { Messages, StatusMessages } from "./catalogue.ts";

/**
 * The texts of `ivp status` in English (its text, JSON and the progress
 * texts the report shares with it), built apart from the rest of the
 * catalogue: a status needs some 90 of its few hundred entries, and V8 builds
 * the objects of a catalogue's first use entry by entry (a map transition
 * each; the whole Dutch catalogue was some 1.4 million instructions of
 * `ivp status` on Laren, Node 20, callgrind).
 */
export function englishStatusMessages(): StatusMessages {
  const en: StatusMessages = {
    status: {
      achieved: "target achieved",
      ahead: "ahead of schedule",
      indistinguishable: "not distinguishable",
      behind: "behind schedule",
      worse: "worse",
      "not-achieved": "target not achieved",
      "not-assessable": "not assessable",
    },
    notAssessable: {
      "no-target": "no target",
      "no-baseline": "no baseline",
      "no-direction": "direction unknown",
      "target-not-after-baseline": "target year not after baseline year",
      "no-observations": "no measurements",
      "no-later-measurement": "no later measurement",
      "incomparable-periods": "no comparable period",
      "inconsistent-target": "target does not fit baseline and direction",
      "no-margin": "no margin of error known",
    },
    noTest: {
      "missing-value": "no test: value missing",
      "not-a-count": "no test: not a count",
      "no-intervals": "no test: no margins",
    },
    progress: {
      averageBaseline: (range, value) => `avg. ${range}: ${value}`,
      averagePeriod: (range) => `avg. ${range}`,
      averageRange: (from, to) => `${from} to ${to}`,
      manual: "manual",
      automatic: "automatic",
      manualStatus: "manual status",
      significant: "significant",
      chance: "not distinguishable from chance",
      corrected: "corrected",
      vs: "vs",
      illustrative: "illustrative",
      illustrativeTarget: "illustrative target, not adopted by the council",
      projection: "projection",
      statusLegend:
        "Verdict: the latest value with its 95% margin of chance against the straight line from baseline to target (from the target period on: against the target); better or worse only when the margin does not reach the line or the target, else not distinguishable. Worse: worse than the baseline, also allowing for chance. Counts: exact Poisson margin, wider when the series varied more than chance in earlier years (overdispersion); survey figures: the published margins; without a margin only a declared tolerance.",
      correctionLegend: (method, tests, expected) =>
        `${tests} tests together; without a correction chance alone would mark about ${expected} of them as different. Correction: ${method}.`,
      correctionMethod: {
        none: "none",
        holm: "Holm (the chance of one or more false differences stays below 5%)",
        "benjamini-hochberg":
          "Benjamini-Hochberg (of the differences marked, at most 5% are expected to be chance)",
      },
      significanceLegend:
        "Significance of the change from the baseline: exact Poisson test for counts (two-sided, as R's poisson.test; quasi-Poisson with overdispersion), supplied margins for survey figures; significant when p < 0.05.",
      verdictNote: ({ value, lower, upper, benchmark, against, side, widened }) =>
        `verdict: ${value}${lower === null ? "" : ` (95% margin ${lower} to ${upper}${widened ? `, widened for overdispersion ${widened}` : ""})`} against ${against === "path" ? "the line to the target" : "the target"} ${benchmark}: ${side === "better" ? "better" : side === "worse" ? "worse" : "not distinguishable"}.`,
      trendNote: ({ from, to, perYear, lower, upper, verdict, widened }) =>
        `trend ${from}-${to}: ${perYear} a year (95% interval ${lower} to ${upper}${widened ? `, widened for overdispersion ${widened}` : ""}): ${verdict === "increasing" ? "increasing" : verdict === "decreasing" ? "decreasing" : "no clear trend"}.`,
      rateComputedAs: (count, per, population) => `computed as ${count} x ${per} / ${population}`,
      rateNoFigure: (period, have, lacking) =>
        `no figure for ${period}: ${have}, but no ${lacking}`,
      fractionBeyond: "more than the whole way",
      fractionAway: "away from the target",
      percentagePoints: (difference) => `${difference} percentage points`,
      gradePoints: (difference) => `${difference} points`,
      everyComponent: "Every component: ivp status --format json.",
      samePeriod: (to, from) => `${to} compared with the baseline (${from}): the same period.`,
      sameMonths: (to, from, fromValue) =>
        `${to} compared with the same months of the baseline year (${from}: ${fromValue})`,
      scaledTarget: (target, fromValue, baseline, scaled) =>
        `the target scaled to the same months: ${target} x ${fromValue} / ${baseline} = ${scaled}`,
      projected: (to, toValue, shares, share, current, range) =>
        `the baseline year has no figure for the same months; ${to} (${toValue}) is projected to a full year with the share of those months in earlier years (${shares}; pooled ${share}): ${toValue} / ${share} = ${current}, range ${range} (chance variation of the count and spread of the share). A projection, not a measurement.`,
      warning: {
        targetDisagrees: (stated, printed, change, resolved, used, preference) =>
          `the printed target ${stated}${printed} does not match the printed change of ${change} from the baseline (= ${resolved}); assessed against ${used}: where the two differ, ${en.targetPreference[preference]} counts.`,
        targetAgainstDirection: (target, baseline, direction) =>
          `the target ${target} lies on the wrong side of the baseline ${baseline} (${direction}); such a target is met at the baseline and says nothing about progress, so there is no verdict. Check the target in the plan.`,
        baselineDiffers: (baseline, observed, period) =>
          `the baseline ${baseline} differs from the figure ${observed} recorded for ${period}.`,
        projectionSingleYear: (year) =>
          `the projection rests on one earlier year (${year}); how much the share of those months varies between years is unknown and not in the range.`,
        baselineExtreme: (value, period, position, history, mean, remedy) =>
          `the baseline ${value} (${period}) is the ${position === "lowest" ? "lowest" : "highest"} of its comparable periods (earlier: ${history}; mean ${mean}). A next period tends back toward that mean by chance alone (regression to the mean), so part of the change may come from it. The average of several years as the baseline avoids this, e.g. ${remedy}.`,
      },
    },
    statusText: {
      title: "Progress",
      headers: [
        "indicator",
        "baseline",
        "target",
        "latest",
        "change",
        "since previous period",
        "of the way",
        "status",
        "significance",
      ],
      notes: "Notes",
      sameAsChange: "= change",
    },
    direction: {
      "lower-is-better": "lower is better",
      "higher-is-better": "higher is better",
    },
    maxPrefix: "max.",
    minPrefix: "min.",
    keepPrefix: "keep",
    relativeOnly: (change) => `${change} from baseline`,
    notAvailable: "–",
    asOf: (period) => `As of: figures up to and including ${period}`,
    asOfLatest: "As of: each indicator's latest figures",
    targetPreference: {
      "stated-value": "the printed target",
      "resolved-change": "the printed change applied to the baseline",
    },
  };
  return en;
}

/**
 * Built when a text of this language is first asked for (messages.ts): the
 * catalogue's few hundred entries are objects and functions that a command
 * in the other language would build for nothing at every start. The texts of
 * `ivp status` (`status`, built first) are its own objects, taken as they are.
 */
export function englishMessages(status: StatusMessages): Messages {
  return {
    reportKind: "Monitoring report",
    contents: "Contents",
    sections: {
      summary: "Summary",
      mainGoals: "Main goals",
      figures: "Police figures",
      priorities: "Priorities",
      themes: "Other themes",
      indicators: "Indicators",
      kernbeleid: "Kernbeleid Veiligheid (safety policy framework)",
      partners: "Partners",
      sources: "Sources",
      method: "Method",
    },
    themeParts: {
      motivation: "Motivation",
      evaluation: "Evaluation",
      goals: "Goals",
      indicators: "Effect indicators",
      approach: "Approach",
      actions: "Actions of the execution plan",
      partners: "Partners",
    },
    columns: {
      indicator: "Indicator",
      theme: "Priority or theme",
      source: "Source",
      baseline: "Baseline",
      target: "Target",
      latest: "Latest value",
      fraction: "Fraction of the way",
      status: "Status",
      change: "Change",
      latestAndChange: "Latest value and change",
      significance: "Significance",
      period: "Period",
      value: "Value",
      origin: "Origin",
      action: "Action",
      who: "Who",
      partners: "Partners",
      when: "When",
      code: "Code",
      kernbeleidTheme: "Theme",
      coveredBy: "Addressed in",
      name: "Name",
      description: "Description",
      count: "Count",
      what: "What",
      kind: "Kind",
      component: "Component",
      calculation: "Calculation",
      outcome: "Result",
    },
    status: status.status,
    statusHelp: {
      achieved:
        "the target period has passed and the value is better than the target, also allowing for chance",
      ahead:
        "before the target period: the value is better than where the straight line from baseline to target would be now, also allowing for chance",
      indistinguishable:
        "the difference from the line to the target (after the target period: from the target) is small enough for chance to explain; whether things go better or worse cannot be told",
      behind:
        "before the target period: the value is worse than where the straight line from baseline to target would be now, also allowing for chance",
      worse:
        "before the target period: the value is worse than at the baseline, also allowing for chance",
      "not-achieved":
        "the target period has passed and the value is worse than the target, also allowing for chance",
      "not-assessable":
        "no target, baseline, direction, later comparable figure or margin of error, or a target that does not fit the baseline; the reason is given with the indicator",
    },
    notAssessable: status.notAssessable,
    noTest: status.noTest,
    progress: status.progress,
    statusText: status.statusText,
    actionStatus: {
      planned: "planned",
      ongoing: "ongoing",
      done: "done",
      postponed: "postponed",
      cancelled: "cancelled",
    },
    unit: {
      count: "count",
      grade: "report grade (1-10)",
      percentage: "percentage",
      "rate-per-1000": "per 1,000 inhabitants",
      "rate-per-10000": "per 10,000 inhabitants",
      "rate-per-100000": "per 100,000 inhabitants",
    },
    direction: status.direction,
    origin: {
      table: "table",
      text: "text",
      import: "import",
      other: "other",
    },
    targetKind: {
      absolute: "value",
      relative: "change",
      maximum: "maximum",
      minimum: "minimum",
      "keep-level": "keep the level",
    },
    sourceKind: {
      "police-registration": "police registration",
      survey: "survey",
      "municipal-registration": "municipal registration",
      "open-data": "open data",
      other: "other",
    },
    maxPrefix: status.maxPrefix,
    minPrefix: status.minPrefix,
    keepPrefix: status.keepPrefix,
    relativeOnly: status.relativeOnly,
    notAvailable: status.notAvailable,
    none: "none",
    asOf: status.asOf,
    asOfLatest: status.asOfLatest,
    meta: { municipality: "Municipality", planPeriod: "Plan period", adopted: "Adopted" },
    skipToContent: "Skip to content",
    emptyCell: {
      value: "no figure",
      zeroBase: "no percentage: the old figure is 0",
      missingValue: "no percentage: one of the two figures is missing",
      reference: "not given",
    },
    placeholders: (count) =>
      `This plan is not finished: ${plural("en", count, { one: "one text is", other: `${count} texts are` })} still a placeholder (starting with TODO) for the municipality to fill in. Read this report as a draft, not as the municipality's plan.`,
    appendix: {
      calculations: "Calculation per indicator",
      calculationLink: "The calculation is in the appendix.",
      tests: "Test per indicator",
      settings: "The plan's settings",
      targetPreference: (key, value, meaning) =>
        `Which target counts when the printed target and the printed change differ: ${meaning} (${key}: ${value}).`,
      correctionSetting: (key, value) =>
        `Correction for multiple tests: ${value} (${key}, or ivp report --correction).`,
    },
    council: {
      statusPlain: {
        achieved: "the target period has passed and the target was met",
        ahead: "going faster than needed to meet the target in time",
        indistinguishable:
          "the difference from the schedule is small enough to be chance: better or worse cannot be told (yet)",
        behind: "going slower than needed to meet the target in time",
        worse: "worse than at the start of the plan (the baseline)",
        "not-achieved": "the target period has passed and the target was not met",
        "not-assessable":
          "something needed for a verdict is missing, such as a target, a starting value or a new measurement; the reason is given",
      },
      legendCaption: "What the verdicts mean",
      legendIntro:
        "The schedule is the straight line from the starting value to the target. A verdict says 'better' or 'worse' only when chance cannot explain the difference.",
      meaning: "Meaning",
      tableCaption: "Verdict per indicator",
      warningsIntro: "For these indicators something does not add up, or the verdict needs care:",
      significanceLegend:
        "Significance: whether the change since the baseline is larger than chance can explain (significant when p < 0.05). How it was tested is in the appendix.",
      chanceNote:
        "° not distinguishable from chance: such a change also happens without a real change. How it was tested is in the appendix.",
      seeMethod: "see the appendix",
    },
    targetPreference: status.targetPreference,
    print: {
      asOf: (period) => (period === null ? "latest figures" : `as of ${period}`),
      page: "page",
      of: "of",
    },
    fromIndicator: "the indicator itself",
    fromTable: (title) => `indicator table '${title}'`,
    tableWord: "Table",
    mission: "Mission",
    summaryIntro: (assessable, total) =>
      assessable === total
        ? `The plan has ${total} indicators; progress toward the target can be assessed for all of them.`
        : `The plan has ${total} indicators. Progress toward the target can be assessed for ${assessable === 0 ? "none" : assessable} of them; ${total - assessable} ${plural("en", total - assessable, { one: "is", other: "are" })} not assessable; the reason is given with the verdict.`,
    manualCount: (count) =>
      `${plural("en", count, { one: "One status was", other: `${count} statuses were` })} set by hand; the automatic status is shown next to it.`,
    statusCounts: "Indicators by status",
    chanceNote: "° not distinguishable from chance (exact Poisson test, two-sided, p ≥ 0.05)",
    significanceSummary: (tests, expected, significant, nominal, correction) => {
      if (tests === 0) return "No changes tested.";
      const tested = `${tests} ${plural("en", tests, { one: "change", other: "changes" })} tested; chance alone would make about ${expected} of them look significant.`;
      return correction === null
        ? `${tested} Not corrected for the number of tests: ${significant} distinguishable from chance.`
        : `${tested} Corrected for the number of tests (${correction}): ${significant} distinguishable from chance (${nominal} without the correction).`;
    },
    differsFromEffective: (baseline, target) =>
      `this table prints other values than the indicator is followed with (baseline ${baseline}, target ${target})`,
    differsLegend: "≠ this row differs from the baseline or target the indicator is followed with",
    chart: {
      observed: "observed",
      baseline: "baseline",
      target: "target",
      path: "straight line from baseline to target",
      title: (label) => `Trend: ${label}`,
      noData: "No observations to show.",
      otherPeriods: "not in the chart: another period than the baseline",
      numbersCaption: (label) => `Figures behind the chart: ${label}`,
      barsTitle: (column) => `Change ${column}`,
      barsDescription: (column, reference) =>
        reference
          ? `Bar chart of the percentage change (${column}) per category; the tick is the column '${reference}'. The figures are in the table above.`
          : `Bar chart of the percentage change (${column}) per category. The figures are in the table above.`,
      reference: "comparison",
      increase: "increase",
      decrease: "decrease",
      scaledTarget: (months) => `target scaled to ${months}`,
      noChange: "no % (base 0 or missing)",
      clipped: "bar clipped",
      sameMonths: (months) => `${months}, not a full year`,
      sameMonthsDescription: (months, points) =>
        `${months} (the same months of two years, drawn apart, not a full year): ${points}.`,
      drawnApart: "drawn apart: the same months as in the baseline year",
      projection: "projected full year, with range",
      projectionDescription: (year, from, value, range) =>
        `projection ${year} from ${from}: ${value}, range ${range} (an estimate, not a measurement).`,
      projected: "projection",
    },
    indicatorFacts: {
      unit: "Unit",
      direction: "Direction",
      source: "Source",
      baseline: "Baseline",
      target: "Target",
      latest: "Latest value",
      status: "Status",
      expected: "Expected on the straight line",
      verdict: "How the verdict is reached",
      fraction: "Fraction of the way",
      comparison: "Comparison",
      change: "Change",
      previousChange: "Change since the previous period",
      rate: "Computed",
      significance: "Significance",
      warnings: "Note",
      components: "Calculation",
      themes: "Priority or theme",
      yes: "yes",
      no: "no",
      directionInferred: "inferred from the target",
      assessed: "assessed",
      expectedAfter: (value, elapsed, total) => `${value} (after ${elapsed} of ${total} years)`,
      targetIn: (target, period) => `${target} in ${period}`,
      poissonDetail: (later, earlier, ratio, lower, upper) =>
        `exact Poisson test of ${later} against ${earlier}; rate ratio ${ratio} (95% interval ${lower} to ${upper})`,
      surveyDetail: (difference, lower, upper) =>
        `test with the margins of both surveys; difference ${difference} (95% interval ${lower} to ${upper})`,
    },
    calculation: {
      resolvedTarget: "target from the printed change",
      baseline: "baseline (y₀)",
      target: "target (y_T)",
      current: "current value (y_t)",
      elapsed: "years elapsed (t − t₀)",
      total: "years from baseline to target (T − t₀)",
      timeFraction: "share of the time elapsed",
      expected: "expected on the straight line",
      fraction: "fraction of the way",
      observed: "observed annual growth",
      required: "required annual growth",
      ratio: "ratio R",
      targetAchieved: "target achieved",
      status: "status",
      absolute: "annual differences, as the baseline or target is 0",
      noChangeRequired: "none: the target equals the baseline",
      rounded: (decimals) => `rounded to ${decimals} decimals`,
    },
    kernbeleidIntro: (fields, themes, totalThemes) =>
      `The plan addresses ${themes} of the ${totalThemes} themes in ${fields} of the 5 safety fields of Kernbeleid Veiligheid (VNG).`,
    unknownCodes: "Codes that are not in Kernbeleid Veiligheid",
    notCovered: "not addressed",
    references: "Documents",
    indicatorsOfSource: "Indicators",
    methodText: [
      "Percentage changes are (new - old) / old x 100, computed exactly and rounded to whole percents (a half away from zero). An increase has a plus sign; a cell stays empty when the old value is 0.",
      "July-December figures are not in the plan: they are computed as the full year minus January-June.",
      "A figure for part of a year (such as January-October) is compared only with the same months of another year; the target is then scaled to those months. When the baseline year lacks those months, a count is projected to a full year, with a range. The charts draw such figures apart, never on the line of the full years.",
      "An indicator's baseline and target come from the indicator itself, or else from the first indicator table that lists it.",
    ],
    tableLabelColumn: "Category",
    generatedBy: "Made with ivp from the plan's data.",
    otherIndicators: "Other indicators",
    noIndicator: (id) => `the report has no indicator "${id}"`,
  };
}
