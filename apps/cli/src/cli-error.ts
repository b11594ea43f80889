import { EXIT } from "./commands/definitions.ts";

/**
 * An error the CLI reports as a message on stderr with an exit code, never
 * with a stack trace.
 */
export class CliError extends Error {
  override readonly name = "CliError";
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT.invalidInput) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** A usage error: exit code 2 and a pointer to the help. */
export function usageError(message: string, command?: string): CliError {
  const help = command ? `ivp ${command} --help` : "ivp --help";
  return new CliError(`${message}\nRun '${help}' for usage.`, EXIT.usage);
}
