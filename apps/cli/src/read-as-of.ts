import { PERIOD_NOTATIONS, type Period, parsePeriod } from "@ivp/model";
import { usageError } from "./cli-error.ts";
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
export function readAsOf(text: string | undefined, command: string): Period | undefined {
  if (text === undefined) return undefined;
  const result = parsePeriod(text);
  if (!result.success) {
    throw usageError(
      say("usage", "as-of", {
        problem: String(result.error.message.split(". Write")[0]),
        notations: PERIOD_NOTATIONS.join("; "),
      }),
      command,
    );
  }
  return result.data;
}
