import type {
  Action,
  Direction,
  NoTestReason,
  NotAssessableReason,
  Origin,
  ProgressStatus,
  Source,
  TargetKind,
  Unit,
} from "@ivp/model";

/**
 * Every fixed string of the report and of `ivp status` in one language: the
 * shape of the catalogues `nl.ts` and `en.ts`. The interface makes every
 * language complete: a key missing in one of them does not compile. Both outputs take their status words from here, so the report
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
    /** How a rate was computed from its count and population. */
    readonly rate: string;
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
  /** A report API refusing an indicator id the evaluated plan does not have (`calculationSteps`). */
  readonly noIndicator: (id: string) => string;
}

/**
 * The entries of {@link Messages} that `ivp status` reads (its text and JSON,
 * and the progress texts the report shares with it): each language builds
 * them apart from the rest (`dutchStatusMessages`, `englishStatusMessages`), so
 * a status does not build the whole catalogue. `Messages` holds the same
 * objects.
 */
export type StatusMessages = Pick<
  Messages,
  | "status"
  | "notAssessable"
  | "noTest"
  | "progress"
  | "statusText"
  | "direction"
  | "maxPrefix"
  | "minPrefix"
  | "keepPrefix"
  | "relativeOnly"
  | "notAvailable"
  | "asOf"
  | "asOfLatest"
  | "targetPreference"
>;

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
  /** How a rate was computed: "berekend als misdrijven-totaal x 1.000 / inwoners". */
  readonly rateComputedAs: (count: string, per: string, population: string) => string;
  /** A period without a rate: "geen cijfer voor 2023: wel misdrijven-totaal (347), geen inwoners". */
  readonly rateNoFigure: (period: string, have: string, lacking: string) => string;
  /** An average baseline: "gem. 2015-2017: 45,3". */
  readonly averageBaseline: (range: string, value: string) => string;
  /** The periods of an average baseline in a spreadsheet's period column: "gem. 2015-2017". */
  readonly averagePeriod: (range: string) => string;
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
