import { IvpError, type Language } from "@ivp/model";
import { CliError } from "./cli-error.ts";
import { EXIT } from "./exit-codes.ts";
import { messageLanguage } from "./message-language.ts";

/**
 * What a command that computes from a loaded plan (`ivp status`, `ivp
 * report`) throws when the computations refuse the plan: the `IvpError` as a
 * {@link CliError}, printed by the one formatter, `formatIssue` with the
 * error layout, at the error's location or else the plan file (`plan.yaml
 * table tabel-1, column gemeente: 2017 and 2018-H1 do not cover the same
 * months`), exit code 1; the error is kept as `cause` and its code as the
 * code. A `CliError` (a usage error) and an `internal` error (a bug in ivp)
 * are returned as they are.
 *
 * @param error - what the computation threw
 * @param planFile - the plan file, as the command shows it
 * @param lang - the language of the message (see message-language.ts)
 * @returns the error to throw
 */
export async function planErrorToCli(
  error: unknown,
  planFile: string,
  lang: Language = messageLanguage(),
): Promise<unknown> {
  if (!(error instanceof IvpError) || error instanceof CliError || error.code === "internal")
    return error;
  // Imported only now (see plan-file-text.ts).
  const { formatIssue, issueOf, wordError } = await import("./plan-file-text.ts");
  const issue = {
    ...issueOf(error),
    message: wordError(error, lang),
    location: error.location ?? { file: planFile },
  };
  return new CliError(formatIssue(issue, { layout: "error", lang }), EXIT.invalidInput, {
    code: error.code,
    cause: error,
  });
}
