/**
 * The data of a lint message: language-free values that the renderer writes
 * out per language (a period as `jan-jun 2017` or `Jan-Jun 2017`, a figure
 * with a decimal comma in Dutch, a list joined with `en` or `and`). Plain JSON,
 * so a finding's `data` can be inspected, compared in tests and serialised.
 */
import { type Rational, roundScaled } from "../../_lib/rational.ts";
import type { FigureProblem } from "../../figure/figure-rules.ts";
import type { Unit } from "../../schema/types.ts";

/** A figure: a plan's number, or an exact result written as its decimal text (`-1.5`). */
export type Figure = number | { readonly kind: "decimal"; readonly text: string };

/**
 * One value a message needs. A string is inserted as it is (an id, a file
 * name, a field path); a number is a figure, written with all its decimals and
 * the language's decimal separator.
 */
export type MessageValue =
  | string
  | number
  | { readonly kind: "decimal"; readonly text: string }
  /** A figure followed by `%`. */
  | {
      readonly kind: "percent";
      readonly figure: number | { readonly kind: "decimal"; readonly text: string };
    }
  /** A change in percent with its sign: `-25%`, `+10%`, `0%`. */
  | {
      readonly kind: "signed-percent";
      readonly figure: number | { readonly kind: "decimal"; readonly text: string };
    }
  /** The change from one figure to another, rounded as a table prints it (`+2,7%`). */
  | { readonly kind: "percent-change"; readonly from: number; readonly to: number }
  /** A period code (`2017`, `2017-H1`), written as readers write it. */
  | { readonly kind: "period"; readonly code: string }
  /** A text in quotes: a label, a title, a quote from the plan. */
  | { readonly kind: "quoted"; readonly text: string }
  /** Why a figure cannot be right in its unit. */
  | { readonly kind: "figure-problem"; readonly problem: FigureProblem }
  /** Values joined: `a, b and c` (`and`), or with `, `, `; ` or ` + `. */
  | {
      readonly kind: "list";
      readonly style: "and" | "comma" | "semicolon" | "plus";
      readonly items: readonly MessageValue[];
    }
  /** A phrase shared by the rules (`phrases` in the catalogue), with its own data. */
  | { readonly kind: "phrase"; readonly id: string; readonly data: MessageData }
  /** A part of a message of the same rule (its `messages` in the catalogue), with its own data. */
  | { readonly kind: "fragment"; readonly id: string; readonly data: MessageData };

/** How a list's items are joined. */
type ListStyle = Extract<MessageValue, { kind: "list" }>["style"];

/** The values a message's placeholders (`{label}`) are filled with. */
export type MessageData = Readonly<Record<string, MessageValue>>;

/**
 * An exact value written out in decimals with a point (`-1.5`): all its
 * decimals, at most 6.
 */
export function decimalText(value: Rational): string {
  // Decimal inputs give terminating fractions; cap at 6 places all the same.
  let decimals = 0;
  while (decimals < 6 && (value.num * 10n ** BigInt(decimals)) % value.den !== 0n) decimals++;
  const scaled = roundScaled(value, decimals);
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(decimals + 1, "0");
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return scaled < 0n ? `-${text}` : text;
}

/** An exact figure as data: a number stays a number, a rational becomes its decimal text. */
export function figure(value: number | Rational): Figure {
  return typeof value === "number" ? value : { kind: "decimal", text: decimalText(value) };
}

/** A value in its unit: followed by `%` for a percentage, else the figure alone. */
export function valueIn(value: number | Rational, unit: Unit | undefined): MessageValue {
  return unit === "percentage" ? { kind: "percent", figure: figure(value) } : figure(value);
}

/** A change in percent with its sign. */
export function signedPercent(value: number | Rational): MessageValue {
  return { kind: "signed-percent", figure: figure(value) };
}

/** A period, written per language. */
export function period(code: string): MessageValue {
  return { kind: "period", code };
}

/** A text in quotes. */
export function quoted(text: string): MessageValue {
  return { kind: "quoted", text };
}

/** Values joined into one: `a, b and c` by default. */
export function list(items: readonly MessageValue[], style: ListStyle = "and"): MessageValue {
  return { kind: "list", style, items };
}

/** The values without repeats (equal data, equal text), in their first order. */
export function distinct(values: readonly MessageValue[]): MessageValue[] {
  const seen = new Map<string, MessageValue>();
  for (const value of values) {
    const key = JSON.stringify(value);
    if (!seen.has(key)) seen.set(key, value);
  }
  return [...seen.values()];
}

/** The change from one figure to another in percent, rounded as a table prints it. */
export function percentChange(from: number, to: number): MessageValue {
  return { kind: "percent-change", from, to };
}
