import { IvpError, type IvpErrorCode } from "@ivp/model";

/** Where in a file something was found: line and column are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/** Options of {@link ImportError}. */
export interface ImportErrorOptions {
  readonly location?: SourceLocation;
  /** How to fix it. */
  readonly hint?: string;
}

/**
 * A failed import: a malformed source file, an ambiguous mapping or an
 * unknown municipality, with the file, line and column where it was found
 * and a hint how to fix it. Nothing has been written when it is thrown.
 *
 * @example
 * new ImportError("malformed-file", 'expected "Onderwerp"', { location: { file: "a.csv", line: 4, column: 1 } }).code
 * //=> "malformed-file"
 */
export class ImportError extends IvpError {
  readonly location?: SourceLocation;
  readonly hint?: string;

  constructor(code: IvpErrorCode, message: string, options: ImportErrorOptions = {}) {
    super(code, message);
    if (options.location) this.location = options.location;
    if (options.hint) this.hint = options.hint;
  }
}

/**
 * An {@link ImportError} as one line, the way compilers print errors:
 * `file:line:column  message (hint)`.
 *
 * @example
 * formatImportError(new ImportError("malformed-file", "a quoted field is not closed", { location: { file: "a.csv", line: 9, column: 14 } }))
 * //=> "a.csv:9:14  a quoted field is not closed"
 */
export function formatImportError(error: ImportError): string {
  const place = error.location ? `${formatLocation(error.location)}  ` : "";
  return `${place}${error.message}${error.hint ? ` (${error.hint})` : ""}`;
}

/**
 * A location as `file:line:column` (or just the file).
 *
 * @example
 * formatLocation({ file: "a.csv", line: 9, column: 14 }) //=> "a.csv:9:14"
 */
export function formatLocation(location: SourceLocation): string {
  return location.line === undefined
    ? location.file
    : `${location.file}:${location.line}:${location.column ?? 1}`;
}
