import { COMMANDS } from "../../../apps/cli/src/commands/index.ts";
import { EXIT } from "../../../apps/cli/src/exit-codes.ts";
import {
  type DescribedCommand,
  type DescribedOption,
  describeCommand,
  describeCommonOptions,
  formatCommandHelp,
  usageLine,
} from "../../../apps/cli/src/help.ts";
import { en } from "../../../apps/cli/src/messages/help/en.ts";
import { cell, code, generatedNotice, table } from "./markdown.ts";
import { type GeneratedPage, linkOf, type SidebarLink } from "./pages.ts";

const GENERATOR = "scripts/lib/cli-reference.ts";

/** What {@link renderCliReference} reads: the CLI's own definitions, with their texts. */
export interface CliDefinitions {
  readonly commands: readonly DescribedCommand[];
  readonly commonOptions: readonly DescribedOption[];
  readonly exitCodes: Readonly<Record<string, number>>;
}

/**
 * The definitions of the `ivp` CLI as they are in
 * `apps/cli/src/commands/<name>/definition.ts`, with the English texts of its
 * help catalogue (`apps/cli/src/messages/help/en.ts`).
 */
export const IVP_CLI: CliDefinitions = {
  commands: COMMANDS.map((command) => describeCommand(command, en)),
  commonOptions: describeCommonOptions(en),
  exitCodes: EXIT,
};

function optionFlag(option: DescribedOption): string {
  const long = `--${option.name}${option.type === "string" ? ` ${option.valueName ?? "VALUE"}` : ""}`;
  return option.short ? `-${option.short}, ${long}` : long;
}

function optionRows(options: readonly DescribedOption[]): string[][] {
  return options.map((option) => [
    code(optionFlag(option)),
    cell(option.description),
    option.choices ? option.choices.map(code).join(", ") : "",
    option.default !== undefined ? code(option.default) : "",
  ]);
}

function commandPage(command: DescribedCommand, cli: CliDefinitions): GeneratedPage {
  const lines = [
    generatedNotice(GENERATOR),
    "",
    `# ivp ${command.name}`,
    "",
    cell(command.summary),
    "",
    "```sh",
    usageLine(command, en),
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
    formatCommandHelp(command, en).trimEnd(),
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
