/**
 * The commands of `ivp`: each one's definition, and the runner that runs it.
 *
 * The definitions are data the dispatcher needs at every start (to parse
 * arguments and print help), each built when first asked for: `ivp status`
 * builds its own only, `--help` every one ({@link allCommands}). Building
 * seven of the eight object literals at every start cost `ivp status` on
 * Laren some 0.4 million instructions (Node 20, callgrind). A runner is imported only when
 * its command runs (`dist/commands/<name>.js`, see tsup.config.ts), so
 * start-up stays close to Node's own and `ivp status` never loads the linter.
 *
 * {@link DEFINITIONS} and {@link RUNNERS} are checked against
 * {@link COMMAND_NAMES} by the type checker: a command without a definition or
 * a runner, or either without a command, does not compile.
 *
 * Adding a command: a folder `<name>/` with `definition.ts` (a function
 * returning its `defineCommand({...})`, as `status/definition.ts`) and
 * `run.ts` (its runner), then one entry in each list below.
 */

import { bulk } from "./bulk/definition.ts";
import type { CommandDefinition, CommandRunner } from "./command.ts";
import { compare } from "./compare/definition.ts";
import { importCommand } from "./import/definition.ts";
import { init } from "./init/definition.ts";
import { report } from "./report/definition.ts";
import { status } from "./status/definition.ts";
import { table } from "./table/definition.ts";
import { validate } from "./validate/definition.ts";

/** The names of all commands, in the order `ivp --help` lists them. */
export const COMMAND_NAMES = [
  "validate",
  "table",
  "status",
  "init",
  "import",
  "compare",
  "report",
  "bulk",
] as const;

/** The name of a command: `"validate" | "table" | ...`. */
export type CommandName = (typeof COMMAND_NAMES)[number];

/** What builds each command's definition. */
const DEFINITIONS = {
  validate,
  table,
  status,
  init,
  import: importCommand,
  compare,
  report,
  bulk,
} as const satisfies { readonly [N in CommandName]: () => CommandDefinition<N> };

/** A command of `ivp`. */
export type Command = ReturnType<(typeof DEFINITIONS)[CommandName]>;

/**
 * Exactly one runner, imported on demand, per command name: a missing name
 * and an extra one are both type errors.
 */
export type RunnerTable<Name extends string = CommandName> = {
  readonly [N in Name]: () => Promise<CommandRunner>;
};

/**
 * Each command's runner, imported only when the command runs. A static path
 * per command, as the bundler needs it to leave the import to run time.
 */
export const RUNNERS = {
  validate: async () => (await import("./validate/run.ts")).runValidate,
  table: async () => (await import("./table/run.ts")).runTable,
  status: async () => (await import("./status/run.ts")).runStatus,
  init: async () => (await import("./init/run.ts")).runInit,
  import: async () => (await import("./import/run.ts")).runImport,
  compare: async () => (await import("./compare/run.ts")).runCompare,
  report: async () => (await import("./report/run.ts")).runReport,
  bulk: async () => (await import("./bulk/run.ts")).runBulk,
} as const satisfies RunnerTable;

/** The definitions built so far: each command's, once. */
const built = new Map<CommandName, Command>();

/** The definition of a command, or `undefined`. */
export function findCommand(name: string): Command | undefined {
  if (!Object.hasOwn(DEFINITIONS, name)) return undefined;
  const known = name as CommandName;
  let command = built.get(known);
  if (command === undefined) {
    command = DEFINITIONS[known]();
    built.set(known, command);
  }
  return command;
}

/** Every command's definition, in the order `ivp --help` lists them. */
export function allCommands(): Command[] {
  return COMMAND_NAMES.map((name) => findCommand(name) as Command);
}

/**
 * Every command's definition (for the tests and the docs' CLI reference);
 * not part of a bundle, which names none of it.
 */
export const COMMANDS = /* @__PURE__ */ allCommands();
