import { type Language, type ProgressStatus, plural } from "@ivp/model";
import { messagesFor } from "../i18n/messages.ts";

/** The report's status words (as `ivp status` writes them), with a capital. */
function capitalised(lang: Language): Readonly<Record<ProgressStatus, string>> {
  const words = messagesFor(lang).status;
  return Object.fromEntries(
    Object.entries(words).map(([status, word]) => [
      status,
      word.charAt(0).toUpperCase() + word.slice(1),
    ]),
  ) as Record<ProgressStatus, string>;
}

/** The fixed strings of the overview, per language. */
export interface OverviewMessages {
  readonly kicker: string;
  readonly municipality: string;
  readonly code: string;
  readonly latest: (label: string) => string;
  readonly change: string;
  readonly achieved: string;
  readonly deterioration: string;
  readonly summary: string;
  readonly municipalities: string;
  readonly indicator: string;
  readonly intro: (count: number, period: string | null, source: string | null) => string;
  readonly sortHint: string;
  readonly syntheticNote: string;
  readonly legend: string;
  /** The column of the legend with the verdict words. */
  readonly verdict: string;
  /** The column of the legend with each verdict's meaning. */
  readonly meaning: string;
  readonly changeNote: (label: string) => string;
  /** The column of the first indicator per 1,000 inhabitants. */
  readonly rate: string;
  /** In a status's detail: the figure per 1,000 inhabitants. */
  readonly rateDetail: (rate: string) => string;
  /** Under the table: where the rates come from, or why there are none. */
  /** `without`: the municipalities (name and code) whose inhabitants of their latest year are missing. */
  readonly rateNote: (label: string, any: boolean, without: readonly string[]) => string;
  readonly status: Readonly<Record<ProgressStatus, string>>;
  readonly short: Readonly<Record<ProgressStatus, string>>;
}

const nl: OverviewMessages = {
  kicker: "ivp bulk",
  municipality: "Gemeente",
  code: "Code",
  latest: (label) => `${label}, laatste jaar`,
  change: "t.o.v. nulmeting",
  achieved: "Doel gehaald",
  deterioration: "Verslechterd",
  summary: "Samenvatting",
  municipalities: "Gemeenten",
  indicator: "Indicator",
  intro: (count, period, source) =>
    `${count} ${plural("nl", count, { one: "gemeente", other: "gemeenten" })}${period ? `, planperiode ${period}` : ""}${source ? `; cijfers uit ${source}` : ""}.`,
  sortHint: "Klik op een kolomkop om de tabel op die kolom te sorteren.",
  syntheticNote:
    "* Synthetische gemeente (verzonnen naam en code, GM9001-GM9999): de cijfers zijn verzonnen, voor tests en demonstraties.",
  legend: "Wat de oordelen betekenen",
  verdict: "Oordeel",
  meaning: "Betekenis",
  changeNote: (label) =>
    `De verandering is die van ${label} van de nulmeting tot het laatste vergelijkbare jaar, exact berekend en afgerond op een heel procent.`,
  rate: "per 1.000 inwoners",
  rateDetail: (rate) => `${rate} per 1.000 inwoners`,
  rateNote: (label, any, without) =>
    any
      ? `Per 1.000 inwoners: ${label} in het laatste jaar gedeeld door het aantal inwoners van dat jaar (reeks inwoners, CBS-tabel 03759NED), exact berekend en afgerond op één decimaal; leeg waar het aantal inwoners ontbreekt${without.length > 0 ? `. Geen inwoners van het laatste jaar voor: ${without.join(", ")}.` : "."}`
      : `Geen cijfers per 1.000 inwoners: de gegevens hebben het aantal inwoners niet (reeks inwoners, CBS-tabel 03759NED).`,
  status: capitalised("nl"),
  // The report's own words: one vocabulary in every output.
  short: messagesFor("nl").status,
};

const en: OverviewMessages = {
  kicker: "ivp bulk",
  municipality: "Municipality",
  code: "Code",
  latest: (label) => `${label}, latest year`,
  change: "vs baseline",
  achieved: "Target achieved",
  deterioration: "Worse",
  summary: "Summary",
  municipalities: "Municipalities",
  indicator: "Indicator",
  intro: (count, period, source) =>
    `${count} ${plural("en", count, { one: "municipality", other: "municipalities" })}${period ? `, plan period ${period}` : ""}${source ? `; figures from ${source}` : ""}.`,
  sortHint: "Click a column header to sort the table by that column.",
  syntheticNote:
    "* Synthetic municipality (invented name and code, GM9001-GM9999): the figures are invented, for tests and demonstrations.",
  legend: "What the verdicts mean",
  verdict: "Verdict",
  meaning: "Meaning",
  changeNote: (label) =>
    `The change is that of ${label} from the baseline to the latest comparable year, computed exactly and rounded to a whole percent.`,
  rate: "per 1,000 inhabitants",
  rateDetail: (rate) => `${rate} per 1,000 inhabitants`,
  rateNote: (label, any, without) =>
    any
      ? `Per 1,000 inhabitants: ${label} in the latest year divided by the inhabitants of that year (series inwoners, CBS table 03759NED), computed exactly and rounded to one decimal; empty where the inhabitants are missing${without.length > 0 ? `. No inhabitants of the latest year for: ${without.join(", ")}.` : "."}`
      : `No figures per 1,000 inhabitants: the data have no inhabitants (series inwoners, CBS table 03759NED).`,
  status: capitalised("en"),
  short: messagesFor("en").status,
};

/** The overview's strings in a language. */
export function overviewMessages(lang: Language): OverviewMessages {
  return lang === "en" ? en : nl;
}
