/**
 * The model's errors in the reader's language. `@ivp/model` throws an
 * `IvpError` whose `message` is English and whose `messageId` and `data` say
 * the same as data (its browser bundle carries no catalogue); the texts in
 * every language are in this package's catalogue, group `model`, and are
 * chosen here, where the language is known.
 */
import {
  describeFigureProblem,
  type ErrorData,
  type IvpError,
  type Language,
  type PeriodError,
  type ReadFigureResult,
} from "@ivp/model";
import { PLAN_FILE_CATALOGUES, planFileSay } from "./say.ts";

/**
 * Why a text is no period, in `lang`: `"2017-H3" is geen periode: onbekende schrijfwijze`.
 *
 * @param error - what `parsePeriod` returned
 * @param lang - the reader's language
 * @param withNotations - add the sentence that lists the notations ivp reads
 * @example
 * periodErrorText(parsePeriod("2017-H3").error, "en", false) //=> '"2017-H3" is not a period: unknown notation'
 */
export function periodErrorText(
  error: Pick<PeriodError, "data">,
  lang: Language,
  withNotations = true,
): string {
  const say = planFileSay(lang);
  const problem = say("period-problems", error.data.problem, error.data);
  return say("model", withNotations ? "invalid-period" : "not-a-period", {
    ...error.data,
    problem,
  });
}

/**
 * An error's message in `lang`: for an error of the model with a
 * `messageId` this package's catalogue has, its text in that language;
 * otherwise the error's own message.
 *
 * @param error - an error thrown by an ivp package
 * @param lang - the reader's language
 * @example
 * wordError(new IvpError("unknown-table", "...", { messageId: "unknown-table", data: { table: "x", tables: "tabel-1" } }), "nl")
 * //=> 'het plan heeft geen tabel "x" (tabellen: tabel-1)'
 */
export function wordError(error: IvpError, lang: Language): string {
  const { messageId, data } = error;
  if (messageId === undefined || data === undefined) return error.message;
  if (messageId === "invalid-period" && isPeriodData(data)) return periodErrorText({ data }, lang);
  if (!Object.hasOwn(PLAN_FILE_CATALOGUES[lang].messages.model, messageId)) return error.message;
  return planFileSay(lang)(
    "model",
    messageId as keyof typeof PLAN_FILE_CATALOGUES.nl.messages.model,
    data,
  );
}

function isPeriodData(data: ErrorData): data is PeriodError["data"] {
  return (
    typeof data.input === "string" &&
    typeof data.problem === "string" &&
    Object.hasOwn(PLAN_FILE_CATALOGUES.en.messages["period-problems"], data.problem)
  );
}

/**
 * Why a text is no figure, in `lang`: what `readFigureText` refused, with
 * what was expected there.
 *
 * @example
 * figureTextWords("-3", readFigureText("-3", "count"), "nl")
 * //=> { message: '"-3" is niet mogelijk: een aantal is nooit negatief', expected: "een geheel getal, 0 of meer" }
 */
export function figureTextWords(
  text: string,
  refused: Extract<ReadFigureResult, { success: false }>,
  lang: Language,
): { readonly message: string; readonly expected: string } {
  const say = planFileSay(lang);
  const { problem, unit } = refused;
  if (problem === "not-a-number")
    return {
      message: say("figures", "not-a-number", { text }),
      expected: say("figures", unit === "count" ? "number-expected-count" : "number-expected"),
    };
  if (problem === "not-a-count")
    return {
      message: say("figures", "not-a-count", { text }),
      expected: say("figures", "count-expected"),
    };
  return {
    message: say("figures", "impossible", { text, problem: describeFigureProblem(problem, lang) }),
    expected: unit ? say("figures", unit) : refused.expected,
  };
}
