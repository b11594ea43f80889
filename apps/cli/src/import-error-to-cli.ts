import { formatImportError, ImportError } from "@ivp/importers";
import { IvpError } from "@ivp/model";
import { CliError } from "./cli-error.ts";
import { EXIT } from "./exit-codes.ts";
import { say } from "./messages/say.ts";

/**
 * Runs `action`; an {@link ImportError} (or another domain failure) becomes a
 * {@link CliError} with the file, line, column and hint, exit code 1 (75
 * when another import holds the plan, or changed it meanwhile: try again).
 */
export async function failOnImportError<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof ImportError) {
      throw new CliError(
        `${formatImportError(error)}\n${say("output", "nothing-written")}`,
        error.code === "plan-busy" ? EXIT.busy : EXIT.invalidInput,
      );
    }
    if (error instanceof IvpError) throw new CliError(error.message, EXIT.invalidInput);
    throw error;
  }
}
