/**
 * The shape of the CLI's help catalogue: the texts of `ivp --help` and of
 * every command's `--help` (and of the CLI reference in the docs, which is
 * made from the English one), in one language. A command's definition
 * (`commands/<name>/definition.ts`) says what the command has: its
 * arguments, options, examples and exit codes, by name; this catalogue says
 * what each one means. Dutch (`nl.ts`) is the source: every other language
 * has exactly its keys, which the type checker enforces through
 * {@link HelpCatalogueLike}.
 *
 * A text fills placeholders (`{version}`) from the data it is given, as the
 * CLI's messages do (`../catalogue.ts`); help texts have no plurals.
 */

/** What one command's `--help` says about it. */
export interface CommandTexts {
  /** One line, for `ivp --help`'s list of commands. */
  readonly summary: string;
  /** What the command does, one paragraph. */
  readonly description: string;
  /** The command's own arguments by name; the others are in {@link HelpCatalogue.shared}. */
  readonly arguments?: Readonly<Record<string, string>>;
  /** The command's own options by name (or its own text for a shared one). */
  readonly options?: Readonly<Record<string, string>>;
  /** What each example of the definition does, in the definition's order. */
  readonly examples: readonly string[];
  /** The command's own exit codes (or its own text for a shared one). */
  readonly exitCodes: Readonly<Record<number, string>>;
}

/** The texts of every help of the CLI in one language. */
export interface HelpCatalogue {
  /** `ivp --help`. */
  readonly main: {
    /** The first line: `ivp {version}: ...`. */
    readonly title: string;
    /** The usage line after the `usage` heading. */
    readonly usage: string;
    readonly help: string;
    readonly version: string;
    /** The last line. */
    readonly more: string;
  };
  /** The headings and notes of every help. */
  readonly headings: {
    readonly usage: string;
    readonly commands: string;
    readonly arguments: string;
    readonly options: string;
    readonly examples: string;
    readonly exitCodes: string;
    /** The end of a command's usage line: `[options]`. */
    readonly optionsPlaceholder: string;
    /** After an option with choices: `one of: {choices}`. */
    readonly choices: string;
    /** After an option with a default: `default: {value}`. */
    readonly default: string;
  };
  /** The arguments, options and exit codes several commands share. */
  readonly shared: {
    readonly arguments: Readonly<Record<string, string>>;
    readonly options: Readonly<Record<string, string>>;
    readonly exitCodes: Readonly<Record<number, string>>;
  };
  /** Each command's texts, by the command's name. */
  readonly commands: Readonly<Record<string, CommandTexts>>;
}

/** The same keys as `T`, each text a string (a tuple keeps its length). */
type SameKeys<T> = T extends string ? string : { readonly [K in keyof T]: SameKeys<T[K]> };

/** A help catalogue with exactly the keys of `Source`, and as many examples. */
export type HelpCatalogueLike<Source extends HelpCatalogue> = SameKeys<Source>;
