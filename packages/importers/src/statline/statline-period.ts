import { formatPeriodCode, monthName, parsePeriod } from "@ivp/model";

/** StatLine's month names ("2023 januari"), 1-12. */
const MONTHS = Array.from({ length: 12 }, (_, i) => monthName(i + 1, { style: "long" }));

/** A period as StatLine writes it, read into ivp's canonical period code. */
export interface StatlinePeriod {
  /** Canonical period code, e.g. `2023`, `2023-Q1`, `2023-01`. */
  readonly period: string;
  /** Whether StatLine marks the figures as provisional (`2023*`, nader voorlopig `2023**`). */
  readonly provisional: boolean;
}

/**
 * Reads a period the way StatLine writes it in CSV downloads: `2023`,
 * `2023 januari`, `2023 1e kwartaal`, `2023 1e halfjaar`, with `*` or `**` for
 * provisional figures, or any code {@link parsePeriod} reads (`2023MM01`).
 *
 * @param label - the period as written in the file
 * @returns the period, or `undefined` when the text is not a period
 * @example
 * parseStatlinePeriod("2023*") //=> { period: "2023", provisional: true }
 * parseStatlinePeriod("2022 oktober") //=> { period: "2022-10", provisional: false }
 * parseStatlinePeriod("2022 3e kwartaal") //=> { period: "2022-Q3", provisional: false }
 * parseStatlinePeriod("vorig jaar") //=> undefined
 */
export function parseStatlinePeriod(label: string): StatlinePeriod | undefined {
  const stars = /\*{1,2}$/.exec(label.trim());
  const provisional = stars !== null;
  const text = label
    .trim()
    .replace(/\s*\*{1,2}$/, "")
    .toLowerCase();
  const read = (code: string) => {
    const result = parsePeriod(code);
    return result.success ? { period: formatPeriodCode(result.data), provisional } : undefined;
  };
  const month = /^(\d{4}) ([a-z]+)$/.exec(text);
  if (month) {
    const index = MONTHS.indexOf(month[2] ?? "");
    return index === -1 ? undefined : read(`${month[1]}-${String(index + 1).padStart(2, "0")}`);
  }
  const quarter = /^(\d{4}) ([1-4])e kwartaal$/.exec(text);
  if (quarter) return read(`${quarter[1]}-Q${quarter[2]}`);
  const half = /^(\d{4}) ([12])e halfjaar$/.exec(text);
  if (half) return read(`${half[1]}-H${half[2]}`);
  return read(text);
}
