import {
  formatPeriodLabel,
  measureProgress,
  ObservationIndex,
  PROGRESS_THRESHOLDS,
  parsePeriodOrThrow,
  projectFullYear,
  statusForRatio,
} from "@ivp/model";
import {
  calculationSteps,
  evaluatePlan,
  evaluateStatus,
  type IndicatorStatusJson,
  messagesFor,
} from "@ivp/report";
import { cell, code, generatedNotice, table } from "./markdown.ts";
import type { ExampleSource } from "./worked-examples.ts";

const GENERATOR = "scripts/lib/progress-examples.ts";

function period(code: string): string {
  return formatPeriodLabel(parsePeriodOrThrow(code), { lang: "en" });
}

function round(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

function comparedWith(indicator: IndicatorStatusJson): string {
  const c = indicator.comparison;
  if (!c) return "";
  switch (c.method) {
    case "same-period":
      return `the baseline, ${c.from.value} (${period(c.from.period)})`;
    case "same-months":
      return `the same months of the baseline year, ${c.from.value} (${period(c.from.period)})${c.target === null ? "" : `; target scaled to ${round(c.target, 1)}`}`;
    case "projection":
      return `a projected full year, ${round(c.current, 1)}`;
  }
}

/**
 * Every Laren indicator's status as `ivp status` (and the report) gives it,
 * as of the latest figures in the document and as of the first half of 2018.
 */
export function renderProgressStatuses(source: ExampleSource): string {
  const parts = [generatedNotice(GENERATOR), ""];
  for (const asOf of [undefined, "2018-H1"] as const) {
    const status = evaluateStatus(source.plan, {
      observations: source.observations,
      lang: "en",
      ...(asOf && { asOf }),
    });
    parts.push(
      asOf
        ? `**As of ${period(asOf)}** (\`ivp status examples/laren-2019-2022 --as-of ${asOf} --lang en\`):`
        : "**As of the latest figures in the document** (`ivp status examples/laren-2019-2022 --lang en`):",
      "",
      table(
        ["Indicator", "Latest figure", "Compared with", "Status"],
        status.indicators.map((i) => [
          code(i.id),
          i.latest
            ? `${i.latest.value}${i.unit === "percentage" ? "%" : ""} (${period(i.latest.period)})`
            : "none",
          cell(comparedWith(i)),
          cell(i.status.text),
        ]),
      ),
      "",
    );
  }
  return `${parts.join("\n")}`;
}

/**
 * The calculation of one Laren indicator's status, step by step, exactly as
 * the report prints it (`calculationSteps`), with its significance.
 */
export function renderProgressWorked(
  source: ExampleSource,
  indicatorId = "woninginbraken",
): string {
  const evaluated = evaluatePlan(source.plan, { observations: source.observations, lang: "en" });
  const indicator = evaluated.indicators.find((i) => i.id === indicatorId);
  if (!indicator) throw new Error(`the Laren plan has no indicator ${indicatorId}`);
  const { progress } = indicator;
  const significance = progress.significance;
  const counts = significance?.counts;
  const warnings = progress.warnings.map((w) => `- ${cell(w.message)}`);
  return [
    generatedNotice(GENERATOR),
    "",
    `${cell(indicator.label)} (\`${indicator.id}\`), as of the latest figures in the document:`,
    "",
    table(
      ["Component", "Calculation", "Result"],
      calculationSteps(evaluated, indicatorId).map((row) => [
        cell(row.component),
        cell(row.formula),
        cell(row.outcome),
      ]),
    ),
    "",
    ...(warnings.length > 0 ? ["The report and `ivp status` add:", "", ...warnings, ""] : []),
    counts && significance?.pValue != null
      ? `The change is tested as well: ${counts.later} against ${counts.earlier} gives p = ${round(significance.pValue, 3)}, so it is ${significance.distinguishableFromChance ? "more than chance alone plausibly gives" : "not distinguishable from chance"}.`
      : "",
    "",
  ].join("\n");
}

/**
 * How a part of a year is projected to a full year, on Laren's burglaries:
 * January-June 2018 with the share January-June had in every earlier year
 * with both figures (2015-2017).
 */
export function renderProjectionExample(
  source: ExampleSource,
  series = "woninginbraken",
  partialPeriod = "2018-H1",
): string {
  const index = new ObservationIndex(source.observations);
  const area = source.plan.municipality.code;
  const months = parsePeriodOrThrow(partialPeriod);
  const value = (year: number, whole: boolean) =>
    index.get(series, area, whole ? String(year) : { ...months, year })?.value ?? null;
  const history: { year: number; partial: number; full: number }[] = [];
  for (let year = months.year - 10; year < months.year; year++) {
    const partial = value(year, false);
    const full = value(year, true);
    if (partial !== null && full !== null) history.push({ year, partial, full });
  }
  const partial = value(months.year, false);
  if (partial === null) throw new Error(`no ${series} for ${partialPeriod}`);
  const projection = projectFullYear({ partial, history });
  const interval = projection.partialInterval;
  return [
    generatedNotice(GENERATOR),
    "",
    table(
      ["Year", period(partialPeriod).replace(` ${months.year}`, ""), "Full year", "Share"],
      projection.shares.map((s) => [
        String(s.year),
        String(s.partial),
        String(s.full),
        round(s.share, 3),
      ]),
    ),
    "",
    `- pooled share: ${projection.shares.map((s) => s.partial).join(" + ")} over ${projection.shares.map((s) => s.full).join(" + ")} = **${round(projection.share, 3)}**`,
    `- projection for ${months.year}: ${projection.partial} / ${round(projection.share, 3)} = **${round(projection.value, 1)}**`,
    interval
      ? `- range: the exact 95% interval of ${projection.partial} is ${round(interval.lower, 1)} to ${round(interval.upper, 1)}; divided by the largest share (${round(Math.max(...projection.shares.map((s) => s.share)), 3)}) and the smallest (${round(Math.min(...projection.shares.map((s) => s.share)), 3)}): **${round(projection.lower, 1)} to ${projection.upper === null ? "unbounded" : round(projection.upper, 1)}**`
      : "",
    "",
  ].join("\n");
}

/** The inputs of the zero-target example: a small count that should fall to none. */
export const ZERO_TARGET_EXAMPLE = {
  baseline: 2,
  target: 0,
  current: 1,
  elapsedYears: 2,
  totalYears: 4,
} as const;

/**
 * Why a zero baseline or target needs its own rule: the same small count
 * assessed with annual differences (ivp) and with Open SDG's substitution of
 * 0.001 for zero.
 */
export function renderZeroTargetExample(): string {
  const { baseline, target, current, elapsedYears, totalYears } = ZERO_TARGET_EXAMPLE;
  const ivp = measureProgress({ direction: "lower-is-better", ...ZERO_TARGET_EXAMPLE });
  // Open SDG: the zero becomes 0.001 and the growth rates are computed as usual.
  const observed = (current / baseline) ** (1 / elapsedYears) - 1;
  const required = (0.001 / baseline) ** (1 / totalYears) - 1;
  const openSdgRatio = -observed / Math.abs(required);
  return [
    generatedNotice(GENERATOR),
    "",
    `A count of ${baseline} in the baseline year, a target of ${target} after ${totalYears} years, and ${current} after ${elapsedYears} years: half the way in half the time.`,
    "",
    table(
      ["Rule", "Observed per year", "Required per year", "R", "Status"],
      [
        [
          "ivp: annual differences",
          `(${current} − ${baseline}) / ${elapsedYears} = ${round(ivp.ratio.observed ?? 0, 3)}`,
          `(${target} − ${baseline}) / ${totalYears} = ${round(ivp.ratio.required ?? 0, 3)}`,
          round(ivp.ratio.value ?? 0, 2),
          code(ivp.status),
        ],
        [
          "Open SDG: 0.001 for the zero",
          `(${current} / ${baseline})^(1/${elapsedYears}) − 1 = ${round(observed, 3)}`,
          `(0.001 / ${baseline})^(1/${totalYears}) − 1 = ${round(required, 3)}`,
          round(openSdgRatio, 2),
          code(statusForRatio(openSdgRatio)),
        ],
      ],
    ),
    "",
    `The thresholds are ${PROGRESS_THRESHOLDS.substantial} and ${PROGRESS_THRESHOLDS.moderate}.`,
    "",
  ].join("\n");
}

/** Why an indicator can be not assessable, as `ivp status --lang en` words it. */
export function renderNotAssessableReasons(): string {
  const reasons = messagesFor("en").notAssessable;
  return `${generatedNotice(GENERATOR)}\n\n${table(
    ["Reason", "`ivp status` says"],
    Object.entries(reasons).map(([reason, text]) => [
      code(reason),
      cell(`not assessable: ${text}`),
    ]),
  )}\n`;
}

/** The words of the verdict table in each language of the docs. */
const VERDICT_TABLE_WORDS = {
  en: {
    headers: ["indicator", "figure", "95% margin", "benchmark", "verdict"],
    inconsistent: (target: unknown, baseline: unknown) =>
      `target ${target} against baseline ${baseline}`,
    path: "the line to the target",
    target: "the target",
    decimal: ".",
  },
  nl: {
    headers: ["indicator", "cijfer", "95%-marge", "ijkpunt", "oordeel"],
    inconsistent: (target: unknown, baseline: unknown) => `doel ${target} tegen basis ${baseline}`,
    path: "de lijn naar het doel",
    target: "het doel",
    decimal: ",",
  },
} as const;

/**
 * Laren's verdicts as `ivp status --lang <lang>` gives them, with the figure,
 * its 95% margin and the benchmark it is compared with: every assessable
 * indicator and every indicator not assessable because of its target. The
 * English verdicts page and its Dutch translation show the same rows.
 */
export function renderVerdictExamples(source: ExampleSource, lang: "en" | "nl" = "en"): string {
  const words = VERDICT_TABLE_WORDS[lang];
  const number = (value: number) => round(value, 1).replace(".", words.decimal);
  const status = evaluateStatus(source.plan, { observations: source.observations, lang });
  const rows = status.indicators
    .filter((i) => i.verdict !== null || i.status.notAssessable === "inconsistent-target")
    .map((i) => {
      const v = i.verdict;
      if (!v)
        return [
          code(i.id),
          "",
          "",
          cell(words.inconsistent(i.target?.value, i.baseline?.value)),
          cell(i.status.text),
        ];
      const b = v.versusBenchmark;
      const margin = b.interval ? `${number(b.interval.lower)} - ${number(b.interval.upper)}` : "";
      const against = v.benchmarkKind === "path" ? words.path : words.target;
      return [
        code(i.id),
        String(b.value),
        margin,
        `${number(b.benchmark)} (${against})`,
        cell(i.status.text),
      ];
    });
  return [generatedNotice(GENERATOR), "", table([...words.headers], rows), ""].join("\n");
}
