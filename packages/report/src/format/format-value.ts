import type { TargetKind } from "@ivp/model";
import {
  formatNumber,
  formatPeriodLabel,
  type Language,
  parsePeriodOrThrow,
  type Unit,
} from "@ivp/model";
import { statusMessagesFor } from "../i18n/messages.ts";

// Decimal places per unit: at least `min`, more when the value was written
// with more (7,35 stays 7,35), never more than `max`.
const DECIMALS: Record<Unit, { min: number; max: number }> = {
  count: { min: 0, max: 1 },
  grade: { min: 1, max: 2 },
  percentage: { min: 0, max: 1 },
  "rate-per-1000": { min: 0, max: 2 },
  "rate-per-10000": { min: 0, max: 2 },
  "rate-per-100000": { min: 0, max: 2 },
};

function writtenDecimals(value: number): number {
  const text = String(value);
  if (text.includes("e")) return 6;
  const dot = text.indexOf(".");
  return dot === -1 ? 0 : text.length - dot - 1;
}

function separator(lang: Language): string {
  return lang === "en" ? "." : ",";
}

/**
 * An indicator value as a reader sees it: counts as whole numbers, grades
 * with one decimal, percentages with a `%`; the decimal comma in Dutch.
 * Rounded exactly, half away from zero; `decimals` overrides the unit's
 * default (a projection of 35,2 burglaries is shown as 35).
 *
 * @example
 * formatIndicatorValue(7.5, "grade", "nl") //=> "7,5"
 * formatIndicatorValue(1.7, "percentage", "en") //=> "1.7%"
 * formatIndicatorValue(79, "count", "nl") //=> "79"
 * formatIndicatorValue(53.1646, "count", "nl", 1) //=> "53,2"
 * formatIndicatorValue(3600, "count", "nl", undefined, true) //=> "3.600"
 */
export function formatIndicatorValue(
  value: number,
  unit: Unit,
  lang: Language,
  decimals?: number,
  grouped = false,
): string {
  const { min, max } = DECIMALS[unit];
  // A whole number written without decimals (most of a report's values:
  // counts, their chart labels and ticks) is its digits, with "-" below zero:
  // what formatNumber writes for it (format-value.property.test.ts holds the two to the
  // same text), without the options object, the regular expressions and the
  // text it builds. Below 1e21 String() writes no exponent; a whole number
  // has no written decimals, so the unit's minimum is its places.
  if (
    !grouped &&
    Number.isInteger(value) &&
    value < 1e21 &&
    value > -1e21 &&
    (decimals ?? min) === 0
  )
    return unit === "percentage" ? `${value}%` : `${value}`;
  const places = decimals ?? Math.min(max, Math.max(min, writtenDecimals(value)));
  // Two object literals rather than one with a spread after its fields: on
  // Node 20 V8 adds the fields of such a spread through its runtime, some
  // 100-600 ns a call against 20-190 ns (in-process, 200,000 calls), and a
  // report formats a value a few thousand times.
  const text = formatNumber(
    value,
    grouped
      ? {
          decimals: places,
          decimalSeparator: separator(lang),
          groupSeparator: lang === "en" ? "," : ".",
        }
      : { decimals: places, decimalSeparator: separator(lang) },
  );
  return unit === "percentage" ? `${text}%` : text;
}

/**
 * A signed percentage as targets print it.
 *
 * @example
 * formatSignedPercent(-25, "nl") //=> "-25%"
 * formatSignedPercent(10, "nl") //=> "+10%"
 */
export function formatSignedPercent(value: number, lang: Language): string {
  const text = formatNumber(Math.abs(value), {
    decimals: Math.min(1, writtenDecimals(value)),
    decimalSeparator: separator(lang),
  });
  return value > 0 ? `+${text}%` : value < 0 ? `-${text}%` : `${text}%`;
}

/**
 * A fraction of the way (0 at the baseline, 1 at the target) as a whole percentage.
 *
 * @example
 * formatFraction(0.456, "nl") //=> "46%"
 */
export function formatFraction(fraction: number, lang: Language): string {
  return `${formatNumber(fraction * 100, { decimals: 0, decimalSeparator: separator(lang) })}%`;
}

/** What {@link formatTarget} needs of a target. */
export interface TargetText {
  readonly kind: TargetKind;
  /** The value to show; `null` when it is not known. */
  readonly value: number | null;
  /** A relative target's change in percent. */
  readonly change: number | null;
  /** The target as the document printed it ("3,0"): its decimals are kept. */
  readonly asPrinted?: string | null | undefined;
}

/** The decimals of the first number in a printed text: 1 for "3,0", 0 for "60 (-25%)". */
function printedDecimals(text: string | null | undefined): number {
  const match = text?.match(/\d+(?:[.,](\d+))?/);
  return match?.[1]?.length ?? 0;
}

/**
 * A target value with the decimals it was printed with (3,0 stays 3,0) and
 * those of an unrounded relative target (-20% of 1,7% is 1,36%), at least
 * the unit's own.
 */
function formatTargetValue(target: TargetText, value: number, unit: Unit, lang: Language): string {
  const places = Math.max(
    DECIMALS[unit].min,
    printedDecimals(target.asPrinted),
    Math.min(2, writtenDecimals(value)),
  );
  return formatIndicatorValue(value, unit, lang, places);
}

/**
 * A target as a reader sees it: `60 (-25%)`, `max. 1,7%`, `handhaven 7,9`;
 * with `change: false` a relative target shows its value only (`60`), as
 * `ivp status` prints it.
 *
 * @example
 * formatTarget({ kind: "relative", value: 60, change: -25 }, "count", "nl") //=> "60 (-25%)"
 * formatTarget({ kind: "relative", value: 60, change: -25 }, "count", "nl", { change: false }) //=> "60"
 * formatTarget({ kind: "maximum", value: 1.7, change: null }, "percentage", "nl") //=> "max. 1,7%"
 * formatTarget({ kind: "keep-level", value: 7.9, change: null }, "grade", "en") //=> "keep 7.9"
 */
export function formatTarget(
  target: TargetText,
  unit: Unit,
  lang: Language,
  options: { readonly change?: boolean } = {},
): string {
  const m = statusMessagesFor(lang);
  const value =
    target.value === null ? m.notAvailable : formatTargetValue(target, target.value, unit, lang);
  switch (target.kind) {
    case "absolute":
      return value;
    case "relative": {
      if (target.change === null || options.change === false) return value;
      const change = formatSignedPercent(target.change, lang);
      return target.value === null ? m.relativeOnly(change) : `${value} (${change})`;
    }
    case "maximum":
      return `${m.maxPrefix} ${value}`;
    case "minimum":
      return `${m.minPrefix} ${value}`;
    case "keep-level":
      return `${m.keepPrefix} ${value}`;
  }
}

/**
 * A period code as a reader sees it.
 *
 * @example
 * formatPeriod("2018-01..2018-10", "nl") //=> "jan-okt 2018"
 * formatPeriod("2018-01..2018-10", "nl", "long") //=> "januari t/m oktober 2018"
 */
export function formatPeriod(
  code: string,
  lang: Language,
  style: "short" | "long" = "short",
): string {
  const known = PERIOD_TEXTS[style === "long" ? "long" : "short"][lang];
  let text = known?.get(code);
  if (text === undefined) {
    text = formatPeriodLabel(parsePeriodOrThrow(code), { lang, style });
    if (known !== undefined) {
      if (known.size >= PERIOD_TEXTS_LIMIT) known.clear();
      known.set(code, text);
    }
  }
  return text;
}

/**
 * The texts {@link formatPeriod} wrote, by style, language and code: a report
 * writes a few dozen periods some 350 times (every figure of a chart, its
 * description and its table of numbers, the facts, the calculations), and
 * `ivp bulk` writes the same years in every report. At most
 * {@link PERIOD_TEXTS_LIMIT} codes per style and language, then it starts
 * over, so a long run keeps a bounded memo. The text is the same with or
 * without it (a code that is no period throws every time).
 */
const PERIOD_TEXTS: Readonly<Record<"short" | "long", Record<Language, Map<string, string>>>> = {
  short: { nl: new Map(), en: new Map() },
  long: { nl: new Map(), en: new Map() },
};
const PERIOD_TEXTS_LIMIT = 1024;

/**
 * An ISO date (YYYY-MM-DD) written out.
 *
 * @example
 * formatDate("2019-01-30", "nl") //=> "30 januari 2019"
 * formatDate("2019-01-30", "en") //=> "30 January 2019"
 */
export function formatDate(iso: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const month1 = formatPeriodLabel(
    { year, startMonth: month, endMonth: month },
    { lang, style: "long" },
  );
  return `${Number(match[3])} ${month1}`;
}
