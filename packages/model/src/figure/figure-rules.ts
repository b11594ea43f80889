/**
 * The rules for a figure, in one place: what value a figure may have in its
 * unit, and how a figure written as text is read. The plan reader (through
 * the linter's `value-out-of-range`), the data-file reader, every importer
 * and `ivp bulk` apply these functions, so what an import writes `ivp
 * validate` accepts. Pure: no I/O, runs in a browser.
 */
import type { Language } from "../language.ts";
import type { Plan, Unit } from "../schema/types.ts";

/** Why a value cannot be a figure in its unit. */
export type FigureProblem =
  | "count-negative"
  | "count-not-whole"
  | "grade-range"
  | "percentage-range"
  | "rate-negative";

/**
 * Checks a value against its unit: a count is whole and not negative, a grade
 * lies between 1 and 10, a percentage between 0 and 100, a rate per 1,000 is
 * not negative.
 *
 * @returns the problem, or `undefined` when the value is possible
 * @example
 * checkFigure(-3, "count") //=> "count-negative"
 * checkFigure(2.5, "count") //=> "count-not-whole"
 * checkFigure(7.5, "grade") //=> undefined
 */
export function checkFigure(value: number, unit: Unit): FigureProblem | undefined {
  switch (unit) {
    case "count":
      if (value < 0) return "count-negative";
      return Number.isInteger(value) ? undefined : "count-not-whole";
    case "grade":
      return value < 1 || value > 10 ? "grade-range" : undefined;
    case "percentage":
      return value < 0 || value > 100 ? "percentage-range" : undefined;
    case "rate-per-1000":
    case "rate-per-10000":
    case "rate-per-100000":
      return value < 0 ? "rate-negative" : undefined;
  }
}

const PROBLEM_TEXT: Record<FigureProblem, Record<Language, string>> = {
  "count-negative": { nl: "een aantal is nooit negatief", en: "a count is never negative" },
  "count-not-whole": { nl: "een aantal is een geheel getal", en: "a count is a whole number" },
  "grade-range": {
    nl: "een rapportcijfer ligt tussen 1 en 10",
    en: "a grade lies between 1 and 10",
  },
  "percentage-range": {
    nl: "een percentage ligt tussen 0 en 100",
    en: "a percentage lies between 0 and 100",
  },
  "rate-negative": {
    nl: "een aantal per 1000 (10.000, 100.000) inwoners is nooit negatief",
    en: "a rate per 1,000 (10,000, 100,000) inhabitants is never negative",
  },
};

/**
 * A figure problem as a clause of a sentence.
 *
 * @example
 * describeFigureProblem("count-negative", "en") //=> "a count is never negative"
 */
export function describeFigureProblem(problem: FigureProblem, lang: Language): string {
  return PROBLEM_TEXT[problem][lang];
}

/**
 * Why a text is no figure: not a number, a count written with a decimal
 * point or comma, or a value its unit cannot have.
 */
export type FigureTextProblem = "not-a-number" | "not-a-count" | FigureProblem;

/**
 * The result of {@link readFigureText}: the value, or the problem in English
 * (`message`, `expected`) and as data (`problem`, with `unit`), for a message
 * in another language (`@ivp/plan-file` words it).
 */
export type ReadFigureResult =
  | { readonly success: true; readonly value: number | null }
  | {
      readonly success: false;
      readonly message: string;
      readonly expected: string;
      readonly problem: FigureTextProblem;
      readonly unit?: Unit;
    };

/** A count with thousands separated by dots, the way StatLine and Dutch spreadsheets write it. */
const THOUSANDS_DOT = /^\d{1,3}(?:\.\d{3})+$/;
const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;

/**
 * Reads a figure written as text (a CSV cell), for a figure in `unit` (or of
 * an unknown unit). Empty and `.` are a missing figure (`null`, never 0). A
 * decimal point or comma is read as such, except in a count: StatLine and
 * Dutch spreadsheets write thousands with a dot, so a count `1.004` is 1004
 * when the digits come in groups of three, and any other count with a dot or
 * a comma is an error (never the fraction 1.004). The value is then checked
 * with {@link checkFigure}.
 *
 * @param text - the cell, trimmed or not
 * @param unit - the unit of the figure, when known
 * @example
 * readFigureText("1.004", "count") //=> { success: true, value: 1004 }
 * readFigureText("1.5", "count") //=> { success: false, message: '"1.5" is not a count: ...', ... }
 * readFigureText("7,3", "grade") //=> { success: true, value: 7.3 }
 * readFigureText(".", "count") //=> { success: true, value: null }
 */
export function readFigureText(text: string, unit: Unit | undefined): ReadFigureResult {
  const cell = text.trim();
  if (cell === "" || cell === ".") return { success: true, value: null };
  let value: number;
  if (unit === "count" && THOUSANDS_DOT.test(cell)) {
    value = Number(cell.replaceAll(".", ""));
  } else if (!DECIMAL.test(cell)) {
    return {
      success: false,
      message: `"${text}" is not a number`,
      expected:
        unit === "count"
          ? "a whole number such as 79 or 1.004 (a dot separates thousands); empty or . for a missing value"
          : "a number such as 79 or 7.3; empty or . for a missing value",
      problem: "not-a-number",
      ...(unit && { unit }),
    };
  } else {
    value = Number(cell.replace(",", "."));
    if (unit === "count" && !/^-?\d+$/.test(cell)) {
      return {
        success: false,
        message: `"${text}" is not a count: a count is a whole number, and a dot separates thousands in groups of three (1.004)`,
        expected: "a whole number such as 79 or 1004",
        problem: "not-a-count",
        unit,
      };
    }
  }
  const problem = unit === undefined ? undefined : checkFigure(value, unit);
  if (problem) {
    return {
      success: false,
      message: `"${text}" is not possible: ${describeFigureProblem(problem, "en")}`,
      expected: EXPECTED[unit as Unit],
      problem,
      unit: unit as Unit,
    };
  }
  return { success: true, value };
}

const EXPECTED: Record<Unit, string> = {
  count: "a whole number, 0 or more",
  grade: "a grade from 1 to 10",
  percentage: "a percentage from 0 to 100",
  "rate-per-1000": "a rate per 1,000 inhabitants, 0 or more",
  "rate-per-10000": "a rate per 10,000 inhabitants, 0 or more",
  "rate-per-100000": "a rate per 100,000 inhabitants, 0 or more",
};

/**
 * The unit of a series of a plan: its own, else that of the indicator that
 * measures it; `undefined` when neither says.
 *
 * @example
 * seriesUnit(plan, "woninginbraken") //=> "count"
 */
export function seriesUnit(
  plan: Pick<Plan, "series" | "indicators">,
  series: string,
): Unit | undefined {
  const own = plan.series.find((s) => s.id === series)?.unit;
  return own ?? plan.indicators.find((i) => (i.series ?? i.id) === series)?.unit;
}
