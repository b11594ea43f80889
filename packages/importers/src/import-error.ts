import { IvpError, type IvpErrorOptions } from "@ivp/model";

/** Options of {@link ImportError}: an {@link IvpError}'s, and the id of the hint in the importers' catalogue. */
export interface ImportErrorOptions extends IvpErrorOptions {
  /** The hint's id in the importers' catalogue (`municipality/did-you-mean`), filled from `data`. */
  readonly hintId?: string;
}

/**
 * A failed import: a malformed source file, an ambiguous mapping or an
 * unknown municipality, with the file, line and column where it was found
 * and a hint how to fix it (an {@link IvpError}'s `location` and `hint`).
 * Nothing has been written when it is thrown: the CLI says so after the
 * message, which it prints with `@ivp/plan-file`'s `formatIssue`. Where the
 * message is a text of the importers' catalogue, `messageId`, `hintId` and
 * `data` say it as data, for `wordImportError` in another language.
 *
 * @example
 * new ImportError("malformed-file", 'expected "Onderwerp"', { location: { file: "a.csv", line: 4, column: 1 } }).code
 * //=> "malformed-file"
 */
export class ImportError extends IvpError {
  declare readonly hintId?: string;

  constructor(code: IvpError["code"], message: string, options: ImportErrorOptions = {}) {
    const { hintId, ...rest } = options;
    super(code, message, rest);
    if (hintId) (this as { hintId?: string }).hintId = hintId;
  }
}
