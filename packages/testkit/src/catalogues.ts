/**
 * The parity of message catalogues (lint, CLI, report): every language has
 * every text of the source language and no other, fills the same
 * placeholders, and writes a plural with exactly its language's plural
 * categories (`Intl.PluralRules`), with `{count}` in it. Each package's test
 * flattens its catalogue to `key -> text` and expects no problems:
 *
 * @example
 * expect(catalogueProblems({ nl: catalogueTexts(nl.messages), en: catalogueTexts(en.messages) }, MESSAGE_PLACEHOLDER)).toEqual([]);
 *
 * `catalogueTexts` flattens a catalogue of groups of texts (the CLI's, the
 * plan reader's, the importers'); `sourcesUnder` reads a package's sources for
 * the "no dead texts" tests, which look for every id in them.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** A text, or a plural: its forms by plural category (`one`, `other`). */
export type CatalogueText = string | Readonly<Record<string, string>>;

function variants(text: CatalogueText): string[] {
  return typeof text === "string" ? [text] : Object.values(text);
}

/** The placeholders of each form of a text, as "a,b" (sorted). */
function placeholderSets(text: CatalogueText, placeholder: RegExp): string[] {
  return variants(text).map((variant) =>
    [...new Set([...variant.matchAll(placeholder)].map((m) => m[1] as string))].sort().join(","),
  );
}

/**
 * What breaks the parity of the catalogues, one line per problem (none when
 * they are complete).
 *
 * @param byLanguage - each language's texts by key (such as `validate/errors`)
 * @param placeholder - a global regular expression whose group 1 is a placeholder's name
 * @param source - the language the others are translated from
 */
export function catalogueProblems(
  byLanguage: Readonly<Record<string, ReadonlyMap<string, CatalogueText>>>,
  placeholder: RegExp,
  source = "nl",
): string[] {
  const problems: string[] = [];
  const original = byLanguage[source];
  if (!original) return [`no catalogue of the source language ${source}`];
  for (const [lang, texts] of Object.entries(byLanguage)) {
    const categories = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
    for (const [key, text] of texts) {
      const sets = placeholderSets(text, placeholder);
      if (new Set(sets).size > 1)
        problems.push(`${lang} ${key}: its plural forms fill different placeholders`);
      if (typeof text !== "string") {
        const forms = Object.keys(text).sort();
        if (forms.join() !== categories.join())
          problems.push(
            `${lang} ${key}: plural forms ${forms.join()}, the language has ${categories.join()}`,
          );
        if (!(sets[0] ?? "").split(",").includes("count"))
          problems.push(`${lang} ${key}: a plural without {count}`);
      }
      if (lang === source) continue;
      const from = original.get(key);
      if (from === undefined) {
        problems.push(`${lang} ${key}: not in ${source}`);
        continue;
      }
      if (typeof from !== typeof text)
        problems.push(`${lang} ${key}: a plural in one language and not in the other`);
      if (sets[0] !== placeholderSets(from, placeholder)[0])
        problems.push(
          `${lang} ${key}: fills {${sets[0]}}, ${source} fills {${placeholderSets(from, placeholder)[0]}}`,
        );
    }
    if (lang !== source)
      for (const key of original.keys())
        if (!texts.has(key)) problems.push(`${lang} ${key}: missing (${source} has it)`);
  }
  return problems;
}

/**
 * Every text of a catalogue whose texts are in groups (`messages.<group>.<id>`),
 * keyed `<group>/<id>`.
 */
export function catalogueTexts(
  messages: Readonly<Record<string, Readonly<Record<string, CatalogueText>>>>,
): Map<string, CatalogueText> {
  const all = new Map<string, CatalogueText>();
  for (const [group, texts] of Object.entries(messages))
    for (const [id, text] of Object.entries(texts)) all.set(`${group}/${id}`, text);
  return all;
}

/**
 * The text of every TypeScript source below `dir`, tests left out, one after
 * the other: where a "no dead texts" test looks for each message id. Walked by
 * hand (`readdirSync`'s `recursive` follows pnpm's links on Node 20).
 *
 * @param leaveOut - a file or folder name not to read (`messages`, `nl.ts`)
 */
export function sourcesUnder(
  dir: string,
  leaveOut: (name: string) => boolean = () => false,
): string {
  let all = "";
  for (const name of readdirSync(dir).sort()) {
    if (leaveOut(name) || name === "node_modules") continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) all += sourcesUnder(path, leaveOut);
    else if (name.endsWith(".ts") && !name.endsWith(".test.ts"))
      all += `${readFileSync(path, "utf8")}\n`;
  }
  return all;
}
