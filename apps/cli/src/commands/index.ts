/**
 * The commands of `ivp`: each one's definition, and the runner that runs it.
 *
 * The definitions are data the dispatcher needs at every start (to parse
 * arguments and print help); a runner is imported only when its command runs
 * (`dist/commands/<name>.js`, see tsup.config.ts), so start-up stays close to
 * Node's own and `ivp status` never loads the linter.
 *
 * {@link RUNNERS} is checked against {@link COMMANDS} by the type checker: a
 * command without a runner, or a runner without a command, does not compile.
 *
 * Adding a command: a folder `<name>/` with `definition.ts` (a
 * `defineCommand({...})`) and `run.ts` (its runner), then one entry in each
 * list below.
 */

import { bulk } from "./bulk/definition.ts";
import type { CommandRunner } from "./command.ts";
import { compare } from "./compare/definition.ts";
import { importCommand } from "./import/definition.ts";
import { init } from "./init/definition.ts";
import { report } from "./report/definition.ts";
import { status } from "./status/definition.ts";
import { table } from "./table/definition.ts";
import { validate } from "./validate/definition.ts";

/** All commands, in the order `ivp --help` lists them. */
export const COMMANDS = [validate, table, status, init, importCommand, compare, report, bulk];

/** A command of `ivp`, by name. */
export type Command = (typeof COMMANDS)[number];

/** The name of a command: `"validate" | "table" | ...`. */
export type CommandName = Command["name"];

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

/** The definition of a command, or `undefined`. */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
