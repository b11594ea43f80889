import { join } from "node:path";
import { MESSAGE_PLACEHOLDER } from "@ivp/model";
import { catalogueProblems, catalogueTexts, sourcesUnder } from "@ivp/testkit/catalogues";
import { describe, expect, it } from "vitest";
import type { CliCatalogue } from "./catalogue.ts";
import {
  CLI_CATALOGUES,
  type CliLanguage,
  cliCatalogue,
  cliLanguage,
  HELP_CATALOGUES,
  loadHelpCatalogue,
} from "./catalogues.ts";
import { en } from "./en.ts";
import { nl } from "./nl.ts";
import { decimal, grouped, installCliMessages, listOf, renderCliMessage, say } from "./say.ts";

// The catalogues are data: these tests keep every language complete and
// every text used, the way the type checker cannot (placeholders, plurals).

const LANGUAGES = Object.keys(CLI_CATALOGUES) as CliLanguage[];
/** Every language's messages, as the dispatcher loads them. */
const CATALOGUES = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, cliCatalogue(lang)] as const),
) as Record<CliLanguage, CliCatalogue>;

/** The CLI's sources, but for the catalogues and the tests. */
const sources = sourcesUnder(join(import.meta.dirname, ".."), (name) => name === "messages");

describe("CLI message catalogues", () => {
  it("has every Dutch text in every language, with the same placeholders and each language's plural forms", () => {
    const byLanguage = Object.fromEntries(
      LANGUAGES.map((lang) => [lang, catalogueTexts(CATALOGUES[lang].messages)]),
    );
    expect(catalogueProblems(byLanguage, MESSAGE_PLACEHOLDER)).toEqual([]);
    expect([...catalogueTexts(nl.messages).values()].some((text) => typeof text !== "string")).toBe(
      true,
    );
  });

  it("has no dead texts: the CLI's code names every message id", () => {
    for (const [group, messages] of Object.entries(nl.messages)) {
      expect([group, sources.includes(`say("${group}"`)]).toEqual([group, true]);
      for (const id of Object.keys(messages)) {
        expect([group, id, sources.includes(`"${id}"`)]).toEqual([group, id, true]);
      }
    }
  });

  it("has no plural written as a ternary in the CLI's code", () => {
    expect(sources).not.toMatch(/=== 1 \?\s*["`]/);
  });
});

describe("renderCliMessage", () => {
  it("chooses the plural by Intl.PluralRules from the count", () => {
    expect(renderCliMessage(en, "import", "figures", { count: 1 })).toBe("1 figure");
    expect(renderCliMessage(en, "import", "figures", { count: 0 })).toBe("0 figures");
    expect(renderCliMessage(nl, "import", "figures", { count: 1 })).toBe("1 cijfer");
    expect(renderCliMessage(nl, "import", "figures", { count: 12 })).toBe("12 cijfers");
    expect(renderCliMessage(en, "bulk", "out-not-empty", { out: "x", count: 1 })).toContain(
      "(1 entry)",
    );
    expect(renderCliMessage(en, "bulk", "out-not-empty", { out: "x", count: 3 })).toContain(
      "(3 entries)",
    );
  });

  it("fills every placeholder, and refuses a message without its values", () => {
    expect(renderCliMessage(en, "usage", "see-help", { help: "ivp --help" })).toBe(
      "Run 'ivp --help' for usage.",
    );
    expect(renderCliMessage(nl, "usage", "see-help", { help: "ivp --help" })).toBe(
      "Zie 'ivp --help' voor het gebruik.",
    );
    expect(() => renderCliMessage(en, "usage", "see-help")).toThrow("needs a value for {help}");
    expect(() => renderCliMessage(en, "import", "figures")).toThrow("needs a number");
  });
});

describe("loading a language", () => {
  it("gives each language's own catalogue, messages and help", async () => {
    expect(cliCatalogue("nl")).toBe(nl);
    expect(cliCatalogue("en")).toBe(en);
    expect(Object.keys(HELP_CATALOGUES).sort()).toEqual([...LANGUAGES].sort());
    expect((await loadHelpCatalogue("nl")).headings.usage).toBe("Gebruik:");
    expect((await loadHelpCatalogue("en")).headings.usage).toBe("Usage:");
  });
});

describe("installing a language", () => {
  it("builds a catalogue given as a function once, when a message is first written", () => {
    let built = 0;
    try {
      installCliMessages(() => {
        built++;
        return nl;
      });
      expect(built).toBe(0);
      expect(say("bulk", "municipalities-empty")).toBe("--municipalities: de lijst is leeg");
      expect(grouped(12345)).toBe("12.345");
      expect(built).toBe(1);
    } finally {
      installCliMessages(en);
    }
  });
});

describe("the CLI's language", () => {
  it("is English, or Dutch with IVP_LANG=nl; any other IVP_LANG is English", () => {
    expect(cliLanguage({})).toBe("en");
    expect(cliLanguage({ IVP_LANG: "nl" })).toBe("nl");
    expect(cliLanguage({ IVP_LANG: "en" })).toBe("en");
    expect(cliLanguage({ IVP_LANG: "de" })).toBe("en");
    expect(cliLanguage({ IVP_LANG: "toString" })).toBe("en");
  });

  it("writes messages, lists and numbers in the installed language", () => {
    try {
      installCliMessages(nl);
      expect(say("bulk", "municipalities-empty")).toBe("--municipalities: de lijst is leeg");
      expect(listOf(["a", "b", "c"])).toBe("a, b en c");
      expect(grouped(12345)).toBe("12.345");
      expect(decimal(1.25, 1)).toBe("1,3");
    } finally {
      installCliMessages(en);
    }
    expect(say("bulk", "municipalities-empty")).toBe("--municipalities: the list is empty");
    expect(listOf(["a"])).toBe("a");
    expect(listOf(["a", "b"])).toBe("a and b");
    expect(listOf(["a", "b", "c"])).toBe("a, b and c");
    expect(grouped(12345)).toBe("12,345");
    expect(decimal(1.25, 1)).toBe("1.3");
  });
});
