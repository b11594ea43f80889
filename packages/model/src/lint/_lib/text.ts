/**
 * Building blocks of lint messages: every message is written in Dutch and in
 * English from one function of the language, so the two never drift apart.
 * Internal to the linter.
 */
import { type Rational, rationalFromNumber, roundScaled } from "../../_lib/rational.ts";
import type { Language } from "../../language.ts";
import type { Observation } from "../../observation/observation.ts";
import { formatPeriodLabel } from "../../period/format-period.ts";
import { parsePeriodOrThrow } from "../../period/parse-period.ts";
import type { Plan, Target, Unit } from "../../schema/types.ts";
import type { LocalizedText } from "../lint-types.ts";

/** Writes a text in every language from one function of the language. */
export function localize(write: (lang: Language) => string): LocalizedText {
  return { nl: write("nl"), en: write("en") };
}

/** Picks the Dutch or the English text. */
export function pick(lang: Language, nl: string, en: string): string {
  return lang === "nl" ? nl : en;
}

/**
 * A number as a person writes it: all its decimals (a plan's figures are
 * written exactly), a decimal comma in Dutch, a hyphen-minus for negatives.
 */
export function formatFigure(value: number | Rational, lang: Language): string {
  const exact = typeof value === "number" ? rationalFromNumber(value) : value;
  // Decimal inputs give terminating fractions; cap at 6 places all the same.
  let decimals = 0;
  while (decimals < 6 && (exact.num * 10n ** BigInt(decimals)) % exact.den !== 0n) decimals++;
  const scaled = roundScaled(exact, decimals);
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(decimals + 1, "0");
  const separator = lang === "nl" ? "," : ".";
  const text =
    decimals === 0 ? digits : `${digits.slice(0, -decimals)}${separator}${digits.slice(-decimals)}`;
  return scaled < 0n ? `-${text}` : text;
}

/** A value in its unit: `1,7%` for a percentage, `7,3` for a grade, `79` for a count. */
export function formatValue(value: number | Rational, unit: Unit | undefined, lang: Language) {
  const text = formatFigure(value, lang);
  return unit === "percentage" ? `${text}%` : text;
}

/** A period as readers write it: `2017`, `jan-jun 2017` (Dutch) or `Jan-Jun 2017` (English). */
export function formatPeriod(code: string, lang: Language): string {
  return formatPeriodLabel(parsePeriodOrThrow(code), { lang });
}

/** A text in double quotes. */
export function quoted(text: string): string {
  return `"${text}"`;
}

/** Joins `a`, `a and b`, `a, b and c` (`en`/`and`). */
export function joinList(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join("");
  const and = lang === "nl" ? " en " : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items.at(-1)}`;
}

/** The label of a series (or of the indicator that measures itself), else its id. */
export function seriesName(plan: Plan, id: string): string {
  return (
    plan.series.find((s) => s.id === id)?.label ??
    plan.indicators.find((i) => i.id === id)?.label ??
    id
  );
}

/** The name of a figure table: `Tabel 2` / `Table 2`, or its title. */
export function figureTableName(plan: Plan, tableId: string, lang: Language): string {
  const table = plan.tables.find((t) => t.id === tableId);
  if (table?.number !== undefined) return `${pick(lang, "Tabel", "Table")} ${table.number}`;
  return pick(lang, "tabel ", "table ") + quoted(table?.title ?? tableId);
}

/** Where an observation was written, as a reader finds it in the document. */
export function describeOrigin(plan: Plan, observation: Observation, lang: Language): string {
  switch (observation.origin) {
    case "table":
      return observation.table !== undefined
        ? figureTableName(plan, observation.table, lang)
        : pick(lang, "een tabel", "a table");
    case "text":
      return observation.section !== undefined
        ? `${pick(lang, "de tekst", "the text")} (${observation.section})`
        : pick(lang, "de tekst", "the text");
    case "import":
      return observation.ref.kind === "file"
        ? observation.ref.file
        : pick(lang, "geïmporteerde gegevens", "imported data");
    case "other":
      return observation.ref.kind === "file"
        ? observation.ref.file
        : pick(lang, "een andere bron", "another source");
  }
}

/** A target as the document printed it, or as ivp would write it. */
export function describeTarget(target: Target, unit: Unit | undefined, lang: Language): string {
  if (target.asPrinted !== undefined) return quoted(target.asPrinted);
  const value = target.value === undefined ? undefined : formatValue(target.value, unit, lang);
  switch (target.kind) {
    case "absolute":
      return value ?? "";
    case "relative": {
      const change = `${(target.change ?? 0) > 0 ? "+" : ""}${formatFigure(target.change ?? 0, lang)}%`;
      return value === undefined ? change : `${value} (${change})`;
    }
    case "maximum":
      return pick(lang, `max. ${value}`, `at most ${value}`);
    case "minimum":
      return pick(lang, `min. ${value}`, `at least ${value}`);
    case "keep-level":
      return value === undefined
        ? pick(lang, "gelijk blijven", "keep the level")
        : pick(lang, `gelijk blijven (${value})`, `keep the level (${value})`);
  }
}

/** A change in percent with its sign: `-25%`, `+10%`, `0%`. */
export function formatSignedPercent(value: number | Rational, lang: Language): string {
  const text = formatFigure(value, lang);
  const positive = typeof value === "number" ? value > 0 : value.num > 0n;
  return `${positive ? "+" : ""}${text}%`;
}
