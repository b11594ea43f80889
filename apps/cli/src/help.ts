import type { CommandDefinition, OptionDefinition } from "./commands/command.ts";
import { COMMANDS } from "./commands/index.ts";
import { COMMON_OPTIONS } from "./commands/shared-options.ts";

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
export function usageLine(command: CommandDefinition): string {
  const args = command.arguments.map(
    (a) => (a.required ? `<${a.name}>` : `[${a.name}]`) + (a.variadic ? "..." : ""),
  );
  return ["ivp", command.name, ...args, "[options]"].join(" ");
}

/** The help text of one command. */
export function commandHelp(command: CommandDefinition): string {
  const options = [...command.options, ...COMMON_OPTIONS];
  const left = options.map(optionUsage);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  const optionLines = options.map((option, i) => {
    const extra = [
      option.choices && `one of: ${option.choices.join(", ")}`,
      option.default !== undefined && `default: ${option.default}`,
    ]
      .filter(Boolean)
      .join("; ");
    const text = extra ? `${option.description} (${extra})` : option.description;
    return `  ${(left[i] ?? "").padEnd(width)}${wrap(text, 76 - width, " ".repeat(width + 2))}`;
  });
  const argWidth = Math.max(...command.arguments.map((a) => a.name.length + 2), 0) + 2;
  return [
    `Usage: ${usageLine(command)}`,
    "",
    wrap(command.description, 78, ""),
    "",
    "Arguments:",
    ...command.arguments.map(
      (a) =>
        `  ${`<${a.name}>`.padEnd(argWidth)}${wrap(a.description, 76 - argWidth, " ".repeat(argWidth + 2))}`,
    ),
    "",
    "Options:",
    ...optionLines,
    "",
    "Examples:",
    ...command.examples.flatMap((e) => [`  ${e.command}`, `      ${e.description}`]),
    "",
    "Exit codes:",
    ...command.exitCodes.map((e) => `  ${String(e.code).padEnd(4)}${e.meaning}`),
    "",
  ].join("\n");
}

/** The help text of `ivp` itself. */
export function mainHelp(version: string): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 4;
  return [
    `ivp ${version}: integral safety plans (Integraal Veiligheidsplan) as data`,
    "",
    "Usage: ivp <command> [arguments] [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    "",
    "Options:",
    "  -h, --help       Show help (also: ivp help <command>)",
    "  -v, --version    Show the version",
    "",
    "Run 'ivp <command> --help' for the options of a command.",
    "",
  ].join("\n");
}
