import { type IssueCode, IvpError, type IvpErrorOptions } from "@ivp/model";
import { EXIT } from "./exit-codes.ts";
import { say } from "./messages/say.ts";

const BRAND = Symbol.for("ivp.CliError");

/** Options of {@link CliError}. */
export interface CliErrorOptions extends IvpErrorOptions {
  /**
   * The problem's code; by default `usage` for a usage error (exit code 2)
   * and `invalid-input` otherwise. A `CliError` made from an `IvpError` keeps
   * that error's code, and the error itself as its `cause`.
   */
  readonly code?: IssueCode;
}

/**
 * An error the CLI reports as a message on stderr with an exit code, never
 * with a stack trace: an {@link IvpError} whose message is the whole text the
 * CLI prints after `ivp: ` (a located problem already formatted with
 * `@ivp/plan-file`'s `formatIssue`), with the exit code.
 */
export class CliError extends IvpError {
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

  constructor(
    message: string,
    exitCode: number = EXIT.invalidInput,
    options: CliErrorOptions = {},
  ) {
    super(options.code ?? (exitCode === EXIT.usage ? "usage" : "invalid-input"), message, options);
    this.exitCode = exitCode;
  }
}

/** A usage error: exit code 2 and a pointer to the help. */
export function usageError(message: string, command?: string): CliError {
  const help = command ? `ivp ${command} --help` : "ivp --help";
  return new CliError(`${message}\n${say("usage", "see-help", { help })}`, EXIT.usage);
}
