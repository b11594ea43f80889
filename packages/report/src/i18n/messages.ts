import type {
  Action,
  Direction,
  Language,
  NoTestReason,
  NotAssessableReason,
  Origin,
  ProgressStatus,
  Source,
  TargetKind,
  Unit,
} from "@ivp/model";

/**
 * Every fixed string of the report and of `ivp status`, per language. The
 * interface makes both languages complete: a key missing in one of them does
 * not compile. Both outputs take their status words from here, so the report
 * and `ivp status` always say the same thing.
 */
export interface Messages {
  readonly reportKind: string;
  readonly contents: string;
  readonly sections: {
    readonly summary: string;
    readonly mainGoals: string;
    readonly figures: string;
    readonly priorities: string;
    readonly themes: string;
    readonly indicators: string;
    readonly kernbeleid: string;
    readonly partners: string;
    readonly sources: string;
    readonly method: string;
  };
  readonly themeParts: {
    readonly motivation: string;
    readonly evaluation: string;
    readonly goals: string;
    readonly indicators: string;
    readonly approach: string;
    readonly actions: string;
    readonly partners: string;
  };
  readonly columns: {
    readonly indicator: string;
    readonly theme: string;
    readonly source: string;
    readonly baseline: string;
    readonly target: string;
    readonly latest: string;
    readonly fraction: string;
    readonly status: string;
    readonly change: string;
    /** The HTML's column with the latest value and, below it, the change. */
    readonly latestAndChange: string;
    readonly significance: string;
    readonly period: string;
    readonly value: string;
    readonly origin: string;
    readonly action: string;
    readonly who: string;
    readonly partners: string;
    readonly when: string;
    readonly code: string;
    readonly kernbeleidTheme: string;
    readonly coveredBy: string;
    readonly name: string;
    readonly description: string;
    readonly count: string;
    readonly what: string;
    readonly kind: string;
    readonly component: string;
    readonly calculation: string;
    readonly outcome: string;
  };
  /** A progress status in words (lower case, as `ivp status` prints it). */
  readonly status: Readonly<Record<ProgressStatus, string>>;
  readonly statusHelp: Readonly<Record<ProgressStatus, string>>;
  /** Why an indicator is not assessable, after "niet te beoordelen: ". */
  readonly notAssessable: Readonly<Record<NotAssessableReason, string>>;
  /** Why a change has no significance test. */
  readonly noTest: Readonly<Record<NoTestReason, string>>;
  /** The words and sentences of a progress assessment. */
  readonly progress: ProgressMessages;
  /** The fixed texts of `ivp status`. */
  readonly statusText: {
    readonly title: string;
    readonly headers: readonly string[];
    readonly notes: string;
    /** The change since the previous period when it compares with the same period as the change column. */
    readonly sameAsChange: string;
  };
  readonly actionStatus: Readonly<Record<Action["status"], string>>;
  readonly unit: Readonly<Record<Unit, string>>;
  readonly direction: Readonly<Record<Direction, string>>;
  readonly origin: Readonly<Record<Origin, string>>;
  readonly targetKind: Readonly<Record<TargetKind, string>>;
  readonly sourceKind: Readonly<Record<Source["kind"], string>>;
  /** Written before a maximum or minimum target value, e.g. "max. 1,7%". */
  readonly maxPrefix: string;
  readonly minPrefix: string;
  /** Written before a keep-level target, e.g. "handhaven 7,9". */
  readonly keepPrefix: string;
  /** A relative target without a value, e.g. "-25% t.o.v. basis". */
  readonly relativeOnly: (change: string) => string;
  readonly notAvailable: string;
  readonly none: string;
  /** The line that says up to which period figures were used. */
  readonly asOf: (period: string) => string;
  /** The same line without an as-of period. */
  readonly asOfLatest: string;
  readonly meta: {
    readonly municipality: string;
    readonly planPeriod: string;
    readonly adopted: string;
  };
  readonly skipToContent: string;
  /** Why a cell of a figure table is empty ("–"). */
  readonly emptyCell: {
    readonly value: string;
    readonly zeroBase: string;
    readonly missingValue: string;
    readonly reference: string;
  };
  /** The notice at the top of a report whose plan still has TODO placeholders. */
  readonly placeholders: (count: number) => string;
  /** The appendix "Verantwoording": the calculations, tests and settings moved there from the council text. */
  readonly appendix: {
    readonly calculations: string;
    readonly calculationLink: string;
    /** The heading of the list of significance tests per indicator. */
    readonly tests: string;
    /** The heading of the plan's settings that the assessment depends on. */
    readonly settings: string;
    /** The plan's target preference (`conventions.targetPreference`) with what it means. */
    readonly targetPreference: (key: string, value: string, meaning: string) => string;
    /** The correction for multiple tests with where it is set. */
    readonly correctionSetting: (key: string, value: string) => string;
  };
  /**
   * The report's council text: plain words where `ivp status` and `ivp table`
   * name the tests (those names are in the appendix "Verantwoording").
   */
  readonly council: {
    /** The summary's legend: what each verdict word means, plainly. */
    readonly statusPlain: Readonly<Record<ProgressStatus, string>>;
    /** The caption of the summary's legend with the count per verdict. */
    readonly legendCaption: string;
    /** The sentence above it: a verdict never calls chance a change. */
    readonly legendIntro: string;
    /** The column of the legend with the meaning. */
    readonly meaning: string;
    /** The caption of the summary's table of indicators. */
    readonly tableCaption: string;
    /** Above the summary's list of warnings. */
    readonly warningsIntro: string;
    /** Under an indicator table: what the significance column says. */
    readonly significanceLegend: string;
    /** Under a figure table: what ° means. */
    readonly chanceNote: string;
    /** Where the table's correction for many tests is explained. */
    readonly seeMethod: string;
  };
  /** A plan's preference between a printed target value and its printed change, in words. */
  readonly targetPreference: Readonly<Record<"stated-value" | "resolved-change", string>>;
  /** The printed page: the running header's parts and the page number. */
  readonly print: {
    /** "peildatum oktober 2018" or "laatste cijfers", after the plan in the running header. */
    readonly asOf: (period: string | null) => string;
    /** The words around the page numbers: "pagina", "van". */
    readonly page: string;
    readonly of: string;
  };
  /** Where a baseline or target was taken from. */
  readonly fromIndicator: string;
  /** Names the indicator table a baseline or target was taken from. */
  readonly fromTable: (title: string) => string;
  readonly tableWord: string;
  readonly mission: string;
  /** The first sentence of the summary: how many indicators have a status. */
  readonly summaryIntro: (assessable: number, total: number) => string;
  /** Says how many statuses were set by hand. */
  readonly manualCount: (count: number) => string;
  readonly statusCounts: string;
  /** The legend under a table with chance markers. */
  readonly chanceNote: string;
  /**
   * The sentence under a tested figure table: the changes tested, how many
   * chance alone would make look significant (written out), how many are
   * distinguishable after and before the correction, and the correction's
   * name (`null`: none).
   */
  readonly significanceSummary: (
    tests: number,
    expectedByChance: string,
    significant: number,
    nominallySignificant: number,
    correction: string | null,
  ) => string;
  /** Notes a table row that prints another baseline or target than the one used. */
  readonly differsFromEffective: (baseline: string, target: string) => string;
  readonly differsLegend: string;
  readonly chart: {
    readonly observed: string;
    readonly baseline: string;
    readonly target: string;
    readonly path: string;
    /** The title of an indicator's chart. */
    readonly title: (label: string) => string;
    readonly noData: string;
    readonly otherPeriods: string;
    /** The caption of the table with a chart's numbers. */
    readonly numbersCaption: (label: string) => string;
    /** The title of a bar chart of a table's change column. */
    readonly barsTitle: (column: string) => string;
    /** The text alternative of a bar chart of changes. */
    readonly barsDescription: (column: string, reference: string | null) => string;
    readonly reference: string;
    /** The bar chart's legend: the colours of an increase and a decrease. */
    readonly increase: string;
    readonly decrease: string;
    /** The legend entry of the target scaled to the months of a part year (e.g. "doel omgerekend naar jan-okt"). */
    readonly scaledTarget: (months: string) => string;
    readonly noChange: string;
    readonly clipped: string;
    /** The legend entry of the same months of two years, drawn apart from the full years (e.g. "jan-okt"). */
    readonly sameMonths: (months: string) => string;
    /** The text alternative of those points. */
    readonly sameMonthsDescription: (months: string, points: string) => string;
    /** Notes a figure drawn apart in the numbers table. */
    readonly drawnApart: string;
    /** The legend entry of a projected full year with its range. */
    readonly projection: string;
    /** The text alternative of a projection. */
    readonly projectionDescription: (
      year: string,
      from: string,
      value: string,
      range: string,
    ) => string;
    /** The row of the numbers table with a projection. */
    readonly projected: string;
  };
  readonly indicatorFacts: {
    readonly unit: string;
    readonly direction: string;
    readonly source: string;
    readonly baseline: string;
    readonly target: string;
    readonly latest: string;
    readonly status: string;
    readonly expected: string;
    readonly verdict: string;
    readonly fraction: string;
    readonly comparison: string;
    readonly change: string;
    /** The change since the previous comparable period. */
    readonly previousChange: string;
    readonly significance: string;
    readonly warnings: string;
    readonly components: string;
    readonly themes: string;
    readonly yes: string;
    readonly no: string;
    /** After a direction the plan does not declare. */
    readonly directionInferred: string;
    /** After the target progress is measured against, when there are several. */
    readonly assessed: string;
    /** The expected value with the years it is computed for, e.g. "65,8 (na 1 van 4 jaar)". */
    readonly expectedAfter: (value: string, elapsed: number, total: number) => string;
    /** A target with its period: "60 (-25%) in 2021". */
    readonly targetIn: (target: string, period: string) => string;
    /** A count comparison: "46 tegen 70; verhouding 0,66 (95%-interval 0,44 tot 0,97)". */
    readonly poissonDetail: (
      later: string,
      earlier: string,
      ratio: string,
      lower: string,
      upper: string,
    ) => string;
    /** A survey comparison: "verschil 0,3 (95%-interval 0,02 tot 0,58)". */
    readonly surveyDetail: (difference: string, lower: string, upper: string) => string;
  };
  /** The rows of the calculation table of an indicator. */
  readonly calculation: CalculationMessages;
  /** The first sentence of the Kernbeleid Veiligheid section: what the plan covers. */
  readonly kernbeleidIntro: (fields: number, themes: number, totalThemes: number) => string;
  readonly unknownCodes: string;
  readonly notCovered: string;
  readonly references: string;
  readonly indicatorsOfSource: string;
  readonly methodText: readonly string[];
  readonly tableLabelColumn: string;
  readonly generatedBy: string;
  readonly otherIndicators: string;
}

/** The words and sentences of a progress assessment ({@link Messages.progress}). */
export interface ProgressMessages {
  readonly manual: string;
  readonly automatic: string;
  readonly manualStatus: string;
  readonly significant: string;
  readonly chance: string;
  /** Before a p-value after the correction for multiple tests: "gecorrigeerd". */
  readonly corrected: string;
  /** Between a change and what it is compared with: "-34% t.o.v. 70". */
  readonly vs: string;
  /** After an illustrative target in a table cell: "illustratief". */
  readonly illustrative: string;
  /** What an illustrative target is: "illustratief doel, niet vastgesteld door de raad". */
  readonly illustrativeTarget: string;
  readonly projection: string;
  /** How verdicts are decided. */
  readonly statusLegend: string;
  /** How the verdicts were corrected for many tests: the method's words, the number of tests, how many chance alone would mark. */
  readonly correctionLegend: (method: string, tests: number, expected: string) => string;
  /** The correction methods in words. */
  readonly correctionMethod: Readonly<Record<"none" | "holm" | "benjamini-hochberg", string>>;
  readonly significanceLegend: string;
  /**
   * How the verdict was reached: the figure with its margin against the
   * benchmark. `against` is "path" (the straight line after elapsed of total
   * years) or "target"; `widened` the dispersion when the margin was widened.
   */
  readonly verdictNote: (parts: {
    readonly value: string;
    readonly lower: string | null;
    readonly upper: string | null;
    readonly benchmark: string;
    readonly against: "path" | "target";
    readonly side: "better" | "worse" | "indistinguishable";
    readonly widened: string | null;
  }) => string;
  /** The trend over the comparable periods: "trend 2013-2017: -11% per jaar (95%-interval -21% tot +0%); niet significant". */
  readonly trendNote: (parts: {
    readonly from: string;
    readonly to: string;
    readonly perYear: string;
    readonly lower: string;
    readonly upper: string;
    readonly verdict: "increasing" | "decreasing" | "no-significant-change";
    readonly widened: string | null;
  }) => string;
  /** An average baseline: "gem. 2015-2017: 45,3". */
  readonly averageBaseline: (range: string, value: string) => string;
  /** The periods of an average that are not whole years: "jan-jun 2015 t/m jan-jun 2017". */
  readonly averageRange: (from: string, to: string) => string;
  /** A fraction of the way beyond the target: "meer dan de hele weg". */
  readonly fractionBeyond: string;
  /** A fraction of the way below zero: "van het doel af". */
  readonly fractionAway: string;
  /** A change in percentage points: "-0,2 procentpunt". */
  readonly percentagePoints: (difference: string) => string;
  /** A change in grade points: "+0,1 punt". */
  readonly gradePoints: (difference: string) => string;
  /** Where every component is. */
  readonly everyComponent: string;
  /** A latest figure compared with the baseline of the same period. */
  readonly samePeriod: (to: string, from: string) => string;
  /** A part of a year compared with the same months of the baseline year. */
  readonly sameMonths: (to: string, from: string, fromValue: string) => string;
  /** The target scaled to those months. */
  readonly scaledTarget: (
    target: string,
    fromValue: string,
    baseline: string,
    scaled: string,
  ) => string;
  /** A part of a year projected to a full year. */
  readonly projected: (
    to: string,
    toValue: string,
    shares: string,
    share: string,
    current: string,
    range: string,
  ) => string;
  /** The warnings of an assessment (`ProgressWarning` of `@ivp/model`) in words. */
  readonly warning: {
    /** A relative target whose printed value differs from its printed change applied to the baseline. */
    readonly targetDisagrees: (
      stated: string,
      printed: string,
      change: string,
      resolved: string,
      used: string,
      preference: "stated-value" | "resolved-change",
    ) => string;
    /** A target on the bad side of the baseline. */
    readonly targetAgainstDirection: (
      target: string,
      baseline: string,
      direction: string,
    ) => string;
    /** A baseline that differs from the figure recorded for its period. */
    readonly baselineDiffers: (baseline: string, observed: string, period: string) => string;
    /** A projection from a single earlier year. */
    readonly projectionSingleYear: (year: string) => string;
    /** The baseline is the lowest or highest of its comparable periods. */
    readonly baselineExtreme: (
      value: string,
      period: string,
      position: "lowest" | "highest",
      history: string,
      mean: string,
      /** The average baseline to write instead, as YAML. */
      remedy: string,
    ) => string;
  };
}

/** The labels of the rows of an indicator's calculation table. */
export interface CalculationMessages {
  readonly resolvedTarget: string;
  readonly baseline: string;
  readonly target: string;
  readonly current: string;
  readonly elapsed: string;
  readonly total: string;
  readonly timeFraction: string;
  readonly expected: string;
  readonly fraction: string;
  readonly observed: string;
  readonly required: string;
  readonly ratio: string;
  readonly targetAchieved: string;
  readonly status: string;
  /** Why annual differences replace growth rates. */
  readonly absolute: string;
  /** Why there is no ratio: the target equals the baseline. */
  readonly noChangeRequired: string;
  /** The rounding of a relative target, e.g. "afgerond op 0 decimalen". */
  readonly rounded: (decimals: number) => string;
}

const nl: Messages = {
  reportKind: "Monitoringsrapportage",
  contents: "Inhoud",
  sections: {
    summary: "Samenvatting",
    mainGoals: "Hoofddoelstellingen",
    figures: "Politiecijfers",
    priorities: "Prioriteiten",
    themes: "Overige thema's",
    indicators: "Indicatoren",
    kernbeleid: "Kernbeleid Veiligheid",
    partners: "Partners",
    sources: "Bronnen",
    method: "Verantwoording",
  },
  themeParts: {
    motivation: "Aanleiding",
    evaluation: "Evaluatie",
    goals: "Doelstelling",
    indicators: "Effectindicatoren",
    approach: "Aanpak",
    actions: "Acties uit het uitvoeringsplan",
    partners: "Partners",
  },
  columns: {
    indicator: "Indicator",
    theme: "Prioriteit of thema",
    source: "Bron",
    baseline: "Basis",
    target: "Doel",
    latest: "Laatste waarde",
    fraction: "Deel van de weg",
    status: "Status",
    change: "Verandering",
    latestAndChange: "Laatste waarde en verandering",
    significance: "Significantie",
    period: "Periode",
    value: "Waarde",
    origin: "Herkomst",
    action: "Actie",
    who: "Wie",
    partners: "Partners",
    when: "Wanneer",
    code: "Code",
    kernbeleidTheme: "Thema",
    coveredBy: "Behandeld in",
    name: "Naam",
    description: "Omschrijving",
    count: "Aantal",
    what: "Wat",
    kind: "Soort",
    component: "Onderdeel",
    calculation: "Berekening",
    outcome: "Uitkomst",
  },
  status: {
    achieved: "doel gehaald",
    ahead: "voor op schema",
    indistinguishable: "niet te onderscheiden",
    behind: "achter op schema",
    worse: "verslechterd",
    "not-achieved": "doel niet gehaald",
    "not-assessable": "niet te beoordelen",
  },
  statusHelp: {
    achieved:
      "de doelperiode is voorbij en de waarde is beter dan het doel, ook als je rekening houdt met toeval",
    ahead:
      "nog voor de doelperiode: de waarde is beter dan waar de rechte lijn van basis naar doel nu zou zijn, ook als je rekening houdt met toeval",
    indistinguishable:
      "het verschil met de lijn naar het doel (na de doelperiode: met het doel) is zo klein dat toeval het kan verklaren; of het beter of slechter gaat, is niet te zeggen",
    behind:
      "nog voor de doelperiode: de waarde is slechter dan waar de rechte lijn van basis naar doel nu zou zijn, ook als je rekening houdt met toeval",
    worse:
      "nog voor de doelperiode: de waarde is slechter dan bij de basis, ook als je rekening houdt met toeval",
    "not-achieved":
      "de doelperiode is voorbij en de waarde is slechter dan het doel, ook als je rekening houdt met toeval",
    "not-assessable":
      "geen doel, basis, richting, latere vergelijkbare meting of foutmarge, of een doel dat niet past bij de basis; de reden staat bij de indicator",
  },
  notAssessable: {
    "no-target": "geen doel",
    "no-baseline": "geen basiswaarde",
    "no-direction": "richting onbekend",
    "target-not-after-baseline": "doeljaar niet na basisjaar",
    "no-observations": "geen metingen",
    "no-later-measurement": "geen latere meting",
    "incomparable-periods": "geen vergelijkbare periode",
    "inconsistent-target": "doel past niet bij basis en richting",
    "no-margin": "geen foutmarge bekend",
  },
  noTest: {
    "missing-value": "geen toets: waarde ontbreekt",
    "not-a-count": "geen toets: geen aantal",
    "no-intervals": "geen toets: geen marges",
  },
  progress: {
    averageBaseline: (range, value) => `gem. ${range}: ${value}`,
    averageRange: (from, to) => `${from} t/m ${to}`,
    manual: "handmatig",
    automatic: "automatisch",
    manualStatus: "handmatige status",
    significant: "significant",
    chance: "niet te onderscheiden van toeval",
    corrected: "gecorrigeerd",
    vs: "t.o.v.",
    illustrative: "illustratief",
    illustrativeTarget: "illustratief doel, niet vastgesteld door de raad",
    projection: "projectie",
    statusLegend:
      "Oordeel: de laatste waarde met haar 95%-toevalsmarge tegen de rechte lijn van basis naar doel (vanaf de doelperiode: tegen het doel); beter of slechter alleen als de marge de lijn of het doel niet raakt, anders niet te onderscheiden. Verslechterd: slechter dan de basis, ook met toeval. Aantallen: exacte Poisson-marge, breder als de reeks in eerdere jaren meer schommelde dan toeval geeft (overdispersie); enquêtecijfers: de gepubliceerde marges; zonder marge alleen een opgegeven tolerantie.",
    correctionLegend: (method, tests, expected) =>
      `${tests} toetsen samen; zonder correctie zou toeval er gemiddeld ${expected} als verschil aanwijzen. Correctie: ${method}.`,
    correctionMethod: {
      none: "geen",
      holm: "Holm (de kans op één of meer valse verschillen blijft onder 5%)",
      "benjamini-hochberg":
        "Benjamini-Hochberg (van de aangewezen verschillen is naar verwachting hooguit 5% toeval)",
    },
    significanceLegend:
      "Significantie van de verandering t.o.v. de basis: exacte Poisson-toets voor aantallen (tweezijdig, als R's poisson.test; quasi-Poisson bij overdispersie), marges voor enquêtecijfers; significant bij p < 0,05.",
    verdictNote: ({ value, lower, upper, benchmark, against, side, widened }) =>
      `oordeel: ${value}${lower === null ? "" : ` (95%-marge ${lower} tot ${upper}${widened ? `, verbreed voor overdispersie ${widened}` : ""})`} tegen ${against === "path" ? "de lijn naar het doel" : "het doel"} ${benchmark}: ${side === "better" ? "beter" : side === "worse" ? "slechter" : "niet te onderscheiden"}.`,
    trendNote: ({ from, to, perYear, lower, upper, verdict, widened }) =>
      `trend ${from}-${to}: ${perYear} per jaar (95%-interval ${lower} tot ${upper}${widened ? `, verbreed voor overdispersie ${widened}` : ""}): ${verdict === "increasing" ? "stijgend" : verdict === "decreasing" ? "dalend" : "geen duidelijke trend"}.`,
    fractionBeyond: "meer dan de hele weg",
    fractionAway: "van het doel af",
    percentagePoints: (difference) => `${difference} procentpunt`,
    gradePoints: (difference) => `${difference} punt`,
    everyComponent: "Alle componenten: ivp status --format json.",
    samePeriod: (to, from) => `${to} vergeleken met de basis (${from}): dezelfde periode.`,
    sameMonths: (to, from, fromValue) =>
      `${to} vergeleken met dezelfde maanden van het basisjaar (${from}: ${fromValue})`,
    scaledTarget: (target, fromValue, baseline, scaled) =>
      `het doel omgerekend naar dezelfde maanden: ${target} x ${fromValue} / ${baseline} = ${scaled}`,
    projected: (to, toValue, shares, share, current, range) =>
      `het basisjaar heeft geen cijfer voor dezelfde maanden; ${to} (${toValue}) is naar een heel jaar geprojecteerd met het aandeel van die maanden in eerdere jaren (${shares}; samen ${share}): ${toValue} / ${share} = ${current}, marge ${range} (toevalsvariatie van het aantal en spreiding van het aandeel). Een projectie, geen meting.`,
    warning: {
      targetDisagrees: (stated, printed, change, resolved, used, preference) =>
        `het gedrukte doel ${stated}${printed} klopt niet met de gedrukte verandering ${change} van de basis (= ${resolved}); beoordeeld tegen ${used}: bij zo'n verschil telt ${nl.targetPreference[preference]}.`,
      targetAgainstDirection: (target, baseline, direction) =>
        `het doel ${target} ligt aan de verkeerde kant van de basis ${baseline} (${direction}); zo'n doel is al bij de basis gehaald en zegt niets over voortgang, dus geen oordeel. Controleer het doel in het plan.`,
      baselineDiffers: (baseline, observed, period) =>
        `de basiswaarde ${baseline} wijkt af van het cijfer ${observed} dat voor ${period} is vastgelegd.`,
      projectionSingleYear: (year) =>
        `de projectie steunt op één eerder jaar (${year}); hoe sterk het aandeel van die maanden per jaar wisselt is onbekend en zit niet in de marge.`,
      baselineExtreme: (value, period, position, history, mean, remedy) =>
        `de basiswaarde ${value} (${period}) is het ${position === "lowest" ? "laagste" : "hoogste"} van de vergelijkbare periodes (eerder: ${history}; gemiddeld ${mean}). Een volgende periode ligt door toeval alleen al vaak dichter bij dat gemiddelde (regressie naar het gemiddelde): een deel van de verandering kan daaruit komen. Het gemiddelde van meerdere jaren als basis voorkomt dat, bijvoorbeeld ${remedy}.`,
    },
  },
  statusText: {
    title: "Voortgang",
    headers: [
      "indicator",
      "basis",
      "doel",
      "laatste",
      "verandering",
      "t.o.v. vorige periode",
      "deel v.d. weg",
      "status",
      "significantie",
    ],
    notes: "Toelichting",
    sameAsChange: "= verandering",
  },
  actionStatus: {
    planned: "gepland",
    ongoing: "lopend",
    done: "gereed",
    postponed: "uitgesteld",
    cancelled: "vervallen",
  },
  unit: {
    count: "aantal",
    grade: "rapportcijfer (1-10)",
    percentage: "percentage",
    "rate-per-1000": "per 1.000 inwoners",
    "rate-per-10000": "per 10.000 inwoners",
    "rate-per-100000": "per 100.000 inwoners",
  },
  direction: {
    "lower-is-better": "lager is beter",
    "higher-is-better": "hoger is beter",
  },
  origin: {
    table: "tabel",
    text: "tekst",
    import: "import",
    other: "overig",
  },
  targetKind: {
    absolute: "waarde",
    relative: "verandering",
    maximum: "maximum",
    minimum: "minimum",
    "keep-level": "niveau vasthouden",
  },
  sourceKind: {
    "police-registration": "politieregistratie",
    survey: "enquête",
    "municipal-registration": "gemeentelijke registratie",
    "open-data": "open data",
    other: "overig",
  },
  maxPrefix: "max.",
  minPrefix: "min.",
  keepPrefix: "handhaven",
  relativeOnly: (change) => `${change} t.o.v. basis`,
  notAvailable: "–",
  none: "geen",
  asOf: (period) => `Peilmoment: cijfers tot en met ${period}`,
  asOfLatest: "Peilmoment: de laatste cijfers per indicator",
  meta: { municipality: "Gemeente", planPeriod: "Planperiode", adopted: "Vastgesteld" },
  skipToContent: "Naar de inhoud",
  emptyCell: {
    value: "geen cijfer",
    zeroBase: "geen percentage: het oude cijfer is 0",
    missingValue: "geen percentage: een van beide cijfers ontbreekt",
    reference: "niet opgegeven",
  },
  placeholders: (count) =>
    `Dit plan is nog niet af: ${count === 1 ? "één tekst is" : `${count} teksten zijn`} nog een plaatshouder (beginnend met TODO) die de gemeente moet invullen. Lees dit rapport als een proef, niet als het plan van de gemeente.`,
  appendix: {
    calculations: "Berekening per indicator",
    calculationLink: "De berekening staat in de verantwoording.",
    tests: "Toets per indicator",
    settings: "Instellingen van het plan",
    targetPreference: (key, value, meaning) =>
      `Welk doel telt als het gedrukte doel en de gedrukte verandering verschillen: ${meaning} (${key}: ${value}).`,
    correctionSetting: (key, value) =>
      `Correctie voor meerdere toetsen: ${value} (${key}, of ivp report --correction).`,
  },
  council: {
    statusPlain: {
      achieved: "de doelperiode is voorbij en het doel is gehaald",
      ahead: "het gaat sneller dan nodig om het doel op tijd te halen",
      indistinguishable:
        "het verschil met het schema is zo klein dat het toeval kan zijn: beter of slechter is (nog) niet te zeggen",
      behind: "het gaat langzamer dan nodig om het doel op tijd te halen",
      worse: "slechter dan bij de start van het plan (de basis)",
      "not-achieved": "de doelperiode is voorbij en het doel is niet gehaald",
      "not-assessable":
        "er ontbreekt iets om te oordelen, zoals een doel, een beginwaarde of een nieuwe meting; de reden staat erbij",
    },
    legendCaption: "Wat de oordelen betekenen",
    legendIntro:
      "Het schema is de rechte lijn van de beginwaarde naar het doel. Een oordeel zegt alleen 'beter' of 'slechter' als toeval het verschil niet kan verklaren.",
    meaning: "Betekenis",
    tableCaption: "Oordeel per indicator",
    warningsIntro: "Bij deze indicatoren klopt iets niet of is het oordeel voorzichtig te lezen:",
    significanceLegend:
      "Significantie: of de verandering sinds de basis groter is dan toeval kan verklaren (significant bij p < 0,05). Hoe dat is getoetst, staat in de verantwoording.",
    chanceNote:
      "° niet te onderscheiden van toeval: zo'n verandering komt ook zonder echte verandering voor. Hoe dat is getoetst, staat in de verantwoording.",
    seeMethod: "zie de verantwoording",
  },
  targetPreference: {
    "stated-value": "het gedrukte doel",
    "resolved-change": "de gedrukte verandering toegepast op de basis",
  },
  print: {
    asOf: (period) => (period === null ? "laatste cijfers" : `peilmoment ${period}`),
    page: "pagina",
    of: "van",
  },
  fromIndicator: "de indicator zelf",
  fromTable: (title) => `indicatortabel '${title}'`,
  tableWord: "Tabel",
  mission: "Missie",
  summaryIntro: (assessable, total) =>
    assessable === total
      ? `Het plan heeft ${total} indicatoren; voor alle is de voortgang naar het doel te beoordelen.`
      : `Het plan heeft ${total} indicatoren. Voor ${assessable === 0 ? "geen ervan" : `${assessable} daarvan`} is de voortgang naar het doel te beoordelen; ${total - assessable} ${total - assessable === 1 ? "is" : "zijn"} niet te beoordelen; de reden staat bij het oordeel.`,
  manualCount: (count) =>
    `${count === 1 ? "Eén status is" : `${count} statussen zijn`} met de hand gezet; de automatische status staat ernaast.`,
  statusCounts: "Indicatoren per status",
  chanceNote: "° niet te onderscheiden van toeval (exacte Poisson-toets, tweezijdig, p ≥ 0,05)",
  significanceSummary: (tests, expected, significant, nominal, correction) => {
    if (tests === 0) return "Geen veranderingen getoetst.";
    const tested = `${tests} ${tests === 1 ? "verandering" : "veranderingen"} getoetst; door toeval alleen zouden er ongeveer ${expected} significant lijken.`;
    return correction === null
      ? `${tested} Niet gecorrigeerd voor het aantal toetsen: ${significant} te onderscheiden van toeval.`
      : `${tested} Gecorrigeerd voor het aantal toetsen (${correction}): ${significant} te onderscheiden van toeval (${nominal} zonder correctie).`;
  },
  differsFromEffective: (baseline, target) =>
    `deze tabel drukt andere waarden af dan de indicator gebruikt (basis ${baseline}, doel ${target})`,
  differsLegend: "≠ deze rij wijkt af van de basis of het doel waarmee de indicator wordt gevolgd",
  chart: {
    observed: "waargenomen",
    baseline: "basis",
    target: "doel",
    path: "rechte lijn van basis naar doel",
    title: (label) => `Verloop: ${label}`,
    noData: "Geen waarnemingen om te tonen.",
    otherPeriods: "niet in de grafiek: andere periode dan de basis",
    numbersCaption: (label) => `Cijfers bij de grafiek: ${label}`,
    barsTitle: (column) => `Verandering ${column}`,
    barsDescription: (column, reference) =>
      reference
        ? `Staafdiagram van de procentuele verandering (${column}) per categorie; het streepje is de kolom '${reference}'. De cijfers staan in de tabel hierboven.`
        : `Staafdiagram van de procentuele verandering (${column}) per categorie. De cijfers staan in de tabel hierboven.`,
    reference: "vergelijking",
    increase: "toename",
    decrease: "afname",
    scaledTarget: (months) => `doel omgerekend naar ${months}`,
    noChange: "geen % (basis 0 of ontbrekend)",
    clipped: "staaf afgekapt",
    sameMonths: (months) => `${months}, geen heel jaar`,
    sameMonthsDescription: (months, points) =>
      `${months} (dezelfde maanden van twee jaren, apart getekend, geen heel jaar): ${points}.`,
    drawnApart: "apart getekend: dezelfde maanden als in het basisjaar",
    projection: "projectie van het hele jaar, met marge",
    projectionDescription: (year, from, value, range) =>
      `projectie ${year} uit ${from}: ${value}, marge ${range} (een schatting, geen meting).`,
    projected: "projectie",
  },
  indicatorFacts: {
    unit: "Eenheid",
    direction: "Richting",
    source: "Bron",
    baseline: "Basis",
    target: "Doel",
    latest: "Laatste waarde",
    status: "Status",
    expected: "Verwacht op de rechte lijn",
    verdict: "Hoe het oordeel tot stand komt",
    fraction: "Deel van de weg",
    comparison: "Vergelijking",
    change: "Verandering",
    previousChange: "Verandering t.o.v. de vorige periode",
    significance: "Significantie",
    warnings: "Let op",
    components: "Berekening",
    themes: "Prioriteit of thema",
    yes: "ja",
    no: "nee",
    directionInferred: "afgeleid uit het doel",
    assessed: "beoordeeld",
    expectedAfter: (value, elapsed, total) => `${value} (na ${elapsed} van ${total} jaar)`,
    targetIn: (target, period) => `${target} in ${period}`,
    poissonDetail: (later, earlier, ratio, lower, upper) =>
      `exacte Poisson-toets van ${later} tegen ${earlier}; verhouding ${ratio} (95%-interval ${lower} tot ${upper})`,
    surveyDetail: (difference, lower, upper) =>
      `toets met de marges van beide metingen; verschil ${difference} (95%-interval ${lower} tot ${upper})`,
  },
  calculation: {
    resolvedTarget: "doel uit de gedrukte verandering",
    baseline: "basis (y₀)",
    target: "doel (y_T)",
    current: "huidige waarde (y_t)",
    elapsed: "verstreken jaren (t − t₀)",
    total: "jaren van basis tot doel (T − t₀)",
    timeFraction: "verstreken deel van de tijd",
    expected: "verwacht op de rechte lijn",
    fraction: "deel van de weg",
    observed: "waargenomen jaarlijkse groei",
    required: "benodigde jaarlijkse groei",
    ratio: "verhouding R",
    targetAchieved: "doel bereikt",
    status: "status",
    absolute: "jaarlijkse verschillen, want basis of doel is 0",
    noChangeRequired: "geen: het doel is gelijk aan de basis",
    rounded: (decimals) => `afgerond op ${decimals} decimalen`,
  },
  kernbeleidIntro: (fields, themes, totalThemes) =>
    `Het plan behandelt ${themes} van de ${totalThemes} thema's in ${fields} van de 5 veiligheidsvelden van Kernbeleid Veiligheid (VNG).`,
  unknownCodes: "Codes die niet in Kernbeleid Veiligheid voorkomen",
  notCovered: "niet behandeld",
  references: "Documenten",
  indicatorsOfSource: "Indicatoren",
  methodText: [
    "Procentuele veranderingen zijn (nieuw - oud) / oud x 100, exact berekend en afgerond op hele procenten (een half naar boven, weg van nul). Een toename krijgt een plusteken; een cel blijft leeg als de oude waarde 0 is.",
    "Cijfers voor juli t/m december staan niet in het plan: ze zijn berekend als het hele jaar min januari t/m juni.",
    "Een waarde over een deel van het jaar (zoals januari t/m oktober) wordt alleen vergeleken met dezelfde maanden van een ander jaar; het doel wordt dan naar die maanden omgerekend. Heeft het basisjaar die maanden niet, dan wordt een aantal naar een heel jaar geprojecteerd, met een marge. In de grafieken staan zulke cijfers apart, nooit op de lijn van de hele jaren.",
    "Basis en doel van een indicator komen uit de indicator zelf of anders uit de eerste indicatortabel waarin die staat.",
  ],
  tableLabelColumn: "Categorie",
  generatedBy: "Gemaakt met ivp uit de gegevens van het plan.",
  otherIndicators: "Overige indicatoren",
};

const en: Messages = {
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
  status: {
    achieved: "target achieved",
    ahead: "ahead of schedule",
    indistinguishable: "not distinguishable",
    behind: "behind schedule",
    worse: "worse",
    "not-achieved": "target not achieved",
    "not-assessable": "not assessable",
  },
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
        `the baseline ${value} (${period}) is the ${position} of its comparable periods (earlier: ${history}; mean ${mean}). A next period tends back toward that mean by chance alone (regression to the mean), so part of the change may come from it. The average of several years as the baseline avoids this, e.g. ${remedy}.`,
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
  direction: {
    "lower-is-better": "lower is better",
    "higher-is-better": "higher is better",
  },
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
  maxPrefix: "max.",
  minPrefix: "min.",
  keepPrefix: "keep",
  relativeOnly: (change) => `${change} from baseline`,
  notAvailable: "–",
  none: "none",
  asOf: (period) => `As of: figures up to and including ${period}`,
  asOfLatest: "As of: each indicator's latest figures",
  meta: { municipality: "Municipality", planPeriod: "Plan period", adopted: "Adopted" },
  skipToContent: "Skip to content",
  emptyCell: {
    value: "no figure",
    zeroBase: "no percentage: the old figure is 0",
    missingValue: "no percentage: one of the two figures is missing",
    reference: "not given",
  },
  placeholders: (count) =>
    `This plan is not finished: ${count === 1 ? "one text is" : `${count} texts are`} still a placeholder (starting with TODO) for the municipality to fill in. Read this report as a draft, not as the municipality's plan.`,
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
  targetPreference: {
    "stated-value": "the printed target",
    "resolved-change": "the printed change applied to the baseline",
  },
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
      : `The plan has ${total} indicators. Progress toward the target can be assessed for ${assessable === 0 ? "none" : assessable} of them; ${total - assessable} ${total - assessable === 1 ? "is" : "are"} not assessable; the reason is given with the verdict.`,
  manualCount: (count) =>
    `${count === 1 ? "One status was" : `${count} statuses were`} set by hand; the automatic status is shown next to it.`,
  statusCounts: "Indicators by status",
  chanceNote: "° not distinguishable from chance (exact Poisson test, two-sided, p ≥ 0.05)",
  significanceSummary: (tests, expected, significant, nominal, correction) => {
    if (tests === 0) return "No changes tested.";
    const tested = `${tests} ${tests === 1 ? "change" : "changes"} tested; chance alone would make about ${expected} of them look significant.`;
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
};

/** The fixed strings of the report in Dutch and English. */
export const MESSAGES: Readonly<Record<Language, Messages>> = { nl, en };

/**
 * The fixed strings of one language.
 *
 * @example
 * messagesFor("en").sections.summary //=> "Summary"
 */
export function messagesFor(lang: Language): Messages {
  return MESSAGES[lang];
}
