/**
 * The shape of the CLI's message catalogue: every text `ivp` itself writes
 * (usage errors, refusals, what a command did, progress lines), in one
 * language, keyed by group and message id, as the linter's catalogue in
 * `@ivp/model` is. Dutch (`nl.ts`) is the source: every other language has
 * exactly its groups and ids, which the type checker enforces through
 * {@link CatalogueLike}.
 *
 * A text fills placeholders (`{file}`) from the data it is given. A text that
 * depends on a number is a plural entry, `{ one, other }` (and whatever other
 * categories the language's `Intl.PluralRules` has), chosen by the number in
 * the data's `count`.
 */

import type { MessageText } from "@ivp/model";

/** How a language writes numbers and lists in messages. */
export interface CatalogueFormat {
  /** The locale whose digit grouping large counts get: 12,345 or 12.345. */
  readonly locale: string;
  /** Between the whole and the decimal part of a number: `,` in Dutch. */
  readonly decimalSeparator: string;
  /** Before the last item of a list: ` en ` in Dutch. */
  readonly and: string;
}

/** Every text of the CLI in one language. */
export interface CliCatalogue {
  readonly format: CatalogueFormat;
  readonly messages: Readonly<Record<string, Readonly<Record<string, MessageText>>>>;
}

/** A catalogue with exactly the groups and message ids of `Source`. */
export interface CatalogueLike<Source extends CliCatalogue> {
  readonly format: CatalogueFormat;
  readonly messages: {
    readonly [G in keyof Source["messages"]]: {
      readonly [I in keyof Source["messages"][G]]: MessageText;
    };
  };
}
