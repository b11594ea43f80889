/**
 * The plural form of a text for a count, chosen by the language's
 * `Intl.PluralRules` (as the linter's and the CLI's catalogues do), never by
 * `count === 1`: a language with other categories gets its own forms by
 * adding them.
 */
import type { Language } from "@ivp/model";

/** A text per plural category of a language; `other` is always there. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly other: string;
};

const rules = new Map<Language, Intl.PluralRules>();

/**
 * The form of `forms` for `count` in `lang`.
 *
 * @example
 * plural("nl", 1, { one: "één tekst is", other: "3 teksten zijn" }) //=> "één tekst is"
 */
export function plural(lang: Language, count: number, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  return forms[rule.select(count)] ?? forms.other;
}
