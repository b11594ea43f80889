/**
 * Writes a lint message in a language: the catalogue's text with its
 * placeholders filled from the finding's data, each value written the
 * language's way (periods, decimal separator, quotes, lists, plurals).
 * Internal to the linter; `lintPlan` renders every finding in the language asked for.
 */
import { rationalFromNumber } from "../../_lib/rational.ts";
import { IvpError } from "../../errors.ts";
import { describeFigureProblem } from "../../figure/figure-rules.ts";
import { LANGUAGES, type Language } from "../../language.ts";
import { formatPercentChange } from "../../percent-change/format-percent-change.ts";
import { formatPeriodLabel } from "../../period/format-period.ts";
import { parsePeriodOrThrow } from "../../period/parse-period.ts";
import { fillMessage, type MessageText } from "../../text/message-text.ts";
import type { LocalizedText } from "../lint-types.ts";
import type { LintCatalogue } from "./catalogue.ts";
import { LINT_CATALOGUES } from "./catalogues.ts";
import { decimalText, type Figure, type MessageData, type MessageValue } from "./message-value.ts";

interface Context {
  readonly lang: Language;
  readonly catalogue: LintCatalogue;
  readonly rule: string;
}

function renderText(
  text: MessageText | undefined,
  what: string,
  data: MessageData,
  context: Context,
): string {
  if (text === undefined) throw new IvpError("internal", `No ${context.lang} text for ${what}`);
  return fillMessage(context.lang, text, data, what, (value) => renderValue(value, context));
}

function renderDecimal(text: string, context: Context): string {
  return text.replace(".", context.catalogue.format.decimalSeparator);
}

function renderFigure(value: Figure, context: Context): string {
  // The same digits as the plan wrote them: a number is taken as the decimal it was written as.
  return renderDecimal(
    typeof value === "number" ? decimalText(rationalFromNumber(value)) : value.text,
    context,
  );
}

function isPositive(value: Figure): boolean {
  return typeof value === "number"
    ? value > 0
    : !value.text.startsWith("-") && /[1-9]/.test(value.text);
}

function renderValue(value: MessageValue, context: Context): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return renderFigure(value, context);
  const { format } = context.catalogue;
  switch (value.kind) {
    case "decimal":
      return renderDecimal(value.text, context);
    case "percent":
      return `${renderFigure(value.figure, context)}%`;
    case "signed-percent":
      return `${isPositive(value.figure) ? "+" : ""}${renderFigure(value.figure, context)}%`;
    case "percent-change":
      return formatPercentChange(value.from, value.to, {
        decimalSeparator: format.decimalSeparator,
      });
    case "period":
      return formatPeriodLabel(parsePeriodOrThrow(value.code), { lang: context.lang });
    case "quoted":
      return `${format.quotes[0]}${value.text}${format.quotes[1]}`;
    case "figure-problem":
      return describeFigureProblem(value.problem, context.lang);
    case "list": {
      const items = value.items.map((item) => renderValue(item, context));
      if (value.style !== "and") return items.join(SEPARATORS[value.style]);
      if (items.length <= 1) return items.join("");
      return `${items.slice(0, -1).join(", ")}${format.and}${items.at(-1)}`;
    }
    case "phrase":
      return renderText(
        context.catalogue.phrases[value.id],
        `phrase ${value.id}`,
        value.data,
        context,
      );
    case "fragment":
      return renderText(
        context.catalogue.rules[context.rule]?.messages[value.id],
        `${context.rule}/${value.id}`,
        value.data,
        context,
      );
  }
}

const SEPARATORS = { comma: ", ", semicolon: "; ", plus: " + " } as const;

/**
 * A rule's message in one language.
 *
 * @param lang - the language
 * @param rule - the rule's id
 * @param id - the message's id in the rule's `messages`
 * @param data - the values of its placeholders
 * @returns the text; throws for an id or a placeholder value the catalogue lacks (a bug)
 * @example
 * renderMessage("en", "duplicate-id", "duplicate-id", { id: quoted("bvh"), list: "sources", earlier: "" })
 * //=> 'The id "bvh" is used twice in sources.'
 */
export function renderMessage(lang: Language, rule: string, id: string, data: MessageData): string {
  const context: Context = { lang, catalogue: LINT_CATALOGUES[lang], rule };
  return renderText(context.catalogue.rules[rule]?.messages[id], `${rule}/${id}`, data, context);
}

/** A rule's message in every language. */
export function localizeMessage(rule: string, id: string, data: MessageData): LocalizedText {
  return Object.fromEntries(
    LANGUAGES.map((lang) => [lang, renderMessage(lang, rule, id, data)]),
  ) as Record<Language, string>;
}
