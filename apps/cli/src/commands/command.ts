/**
 * What a command of the `ivp` CLI is: its definition as data (arguments,
 * options, examples, exit codes), from which the parser, `--help` and the
 * CLI reference in the docs are made, and the function that runs it. Each
 * command has a folder, `commands/<name>/` with `definition.ts` and `run.ts`;
 * `commands/index.ts` lists them. What each part means, in Dutch and in
 * English, is in the help catalogue (`messages/help/nl.ts`, `en.ts`), under
 * the command's name and the part's name.
 */

/** An option of a command. */
export interface OptionDefinition {
  readonly name: string;
  readonly short?: string;
  readonly type: "string" | "boolean";
  /** Allowed values of a string option. */
  readonly choices?: readonly string[];
  readonly default?: string;
  /** Placeholder in the usage line, e.g. PERIOD. */
  readonly valueName?: string;
}

/** A positional argument. */
export interface ArgumentDefinition {
  readonly name: string;
  readonly required: boolean;
  /** Takes all remaining arguments. */
  readonly variadic?: boolean;
}

/** A command of the CLI; `Name` is its name as a literal type (`"status"`). */
export interface CommandDefinition<Name extends string = string> {
  readonly name: Name;
  readonly arguments: readonly ArgumentDefinition[];
  readonly options: readonly OptionDefinition[];
  /** Example command lines; the help catalogue says what each does. */
  readonly examples: readonly string[];
  /** The exit codes of this command, in the order its help lists them. */
  readonly exitCodes: readonly number[];
}

/**
 * A command's definition, with its name kept as a literal type, so that the
 * command index can ask for a runner of exactly that name.
 */
export function defineCommand<const Name extends string>(
  definition: CommandDefinition<Name>,
): CommandDefinition<Name> {
  return definition;
}

/** Parsed arguments of a command. */
export interface ParsedCommandArgs {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
}

/** Runs a command (`run.ts`): returns the exit code. */
export type CommandRunner = (args: ParsedCommandArgs) => Promise<number>;
