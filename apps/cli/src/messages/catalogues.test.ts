import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliCatalogue, MessageText } from "./catalogue.ts";
import {
  CLI_CATALOGUES,
  type CliLanguage,
  cliLanguage,
  HELP_CATALOGUES,
  loadCliCatalogue,
  loadHelpCatalogue,
} from "./catalogues.ts";
import { en } from "./en.ts";
import { nl } from "./nl.ts";
import {
  decimal,
  fileKindText,
  grouped,
  installCliMessages,
  listOf,
  PLACEHOLDER,
  renderCliMessage,
  say,
} from "./say.ts";

// The catalogues are data: these tests keep every language complete and
// every text used, the way the type checker cannot (placeholders, plurals).

const LANGUAGES = Object.keys(CLI_CATALOGUES) as CliLanguage[];
const others = LANGUAGES.filter((lang) => lang !== "nl");
/** Every language's messages, as the dispatcher loads them. */
const CATALOGUES = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (lang) => [lang, await loadCliCatalogue(lang)] as const)),
) as Record<CliLanguage, CliCatalogue>;

function variants(text: MessageText): string[] {
  return typeof text === "string" ? [text] : Object.values(text);
}

function placeholders(text: MessageText): string[] {
  const names = variants(text).map((variant) =>
    [...new Set([...variant.matchAll(PLACEHOLDER)].map((m) => m[1] as string))].sort().join(","),
  );
  // Every plural form of one language needs the same values too.
  expect(new Set(names).size).toBe(1);
  return (names[0] as string).split(",").filter(Boolean);
}

/** Every text of a catalogue by `<group>/<id>`. */
function texts(catalogue: CliCatalogue): Map<string, MessageText> {
  const all = new Map<string, MessageText>();
  for (const [group, messages] of Object.entries(catalogue.messages)) {
    for (const [id, text] of Object.entries(messages)) all.set(`${group}/${id}`, text);
  }
  return all;
}

/** The CLI's sources, but for the catalogues and the tests. */
const SRC = join(import.meta.dirname, "..");
const sources = readdirSync(SRC, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .filter((file) => !file.startsWith("messages"))
  .map((file) => readFileSync(join(SRC, file), "utf8"))
  .join("\n");

describe("CLI message catalogues", () => {
  it.each(others)("%s has every Dutch message id, and no other", (lang) => {
    expect([...texts(CATALOGUES[lang]).keys()].sort()).toEqual([...texts(nl).keys()].sort());
  });

  it.each(others)("%s fills the same placeholders as Dutch in every text", (lang) => {
    const translated = texts(CATALOGUES[lang]);
    for (const [key, text] of texts(nl)) {
      expect([key, placeholders(translated.get(key) as MessageText)]).toEqual([
        key,
        placeholders(text),
      ]);
    }
  });

  it.each(LANGUAGES)("%s writes a plural with exactly its language's plural categories", (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const all = texts(CATALOGUES[lang]);
    const plurals = [...all].filter(([, text]) => typeof text !== "string");
    expect(plurals.length).toBeGreaterThan(0);
    for (const [key, text] of plurals) {
      expect([key, Object.keys(text).sort()]).toEqual([key, [...categories].sort()]);
      expect([key, placeholders(text).includes("count")]).toEqual([key, true]);
    }
    // A text is a plural in every language or in none.
    for (const [key, text] of texts(nl)) {
      expect([key, typeof all.get(key)]).toEqual([key, typeof text]);
    }
  });

  it("has no dead texts: the CLI's code names every message id", () => {
    for (const [group, messages] of Object.entries(nl.messages)) {
      if (group === "file-kinds") continue; // keyed by the kinds @ivp/plan-file names
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
    expect(await loadCliCatalogue("nl")).toBe(nl);
    expect(await loadCliCatalogue("en")).toBe(en);
    expect(Object.keys(HELP_CATALOGUES).sort()).toEqual([...LANGUAGES].sort());
    expect((await loadHelpCatalogue("nl")).headings.usage).toBe("Gebruik:");
    expect((await loadHelpCatalogue("en")).headings.usage).toBe("Usage:");
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

  it("writes messages, lists, file kinds and numbers in the installed language", () => {
    try {
      installCliMessages(nl);
      expect(say("bulk", "municipalities-empty")).toBe("--municipalities: de lijst is leeg");
      expect(listOf(["a", "b", "c"])).toBe("a, b en c");
      expect(fileKindText("directory")).toBe("map");
      expect(grouped(12345)).toBe("12.345");
      expect(decimal(1.25, 1)).toBe("1,3");
    } finally {
      installCliMessages(en);
    }
    expect(say("bulk", "municipalities-empty")).toBe("--municipalities: the list is empty");
    expect(listOf(["a"])).toBe("a");
    expect(listOf(["a", "b"])).toBe("a and b");
    expect(listOf(["a", "b", "c"])).toBe("a, b and c");
    expect(fileKindText("named pipe (FIFO)")).toBe("named pipe (FIFO)");
    expect(fileKindText("something new")).toBe("something new");
    expect(grouped(12345)).toBe("12,345");
    expect(decimal(1.25, 1)).toBe("1.3");
  });
});
