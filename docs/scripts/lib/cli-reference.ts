import type {
  CommandDefinition,
  OptionDefinition,
} from "../../../apps/cli/src/commands/command.ts";
import { COMMANDS } from "../../../apps/cli/src/commands/index.ts";
import { COMMON_OPTIONS } from "../../../apps/cli/src/commands/shared-options.ts";
import { EXIT } from "../../../apps/cli/src/exit-codes.ts";
import { commandHelp, usageLine } from "../../../apps/cli/src/help.ts";
import { cell, code, generatedNotice, table } from "./markdown.ts";
import { type GeneratedPage, linkOf, type SidebarLink } from "./pages.ts";

const GENERATOR = "scripts/lib/cli-reference.ts";

/** What {@link renderCliReference} reads: the CLI's own definitions. */
export interface CliDefinitions {
  readonly commands: readonly CommandDefinition[];
  readonly commonOptions: readonly OptionDefinition[];
  readonly exitCodes: Readonly<Record<string, number>>;
}

/** The definitions of the `ivp` CLI as they are in `apps/cli/src/commands/<name>/definition.ts`. */
export const IVP_CLI: CliDefinitions = {
  commands: COMMANDS,
  commonOptions: COMMON_OPTIONS,
  exitCodes: EXIT,
};

function optionFlag(option: OptionDefinition): string {
  const long = `--${option.name}${option.type === "string" ? ` ${option.valueName ?? "VALUE"}` : ""}`;
  return option.short ? `-${option.short}, ${long}` : long;
}

function optionRows(options: readonly OptionDefinition[]): string[][] {
  return options.map((option) => [
    code(optionFlag(option)),
    cell(option.description),
    option.choices ? option.choices.map(code).join(", ") : "",
    option.default !== undefined ? code(option.default) : "",
  ]);
}

function commandPage(command: CommandDefinition, cli: CliDefinitions): GeneratedPage {
  const lines = [
    generatedNotice(GENERATOR),
    "",
    `# ivp ${command.name}`,
    "",
    cell(command.summary),
    "",
    "```sh",
    usageLine(command),
    "```",
    "",
    cell(command.description),
    "",
    "## Arguments",
    "",
    table(
      ["Argument", "Required", "Description"],
      command.arguments.map((a) => [
        code(`<${a.name}>${a.variadic ? "..." : ""}`),
        a.required ? "yes" : "no",
        cell(a.description),
      ]),
    ),
    "",
    "## Options",
    "",
    table(
      ["Option", "Description", "Values", "Default"],
      optionRows([...command.options, ...cli.commonOptions]),
    ),
    "",
    "## Examples",
    "",
    ...command.examples.flatMap((e) => [cell(e.description), "", "```sh", e.command, "```", ""]),
    "## Exit codes",
    "",
    table(
      ["Code", "Meaning"],
      command.exitCodes.map((e) => [code(String(e.code)), cell(e.meaning)]),
    ),
    "",
    "## Help text",
    "",
    `What \`ivp ${command.name} --help\` prints:`,
    "",
    "```text",
    commandHelp(command).trimEnd(),
    "```",
    "",
  ];
  return { path: `reference/cli/${command.name}.md`, content: lines.join("\n") };
}

function indexPage(cli: CliDefinitions): GeneratedPage {
  const codes = Object.entries(cli.exitCodes).sort(([, a], [, b]) => a - b);
  const lines = [
    generatedNotice(GENERATOR),
    "",
    "# Command line: ivp",
    "",
    "The `ivp` command reads a plan directory (a `plan.yaml` with its CSV data files) and",
    "validates it, prints its tables and, as more commands arrive, reports on it. Every page",
    "in this section is generated from the CLI's own definitions, so what you read here is",
    "exactly what the parser accepts.",
    "",
    "```sh",
    "ivp <command> [arguments] [options]",
    "ivp <command> --help",
    "```",
    "",
    "## Commands",
    "",
    table(
      ["Command", "What it does"],
      cli.commands.map((c) => [`[${code(`ivp ${c.name}`)}](./${c.name}.md)`, cell(c.summary)]),
    ),
    "",
    "## Options of every command",
    "",
    table(["Option", "Description", "Values", "Default"], optionRows(cli.commonOptions)),
    "",
    "`ivp --version` prints the version; `ivp help <command>` is the same as",
    "`ivp <command> --help`.",
    "",
    "## Exit codes",
    "",
    "Scripts and CI can rely on these; a command's page says what each means for that command.",
    "",
    table(
      ["Code", "Name"],
      codes.map(([name, value]) => [code(String(value)), cell(name)]),
    ),
    "",
    "Errors are printed to standard error as `ivp: message`, never as a stack trace.",
    "",
  ];
  return { path: "reference/cli/index.md", content: lines.join("\n") };
}

/**
 * The CLI reference: an overview page and one page per command, with
 * arguments, options, examples, exit codes and the exact `--help` text.
 *
 * @param cli - the CLI's definitions; {@link IVP_CLI} for the real one
 * @returns the pages and their sidebar links
 * @example
 * renderCliReference(IVP_CLI).pages.map((p) => p.path)
 * //=> ["reference/cli/index.md", "reference/cli/validate.md", "reference/cli/table.md"]
 */
export function renderCliReference(cli: CliDefinitions): {
  pages: GeneratedPage[];
  sidebar: SidebarLink[];
} {
  const pages = [indexPage(cli), ...cli.commands.map((c) => commandPage(c, cli))];
  const sidebar = [
    { text: "Overview", link: linkOf("reference/cli/index.md") },
    ...cli.commands.map((c) => ({
      text: `ivp ${c.name}`,
      link: linkOf(`reference/cli/${c.name}.md`),
    })),
  ];
  return { pages, sidebar };
}
