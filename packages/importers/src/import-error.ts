import { IvpError } from "@ivp/model";

/**
 * A failed import: a malformed source file, an ambiguous mapping or an
 * unknown municipality, with the file, line and column where it was found
 * and a hint how to fix it (an {@link IvpError}'s `location` and `hint`).
 * Nothing has been written when it is thrown: the CLI says so after the
 * message, which it prints with `@ivp/plan-file`'s `formatIssue`.
 *
 * @example
 * new ImportError("malformed-file", 'expected "Onderwerp"', { location: { file: "a.csv", line: 4, column: 1 } }).code
 * //=> "malformed-file"
 */
export class ImportError extends IvpError {}
