import type { Language } from "../language.ts";
import { type Period, periodKind } from "./period.ts";

const MONTHS_SHORT: Record<Language, readonly string[]> = {
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

const MONTHS_LONG: Record<Language, readonly string[]> = {
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

function pad(month: number): string {
  return String(month).padStart(2, "0");
}

/**
 * The canonical code of a period, the notation plan files use and
 * {@link parsePeriod} reads back.
 *
 * @example
 * formatPeriodCode({ year: 2017, startMonth: 1, endMonth: 6 }) //=> "2017-H1"
 * formatPeriodCode({ year: 2018, startMonth: 1, endMonth: 10 }) //=> "2018-01..2018-10"
 */
export function formatPeriodCode(period: Period): string {
  const { year, startMonth, endMonth } = period;
  switch (periodKind(period)) {
    case "year":
      return String(year);
    case "half-year":
      return `${year}-H${startMonth === 1 ? 1 : 2}`;
    case "quarter":
      return `${year}-Q${(startMonth + 2) / 3}`;
    case "month":
      return `${year}-${pad(startMonth)}`;
    case "month-range":
      return `${year}-${pad(startMonth)}..${year}-${pad(endMonth)}`;
  }
}

/** Options of {@link formatPeriodLabel}. */
export interface FormatPeriodLabelOptions {
  /** Default `"nl"`. */
  readonly lang?: Language;
  /** `"short"` (jan-jun 2017, the default) or `"long"` (januari t/m juni 2017). */
  readonly style?: "short" | "long";
}

/**
 * The name of a month (1 = January), as {@link formatPeriodLabel} prints it;
 * `undefined` for a number outside 1-12.
 *
 * @example
 * monthName(3) //=> "mrt"
 * monthName(3, { style: "long" }) //=> "maart"
 * monthName(3, { lang: "en", style: "long" }) //=> "March"
 */
export function monthName(
  month: number,
  options: FormatPeriodLabelOptions = {},
): string | undefined {
  const names = options.style === "long" ? MONTHS_LONG : MONTHS_SHORT;
  return names[options.lang ?? "nl"][month - 1];
}

/**
 * A period as a reader sees it in a table header or a sentence.
 *
 * @example
 * formatPeriodLabel({ year: 2017, startMonth: 1, endMonth: 6 }) //=> "jan-jun 2017"
 * formatPeriodLabel({ year: 2018, startMonth: 1, endMonth: 10 }, { style: "long" }) //=> "januari t/m oktober 2018"
 * formatPeriodLabel({ year: 2017, startMonth: 1, endMonth: 12 }, { lang: "en" }) //=> "2017"
 */
export function formatPeriodLabel(period: Period, options: FormatPeriodLabelOptions = {}): string {
  const lang = options.lang ?? "nl";
  const names = options.style === "long" ? MONTHS_LONG[lang] : MONTHS_SHORT[lang];
  const { year, startMonth, endMonth } = period;
  if (startMonth === 1 && endMonth === 12) return String(year);
  const start = names[startMonth - 1] ?? "";
  if (startMonth === endMonth) return `${start} ${year}`;
  const end = names[endMonth - 1] ?? "";
  const joiner = options.style === "long" ? (lang === "nl" ? " t/m " : " to ") : "-";
  return `${start}${joiner}${end} ${year}`;
}
