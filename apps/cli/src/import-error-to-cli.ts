import { ImportError, wordImportError } from "@ivp/importers";
import { IvpError, type Language } from "@ivp/model";
import { formatIssue, issueOf } from "@ivp/plan-file";
import { CliError } from "./cli-error.ts";
import { EXIT } from "./exit-codes.ts";
import { messageLanguage } from "./message-language.ts";
import { say } from "./messages/say.ts";

/**
 * Runs `action`; an {@link ImportError} becomes a {@link CliError} with the
 * file, line, column and hint (printed by `formatIssue`, in `lang`: the
 * command's --lang, else IVP_LANG, else English) and the line that
 * nothing was written, exit code 1 (75 when another import holds the plan,
 * or changed it meanwhile: try again). Another domain failure becomes a
 * `CliError` with its message (a model error's in `lang`, see `wordError`);
 * either keeps the error as its `cause` and its code. A `CliError` stays what
 * it is; an `internal` error (a bug in ivp) too, but for an importer's, whose
 * message is worded in `lang` (the error itself its `cause`): `main` reports it.
 */
export async function failOnImportError<T>(
  action: () => Promise<T>,
  lang: Language = messageLanguage(),
): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof ImportError && error.code === "internal") {
      const worded = new IvpError("internal", wordImportError(error, lang).message, {
        cause: error,
      });
      // Where the bug is, for IVP_DEBUG.
      if (error.stack) worded.stack = error.stack;
      throw worded;
    }
    if (error instanceof ImportError) {
      throw new CliError(
        `${formatIssue({ ...issueOf(error), ...wordImportError(error, lang) }, { layout: "error", lang })}\n${say("output", "nothing-written")}`,
        error.code === "plan-busy" ? EXIT.busy : EXIT.invalidInput,
        { code: error.code, cause: error },
      );
    }
    if (error instanceof IvpError && error.code !== "internal") {
      // A model's error through wordError; one with an importer's messageId (a
      // user template that makes no valid plan) through the importers' catalogue.
      throw new CliError(wordImportError(error, lang).message, EXIT.invalidInput, {
        code: error.code,
        cause: error,
      });
    }
    throw error;
  }
}
