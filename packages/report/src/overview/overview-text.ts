import type { Language, ProgressStatus } from "@ivp/model";
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
  readonly changeNote: (label: string) => string;
  readonly status: Readonly<Record<ProgressStatus, string>>;
  readonly short: Readonly<Record<ProgressStatus, string>>;
}

const nl: OverviewMessages = {
  kicker: "ivp bulk",
  municipality: "Gemeente",
  code: "Code",
  latest: (label) => `${label}, laatste jaar`,
  change: "t.o.v. nulmeting",
  achieved: "Doel bereikt",
  deterioration: "Verslechtering",
  summary: "Samenvatting",
  municipalities: "Gemeenten",
  indicator: "Indicator",
  intro: (count, period, source) =>
    `${count} ${count === 1 ? "gemeente" : "gemeenten"}${period ? `, planperiode ${period}` : ""}${source ? `; cijfers uit ${source}` : ""}.`,
  sortHint: "Klik op een kolomkop om de tabel op die kolom te sorteren.",
  syntheticNote:
    "* Synthetische gemeente (verzonnen naam en code, GM9001-GM9999): de cijfers zijn verzonnen, voor tests en demonstraties.",
  legend: "Statussen",
  changeNote: (label) =>
    `De verandering is die van ${label} van de nulmeting tot het laatste vergelijkbare jaar, exact berekend en afgerond op een heel procent.`,
  status: capitalised("nl"),
  short: {
    "target-achieved": "bereikt",
    "substantial-progress": "ruim",
    "moderate-progress": "matig",
    "limited-progress": "beperkt",
    deterioration: "slechter",
    "not-assessable": "n.t.b.",
  },
};

const en: OverviewMessages = {
  kicker: "ivp bulk",
  municipality: "Municipality",
  code: "Code",
  latest: (label) => `${label}, latest year`,
  change: "vs baseline",
  achieved: "Target achieved",
  deterioration: "Deterioration",
  summary: "Summary",
  municipalities: "Municipalities",
  indicator: "Indicator",
  intro: (count, period, source) =>
    `${count} ${count === 1 ? "municipality" : "municipalities"}${period ? `, plan period ${period}` : ""}${source ? `; figures from ${source}` : ""}.`,
  sortHint: "Click a column header to sort the table by that column.",
  syntheticNote:
    "* Synthetic municipality (invented name and code, GM9001-GM9999): the figures are invented, for tests and demonstrations.",
  legend: "Statuses",
  changeNote: (label) =>
    `The change is that of ${label} from the baseline to the latest comparable year, computed exactly and rounded to a whole percent.`,
  status: capitalised("en"),
  short: {
    "target-achieved": "achieved",
    "substantial-progress": "substantial",
    "moderate-progress": "moderate",
    "limited-progress": "limited",
    deterioration: "worse",
    "not-assessable": "n/a",
  },
};

/** The overview's strings in a language. */
export function overviewMessages(lang: Language): OverviewMessages {
  return lang === "en" ? en : nl;
}
