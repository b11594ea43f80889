import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type CatalogueText,
  catalogueProblems,
  catalogueTexts,
  sourcesUnder,
} from "@ivp/testkit/catalogues";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../language.ts";
import { MESSAGE_PLACEHOLDER, type MessageText } from "../../text/message-text.ts";
import { LINT_RULES } from "../lint-rules.ts";
import type { LintCatalogue } from "./catalogue.ts";
import { LINT_CATALOGUES } from "./catalogues.ts";

// The catalogues are data: these tests keep every language complete and
// every text used, the way the type checker cannot (placeholders, plurals).

const LINT = join(import.meta.dirname, "..");
const source = (file: string) => readFileSync(join(LINT, file), "utf8");
const ruleSource = (rule: string) => source(`rules/${rule}.ts`);
const libSources = readdirSync(join(LINT, "_lib"))
  .filter((file) => !file.endsWith(".test.ts"))
  .map((file) => source(`_lib/${file}`));

const nl = LINT_CATALOGUES.nl;

/** Every text of a catalogue by a key: `phrases/<id>`, `<rule>/<id>`. */
function texts(catalogue: LintCatalogue): Map<string, MessageText> {
  const all = new Map<string, MessageText>();
  for (const [id, text] of Object.entries(catalogue.phrases)) all.set(`phrases/${id}`, text);
  for (const [rule, { messages }] of Object.entries(catalogue.rules)) {
    for (const [id, text] of Object.entries(messages)) all.set(`${rule}/${id}`, text);
  }
  return all;
}

/**
 * Whether a rule's source names a message id: as a string (`"no-target"`) or
 * as the fixed start of a template (`` `mode-${rounding.mode}` ``).
 */
function names(code: string, id: string): boolean {
  if (code.includes(`"${id}"`)) return true;
  return [...code.matchAll(/`([a-z-]+)\$\{/g)].some((m) => id.startsWith(m[1] as string));
}

describe("lint message catalogues", () => {
  it("has the texts of every rule, and of no other", () => {
    const ids = LINT_RULES.map((rule) => rule.id).sort();
    for (const lang of LANGUAGES) {
      expect(Object.keys(LINT_CATALOGUES[lang].rules).sort()).toEqual(ids);
    }
  });

  it("has every Dutch text in every language, with the same placeholders and each language's plural forms", () => {
    const byLanguage = Object.fromEntries(
      LANGUAGES.map((lang) => [lang, texts(LINT_CATALOGUES[lang])]),
    );
    expect(catalogueProblems(byLanguage, MESSAGE_PLACEHOLDER)).toEqual([]);
    expect([...texts(nl).values()].some((text) => typeof text !== "string")).toBe(true);
  });

  it("finds what breaks parity: a missing text, another placeholder, a language's plural forms", () => {
    const nlTexts = new Map<string, CatalogueText>([
      ["a", "{count} regel"],
      ["b", { one: "{count} fout", other: "{count} fouten" }],
      ["c", "tekst"],
    ]);
    const en = new Map<string, CatalogueText>([
      ["a", "{n} line"],
      ["b", { one: "{count} error", few: "{count} errors", other: "{count} errors" }],
    ]);
    expect(catalogueProblems({ nl: nlTexts, en }, MESSAGE_PLACEHOLDER)).toEqual([
      "en a: fills {n}, nl fills {count}",
      "en b: plural forms few,one,other, the language has one,other",
      "en c: missing (nl has it)",
    ]);
  });

  it("flattens a catalogue of groups to <group>/<id>, and reads a folder's sources without tests or what is left out", () => {
    expect([...catalogueTexts({ a: { x: "1", y: { one: "2", other: "3" } }, b: {} })]).toEqual([
      ["a/x", "1"],
      ["a/y", { one: "2", other: "3" }],
    ]);
    const dir = mkdtempSync(join(tmpdir(), "ivp-sources-"));
    try {
      mkdirSync(join(dir, "messages"));
      mkdirSync(join(dir, "sub"));
      writeFileSync(join(dir, "a.ts"), "const a = 1;");
      writeFileSync(join(dir, "a.test.ts"), "test");
      writeFileSync(join(dir, "notes.md"), "notes");
      writeFileSync(join(dir, "messages", "nl.ts"), "catalogue");
      writeFileSync(join(dir, "sub", "b.ts"), "const b = 2;");
      expect(sourcesUnder(dir, (name) => name === "messages")).toBe("const a = 1;\nconst b = 2;\n");
      expect(sourcesUnder(dir)).toContain("catalogue");
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it("has no dead texts: every message id is named by its rule, every phrase by the linter", () => {
    for (const [rule, { messages }] of Object.entries(nl.rules)) {
      const code = ruleSource(rule);
      for (const id of Object.keys(messages))
        expect([rule, id, names(code, id)]).toEqual([rule, id, true]);
    }
    const everything = [...Object.keys(nl.rules).map(ruleSource), ...libSources].join("\n");
    for (const id of Object.keys(nl.phrases)) {
      expect([id, everything.includes(`"${id}"`)]).toEqual([id, true]);
    }
  });

  it("has a text for every id a rule reports", () => {
    for (const [rule, { messages }] of Object.entries(nl.rules)) {
      const code = ruleSource(rule);
      // Under mutation testing (`pnpm mutation`) the rules Stryker mutates are
      // instrumented copies whose string literals are wrapped in its calls, so
      // their ids cannot be read from the text; the other rules still are.
      if (code.includes("stryMutAct_")) continue;
      const reported = [...code.matchAll(/say\.(?:message|suggestion|fragment)\(\s*"([^"]+)"/g)];
      const chosen = [
        ...code.matchAll(
          /say\.(?:message|suggestion|fragment)\([^)]*?\?\s*"([^"]+)"\s*:\s*"([^"]+)"/g,
        ),
      ];
      const ids = [...reported.map((m) => m[1]), ...chosen.flatMap((m) => [m[1], m[2]])].filter(
        (id): id is string => id !== undefined,
      );
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect([rule, id, id in messages]).toEqual([rule, id, true]);
    }
  });
});
