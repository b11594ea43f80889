import { IvpError, type Result } from "../errors.ts";
import type { Period } from "./period.ts";

/** The period notations ivp reads, for help texts and error messages. */
export const PERIOD_NOTATIONS = [
  "2017 (year)",
  "2017-H1 or 2017-H2 (half year)",
  "2017-Q3 (quarter)",
  "2017-10 (month)",
  "2018-01..2018-10 (months within one year, e.g. year to date)",
  "2017JJ00, 2017KW01, 2017MM10 (CBS period codes)",
] as const;

const YEAR = /^(\d{4})$/;
const HALF = /^(\d{4})-?H([12])$/i;
const QUARTER = /^(\d{4})-?Q([1-4])$/i;
const MONTH = /^(\d{4})-(\d{2})$/;
const RANGE = /^(\d{4})-(\d{2})\s*\.\.\s*(\d{4})-(\d{2})$/;
const CBS = /^(\d{4})(JJ|KW|MM|HJ)(\d{2})$/i;

function make(year: number, startMonth: number, endMonth: number): Period {
  return { year, startMonth, endMonth };
}

/**
 * Why a text is not a period, as an id: the message catalogues of the
 * packages that print it (`@ivp/plan-file`, the CLI) word it in the reader's
 * language; the English words are in {@link PeriodError}'s `message`.
 */
export type PeriodProblem =
  | "year-out-of-range"
  | "month-out-of-range"
  | "range-across-years"
  | "months-out-of-range"
  | "range-ends-before-start"
  | "unknown-cbs-code"
  | "unknown-notation";

const PROBLEM_TEXT: Readonly<Record<PeriodProblem, string>> = {
  "year-out-of-range": "year out of range",
  "month-out-of-range": "the month must be 01-12",
  "range-across-years": "a range of months must lie within one year",
  "months-out-of-range": "the months must be 01-12",
  "range-ends-before-start": "the range ends before it starts",
  "unknown-cbs-code": "unknown CBS period code {cbsCode}",
  "unknown-notation": "unknown notation",
};

/** Why {@link parsePeriod} refused a text: the message in English, and the same as data. */
export interface PeriodError {
  readonly code: "invalid-period";
  readonly message: string;
  /** The message's id in the catalogues: `invalid-period`. */
  readonly messageId: "invalid-period";
  /** The text as written (`input`, quoted as JSON), why it is no period (`problem`) and, for an unknown CBS code, the code (`cbsCode`). */
  readonly data: {
    readonly input: string;
    readonly problem: PeriodProblem;
    readonly cbsCode?: string;
  };
}

function invalid(input: string, problem: PeriodProblem, cbsCode = ""): Result<Period, PeriodError> {
  const why = PROBLEM_TEXT[problem].replace("{cbsCode}", cbsCode);
  return {
    success: false,
    error: {
      code: "invalid-period",
      message: `${JSON.stringify(input)} is not a period: ${why}. Write a year (2017), a half year (2017-H1), a quarter (2017-Q3), a month (2017-10) or a range of months (2018-01..2018-10).`,
      messageId: "invalid-period",
      data: {
        input: JSON.stringify(input),
        problem,
        ...(problem === "unknown-cbs-code" && { cbsCode }),
      },
    },
  };
}

function validYear(year: number): boolean {
  return year >= 1900 && year <= 2199;
}

/**
 * Reads a period written in one of the {@link PERIOD_NOTATIONS}.
 * Never throws: returns a result with a message that says what is accepted,
 * in English, and the same as data (`messageId`, `data`) for a message in
 * another language.
 *
 * @example
 * parsePeriod("2018-01..2018-10") //=> { success: true, data: { year: 2018, startMonth: 1, endMonth: 10 } }
 * parsePeriod(2017) //=> { success: true, data: { year: 2017, startMonth: 1, endMonth: 12 } }
 * parsePeriod("2017MM10").success //=> true
 * parsePeriod("2017-H3").success //=> false
 */
export function parsePeriod(input: string | number): Result<Period, PeriodError> {
  const text = String(input).trim();
  let match = YEAR.exec(text);
  if (match) {
    const year = Number(match[1]);
    return validYear(year)
      ? { success: true, data: make(year, 1, 12) }
      : invalid(text, "year-out-of-range");
  }
  match = HALF.exec(text);
  if (match) {
    const half = Number(match[2]);
    return { success: true, data: make(Number(match[1]), half === 1 ? 1 : 7, half === 1 ? 6 : 12) };
  }
  match = QUARTER.exec(text);
  if (match) {
    const q = Number(match[2]);
    return { success: true, data: make(Number(match[1]), 3 * q - 2, 3 * q) };
  }
  match = MONTH.exec(text);
  if (match) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return invalid(text, "month-out-of-range");
    return { success: true, data: make(Number(match[1]), month, month) };
  }
  match = RANGE.exec(text);
  if (match) {
    const [startYear, startMonth, endYear, endMonth] = match.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
    ];
    if (startYear !== endYear) return invalid(text, "range-across-years");
    if (startMonth < 1 || startMonth > 12 || endMonth < 1 || endMonth > 12) {
      return invalid(text, "months-out-of-range");
    }
    if (endMonth < startMonth) return invalid(text, "range-ends-before-start");
    return { success: true, data: make(startYear, startMonth, endMonth) };
  }
  match = CBS.exec(text);
  if (match) {
    const year = Number(match[1]);
    const unit = (match[2] ?? "").toUpperCase();
    const n = Number(match[3]);
    if (unit === "JJ" && n === 0) return { success: true, data: make(year, 1, 12) };
    if (unit === "HJ" && (n === 1 || n === 2)) {
      return { success: true, data: make(year, n === 1 ? 1 : 7, n === 1 ? 6 : 12) };
    }
    if (unit === "KW" && n >= 1 && n <= 4)
      return { success: true, data: make(year, 3 * n - 2, 3 * n) };
    if (unit === "MM" && n >= 1 && n <= 12) return { success: true, data: make(year, n, n) };
    return invalid(text, "unknown-cbs-code", `${unit}${match[3]}`);
  }
  return invalid(text, "unknown-notation");
}

/**
 * The periods {@link parsePeriodOrThrow} read, by text: a status parses the
 * same few period codes over and over (1,187 times for the 213 figures of
 * Laren's plan), each time through up to six regular expressions. Frozen, as
 * they are shared. At most {@link PARSED_LIMIT} texts (a plan has a few dozen
 * distinct periods); when full it starts over, so a process that reads
 * thousands of plans (`ivp bulk`) keeps a bounded memo. The answer is the
 * same with or without it.
 */
const PARSED = new Map<string, Period>();
const PARSED_LIMIT = 1024;

/**
 * As {@link parsePeriod}, but throws an {@link IvpError} with code
 * `invalid-period` for text that is not a period.
 *
 * @example
 * parsePeriodOrThrow("2017-H1") //=> { year: 2017, startMonth: 1, endMonth: 6 }
 */
export function parsePeriodOrThrow(input: string | number): Period {
  const known = typeof input === "string" ? PARSED.get(input) : undefined;
  if (known !== undefined) return known;
  const result = parsePeriod(input);
  if (!result.success) {
    const { code, message, messageId, data } = result.error;
    throw new IvpError(code, message, { messageId, data });
  }
  if (typeof input === "string") {
    if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
    PARSED.set(input, Object.freeze(result.data));
  }
  return result.data;
}
