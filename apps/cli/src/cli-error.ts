import { EXIT } from "./exit-codes.ts";
import { say } from "./messages/say.ts";

const BRAND = Symbol.for("ivp.CliError");

/**
 * An error the CLI reports as a message on stderr with an exit code, never
 * with a stack trace.
 */
export class CliError extends Error {
  override readonly name = "CliError";
  readonly exitCode: number;
  readonly [BRAND] = true;

  /**
   * Each command is bundled into a file of its own (see tsup.config.ts), with
   * its own copy of this class; `instanceof` checks the brand, so an error
   * thrown in a command is a `CliError` to the dispatcher too.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && BRAND in value;
  }

  constructor(message: string, exitCode: number = EXIT.invalidInput) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** A usage error: exit code 2 and a pointer to the help. */
export function usageError(message: string, command?: string): CliError {
  const help = command ? `ivp ${command} --help` : "ivp --help";
  return new CliError(`${message}\n${say("usage", "see-help", { help })}`, EXIT.usage);
}
