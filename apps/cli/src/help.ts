/**
 * The help of `ivp` and of each command: a command's definition (what it has)
 * with the texts of the help catalogue of a language (what each part means).
 * The dispatcher prints it in the CLI's language; the docs make the CLI
 * reference from it in English.
 */
import { IvpError, MESSAGE_PLACEHOLDER } from "@ivp/model";
import type {
  ArgumentDefinition,
  CommandDefinition,
  OptionDefinition,
} from "./commands/command.ts";
import { COMMON_OPTIONS } from "./commands/shared-options.ts";
import type { HelpCatalogue } from "./messages/help/catalogue.ts";

/** An option with what it means. */
export interface DescribedOption extends OptionDefinition {
  readonly description: string;
}

/** An argument with what it means. */
export interface DescribedArgument extends ArgumentDefinition {
  readonly description: string;
}

/** A command's definition with every text of its help, in one language. */
export interface DescribedCommand {
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  readonly arguments: readonly DescribedArgument[];
  readonly options: readonly DescribedOption[];
  readonly examples: readonly { readonly command: string; readonly description: string }[];
  readonly exitCodes: readonly { readonly code: number; readonly meaning: string }[];
}

function fill(text: string, data: Readonly<Record<string, string>>): string {
  return text.replace(MESSAGE_PLACEHOLDER, (_, name: string) => data[name] ?? `{${name}}`);
}

function textOf(
  own: Readonly<Record<string | number, string>> | undefined,
  shared: Readonly<Record<string | number, string>>,
  key: string | number,
  what: string,
): string {
  const text = own?.[key] ?? shared[key];
  if (text === undefined) throw new IvpError("internal", `No help text for ${what}`);
  return text;
}

/** The options every command accepts, with their texts. */
export function describeCommonOptions(help: HelpCatalogue): DescribedOption[] {
  return COMMON_OPTIONS.map((option) => ({
    ...option,
    description: textOf(undefined, help.shared.options, option.name, `--${option.name}`),
  }));
}

/**
 * A command's definition with the texts of `help`: the command's own text of
 * each part where it has one, else the shared one.
 *
 * @example
 * describeCommand(status, en).summary
 * //=> "Show every indicator's progress toward its target, with significance"
 */
export function describeCommand(command: CommandDefinition, help: HelpCatalogue): DescribedCommand {
  const own = help.commands[command.name];
  if (!own) throw new IvpError("internal", `No help texts for the command ${command.name}`);
  const where = (part: string) => `${command.name} ${part}`;
  return {
    name: command.name,
    summary: own.summary,
    description: own.description,
    arguments: command.arguments.map((argument) => ({
      ...argument,
      description: textOf(
        own.arguments,
        help.shared.arguments,
        argument.name,
        where(`<${argument.name}>`),
      ),
    })),
    options: command.options.map((option) => ({
      ...option,
      description: textOf(own.options, help.shared.options, option.name, where(`--${option.name}`)),
    })),
    examples: command.examples.map((example, i) => ({
      command: example,
      description: textOf(
        undefined,
        Object.fromEntries(own.examples.entries()),
        i,
        where(`example ${i + 1}`),
      ),
    })),
    exitCodes: command.exitCodes.map((code) => ({
      code,
      meaning: textOf(own.exitCodes, help.shared.exitCodes, code, where(`exit code ${code}`)),
    })),
  };
}

function optionUsage(option: OptionDefinition): string {
  const flag = option.short ? `-${option.short}, --${option.name}` : `    --${option.name}`;
  return option.type === "string" ? `${flag} ${option.valueName ?? "VALUE"}` : flag;
}

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

/** The usage line of a command, e.g. `ivp table <plan> <table-id> [options]`. */
export function usageLine(
  command: Pick<CommandDefinition, "name" | "arguments">,
  help: HelpCatalogue,
): string {
  const args = command.arguments.map(
    (a) => (a.required ? `<${a.name}>` : `[${a.name}]`) + (a.variadic ? "..." : ""),
  );
  return ["ivp", command.name, ...args, help.headings.optionsPlaceholder].join(" ");
}

/** The help text of one command, in the language of `help`. */
export function commandHelp(definition: CommandDefinition, help: HelpCatalogue): string {
  return formatCommandHelp(describeCommand(definition, help), help);
}

/** The help text of a command with its texts, with the headings of `help`. */
export function formatCommandHelp(command: DescribedCommand, help: HelpCatalogue): string {
  const { headings } = help;
  const options = [...command.options, ...describeCommonOptions(help)];
  const left = options.map(optionUsage);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  const optionLines = options.map((option, i) => {
    const extra = [
      option.choices && fill(headings.choices, { choices: option.choices.join(", ") }),
      option.default !== undefined && fill(headings.default, { value: option.default }),
    ]
      .filter(Boolean)
      .join("; ");
    const text = extra ? `${option.description} (${extra})` : option.description;
    return `  ${(left[i] ?? "").padEnd(width)}${wrap(text, 76 - width, " ".repeat(width + 2))}`;
  });
  const argWidth = Math.max(...command.arguments.map((a) => a.name.length + 2), 0) + 2;
  return [
    `${headings.usage} ${usageLine(command, help)}`,
    "",
    wrap(command.description, 78, ""),
    "",
    headings.arguments,
    ...command.arguments.map(
      (a) =>
        `  ${`<${a.name}>`.padEnd(argWidth)}${wrap(a.description, 76 - argWidth, " ".repeat(argWidth + 2))}`,
    ),
    "",
    headings.options,
    ...optionLines,
    "",
    headings.examples,
    ...command.examples.flatMap((e) => [`  ${e.command}`, `      ${e.description}`]),
    "",
    headings.exitCodes,
    ...command.exitCodes.map((e) => `  ${String(e.code).padEnd(4)}${e.meaning}`),
    "",
  ].join("\n");
}

/** The help text of `ivp` itself, listing `commands` (all of them), in the language of `help`. */
export function mainHelp(
  version: string,
  help: HelpCatalogue,
  commands: readonly CommandDefinition[],
): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 4;
  const { main, headings } = help;
  return [
    fill(main.title, { version }),
    "",
    `${headings.usage} ${main.usage}`,
    "",
    headings.commands,
    ...commands.map((c) => `  ${c.name.padEnd(width)}${describeCommand(c, help).summary}`),
    "",
    headings.options,
    `  -h, --help       ${main.help}`,
    `  -v, --version    ${main.version}`,
    "",
    main.more,
    "",
  ].join("\n");
}
