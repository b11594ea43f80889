/**
 * An importer's refusal in the reader's language, chosen where the language
 * is known (the CLI): the texts are in the importers' catalogue, the error
 * carries their ids and data (see say.ts).
 */
import {
  describeFigureProblem,
  type FigureProblem,
  IvpError,
  type Language,
  readFigureText,
  type Unit,
} from "@ivp/model";
import { figureTextWords, fileKindText, wordError } from "@ivp/plan-file";
import { ImportError } from "../import-error.ts";
import {
  FORMER_MUNICIPALITY,
  findFormerMunicipality,
  formerMunicipalityWords,
} from "../regions/municipalities.ts";
import {
  FIGURE_TEXT,
  type ImportMessageId,
  importText,
  isImportMessageId,
  joinList,
  quoted,
} from "./say.ts";

/**
 * An importer's refusal in `lang`: its message and hint from the catalogue
 * when it carries their ids, else as it was thrown.
 *
 * @param error - what an importer threw
 * @param lang - the reader's language
 * @example
 * wordImportError(importError("malformed-file", "source-file/empty", {}), "nl")
 * //=> { message: "het bestand is leeg" }
 */
export function wordImportError(
  error: IvpError,
  lang: Language,
): { readonly message: string; readonly hint?: string } {
  const given = error.data ?? {};
  // A file's kind is a word of fileKind's, worded in the language here.
  // A StatLine dimension's role (its roleId) likewise.
  const data: Record<string, string | number> = {
    ...given,
    ...(typeof given.kind === "string" && { kind: fileKindText(given.kind, lang) }),
    ...(isImportMessageId(`statline-roles/${given.roleId}`) && {
      role: importText(lang, `statline-roles/${given.roleId}` as ImportMessageId),
    }),
  };
  if (error.messageId === FIGURE_TEXT && typeof given.text === "string") {
    const read = readFigureText(given.text, given.unit as Unit | undefined);
    if (!read.success) {
      const words = figureTextWords(given.text, read, lang);
      return { message: words.message, hint: words.expected };
    }
  }
  // An OData count that is no count: the figure rules' words in the reader's language.
  if (error.messageId === "odata/count-text" && typeof given.text === "string") {
    const read = readFigureText(given.text, "count");
    if (!read.success) data.problem = figureTextWords(given.text, read, lang).message;
  }
  // A --from/--to that is no period: the period's problem in the reader's language.
  if (error.messageId === "plan/option-period" && typeof given.problem === "string")
    data.reason = wordError(
      new IvpError("invalid-period", String(given.reason), {
        messageId: "invalid-period",
        data: {
          input: given.input ?? "",
          problem: given.problem,
          ...(given.cbsCode !== undefined && { cbsCode: given.cbsCode }),
        },
      }),
      lang,
    );
  // A population file's reader refused it: that refusal in the reader's language, then what --population expects.
  if (error.messageId === "bulk/population-wrapped" && error.cause instanceof ImportError) {
    const inner = wordImportError(error.cause, lang);
    const expected = importText(lang, "bulk/population-expected");
    return {
      message: `${inner.message}; ${expected}`,
      ...(inner.hint !== undefined && { hint: inner.hint }),
    };
  }
  // A data file the plan reader refused: its words in the reader's language (see merge-observations.ts).
  if (error.messageId === "plan/data-file-problem" && typeof given[`problem-${lang}`] === "string")
    data.problem = given[`problem-${lang}`] as string;
  if (typeof given.expected === "string")
    data.expected = importText(lang, "bulk/population-expected");
  // Words inside an ambiguous mapping: a missing value, and the list of series.
  if (given.earlierMissing) data.earlier = importText(lang, "mapping/missing");
  if (given.valueMissing) data.value = importText(lang, "mapping/missing");
  // Lists, kept as JSON in the data, joined by the reader's "and" or "or".
  if (typeof given.seriesIds === "string")
    data.series = joinList(quoted(JSON.parse(given.seriesIds) as string[]), lang);
  if (typeof given.nameList === "string")
    data.names = joinList(quoted(JSON.parse(given.nameList) as string[]), lang, "or");
  if (typeof given.problemId === "string")
    data.problem = describeFigureProblem(given.problemId as FigureProblem, lang);
  if (error.messageId === FORMER_MUNICIPALITY) {
    const former = findFormerMunicipality(String(data.code));
    if (former) return formerMunicipalityWords(former, lang);
  }
  const hintId = error instanceof ImportError ? error.hintId : undefined;
  // Otherwise a model error's id (a period that is no period), or the message as it is.
  const message = isImportMessageId(error.messageId)
    ? importText(lang, error.messageId, data)
    : wordError(error, lang);
  const hint = isImportMessageId(hintId) ? importText(lang, hintId, data) : error.hint;
  return { message, ...(hint !== undefined && { hint }) };
}
