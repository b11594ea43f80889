import { type Period, parsePeriod } from "@ivp/model";
import { usageError } from "./cli-error.ts";
import { messageLanguage } from "./message-language.ts";
import { say } from "./messages/say.ts";

/**
 * Reads `--as-of` for `ivp status` and `ivp report`: a text that is not a
 * period is a usage error naming the notations. Both commands then use the
 * figures known by the end of the period, by one rule (`observationsAsOf`).
 *
 * @param text - the option's value, or `undefined` when not given
 * @param command - the command, for the "Run 'ivp <command> --help'" hint
 * @returns the period, or `undefined`
 */
export async function readAsOf(
  text: string | undefined,
  command: string,
): Promise<Period | undefined> {
  if (text === undefined) return undefined;
  const result = parsePeriod(text);
  if (!result.success) {
    // Imported only for a mistake (see plan-file-text.ts).
    const { periodErrorText } = await import("./plan-file-text.ts");
    throw usageError(
      say("usage", "as-of", {
        // In the CLI's language, as the rest of a usage error.
        problem: periodErrorText(result.error, messageLanguage(), false),
        notations: say("usage", "period-notations"),
      }),
      command,
    );
  }
  return result.data;
}
