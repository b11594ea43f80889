import { MESSAGE_PLACEHOLDER } from "@ivp/model";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/index.ts";
import { COMMON_OPTIONS } from "../../commands/shared-options.ts";
import { describeCommand } from "../../help.ts";
import { type CliLanguage, HELP_CATALOGUES, loadHelpCatalogue } from "../catalogues.ts";
import type { HelpCatalogue } from "./catalogue.ts";

// The help catalogues are data: these tests keep every language complete,
// every text of a command's definition there and no text without a part.

const LANGUAGES = Object.keys(HELP_CATALOGUES) as CliLanguage[];
const HELP = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (lang) => [lang, await loadHelpCatalogue(lang)] as const)),
) as Record<CliLanguage, HelpCatalogue>;
const nl = HELP.nl;

/** Every text of a catalogue by its path: `commands.status.options.format`. */
function texts(value: unknown, path = ""): Map<string, string> {
  if (typeof value === "string") return new Map([[path, value]]);
  return new Map(
    Object.entries(value as object).flatMap(([key, inner]) => [
      ...texts(inner, path ? `${path}.${key}` : key),
    ]),
  );
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(MESSAGE_PLACEHOLDER)].map((m) => m[1] as string))].sort();
}

describe("CLI help catalogues", () => {
  it("are there in every language of the CLI's messages", () => {
    expect(LANGUAGES.sort()).toEqual(["en", "nl"]);
  });

  it.each(LANGUAGES)("%s has every Dutch key, and no other", (lang) => {
    expect([...texts(HELP[lang]).keys()].sort()).toEqual([...texts(nl).keys()].sort());
  });

  it.each(LANGUAGES)("%s fills the same placeholders as Dutch in every text", (lang) => {
    const translated = texts(HELP[lang]);
    for (const [key, text] of texts(nl)) {
      expect([key, placeholders(translated.get(key) ?? "")]).toEqual([key, placeholders(text)]);
    }
  });

  it.each(LANGUAGES)("%s has a text for every part of every command", (lang) => {
    for (const command of COMMANDS) {
      const described = describeCommand(command, HELP[lang]);
      expect(described.examples.length).toBe(command.examples.length);
      for (const text of [
        described.summary,
        described.description,
        ...described.arguments.map((a) => a.description),
        ...described.options.map((o) => o.description),
        ...described.examples.map((e) => e.description),
        ...described.exitCodes.map((e) => e.meaning),
      ]) {
        expect(text.trim().length).toBeGreaterThan(0);
      }
    }
  });

  it("has no text for a command, argument, option, example or exit code that is not there", () => {
    expect(Object.keys(nl.commands).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    const used = { arguments: new Set<string>(), options: new Set<string>(), exitCodes: new Set() };
    for (const option of COMMON_OPTIONS) used.options.add(option.name);
    for (const command of COMMANDS) {
      const own = nl.commands[command.name];
      const names = (list: readonly { name: string }[]) => list.map((item) => item.name);
      const where = command.name;
      for (const name of Object.keys(own?.arguments ?? {})) {
        expect([where, names(command.arguments)]).toEqual([where, expect.arrayContaining([name])]);
      }
      for (const name of Object.keys(own?.options ?? {})) {
        expect([where, names(command.options)]).toEqual([where, expect.arrayContaining([name])]);
      }
      for (const code of Object.keys(own?.exitCodes ?? {})) {
        expect([where, command.exitCodes]).toEqual([where, expect.arrayContaining([Number(code)])]);
      }
      expect([where, own?.examples.length]).toEqual([where, command.examples.length]);
      for (const argument of command.arguments) {
        if (!own?.arguments?.[argument.name]) used.arguments.add(argument.name);
      }
      for (const option of command.options) {
        if (!own?.options?.[option.name]) used.options.add(option.name);
      }
      for (const code of command.exitCodes) {
        if (!own?.exitCodes[code]) used.exitCodes.add(String(code));
      }
    }
    expect(Object.keys(nl.shared.arguments).sort()).toEqual([...used.arguments].sort());
    expect(Object.keys(nl.shared.options).sort()).toEqual([...used.options].sort());
    expect(Object.keys(nl.shared.exitCodes).sort()).toEqual([...used.exitCodes].sort());
  });

  it("lists every exit code of a command once", () => {
    for (const command of COMMANDS) {
      expect([command.name, new Set(command.exitCodes).size]).toEqual([
        command.name,
        command.exitCodes.length,
      ]);
    }
  });
});
