import {
  type ChangeSignificance,
  decimalsOf,
  formatNumber,
  formatPeriodLabel,
  type IndicatorProgress,
  type Language,
  type NoTestReason,
  type NotAssessableReason,
  type Plan,
  type PlanProgress,
  PROGRESS_THRESHOLDS,
  type ProgressStatus,
  type ProgressWarning,
  parsePeriodOrThrow,
  type Unit,
} from "@ivp/model";

/** A threshold in the language's notation: 0,95 in Dutch. */
function threshold(value: number, lang: Language): string {
  return String(value).replace(".", lang === "nl" ? "," : ".");
}

const STATUS: Record<Language, Record<ProgressStatus, string>> = {
  nl: {
    "target-achieved": "doel bereikt",
    "substantial-progress": "flinke vooruitgang",
    "moderate-progress": "matige vooruitgang",
    "limited-progress": "beperkte vooruitgang",
    deterioration: "verslechtering",
    "not-assessable": "niet te beoordelen",
  },
  en: {
    "target-achieved": "target achieved",
    "substantial-progress": "substantial progress",
    "moderate-progress": "moderate progress",
    "limited-progress": "limited progress",
    deterioration: "deterioration",
    "not-assessable": "not assessable",
  },
};

const REASON: Record<Language, Record<NotAssessableReason, string>> = {
  nl: {
    "no-target": "geen doel",
    "no-baseline": "geen basiswaarde",
    "no-direction": "richting onbekend",
    "target-not-after-baseline": "doeljaar niet na basisjaar",
    "no-observations": "geen metingen",
    "no-later-measurement": "geen latere meting",
    "incomparable-periods": "geen vergelijkbare periode",
  },
  en: {
    "no-target": "no target",
    "no-baseline": "no baseline",
    "no-direction": "direction unknown",
    "target-not-after-baseline": "target year not after baseline year",
    "no-observations": "no measurements",
    "no-later-measurement": "no later measurement",
    "incomparable-periods": "no comparable period",
  },
};

const NO_TEST: Record<Language, Record<NoTestReason, string>> = {
  nl: {
    "missing-value": "geen toets: waarde ontbreekt",
    "not-a-count": "geen toets: geen aantal",
    "no-intervals": "geen toets: geen marges",
  },
  en: {
    "missing-value": "no test: value missing",
    "not-a-count": "no test: not a count",
    "no-intervals": "no test: no margins",
  },
};

const WORDS = {
  nl: {
    title: "Voortgang",
    asOfLatest: "Peilmoment: de laatste cijfers per indicator",
    asOf: "Peilmoment: cijfers tot en met",
    headers: [
      "indicator",
      "basis",
      "doel",
      "laatste",
      "verandering",
      "deel v.d. weg",
      "status",
      "significantie",
    ],
    vs: "t.o.v.",
    projection: "projectie",
    max: "max.",
    min: "min.",
    keep: "handhaven",
    manual: "handmatig",
    automatic: "automatisch",
    significant: "significant",
    chance: "niet te onderscheiden van toeval",
    notes: "Toelichting",
    legend: `Status volgens Open SDG / Statistics Canada: doel bereikt, anders de verhouding R = richting x waargenomen / |benodigde| jaarlijkse groei; R >= ${threshold(PROGRESS_THRESHOLDS.substantial, "nl")} flinke, >= ${threshold(PROGRESS_THRESHOLDS.moderate, "nl")} matige, >= 0 beperkte vooruitgang, < 0 verslechtering. Bij een basis of doel van 0 jaarlijkse verschillen in plaats van groeivoeten.`,
    legendSignificance:
      "Significantie: exacte Poisson-toets voor aantallen (tweezijdig, als R's poisson.test), marges voor enquêtecijfers; significant bij p < 0,05.",
    json: "Alle componenten: ivp status --format json.",
  },
  en: {
    title: "Progress",
    asOfLatest: "As of: each indicator's latest figures",
    asOf: "As of: figures up to and including",
    headers: [
      "indicator",
      "baseline",
      "target",
      "latest",
      "change",
      "of the way",
      "status",
      "significance",
    ],
    vs: "vs",
    projection: "projection",
    max: "max.",
    min: "min.",
    keep: "keep",
    manual: "manual",
    automatic: "automatic",
    significant: "significant",
    chance: "not distinguishable from chance",
    notes: "Notes",
    legend: `Status as Open SDG / Statistics Canada: target achieved, else the ratio R = direction x observed / |required| annual growth; R >= ${threshold(PROGRESS_THRESHOLDS.substantial, "en")} substantial, >= ${threshold(PROGRESS_THRESHOLDS.moderate, "en")} moderate, >= 0 limited progress, < 0 deterioration. With a baseline or target of 0, annual differences instead of growth rates.`,
    legendSignificance:
      "Significance: exact Poisson test for counts (two-sided, as R's poisson.test), supplied margins for survey figures; significant when p < 0.05.",
    json: "Every component: ivp status --format json.",
  },
} as const;

function separator(lang: Language): string {
  return lang === "en" ? "." : ",";
}

/**
 * A value in the indicator's unit: grades with one decimal (7,0), other
 * values with the decimals they were written with (79, 1,7%, 100%).
 */
function formatValue(value: number, unit: Unit, lang: Language, decimals?: number): string {
  const places =
    decimals ?? (unit === "grade" ? Math.max(1, decimalsOf(value)) : decimalsOf(value));
  const text = formatNumber(value, { decimals: places, decimalSeparator: separator(lang) });
  return unit === "percentage" ? `${text}%` : text;
}

function formatPercent(value: number, lang: Language): string {
  const text = formatNumber(value, { decimalSeparator: separator(lang) });
  return `${value > 0 && text !== "0" ? "+" : ""}${text}%`;
}

function periodLabel(code: string, lang: Language): string {
  return formatPeriodLabel(parsePeriodOrThrow(code), { lang });
}

/**
 * A p-value with two significant digits (four decimals at most): 0.0023,
 * 0.032, 0.39; below 0.001 as "< 0.001".
 *
 * @example
 * formatPValue(0.0023245, "nl") //=> "p = 0,0023"
 * formatPValue(0.0004, "en") //=> "p < 0.001"
 */
export function formatPValue(p: number, lang: Language): string {
  if (p < 0.001)
    return `p < ${formatNumber(0.001, { decimals: 3, decimalSeparator: separator(lang) })}`;
  if (p >= 0.995) return "p = 1";
  const decimals = p >= 0.1 ? 2 : p >= 0.01 ? 3 : 4;
  return `p = ${formatNumber(p, { decimals, decimalSeparator: separator(lang) })}`;
}

/**
 * The effective status in words; with an override, the automatic one beside it.
 *
 * @example
 * statusText(assessProgress(plan, "overlast-jongeren"), "nl") //=> "niet te beoordelen: geen latere meting"
 */
export function statusText(progress: IndicatorProgress, lang: Language): string {
  const words = WORDS[lang];
  const describe = (status: ProgressStatus) =>
    status === "not-assessable" && progress.notAssessable
      ? `${STATUS[lang][status]}: ${REASON[lang][progress.notAssessable]}`
      : STATUS[lang][status];
  if (progress.override) {
    return `${STATUS[lang][progress.override.status]} (${words.manual}; ${words.automatic}: ${describe(progress.automaticStatus)})`;
  }
  return describe(progress.automaticStatus);
}

function significanceText(significance: ChangeSignificance | null, lang: Language): string {
  if (!significance) return "-";
  if (significance.test === "none") return NO_TEST[lang][significance.reason];
  const verdict = significance.distinguishableFromChance
    ? WORDS[lang].significant
    : WORDS[lang].chance;
  return `${formatPValue(significance.pValue, lang)}: ${verdict}`;
}

function targetText(progress: IndicatorProgress, lang: Language): string {
  const { target } = progress;
  if (!target || target.value === null) return "-";
  const words = WORDS[lang];
  const value = formatValue(target.value, progress.unit, lang);
  const prefix =
    target.kind === "maximum"
      ? `${words.max} `
      : target.kind === "minimum"
        ? `${words.min} `
        : target.kind === "keep-level"
          ? `${words.keep} `
          : "";
  return `${prefix}${value} (${periodLabel(target.period, lang)})`;
}

function changeText(progress: IndicatorProgress, lang: Language): string {
  const { comparison, change } = progress;
  if (!comparison || !change) return "-";
  const words = WORDS[lang];
  const percent = change.percent === null ? "" : `${formatPercent(change.percent, lang)} `;
  if (comparison.method === "projection") {
    const projection = comparison.projection;
    const range =
      projection.upper === null
        ? `${formatValue(projection.lower, "count", lang, 0)}-`
        : `${formatValue(projection.lower, "count", lang, 0)}-${formatValue(projection.upper, "count", lang, 0)}`;
    return `${words.projection} ${periodLabel(String(parsePeriodOrThrow(comparison.to.period).year), lang)}: ${formatValue(comparison.current, "count", lang, 0)} (${range}), ${percent}${words.vs} ${formatValue(comparison.from.value, progress.unit, lang)} (${periodLabel(comparison.from.period, lang)})`;
  }
  return `${percent}${words.vs} ${formatValue(comparison.from.value, progress.unit, lang)} (${periodLabel(comparison.from.period, lang)})`;
}

/**
 * A warning in words.
 *
 * @example
 * describeWarning({ code: "projection-single-year", year: 2016 }, progress, "en")
 * //=> "the projection rests on one earlier year (2016); ..."
 */
export function describeWarning(
  warning: ProgressWarning,
  progress: IndicatorProgress,
  lang: Language,
): string {
  const v = (n: number) => formatValue(n, progress.unit, lang);
  const nl = lang === "nl";
  switch (warning.code) {
    case "target-disagrees-with-change": {
      const printed = progress.target?.asPrinted ? ` ("${progress.target.asPrinted}")` : "";
      const change = progress.target?.change ?? 0;
      const pref = progress.target?.preference ?? "stated-value";
      return nl
        ? `het gedrukte doel ${v(warning.stated)}${printed} klopt niet met de gedrukte verandering ${formatPercent(change, lang)} van de basis (= ${v(warning.resolved)}); beoordeeld tegen ${v(warning.used)} (conventions.targetPreference: ${pref}).`
        : `the printed target ${v(warning.stated)}${printed} does not match the printed change of ${formatPercent(change, lang)} from the baseline (= ${v(warning.resolved)}); assessed against ${v(warning.used)} (conventions.targetPreference: ${pref}).`;
    }
    case "target-against-direction":
      return nl
        ? `het doel ${v(warning.target)} ligt aan de verkeerde kant van de basis ${v(warning.baseline)} (${progress.direction?.value === "lower-is-better" ? "lager is beter" : "hoger is beter"}), dus is het al bij de basis bereikt.`
        : `the target ${v(warning.target)} lies on the wrong side of the baseline ${v(warning.baseline)} (${progress.direction?.value ?? ""}), so the baseline already meets it.`;
    case "baseline-differs-from-observation":
      return nl
        ? `de basiswaarde ${v(warning.baseline)} wijkt af van het cijfer ${v(warning.observed)} dat voor ${periodLabel(warning.period, lang)} is vastgelegd.`
        : `the baseline ${v(warning.baseline)} differs from the figure ${v(warning.observed)} recorded for ${periodLabel(warning.period, lang)}.`;
    case "projection-single-year":
      return nl
        ? `de projectie steunt op één eerder jaar (${warning.year}); hoe sterk het aandeel van die maanden per jaar wisselt is onbekend en zit niet in de marge.`
        : `the projection rests on one earlier year (${warning.year}); how much the share of those months varies between years is unknown and not in the range.`;
  }
}

/** The note explaining how a part of a year was compared. */
function comparisonNote(progress: IndicatorProgress, lang: Language): string | null {
  const { comparison, target } = progress;
  if (!comparison || comparison.method === "same-period") return null;
  const nl = lang === "nl";
  const v = (n: number, decimals?: number) => formatValue(n, progress.unit, lang, decimals);
  const from = periodLabel(comparison.from.period, lang);
  const to = periodLabel(comparison.to.period, lang);
  if (comparison.method === "same-months") {
    const baseline = progress.baseline?.value ?? 0;
    const scaled =
      target?.value != null && comparison.target !== null
        ? nl
          ? `; het doel omgerekend naar dezelfde maanden: ${v(target.value)} x ${v(comparison.from.value)} / ${v(baseline)} = ${v(comparison.target, 1)}`
          : `; the target scaled to the same months: ${v(target.value)} x ${v(comparison.from.value)} / ${v(baseline)} = ${v(comparison.target, 1)}`
        : "";
    return nl
      ? `${to} vergeleken met dezelfde maanden van het basisjaar (${from}: ${v(comparison.from.value)})${scaled}.`
      : `${to} compared with the same months of the baseline year (${from}: ${v(comparison.from.value)})${scaled}.`;
  }
  const p = comparison.projection;
  const shares = p.shares.map((s) => `${s.year}: ${v(s.partial)}/${v(s.full)}`).join(", ");
  const share = formatNumber(p.share, { decimals: 3, decimalSeparator: separator(lang) });
  const range = p.upper === null ? `${v(p.lower, 1)}-` : `${v(p.lower, 1)}-${v(p.upper, 1)}`;
  return nl
    ? `het basisjaar heeft geen cijfer voor dezelfde maanden; ${to} (${v(comparison.to.value)}) is naar een heel jaar geprojecteerd met het aandeel van die maanden in eerdere jaren (${shares}; samen ${share}): ${v(comparison.to.value)} / ${share} = ${v(comparison.current, 1)}, marge ${range} (toevalsvariatie van het aantal en spreiding van het aandeel). Een projectie, geen meting.`
    : `the baseline year has no figure for the same months; ${to} (${v(comparison.to.value)}) is projected to a full year with the share of those months in earlier years (${shares}; pooled ${share}): ${v(comparison.to.value)} / ${share} = ${v(comparison.current, 1)}, range ${range} (chance variation of the count and spread of the share). A projection, not a measurement.`;
}

function row(progress: IndicatorProgress, lang: Language): string[] {
  const { baseline, latest, measures } = progress;
  return [
    progress.indicator,
    baseline
      ? `${formatValue(baseline.value, progress.unit, lang)} (${periodLabel(baseline.period, lang)})`
      : "-",
    targetText(progress, lang),
    latest
      ? `${formatValue(latest.value, progress.unit, lang)} (${periodLabel(latest.period, lang)})`
      : "-",
    changeText(progress, lang),
    measures?.fractionOfWay != null
      ? formatPercent(measures.fractionOfWay * 100, lang).replace(/^\+/, "")
      : "-",
    statusText(progress, lang),
    significanceText(progress.significance, lang),
  ];
}

/** Options of {@link renderStatusText}. */
export interface RenderStatusTextOptions {
  readonly plan: Plan;
  readonly progress: PlanProgress;
  readonly lang: Language;
}

/**
 * The text output of `ivp status`: a title, one aligned line per indicator,
 * then numbered notes (how parts of years were compared, what the document
 * contradicts) and a legend.
 *
 * @example
 * renderStatusText({ plan, progress: assessPlanProgress(plan), lang: "nl" }).split("\n")[0]
 * //=> "Voortgang: Integraal Veiligheidsplan Gemeente Laren 2019-2022"
 */
export function renderStatusText(options: RenderStatusTextOptions): string {
  const { plan, progress, lang } = options;
  const words = WORDS[lang];
  const rows = progress.indicators.map((p) => row(p, lang));
  const table = [words.headers as readonly string[], ...rows];
  const widths = words.headers.map((_, c) => Math.max(...table.map((r) => (r[c] ?? "").length)));
  const lines = table.map((r) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
  const notes: string[] = [];
  for (const p of progress.indicators) {
    const note = comparisonNote(p, lang);
    if (note) notes.push(`${p.indicator}: ${note}`);
    for (const warning of p.warnings)
      notes.push(`${p.indicator}: ${describeWarning(warning, p, lang)}`);
    if (p.override) {
      notes.push(
        `${p.indicator}: ${lang === "nl" ? "handmatige status" : "manual status"} (${STATUS[lang][p.override.status]}): ${p.override.reason}`,
      );
    }
  }
  const asOf = progress.asOf
    ? `${words.asOf} ${periodLabel(progress.asOf, lang)}`
    : words.asOfLatest;
  return [
    `${words.title}: ${plan.title}`,
    asOf,
    "",
    ...lines,
    "",
    ...(notes.length > 0 ? [`${words.notes}:`, ...notes.map((n, i) => `${i + 1}. ${n}`), ""] : []),
    words.legend,
    words.legendSignificance,
    words.json,
    "",
  ].join("\n");
}
