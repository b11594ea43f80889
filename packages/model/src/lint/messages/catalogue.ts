/**
 * The shape of a lint message catalogue: every text the linter writes in one
 * language, keyed by rule id and message id (as eslint's `meta.messages`, one
 * file per language as zod's locales). Dutch (`nl.ts`) is the source: every
 * other language has exactly its phrases, rules and message ids, which the
 * type checker enforces through {@link CatalogueLike}.
 *
 * A text fills placeholders (`{label}`) from a finding's data. A text that
 * depends on a number is a plural entry, `{ one, other }` (and whatever other
 * categories the language's `Intl.PluralRules` has), chosen by the number in
 * the data's `count` (as date-fns's locales do).
 */

import type { MessageText } from "../../text/message-text.ts";

/** How a language writes the values in messages. */
export interface CatalogueFormat {
  /** Between the whole and the decimal part of a figure: `,` in Dutch. */
  readonly decimalSeparator: string;
  /** Before the last item of a list: ` en ` in Dutch. */
  readonly and: string;
  /** The quotation marks around a label or a quote. */
  readonly quotes: readonly [open: string, close: string];
}

/**
 * The texts of one rule: its messages (findings, suggestions, parts). Its
 * description is documentation, in lint/docs/ (`@ivp/model/lint-docs`).
 */
export interface RuleTexts {
  readonly messages: Readonly<Record<string, MessageText>>;
}

/** Every text of the linter in one language. */
export interface LintCatalogue {
  readonly format: CatalogueFormat;
  /** Phrases several rules share: where a figure was written, a target in words. */
  readonly phrases: Readonly<Record<string, MessageText>>;
  readonly rules: Readonly<Record<string, RuleTexts>>;
}

/** A catalogue with exactly the phrases, rules and message ids of `Source`. */
export interface CatalogueLike<Source extends LintCatalogue> {
  readonly format: CatalogueFormat;
  readonly phrases: { readonly [P in keyof Source["phrases"]]: MessageText };
  readonly rules: {
    readonly [R in keyof Source["rules"]]: {
      readonly messages: { readonly [M in keyof Source["rules"][R]["messages"]]: MessageText };
    };
  };
}
