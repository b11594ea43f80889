import type { Action, Direction, Language, Origin, Source, TargetKind, Unit } from "@ivp/model";
import type { DisplayStatus } from "../evaluated-plan.ts";

/**
 * Every fixed string of the report, per language. The interface makes both
 * languages complete: a key missing in one of them does not compile.
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
  };
  readonly status: Readonly<Record<DisplayStatus, string>>;
  readonly statusHelp: Readonly<Record<DisplayStatus, string>>;
  readonly actionStatus: Readonly<Record<Action["status"], string>>;
  readonly unit: Readonly<Record<Unit, string>>;
  readonly direction: Readonly<Record<Direction, string>>;
  readonly origin: Readonly<Record<Origin, string>>;
  readonly targetKind: Readonly<Record<TargetKind, string>>;
  readonly sourceKind: Readonly<Record<Source["kind"], string>>;
  /** Written before a maximum or minimum target value, e.g. "max. 1,7%". */
  readonly maxPrefix: string;
  readonly minPrefix: string;
  /** A keep-level target, e.g. "gelijk (7,9)". */
  readonly keepLevel: (value: string) => string;
  /** A relative target without a stated value, e.g. "-25% t.o.v. basis". */
  readonly relativeOnly: (change: string) => string;
  readonly notAvailable: string;
  readonly none: string;
  readonly manual: string;
  /** The line that says up to which period observations were used. */
  readonly asOf: (period: string) => string;
  readonly allObservations: string;
  readonly meta: {
    readonly municipality: string;
    readonly planPeriod: string;
    readonly adopted: string;
  };
  readonly skipToContent: string;
  /** Where a baseline or target was taken from. */
  readonly fromIndicator: string;
  /** Names the indicator table a baseline or target was taken from. */
  readonly fromTable: (title: string) => string;
  readonly tableWord: string;
  /** Explains the asterisk after a projected latest value. */
  readonly projectedNote: string;
  readonly mission: string;
  /** The first sentence of the summary: how many indicators were assessed. */
  readonly summaryIntro: (assessed: number, total: number) => string;
  readonly statusCounts: string;
  readonly noProgressNote: string;
  readonly significanceMarker: string;
  readonly significanceLegend: string;
  readonly notSignificant: string;
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
    readonly noChange: string;
    readonly clipped: string;
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
    readonly onTrack: string;
    readonly fraction: string;
    readonly components: string;
    readonly themes: string;
    readonly yes: string;
    readonly no: string;
  };
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
  },
  status: {
    "target-achieved": "Doel bereikt",
    "substantial-progress": "Ruime vooruitgang",
    "moderate-progress": "Matige vooruitgang",
    "limited-progress": "Beperkte vooruitgang",
    deterioration: "Achteruitgang",
    "not-assessable": "Niet te beoordelen",
    "not-assessed": "Niet beoordeeld",
  },
  statusHelp: {
    "target-achieved": "de laatste waarde haalt het doel",
    "substantial-progress": "de groei is minstens 95% van wat nodig is om het doel te halen",
    "moderate-progress": "de groei is 60% tot 95% van wat nodig is",
    "limited-progress": "de groei is minder dan 60% van wat nodig is",
    deterioration: "de waarde beweegt van het doel af",
    "not-assessable": "er zijn te weinig gegevens om de voortgang te berekenen",
    "not-assessed": "voor deze indicator is (nog) geen voortgangsbeoordeling gemaakt",
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
  keepLevel: (value) => `gelijk (${value})`,
  relativeOnly: (change) => `${change} t.o.v. basis`,
  notAvailable: "–",
  none: "geen",
  manual: "handmatig",
  asOf: (period) => `Stand: waarnemingen tot en met ${period}`,
  allObservations: "Stand: alle waarnemingen in het plan",
  meta: { municipality: "Gemeente", planPeriod: "Planperiode", adopted: "Vastgesteld" },
  skipToContent: "Naar de inhoud",
  fromIndicator: "de indicator zelf",
  fromTable: (title) => `indicatortabel '${title}'`,
  tableWord: "Tabel",
  projectedNote: "* prognose van het hele jaar uit een deel van het jaar",
  mission: "Missie",
  summaryIntro: (assessed, total) =>
    assessed === 0
      ? `Het plan heeft ${total} indicatoren. Voor geen ervan is een voortgangsbeoordeling gemaakt: de tabellen hieronder tonen basis, doel en laatste waarde, zonder status.`
      : `Het plan heeft ${total} indicatoren; voor ${assessed} daarvan is de voortgang beoordeeld.`,
  statusCounts: "Indicatoren per status",
  noProgressNote:
    "Niet beoordeeld: er is geen voortgangsberekening toegepast. Deze rapportage verzint geen status.",
  significanceMarker: "°",
  significanceLegend: "° niet te onderscheiden van toeval",
  notSignificant: "niet te onderscheiden van toeval",
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
    noChange: "geen % (basis 0 of ontbrekend)",
    clipped: "staaf afgekapt",
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
    onTrack: "Op koers",
    fraction: "Deel van de weg",
    components: "Berekening",
    themes: "Prioriteit of thema",
    yes: "ja",
    no: "nee",
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
    "Een waarde over een deel van het jaar (zoals januari t/m oktober) wordt alleen vergeleken met dezelfde maanden van een ander jaar.",
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
  },
  status: {
    "target-achieved": "Target achieved",
    "substantial-progress": "Substantial progress",
    "moderate-progress": "Moderate progress",
    "limited-progress": "Limited progress",
    deterioration: "Deterioration",
    "not-assessable": "Not assessable",
    "not-assessed": "Not assessed",
  },
  statusHelp: {
    "target-achieved": "the latest value meets the target",
    "substantial-progress": "growth is at least 95% of what the target needs",
    "moderate-progress": "growth is 60% to 95% of what the target needs",
    "limited-progress": "growth is less than 60% of what the target needs",
    deterioration: "the value moves away from the target",
    "not-assessable": "there are too few figures to compute progress",
    "not-assessed": "no progress assessment has been made for this indicator (yet)",
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
  keepLevel: (value) => `keep level (${value})`,
  relativeOnly: (change) => `${change} from baseline`,
  notAvailable: "–",
  none: "none",
  manual: "manual",
  asOf: (period) => `As of: observations up to and including ${period}`,
  allObservations: "As of: all observations in the plan",
  meta: { municipality: "Municipality", planPeriod: "Plan period", adopted: "Adopted" },
  skipToContent: "Skip to content",
  fromIndicator: "the indicator itself",
  fromTable: (title) => `indicator table '${title}'`,
  tableWord: "Table",
  projectedNote: "* full year projected from part of the year",
  mission: "Mission",
  summaryIntro: (assessed, total) =>
    assessed === 0
      ? `The plan has ${total} indicators. None of them has a progress assessment: the tables below show baseline, target and latest value, without a status.`
      : `The plan has ${total} indicators; progress has been assessed for ${assessed} of them.`,
  statusCounts: "Indicators by status",
  noProgressNote:
    "Not assessed: no progress calculation was applied. This report does not invent a status.",
  significanceMarker: "°",
  significanceLegend: "° not distinguishable from chance",
  notSignificant: "not distinguishable from chance",
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
    noChange: "no % (base 0 or missing)",
    clipped: "bar clipped",
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
    onTrack: "On track",
    fraction: "Fraction of the way",
    components: "Calculation",
    themes: "Priority or theme",
    yes: "yes",
    no: "no",
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
    "A figure for part of a year (such as January-October) is compared only with the same months of another year.",
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
