/**
 * The plural form of a text for a count, chosen by the language's
 * `Intl.PluralRules` (as date-fns's locales and eslint's messages do), never
 * by `count === 1`: a language with more categories (`few`, `many`) gets its
 * own forms by adding them to its catalogue. Every catalogue of ivp (the
 * linter's, the report's, the CLI's) chooses its plurals here.
 */

/** A text per plural category of a language; `other` is always there. */
export type PluralText = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly other: string;
};

const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of `forms` for `count` in the language `locale` (`nl`, `en-US`).
 *
 * @example
 * plural("en", 1, { one: "1 figure", other: "figures" }) //=> "1 figure"
 * plural("nl", 0, { one: "1 cijfer", other: "cijfers" }) //=> "cijfers"
 */
export function plural(locale: string, count: number, forms: PluralText): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return forms[rule.select(count)] ?? forms.other;
}
