import { parseArgs } from "node:util";
import { usageError } from "./cli-error.ts";
import type { CommandDefinition, ParsedCommandArgs } from "./commands/command.ts";
import { COMMON_OPTIONS } from "./commands/shared-options.ts";
import { describeCommand } from "./help.ts";
import { loadHelpCatalogue } from "./messages/catalogues.ts";
import { say } from "./messages/say.ts";
import { parseLongOptions } from "./parse-long-options.ts";

/** The closest of `candidates` to a mistyped word (see suggest.ts). */
async function suggest(word: string, candidates: readonly string[]): Promise<string | undefined> {
  return (await import("./suggest.ts")).suggest(word, candidates);
}

/**
 * Parses a command's arguments strictly against its definition: unknown
 * options, missing values, values outside the allowed choices and missing
 * arguments are usage errors with a suggestion.
 */
export async function parseCommandArgs(
  command: CommandDefinition,
  argv: readonly string[],
): Promise<ParsedCommandArgs> {
  const all = [...command.options, ...COMMON_OPTIONS];
  const config = Object.fromEntries(
    all.map((o) => [o.name, { type: o.type, ...(o.short && { short: o.short }) }]),
  ) as Record<string, { type: "string" | "boolean"; short?: string }>;
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    // The everyday command line without parseArgs (see parse-long-options.ts).
    parsed =
      parseLongOptions(argv, config) ??
      parseArgs({ args: [...argv], options: config, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message);
    if (unknown?.[1]) {
      const name = unknown[1].replace(/^-+/, "");
      const suggestion = await suggest(
        name,
        all.map((o) => o.name),
      );
      throw usageError(
        say("usage", "unknown-command-option", {
          option: unknown[1],
          command: command.name,
          suggestion: suggestion ? say("usage", "did-you-mean-option", { suggestion }) : "",
        }),
        command.name,
      );
    }
    const ambiguous = /Option '(?:-\w, )?(--[^' ]+)' argument is ambiguous/.exec(message);
    if (ambiguous?.[1]) {
      const at = argv.indexOf(ambiguous[1]);
      const value = (at === -1 ? undefined : argv[at + 1]) ?? "-...";
      throw usageError(
        say("usage", "option-value-ambiguous", { option: ambiguous[1], value }),
        command.name,
      );
    }
    const missingValue = /Option '(?:-\w, )?(--[^ ]+) <value>' argument missing/.exec(message);
    if (missingValue?.[1])
      throw usageError(
        say("usage", "option-value-missing", { option: missingValue[1] }),
        command.name,
      );
    // A switch given a value (`--dry-run=yes`): parseArgs's words are Node's, in English.
    const noValue = /Option '(?:-\w, )?(--[^' ]+)' does not take an argument/.exec(message);
    if (noValue?.[1]) {
      const option = noValue[1];
      const given = argv.find((a) => a.startsWith(`${option}=`)) ?? option;
      throw usageError(say("usage", "option-takes-no-value", { option, given }), command.name);
    }
    throw usageError(message.split("\n")[0] ?? message, command.name);
  }
  const options = parsed.values as Record<string, string | boolean | undefined>;
  if (options.help) return { positionals: parsed.positionals, options };
  for (const option of command.options) {
    const value = options[option.name];
    if (typeof value === "string" && option.choices && !option.choices.includes(value)) {
      const suggestion = await suggest(value, option.choices);
      throw usageError(
        say("usage", "not-a-choice", {
          option: option.name,
          choices: option.choices.join(", "),
          value,
          suggestion: suggestion ? say("usage", "did-you-mean-choice", { suggestion }) : "",
        }),
        command.name,
      );
    }
    if (value === undefined && option.default !== undefined) options[option.name] = option.default;
  }
  const required = command.arguments.filter((a) => a.required);
  if (parsed.positionals.length < required.length) {
    const missing = required[parsed.positionals.length];
    // The argument's text from the help, loaded only for this mistake.
    const help = describeCommand(command, await loadHelpCatalogue());
    throw usageError(
      say("usage", "missing-argument", {
        name: String(missing?.name),
        description: String(help.arguments.find((a) => a.name === missing?.name)?.description),
      }),
      command.name,
    );
  }
  const variadic = command.arguments.some((a) => a.variadic);
  if (!variadic && parsed.positionals.length > command.arguments.length) {
    throw usageError(
      say("usage", "too-many-arguments", {
        arguments: parsed.positionals.slice(command.arguments.length).join(" "),
      }),
      command.name,
    );
  }
  return { positionals: parsed.positionals, options };
}
